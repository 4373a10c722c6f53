//! Chinese units: what follows a number and says what it counts (`萬人`,
//! `億元`, `平方米`, `個`), the words that decide a tail before any unit
//! (`倍`, `成`, `個百分點`), and currencies written before the amount.

use crate::lexicon::units::{unit_rows, UnitTable};
use crate::lexicon::units::UnitRule::{
    ArabicOnly, Discount, Dozen, HanText, Hours, Jin, Kuai, Liang, Medal, Metre, Piece, Seconds, Session, Tenths, Yuan,
};
use crate::lexicon::{WordTable, Words};
use crate::model::Kind;

use Kind::{Count as C, Duration as D, Measure as M, Money as Y, Multiple as X, Percent as P, Rank as R};

/// Units after a number, longest match wins.
#[rustfmt::skip]
pub static UNITS: UnitTable = unit_rows![
    // basis points: a hundredth of a percentage point (個百分點: TAIL_WORDS)
    u("個基點", P, Some("pp"), 0.01), u("基點", P, Some("pp"), 0.01),
    // Hong Kong writes interest rates in 厘 (利率2.75厘: 2.75 %) and exchange-rate moves in 點子 (pips)
    u("厘", P, Some("%"), 1.0), u("點子", M, Some("point"), 1.0),
    // money
    u("元", Y, Some("CNY"), 1.0).with(Yuan), u("元人民幣", Y, Some("CNY"), 1.0), u("人民幣", Y, Some("CNY"), 1.0),
    u("塊", Y, Some("CNY"), 1.0).with(Kuai), u("塊錢", Y, Some("CNY"), 1.0), u("角", Y, Some("CNY"), 0.1).with(ArabicOnly),
    u("毛錢", Y, Some("CNY"), 0.1), u("角錢", Y, Some("CNY"), 0.1), u("分錢", Y, Some("CNY"), 0.01),
    u("美元", Y, Some("USD"), 1.0), u("美金", Y, Some("USD"), 1.0), u("港元", Y, Some("HKD"), 1.0),
    u("港幣", Y, Some("HKD"), 1.0), u("新台幣", Y, Some("TWD"), 1.0), u("新臺幣", Y, Some("TWD"), 1.0),
    u("台幣", Y, Some("TWD"), 1.0), u("歐元", Y, Some("EUR"), 1.0), u("日元", Y, Some("JPY"), 1.0),
    u("日圓", Y, Some("JPY"), 1.0), u("英鎊", Y, Some("GBP"), 1.0), u("韓元", Y, Some("KRW"), 1.0),
    u("韓圓", Y, Some("KRW"), 1.0), u("澳元", Y, Some("AUD"), 1.0), u("加元", Y, Some("CAD"), 1.0),
    u("新加坡元", Y, Some("SGD"), 1.0), u("新元", Y, Some("SGD"), 1.0), u("瑞士法郎", Y, Some("CHF"), 1.0),
    u("盧布", Y, Some("RUB"), 1.0), u("盧比", Y, Some("INR"), 1.0), u("泰銖", Y, Some("THB"), 1.0),
    u("澳門元", Y, Some("MOP"), 1.0), u("澳門幣", Y, Some("MOP"), 1.0), u("令吉", Y, Some("MYR"), 1.0),
    u("越南盾", Y, Some("VND"), 1.0), u("比索", Y, Some("PHP"), 1.0),
    // currency names written after 元 (100元新台幣), subunits, and more currencies;
    // names several countries share (法郎, 盧比, 盧布, 馬克) take the default code
    // here and the country's from SHARED_CURRENCIES when the sentence names one
    u("塊台幣", Y, Some("TWD"), 1.0), u("塊港幣", Y, Some("HKD"), 1.0), u("元新台幣", Y, Some("TWD"), 1.0), u("元新臺幣", Y, Some("TWD"), 1.0), u("元台幣", Y, Some("TWD"), 1.0),
    u("元港幣", Y, Some("HKD"), 1.0), u("元港元", Y, Some("HKD"), 1.0), u("元美金", Y, Some("USD"), 1.0),
    u("美分", Y, Some("USD"), 0.01), u("港仙", Y, Some("HKD"), 0.01), u("美圓", Y, Some("USD"), 1.0),
    u("港圓", Y, Some("HKD"), 1.0), u("日幣", Y, Some("JPY"), 1.0), u("韓圜", Y, Some("KRW"), 1.0),
    u("澳幣", Y, Some("AUD"), 1.0), u("加幣", Y, Some("CAD"), 1.0), u("紐元", Y, Some("NZD"), 1.0),
    u("法郎", Y, Some("CHF"), 1.0), u("法國法郎", Y, Some("FRF"), 1.0), u("馬克", Y, Some("DEM"), 1.0),
    u("德國馬克", Y, Some("DEM"), 1.0), u("印度盧比", Y, Some("INR"), 1.0), u("巴基斯坦盧比", Y, Some("PKR"), 1.0),
    u("斯里蘭卡盧比", Y, Some("LKR"), 1.0), u("尼泊爾盧比", Y, Some("NPR"), 1.0), u("印尼盾", Y, Some("IDR"), 1.0),
    u("俄羅斯盧布", Y, Some("RUB"), 1.0), u("白俄羅斯盧布", Y, Some("BYN"), 1.0), u("里拉", Y, Some("TRY"), 1.0),
    u("奈拉", Y, Some("NGN"), 1.0), u("澳門元", Y, Some("MOP"), 1.0), u("披索", Y, Some("PHP"), 1.0),
    // central-bank digital currencies, in the currency's code (一萬數位泰銖, 100元數字人民幣)
    u("數位泰銖", Y, Some("THB"), 1.0), u("數字人民幣", Y, Some("CNY"), 1.0), u("數位人民幣", Y, Some("CNY"), 1.0),
    u("元數字人民幣", Y, Some("CNY"), 1.0), u("元數位人民幣", Y, Some("CNY"), 1.0), u("數位新台幣", Y, Some("TWD"), 1.0),
    u("數位港元", Y, Some("HKD"), 1.0), u("數碼港元", Y, Some("HKD"), 1.0),
    // the Hong Kong dollar in Cantonese (十蚊, 百幾蚊)
    u("蚊", Y, Some("HKD"), 1.0),
    // people and things counted with a canonical unit
    u("人", C, Some("person"), 1.0), u("人次", C, Some("person-time"), 1.0), u("名", C, Some("person"), 1.0),
    u("戶", C, Some("household"), 1.0), u("股", C, Some("share"), 1.0), u("例", C, Some("case"), 1.0),
    u("票", C, Some("vote"), 1.0), u("個崗位", C, Some("job"), 1.0), u("個就業崗位", C, Some("job"), 1.0),
    // plain measure words
    u("個", C, None, 1.0).with(Piece), u("家", C, None, 1.0), u("條", C, None, 1.0), u("項", C, None, 1.0),
    u("位", C, Some("person"), 1.0), u("套", C, None, 1.0), u("輛", C, None, 1.0), u("台", C, None, 1.0),
    u("臺", C, None, 1.0), u("件", C, None, 1.0), u("所", C, None, 1.0), u("座", C, None, 1.0),
    u("張", C, None, 1.0), u("次", C, None, 1.0), u("批", C, None, 1.0), u("隻", C, None, 1.0),
    u("只", C, None, 1.0), u("頭", C, None, 1.0), u("匹", C, None, 1.0), u("棵", C, None, 1.0),
    u("株", C, None, 1.0), u("本", C, None, 1.0), u("部", C, None, 1.0), u("場", C, None, 1.0),
    u("架", C, None, 1.0), u("艘", C, None, 1.0), u("起", C, Some("case"), 1.0), u("宗", C, Some("case"), 1.0),
    u("篇", C, None, 1.0), u("首", C, None, 1.0), u("份", C, None, 1.0), u("層", C, None, 1.0),
    u("棟", C, None, 1.0), u("幢", C, None, 1.0), u("處", C, None, 1.0), u("間", C, None, 1.0),
    u("枚", C, None, 1.0), u("顆", C, None, 1.0), u("粒", C, None, 1.0), u("支", C, None, 1.0),
    u("把", C, None, 1.0), u("款", C, None, 1.0), u("種", C, None, 1.0), u("類", C, None, 1.0),
    u("組", C, None, 1.0), u("屆", C, None, 1.0).with(Session), u("輪", C, None, 1.0), u("幅", C, None, 1.0),
    u("列", C, None, 1.0), u("班", C, None, 1.0), u("節", C, None, 1.0),
    // waves (兩波寒流), issues of a bond or a magazine (發行21期; 二期工程 is a phase), titles in a row (2連霸),
    // home runs in Taiwanese sports writing (單季40轟), sisters (3姊妹; not 兄弟, a baseball team's name)
    u("波", C, None, 1.0), u("期", C, None, 1.0).with(ArabicOnly), u("連霸", C, None, 1.0), u("轟", C, None, 1.0),
    u("姊妹", C, Some("person"), 1.0), u("姐妹", C, Some("person"), 1.0),
    // troops (派出1.2萬兵力, 10萬大軍); medals won (2金4銀2銅)
    u("兵力", C, Some("person"), 1.0), u("大軍", C, Some("person"), 1.0),
    u("金", C, None, 1.0).with(Medal), u("銀", C, None, 1.0).with(Medal), u("銅", C, None, 1.0).with(Medal),
    // parties and districts counted as their own measure word (八黨聯盟, 11黨, 另4區, 全港18區)
    u("黨", C, None, 1.0), u("區", C, None, 1.0),
    // rounds fired and fireworks shot (試射2發飛彈, 施放1.6萬發); teams; stages (分三階段)
    u("發", C, None, 1.0), u("隊", C, None, 1.0), u("階段", C, None, 1.0),
    // games played (7戰), legs of a tour (6站; 一站式 is one-stop), games of a match (直落兩局)
    u("戰", C, None, 1.0).with(ArabicOnly), u("站", C, None, 1.0).with(ArabicOnly), u("局", C, None, 1.0),
    u("門", C, None, 1.0), u("道", C, None, 1.0), u("筆", C, None, 1.0), u("單", C, None, 1.0),
    u("架次", C, None, 1.0), u("車次", C, None, 1.0), u("艘次", C, None, 1.0), u("科", C, None, 1.0),
    u("面", C, None, 1.0), u("劑", C, None, 1.0), u("冊", C, None, 1.0), u("劑次", C, None, 1.0), u("片", C, None, 1.0), u("塊地", C, None, 1.0), u("畝地", M, Some("mu"), 1.0), u("座城市", C, None, 1.0),
    u("戶家庭", C, Some("household"), 1.0), u("口", C, None, 1.0), u("封", C, None, 1.0),
    u("扇", C, None, 1.0), u("盞", C, None, 1.0), u("瓶", C, None, 1.0), u("箱", C, None, 1.0),
    u("袋", C, None, 1.0), u("包", C, None, 1.0), u("盒", C, None, 1.0), u("桌", C, None, 1.0),
    u("趟", C, None, 1.0), u("遍", C, None, 1.0), u("季", C, None, 1.0), u("集", C, None, 1.0),
    u("支隊伍", C, None, 1.0), u("席", C, None, 1.0), u("任", C, None, 1.0), u("車", C, None, 1.0),
    // a toll (Taiwanese news: 1死2傷, 3死)
    u("死", C, Some("person"), 1.0), u("傷", C, Some("person"), 1.0),
    // arrests and victims by sex (police news: 拘捕3男2女)
    u("男", C, Some("person"), 1.0), u("女", C, Some("person"), 1.0), u("個人", C, Some("person"), 1.0),
    u("雙", C, None, 1.0),
    // steps walked (一天走4萬步); 進一步 is an article's 一, no figure
    u("步", C, None, 1.0),
    // goals scored (連入三球), shots fired (連開2槍), meals (一周七餐), calls and messages (三萬多通客訴電話)
    u("球", C, None, 1.0), u("槍", C, None, 1.0), u("餐", C, None, 1.0), u("通電話", C, None, 1.0),
    u("通客訴", C, None, 1.0), u("通簡訊", C, None, 1.0), u("通訊息", C, None, 1.0), u("通留言", C, None, 1.0),
    // a dozen states twelve of the things (十打雞蛋 = 120), as 萬 states ten thousand
    u("打", C, None, 1.0).with(Dozen),
    // physical measures: canonical units, never converted
    u("噸", M, Some("t"), 1.0), u("公噸", M, Some("t"), 1.0), u("公斤", M, Some("kg"), 1.0),
    u("千克", M, Some("kg"), 1.0), u("克", M, Some("g"), 1.0), u("毫克", M, Some("mg"), 1.0),
    u("斤", M, Some("jin"), 1.0).with(Jin), u("兩", M, Some("liang"), 1.0).with(Liang), u("磅", M, Some("lb"), 1.0),
    u("盎司", M, Some("oz"), 1.0), u("公里", M, Some("km"), 1.0), u("千米", M, Some("km"), 1.0),
    u("米", M, Some("m"), 1.0).with(Metre), u("公尺", M, Some("m"), 1.0), u("厘米", M, Some("cm"), 1.0),
    u("公分", M, Some("cm"), 1.0), u("毫米", M, Some("mm"), 1.0), u("英里", M, Some("mi"), 1.0),
    u("海里", M, Some("nmi"), 1.0), u("英尺", M, Some("ft"), 1.0), u("英寸", M, Some("in"), 1.0),
    u("平方米", M, Some("m2"), 1.0), u("平米", M, Some("m2"), 1.0), u("㎡", M, Some("m2"), 1.0),
    u("平方公尺", M, Some("m2"), 1.0), u("平方公里", M, Some("km2"), 1.0), u("平方千米", M, Some("km2"), 1.0),
    u("畝", M, Some("mu"), 1.0), u("公頃", M, Some("ha"), 1.0), u("坪", M, Some("ping"), 1.0),
    u("立方米", M, Some("m3"), 1.0), u("立方", M, Some("m3"), 1.0),
    u("升", M, Some("L"), 1.0), u("公升", M, Some("L"), 1.0), u("毫升", M, Some("mL"), 1.0),
    u("千瓦", M, Some("kW"), 1.0), u("兆瓦", M, Some("MW"), 1.0), u("吉瓦", M, Some("GW"), 1.0),
    u("瓦", M, Some("W"), 1.0), u("千瓦時", M, Some("kWh"), 1.0), u("度電", M, Some("kWh"), 1.0),
    u("千瓦時電", M, Some("kWh"), 1.0), u("攝氏度", M, Some("°C"), 1.0), u("℃", M, Some("°C"), 1.0),
    u("°C", M, Some("°C"), 1.0), u("度", M, Some("°C"), 1.0).with(ArabicOnly), u("華氏度", M, Some("°F"), 1.0),
    u("℉", M, Some("°F"), 1.0), u("°F", M, Some("°F"), 1.0), u("歲", M, Some("year-old"), 1.0),
    u("週歲", M, Some("year-old"), 1.0), u("公里/小時", M, Some("km/h"), 1.0), u("公里每小時", M, Some("km/h"), 1.0),
    u("標準箱", M, Some("TEU"), 1.0), u("標箱", M, Some("TEU"), 1.0), u("桶", M, Some("barrel"), 1.0), u("分貝", M, Some("dB"), 1.0),
    u("毫米降雨", M, Some("mm"), 1.0), u("級", M, Some("level"), 1.0), u("兆帕", M, Some("MPa"), 1.0),
    u("吉字節", M, Some("GB"), 1.0), u("像素", M, Some("px"), 1.0), u("卡路里", M, Some("cal"), 1.0),
    u("千卡", M, Some("kcal"), 1.0), u("千米/小時", M, Some("km/h"), 1.0), u("方面", C, None, 1.0),
    u("光年", M, Some("ly"), 1.0), u("微克", M, Some("μg"), 1.0), u("微克/立方米", M, Some("μg/m3"), 1.0),
    u("微克每立方米", M, Some("μg/m3"), 1.0), u("微克/立方公尺", M, Some("μg/m3"), 1.0), u("千伏", M, Some("kV"), 1.0),
    u("伏特", M, Some("V"), 1.0), u("伏", M, Some("V"), 1.0), u("赫茲", M, Some("Hz"), 1.0), u("兆赫", M, Some("MHz"), 1.0),
    u("兆赫茲", M, Some("MHz"), 1.0), u("千赫", M, Some("kHz"), 1.0), u("千赫茲", M, Some("kHz"), 1.0),
    u("吉赫", M, Some("GHz"), 1.0), u("吋", M, Some("in"), 1.0), u("英吋", M, Some("in"), 1.0),
    u("呎", M, Some("ft"), 1.0), u("英呎", M, Some("ft"), 1.0),
    u("平方呎", M, Some("ft2"), 1.0), u("方呎", M, Some("ft2"), 1.0), u("平方英尺", M, Some("ft2"), 1.0),
    u("平方英呎", M, Some("ft2"), 1.0), u("加侖", M, Some("gal"), 1.0),
    u("字節", M, Some("byte"), 1.0), u("千字節", M, Some("KB"), 1.0), u("兆字節", M, Some("MB"), 1.0),
    u("太字節", M, Some("TB"), 1.0), u("位元組", M, Some("byte"), 1.0), u("位元", M, Some("bit"), 1.0),
    u("比特", M, Some("bit"), 1.0), u("百帕", M, Some("hPa"), 1.0), u("奈米", M, Some("nm"), 1.0),
    u("納米", M, Some("nm"), 1.0), u("貝克/公升", M, Some("Bq/L"), 1.0), u("貝克/升", M, Some("Bq/L"), 1.0),
    u("貝克", M, Some("Bq"), 1.0), u("米/秒", M, Some("m/s"), 1.0), u("公尺/秒", M, Some("m/s"), 1.0),
    u("海浬", M, Some("nmi"), 1.0),
    // the same with a fullwidth slash
    u("微克／立方米", M, Some("μg/m3"), 1.0), u("微克／立方公尺", M, Some("μg/m3"), 1.0),
    u("貝克／公升", M, Some("Bq/L"), 1.0), u("貝克／升", M, Some("Bq/L"), 1.0), u("米／秒", M, Some("m/s"), 1.0),
    u("公尺／秒", M, Some("m/s"), 1.0), u("公里／小時", M, Some("km/h"), 1.0),
    // speeds in miles (foreign news converts: 59公里/小時（37英里/小時）)
    u("英里/小時", M, Some("mph"), 1.0), u("英里／小時", M, Some("mph"), 1.0), u("英里每小時", M, Some("mph"), 1.0),
    u("哩/小時", M, Some("mph"), 1.0), u("哩／小時", M, Some("mph"), 1.0),
    // unit symbols written in Latin letters inside Chinese text
    u("GW", M, Some("GW"), 1.0), u("MW", M, Some("MW"), 1.0), u("kW", M, Some("kW"), 1.0), u("KW", M, Some("kW"), 1.0),
    u("kWh", M, Some("kWh"), 1.0), u("GWh", M, Some("GWh"), 1.0), u("MWh", M, Some("MWh"), 1.0), u("TWh", M, Some("TWh"), 1.0),
    u("km", M, Some("km"), 1.0), u("kg", M, Some("kg"), 1.0), u("cm", M, Some("cm"), 1.0), u("mm", M, Some("mm"), 1.0),
    u("m2", M, Some("m2"), 1.0), u("m²", M, Some("m2"), 1.0), u("km²", M, Some("km2"), 1.0), u("km2", M, Some("km2"), 1.0),
    u("m³", M, Some("m3"), 1.0), u("ha", M, Some("ha"), 1.0), u("mL", M, Some("mL"), 1.0), u("ml", M, Some("mL"), 1.0),
    u("km/h", M, Some("km/h"), 1.0), u("TEU", M, Some("TEU"), 1.0), u("GB", M, Some("GB"), 1.0), u("TB", M, Some("TB"), 1.0),
    u("MB", M, Some("MB"), 1.0), u("GHz", M, Some("GHz"), 1.0), u("MHz", M, Some("MHz"), 1.0), u("dB", M, Some("dB"), 1.0),
    u("KB", M, Some("KB"), 1.0), u("kHz", M, Some("kHz"), 1.0), u("Hz", M, Some("Hz"), 1.0), u("kV", M, Some("kV"), 1.0),
    u("cc", M, Some("cc"), 1.0), u("nm", M, Some("nm"), 1.0), u("hPa", M, Some("hPa"), 1.0), u("m/s", M, Some("m/s"), 1.0),
    u("μg/m3", M, Some("μg/m3"), 1.0), u("μg/m³", M, Some("μg/m3"), 1.0), u("mg", M, Some("mg"), 1.0),
    u("m", M, Some("m"), 1.0).with(HanText), u("m3", M, Some("m3"), 1.0).with(HanText),
    // durations
    u("年", D, Some("year"), 1.0), u("個月", D, Some("month"), 1.0),
    u("月", D, Some("month"), 1.0), u("週", D, Some("week"), 1.0), u("個星期", D, Some("week"), 1.0), u("個禮拜", D, Some("week"), 1.0), u("禮拜", D, Some("week"), 1.0),
    u("星期", D, Some("week"), 1.0), u("天", D, Some("day"), 1.0), u("日", D, Some("day"), 1.0),
    u("個工作日", D, Some("workday"), 1.0), u("工作日", D, Some("workday"), 1.0),
    u("小時", D, Some("hour"), 1.0).with(Hours), u("個小時", D, Some("hour"), 1.0).with(Hours),
    u("個鐘頭", D, Some("hour"), 1.0).with(Hours),
    u("鐘頭", D, Some("hour"), 1.0), u("分鐘", D, Some("minute"), 1.0), u("分多鐘", D, Some("minute"), 1.0),
    // years in the literary word Hong Kong and Taiwanese copy keeps (居港逾十載, 三載)
    u("載", D, Some("year"), 1.0),
    // Cantonese hours (Hong Kong news quotes them: 近兩句鐘, 三個鐘)
    u("句鐘", D, Some("hour"), 1.0), u("個鐘", D, Some("hour"), 1.0),
    u("秒", D, Some("second"), 1.0).with(Seconds), u("秒鐘", D, Some("second"), 1.0), u("個季度", D, Some("quarter"), 1.0),
    u("晝夜", D, Some("day"), 1.0), u("個年頭", D, Some("year"), 1.0), u("代", C, None, 1.0),
    // an anniversary is an ordinal (締約四十五周年: the 45th), no length of time
    u("週年", R, None, 1.0),
    // multiples
    u("倍", X, None, 1.0),
];

/// Words right after a number that decide its tail before the unit table
/// is read (and without its exceptions): percent signs, multiples, tenths,
/// percentage points. Longest match wins.
#[rustfmt::skip]
pub static TAIL_WORDS: UnitTable = unit_rows![
    u("%", P, Some("%"), 1.0), u("％", P, Some("%"), 1.0), u("‰", P, Some("%"), 0.1),
    u("倍", X, None, 1.0), u("成", P, Some("%"), 10.0).with(Tenths),
    u("個百分點", P, Some("pp"), 1.0), u("百分點", P, Some("pp"), 1.0),
    // discounts: the price as a share of the original (八折 = 80%, 八五折 = 85%,
    // 三點一折 = 31%; two digits are already the share: 75折 = 75%)
    u("折", P, Some("%"), 10.0).with(Discount),
];

/// A move of a rate in Hong Kong's 厘 is in percentage points (`減息0.25厘`, `加息0.5厘`): the
/// unit's character and the words of a move right before the figure.
pub static RATE_LI: &[char] = char_set!("厘");
pub static RATE_MOVES: Words = words!["減息", "加息", "降息", "升息"];

/// Characters after `折` that make it part of a word (`折舊`, `折合`, `折扣`), not a discount.
pub static NOT_DISCOUNT_AFTER: &[char] = char_set!("扣舊合算返騰損射疊斷服線現價紙");

/// Characters after `成` that make it part of a word (`成為`, `成本`, `建成`), not tenths.
pub static NOT_TENTHS_AFTER: &[char] = char_set!("為員立本果績熟功交都長效就型份分品年人績片群");

/// Nouns right before a number with no unit that say what it counts (`人口20,453`,
/// `死亡人數達35`, `總票數1,024`): (noun, kind, unit). A word ending in the noun counts too.
/// Folded (Simplified).
#[rustfmt::skip]
pub static UNIT_NOUNS_BEFORE: WordTable<(Kind, Option<&str>)> = word_rows![
    ("人口", C, Some("person")), ("人数", C, Some("person")), ("人次", C, Some("person-time")),
    ("票数", C, Some("vote")), ("户数", C, Some("household")), ("次数", C, None),
    // money words before an amount with no 元 (Taiwanese and Hong Kong copy drops it: 涉貪3053萬,
    // 砸12萬, 求償70萬, 年薪300萬): money in the article's currency, a bare 元's (CNY here;
    // the currency pass gives it the article's)
    ("涉贪", Y, Some("CNY")), ("贪污", Y, Some("CNY")), ("收贿", Y, Some("CNY")), ("行贿", Y, Some("CNY")),
    ("受贿", Y, Some("CNY")), ("判赔", Y, Some("CNY")), ("赔", Y, Some("CNY")),
    ("求偿", Y, Some("CNY")), ("索偿", Y, Some("CNY")), ("赔偿", Y, Some("CNY")), ("索赔", Y, Some("CNY")),
    ("罚款", Y, Some("CNY")), ("罚金", Y, Some("CNY")), ("罚", Y, Some("CNY")), ("砸", Y, Some("CNY")),
    ("花", Y, Some("CNY")), ("花费", Y, Some("CNY")), ("捐", Y, Some("CNY")), ("捐款", Y, Some("CNY")),
    ("募得", Y, Some("CNY")), ("筹得", Y, Some("CNY")), ("赚", Y, Some("CNY")), ("赚进", Y, Some("CNY")),
    ("月入", Y, Some("CNY")), ("年薪", Y, Some("CNY")), ("月薪", Y, Some("CNY")), ("时薪", Y, Some("CNY")),
    ("底薪", Y, Some("CNY")), ("负债", Y, Some("CNY")), ("欠债", Y, Some("CNY")), ("欠下", Y, Some("CNY")),
    ("补助", Y, Some("CNY")), ("补贴", Y, Some("CNY")), ("津贴", Y, Some("CNY")), ("资本额", Y, Some("CNY")),
    ("身价", Y, Some("CNY")), ("售价", Y, Some("CNY")), ("标价", Y, Some("CNY")), ("开价", Y, Some("CNY")),
    ("要价", Y, Some("CNY")), ("叫价", Y, Some("CNY")), ("租金", Y, Some("CNY")), ("月租", Y, Some("CNY")),
    ("房租", Y, Some("CNY")), ("奖金", Y, Some("CNY")), ("成交价", Y, Some("CNY")), ("总价", Y, Some("CNY")),
    ("单价", Y, Some("CNY")), ("保释金", Y, Some("CNY")), ("存款", Y, Some("CNY")), ("贷款", Y, Some("CNY")),
    // what a business earns, spends and is worth (月營業額約30萬, 獲利逾2億)
    ("营业额", Y, Some("CNY")), ("营收", Y, Some("CNY")), ("收入", Y, Some("CNY")), ("薪水", Y, Some("CNY")),
    ("薪资", Y, Some("CNY")), ("工资", Y, Some("CNY")), ("学费", Y, Some("CNY")), ("票价", Y, Some("CNY")),
    ("房价", Y, Some("CNY")), ("价值", Y, Some("CNY")), ("成本", Y, Some("CNY")), ("费用", Y, Some("CNY")),
    ("金额", Y, Some("CNY")), ("净利", Y, Some("CNY")), ("获利", Y, Some("CNY")), ("盈利", Y, Some("CNY")),
    ("利润", Y, Some("CNY")), ("亏损", Y, Some("CNY")), ("市值", Y, Some("CNY")), ("预算", Y, Some("CNY")),
    ("经费", Y, Some("CNY")),
    // a market price and a reserve price (市價500萬, 底價10萬)
    ("市价", Y, Some("CNY")), ("底价", Y, Some("CNY")),
    // a debt: a claim still owed, owing a bank (債權仍有115萬, 欠銀行159萬, 三間銀行共一千多萬)
    ("债权", Y, Some("CNY")), ("欠", Y, Some("CNY")), ("银行", Y, Some("CNY")),
    // an earthquake's magnitude (Taiwan: 芮氏規模6.2; Hong Kong: 黎克特制6.2級), under ten only
    ("规模", M, Some("magnitude")), ("黎克特制", M, Some("magnitude")),
];

/// Words after `N級` that make it an earthquake's magnitude, not a level (`6.2級地震`), and
/// words shortly before it that do (`里氏6.2級`, `黎克特制5級`). Folded.
pub static QUAKE_AFTER: Words = words!["地震", "强震", "余震", "浅层地震", "大地震"];
pub static MAGNITUDE_LEADS: Words = words!["规模", "芮氏", "黎克特制", "里氏", "震级"];

/// Head nouns a number counts with no measure word between (`110餘萬城鄉居民`,
/// `30萬「平安馬甲」志願者`, `超過10億iPhone用戶`, `4宿舍`, `一屋捕七鼠`): (noun, unit).
/// After a number with a multiplier (萬, 億) a short modifier may stand between
/// (at most `COUNT_HEAD_GAP` Han characters, a quoted name, a Latin brand); after any other
/// number the noun follows at once, and after a spelled numeral a one-character noun must end the phrase
/// (`COUNT_HEAD_ENDS`). Rows in either script. Not names with numerals (`三國`, `七星`,
/// `五金`): no such noun is a row.
#[rustfmt::skip]
pub static COUNT_HEADS: WordTable<Option<&str>> = word_rows![
    // people
    ("居民", Some("person")), ("市民", Some("person")), ("民眾", Some("person")), ("村民", Some("person")),
    ("選民", Some("person")), ("國民", Some("person")), ("公民", Some("person")), ("用戶", Some("person")),
    ("使用者", Some("person")), ("會員", Some("person")), ("網民", Some("person")), ("網友", Some("person")),
    ("粉絲", Some("person")), ("觀眾", Some("person")), ("聽眾", Some("person")), ("讀者", Some("person")),
    ("遊客", Some("person")), ("旅客", Some("person")), ("乘客", Some("person")), ("顧客", Some("person")),
    ("消費者", Some("person")), ("學生", Some("person")), ("學童", Some("person")), ("兒童", Some("person")),
    ("青少年", Some("person")), ("長者", Some("person")), ("老人", Some("person")), ("病人", Some("person")),
    ("患者", Some("person")), ("病患", Some("person")), ("災民", Some("person")), ("難民", Some("person")),
    ("移民", Some("person")), ("移工", Some("person")), ("外勞", Some("person")), ("外傭", Some("person")),
    ("勞工", Some("person")), ("工人", Some("person")), ("員工", Some("person")), ("職工", Some("person")),
    ("僱員", Some("person")), ("雇員", Some("person")), ("農民", Some("person")), ("志願者", Some("person")),
    ("志工", Some("person")), ("義工", Some("person")), ("考生", Some("person")), ("選手", Some("person")),
    ("運動員", Some("person")), ("教師", Some("person")), ("醫護", Some("person")), ("護士", Some("person")),
    ("軍人", Some("person")), ("士兵", Some("person")), ("官兵", Some("person")), ("警力", Some("person")),
    ("信徒", Some("person")), ("家長", Some("person")), ("婦女", Some("person")), ("人口", Some("person")),
    ("青年", Some("person")), ("年輕人", Some("person")), ("長輩", Some("person")), ("孩童", Some("person")),
    ("訂戶", Some("person")), ("玩家", Some("person")), ("畢業生", Some("person")), ("新生", Some("person")),
    ("高管", Some("person")), ("官員", Some("person")), ("幹部", Some("person")), ("黨員", Some("person")),
    ("議員", Some("person")), ("委員", Some("person")), ("球員", Some("person")), ("演員", Some("person")),
    ("記者", Some("person")), ("醫生", Some("person")), ("律師", Some("person")), ("警員", Some("person")),
    ("嫌犯", Some("person")), ("疑犯", Some("person")), ("死者", Some("person")), ("傷者", Some("person")),
    ("學者", Some("person")), ("專家", Some("person")), ("工程師", Some("person")), ("司機", Some("person")),
    // households
    ("家庭", Some("household")), ("住戶", Some("household")), ("農戶", Some("household")),
    // things news counts without a measure word
    ("宿舍", None), ("軍種", None), ("企業", None), ("學校", None), ("醫院", None), ("車輛", None),
    ("單位", None), ("房屋", None), ("住宅", None), ("社區", None), ("村莊", None), ("門店", None),
    ("星座", None), ("樣本", None), ("政黨", None), ("城市", None), ("國家", None), ("縣市", None),
    ("屋", None), ("鼠", None), ("犬", None), ("貓", None), ("艇", None), ("船", None), ("校", None),
];

/// Characters that may stand after a one-character head noun (`一屋捕七鼠，`, `3車相撞`):
/// the phrase ends there. Any non-Han character ends it too.
pub static COUNT_HEAD_ENDS: &[char] = char_set!("的被遭和與及、等都均也皆全相");

/// Quotes around a name between a number and its head noun (`30萬「平安馬甲」志願者`).
pub static OPEN_QUOTES: &[char] = char_set!("「『“‘《〈\"");
pub static CLOSE_QUOTES: &[char] = char_set!("」』”’》〉\"");

/// Characters that end a noun of persons (`機車騎士`, `低收入者`, `公務員`, `原住民`), read as the
/// head of a multiplied number's count when no row of `COUNT_HEADS` is.
pub static PERSON_SUFFIXES: &[char] = char_set!("者員民客眾友士童");

/// How many Han characters may stand between a multiplied number and its head noun
/// (`110餘萬城鄉居民`: two; `30萬低收入家庭`: three).
pub const COUNT_HEAD_GAP: usize = 3;

/// Characters that end the modifier before a head noun (`30萬，居民`, `30億改善居民生活`):
/// a verb or particle there means the noun belongs to another phrase.
pub static COUNT_HEAD_STOPS: &[char] = char_set!("的是在有到至給為於于向和與及或把被將讓使等了過元改用建投增減提");

/// Words between such a noun and its number (`人口約230萬`, `人數達500`, `人口為`). Folded.
pub static UNIT_NOUN_FILLERS: Words =
    words!["约", "为", "达", "有", "共", "仅", "已", "逾", "超过", "突破", "是", "约有", "已达", "高达", "仅有", "只有", "了", "仍有", "还有", "仍"];

/// Characters right before a lone `一` that make `一天`, `一年` a relative day or a
/// particular one, not a length of time (`前一天`, `有一天`, `每一天`, `那一年`, `同一天`,
/// `最暖的一年`, `特別的一天`);
/// a qualifier after it (`前一年左右`) makes it a length again.
pub static NOT_ONE_SPAN_AFTER: &[char] = char_set!("前後后每有某那這这哪同當当第唯另上下隔比復复的");

/// Words before a lone `一` that make it a count, not an article (`只有一套設備`,
/// `僅一名`, `只能進行一輪檢測`): one and no more. A word of two characters may
/// stand up to two characters before it (a verb between); `只`, `僅` touch it.
pub static ONLY_BEFORE_ONE: Words = words![
    "只", "僅", "只有", "僅有", "只剩", "僅剩", "只能", "僅能", "只需", "僅需", "唯有", "只得", "僅得",
];

/// Characters between such a word and `一` that make the `一` an article again (`只是一個`,
/// `只有在一次`).
pub static ONLY_GAP_STOPS: &[char] = char_set!("是的在說為把被");

/// Words after `一天`, `一年` that make an idiom of it (`一天比一天`, `一天到晚`,
/// `一年四季`, `一年一度`, `一年之計`, `一年半載`, `一日遊`).
pub static ONE_SPAN_IDIOMS: Words = words!["比", "到晚", "四季", "一度", "之計", "半載", "遊", "游", "天", "年"];

/// Characters that may follow an amount read past its unit (`九成五的`,
/// `三塊五了`, `一米八左右`): the amount ends there. Any non-Han character ends it too.
pub static AMOUNT_ENDS_AFTER_TENTHS: &[char] = char_set!("的以左上多餘");
pub static AMOUNT_ENDS_AFTER_KUAI: &[char] = char_set!("的了左以多餘");
pub static AMOUNT_ENDS_AFTER_METRE: &[char] = char_set!("的左高多幾上");
/// `度` is an angle, not a temperature, at a full turn or two (`360度`), or before these
/// (`45度角`, `90度鞠躬`, `180度轉彎`, `近90度懸崖`).
pub static FULL_TURNS: &[u32] = &[360, 720];
pub static ANGLE_AFTER: &[char] = char_set!("角彎轉鞠懸斜");

/// …and after a game's points (`13分排第4`, `以1分落後`, `兩分居次`).
pub static AMOUNT_ENDS_AFTER_POINTS: &[char] = char_set!("的排居領落升降繼暫");

/// Words right after a unit that show it was no unit (`三年級`, `3點鐘`, `五一期間`).
#[rustfmt::skip]
pub static NOT_UNITS: Words = words![
    "年級", "年代", "點", "點鐘", "時", "時許", "號線", "號文件", "期間", "人民", "人員", "人才", "次元",
    "家庭", "家人", "位置", "位於", "名義", "名單", "名稱", "條件", "條例", "件事", "所以", "所有", "張家",
    "股份", "股東", "股市", "股權", "股價", "台灣", "臺灣", "台北", "臺北", "台南", "臺南", "本身", "本地", "部門", "部分", "場所", "起來", "起步",
    "首都", "份額", "層面", "間隔", "支持", "支付", "種類", "類型", "組織", "門檻", "道路", "單位", "口岸", "季節",
    "集團", "期貨", "代表", "米飯", "天然", "天氣", "日本", "日報", "月亮", "周邊", "週邊", "度假", "元素", "角度",
    "角色", "升級", "方式", "方案", "方向", "倍數", "戶籍", "例如", "票據", "班級", "節日", "筆者", "片區", "包括",
    "所在", "隻身", "頭條", "把握", "款式", "屆時", "輪番", "號",
    // 三位數 (a magnitude), 三位一體; 宗教; 月薪3萬起跳 (from); 1日元旦 (New Year's Day), 15日元宵節
    "位數", "位一體", "宗教", "宗旨", "起跳", "起價", "起拍", "起售", "起租", "起算", "起計", "日元旦", "日元宵", "日元首", "日元老", "比特幣",
    // 雙 and 打 begin words (三雙方? no: 雙方, 打工, 打破): a pair or a dozen only alone
    "雙方", "雙邊", "雙向", "雙重", "雙贏", "雙打", "雙語", "雙層", "雙人", "雙城", "雙核", "雙軌", "雙倍",
    "打工", "打造", "打破", "打擊", "打開", "打算", "打敗", "打進", "打入", "打出", "打卡", "打車", "打折",
    // 一百兩岸青年: 兩 after a numeral begins a word, no weight
    "兩岸", "兩國", "兩地", "兩會", "兩黨", "兩市",
    // 黨 and 區 as measure words begin words of their own (中共102黨慶, 3區域)
    // 228條款 is a clause's name; 隊 begins the words of a team's people
    "條款", "隊員", "隊長", "隊伍", "隊友",
    // 載 of carrying (5載客車, 3載具), no years
    "載客", "載運", "載有", "載送", "載具", "載貨", "載著",
    // 發 begins verbs (3人發燒 reads 人; 5發現 is no round fired)
    "發生", "發現", "發布", "發佈", "發展", "發表", "發出", "發放", "發行", "發起", "發言", "發動", "發揮",
    "發燒", "發炎", "發病", "發酵", "發文", "發聲", "發函", "發給", "發還", "發包", "發售", "發票", "發電",
    "發達", "發明", "發覺", "發音", "發光", "發揚", "發掘", "發作", "發財", "發薪", "發件", "發貨", "發證",
    // 度 of times, not of heat (6度蟬聯三星, 3度入圍: the sixth time, the third time)
    "度蟬聯", "度入圍", "度奪", "度獲", "度當選", "度連任", "度參選", "度訪", "度挑戰", "度登上", "度擔任",
    "度來台", "度重返", "度闖", "度出任", "度問鼎", "度拿下", "度入主", "度出手", "度提名", "度獲選",
    "黨慶", "黨員", "黨部", "黨籍", "黨團", "黨主席", "黨中央", "黨委", "黨紀", "黨產", "黨代表", "黨務",
    "黨魁", "黨政", "黨史", "黨校", "黨章", "區域", "區間", "區塊", "區長", "區公所", "區隔", "區分", "區別",
    "打贏", "打電話", "打針", "打架", "打球", "打響", "打通", "打下", "打成", "打平", "打和", "打到", "打了",
    // 球, 槍 and 餐 begin words of their own (5球員, 3槍手, 2餐廳)
    "球員", "球隊", "球迷", "球場", "球季", "球賽", "球星", "球團", "球衣", "槍手", "槍擊", "槍枝", "餐廳", "餐飲",
    "餐點",
];

/// Currency words and symbols written before the amount: (prefix, ISO code,
/// and the code in Latin-script text where it differs: `¥` is the yen there).
#[rustfmt::skip]
pub static CURRENCY_PREFIXES: &[(&str, &str, Option<&str>)] = &[
    ("US$", "USD", None), ("USD", "USD", None), ("HK$", "HKD", None), ("HKD", "HKD", None), ("NT$", "TWD", None),
    ("NTD", "TWD", None), ("A$", "AUD", None), ("C$", "CAD", None), ("S$", "SGD", None), ("RMB", "CNY", None),
    ("CNY", "CNY", None), ("EUR", "EUR", None), ("GBP", "GBP", None), ("JPY", "JPY", None), ("MOP$", "MOP", None),
    ("$", "USD", None), ("＄", "USD", None), ("¥", "CNY", Some("JPY")), ("￥", "CNY", None), ("€", "EUR", None),
    ("£", "GBP", None), ("₩", "KRW", None), ("₹", "INR", None),
    ("人民幣", "CNY", None), ("美元", "USD", None), ("港幣", "HKD", None), ("港元", "HKD", None), ("新台幣", "TWD", None),
    ("新臺幣", "TWD", None), ("歐元", "EUR", None), ("日元", "JPY", None), ("英鎊", "GBP", None),
];

/// Currency names several countries share: (the name, a country named in the
/// same sentence, the code it means there). Without a country the name keeps
/// its row's code in `UNITS` (法郎 CHF, 盧比 INR, 盧布 RUB, 馬克 DEM); the
/// country nearest the figure wins (`白俄羅斯` before `俄羅斯`: longest first).
#[rustfmt::skip]
pub static SHARED_CURRENCIES: &[(&str, &str, &str)] = &[
    ("法郎", "瑞士", "CHF"), ("法郎", "法國", "FRF"), ("法郎", "剛果", "CDF"), ("法郎", "盧旺達", "RWF"),
    ("法郎", "西非", "XOF"), ("法郎", "中非", "XAF"), ("法郎", "喀麥隆", "XAF"), ("法郎", "塞內加爾", "XOF"),
    ("盧比", "印度", "INR"), ("盧比", "巴基斯坦", "PKR"), ("盧比", "斯里蘭卡", "LKR"), ("盧比", "尼泊爾", "NPR"),
    ("盧比", "印尼", "IDR"), ("盧比", "印度尼西亞", "IDR"), ("盧比", "毛里求斯", "MUR"), ("盧比", "模里西斯", "MUR"),
    ("盧比", "塞舌爾", "SCR"), ("盧布", "俄羅斯", "RUB"), ("盧布", "俄國", "RUB"), ("盧布", "白俄羅斯", "BYN"),
    ("盧布", "白俄", "BYN"), ("馬克", "德國", "DEM"), ("馬克", "西德", "DEM"), ("馬克", "芬蘭", "FIM"),
    ("馬克", "波黑", "BAM"), ("馬克", "波斯尼亞", "BAM"),
];

/// Words that make `點` after a number an index point (`上證指數漲30點`,
/// `恒指收報18000點`), when one stands earlier in the sentence; else `3點` is a
/// clock time. A whole number up to 24 needs a change word right before it too.
#[rustfmt::skip]
pub static INDEX_WORDS: Words = words![
    "指數", "指", "恒指", "恆指", "恒生", "恆生", "國企指數", "道瓊", "道指", "納指", "那指", "標普", "日經",
    "加權", "大盤", "台股", "臺股", "股指", "滬指", "深成指", "創業板指", "上證", "深證", "滬深300", "收報",
    "收市報", "收盤報", "點位", "富時", "韓綜指", "星指",
];
