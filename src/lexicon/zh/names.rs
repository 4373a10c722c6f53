//! What makes a Chinese number part of something else: a name (`十九大`),
//! a rank's superlative (`第三高`), an identifier's label (`股票代碼`), a
//! clock time (`三點一刻`).

use crate::lexicon::Words;

/// Words that follow a numeral in names rather than quantities (`十九大`, `一大`, `六大品牌`).
pub static NAME_SUFFIXES: Words = words![
    "大", "中全會", "號文件", "號線", "強", "強賽", "決賽", "分之一決賽",
    // events named by their date (228事件, 921地震, 319槍擊案), train and flight numbers, floors
    "事件", "事變", "地震", "大地震", "槍擊案", "慘案", "血案", "次列車", "次班機", "次航班", "樓",
    // groups of countries named by their number (二十國集團 is the G20, 七國集團 the G7)
    "國集團",
];

/// Words after `N屆` that make the session's number a rank (`十九屆中央委員會`,
/// `十四屆全國人大`); `N屆` before a plenum (`十八屆三中全會`) is one too.
#[rustfmt::skip]
pub static SESSION_BODIES: Words = words![
    "中央", "中委", "全國人大", "人大", "政協", "全國政協", "全國代表大會", "代表大會", "立法會", "立法院",
    "理事會", "董事會", "世界盃", "奧運", "亞運", "全運會", "金馬獎", "金曲獎", "金像獎", "奧斯卡",
];

/// The first characters of `Mark::Session` and `Mark::Plenum` (`十八屆`, `三中全會`).
pub static SESSION_STARTS: &[char] = char_set!("屆中");

/// Words before `N大` that make it a party congress, a rank (`中共七大`, `黨的十九大`).
pub static CONGRESS_LEADS: Words = words!["中共", "黨的", "党的"];

/// Characters after `N大` that make no noun of the great ones (`一大早`, `三大會`,
/// `九合一大選`, `十大半`): no count.
pub static NOT_BIG_COUNT_BEFORE: &[char] = char_set!("早選會堆批片把步半概約都多約部幅");

/// Han characters right after a bare Arabic number that leave it a quantity (`157，`,
/// `85的`, `40和50`, `120後`, a score `32分`, a comparison `大於10小於20`, `30之間`… are read on;
/// any other Han word glued to the digits makes a name, a version or a label of them: `88會館`,
/// `2.0全面升級`, `126字`).
pub static BARE_NUMBER_ENDS_BEFORE: &[char] =
    char_set!("的和與及或、跟而後前時為是了分小大最不且並之以至到左上下多餘來比高低少於就才也都還又再即則等間內外起");

/// Words after `第N` that are no measure word of a count but keep it a rank (`第5期`, `第二波`,
/// `第三回合`, `第4棒`, `第一審`); `第一線`, `第三方`, `第一手` are names and no rows.
#[rustfmt::skip]
pub static RANK_WORDS: Words = words![
    "期", "波", "關", "棒", "站", "局", "回合", "回", "章", "版", "洞", "桿", "順位", "排", "梯次",
    "審", "階段", "世代", "級", "輯", "彈", "話", "講", "課", "場次", "號種子", "種子", "胎",
];

/// Words of ranking a few characters before a bare number make it a rank (`世界排名高居21`,
/// `排名已跌至76`), with at most `RANK_LEAD_GAP` Han characters between.
pub static RANK_LEADS: Words = words!["排名", "排行", "名次"];
pub const RANK_LEAD_GAP: usize = 4;

/// Words after `第N季` that make it a quarter of a year (a period), not a season of a series
/// (`第三季度`, `第三季營收`, `第二季GDP`); a year before it does too (`今年第三季`).
#[rustfmt::skip]
pub static QUARTER_AFTER: Words = words![
    "度", "營收", "財報", "獲利", "淨利", "盈利", "利潤", "經濟", "GDP", "出口", "進口", "營運", "毛利",
    "業績", "每股", "末", "初", "以來", "財測", "營業", "收入", "銷售", "季報", "增長", "成長", "虧損",
];

/// Words near `第N季` that make it a season of a series (a rank): `該劇第二季`, `第一季收視`.
#[rustfmt::skip]
pub static SERIES_WORDS: Words = words![
    "劇", "節目", "影集", "播出", "開播", "收視", "首播", "續集", "系列", "動畫", "綜藝", "真人秀", "季賽", "賽季", "選秀",
];

/// Words right before a bare number that make it a model's or a version's number (`機型7`,
/// `系列1`, `版本2`), no quantity.
pub static MODEL_LEADS: Words = words!["型", "系列", "版本", "型號", "款型", "世代"];

/// Verbs of calling right before a bare number make it a phone or hotline number
/// (`急叩119`, `請打1995`, `撥打1999`), no quantity.
pub static CALL_LEADS: Words = words!["打", "撥", "撥打", "叩", "致電", "電洽", "來電", "call"];

/// Names written with a number, which no figure is (`台北101`, `7-11`); at most two characters
/// before the number. Lower case.
pub static NUMBER_NAMES: Words = words![
    "台北101", "7-11", "7-eleven", "101大楼",
    // a triple-double in basketball (and a hand of mahjong), no three yuan
    "大三元",
    // shopping festivals and holidays named by their date (雙11, 雙十節)
    "双11", "双12", "双十一", "双十二", "双十节", "双十国庆",
    // mainland university programmes
    "985高校", "985大学", "985院校", "211工程", "211高校", "211大学", "211院校",
    // Taiwanese places whose numeral would read as a count (新北市五股, 台南七股, 瑞芳九份), named
    // with the word before or after them that only the place has
    "五股区", "市五股", "北五股", "七股区", "市七股", "南七股", "九份老街", "芳九份", "八里区", "北八里",
    // consumer electronics (3C產品), not three degrees
    "3c产品", "3c家电", "3c商品", "3c用品", "3c卖场", "3c通路", "3c 家电", "3c零售",
    // a band named by its month (五月天)
    "五月天",
    // idioms built on numerals, no amount (正經八百 "in earnest", 十萬八千里 "worlds apart")
    "正经八百", "十万八千里", "三十六计", "七十二变", "三百六十行", "十八般", "二十四孝", "三十而立",
    "四十不惑", "五十步笑百步", "八九不离十", "九牛二虎",
    // ...and idioms whose numeral stands before a measure word or a unit (四處 "everywhere",
    // 三天兩頭 "all the time"): no count, no length of time
    "四处", "四面八方", "三天两头", "三番两次", "三番四次", "三长两短", "三五成群", "十有八九",
    "七上八下", "三言两语", "一五一十",
    // "a year or so", "a few years": no length stated
    "一年半载", "三年五载", "三年两载",
    // the four seasons: all year round (四季如春), and the names built on them (四季酒店)
    "四季",
    // four-wheel drive: a kind of car, no wheels counted
    "四轮传动", "四轮驱动",
];

/// Words near `3比1` that make it a sports score, not a ratio (`以3比1擊敗`).
#[rustfmt::skip]
pub static SCORE_WORDS: Words = words![
    "擊敗", "戰勝", "獲勝", "勝出", "力克", "險勝", "大勝", "完勝", "慘勝", "不敵", "敗給", "輸給", "負於", "贏",
    "比分", "逆轉", "擊退", "淘汰", "戰平", "打平", "踢平", "比數", "比賽", "決賽", "賽事", "球",
    // a comeback win (3:2反勝), a level score (打成5:5), a league and its table
    "反勝", "打成", "聯賽", "積分",
    // a win, a forced draw, a lead taken or held, after the game, kicking (反超前3:1, 逼和2:2, 賽後13分)
    "打敗", "逼和", "反超", "超前", "領先", "賽後", "半場", "踢",
];

/// Brackets closing a work's title (`《爸爸去哪兒5》`): a bare number
/// before one is part of the title.
pub static TITLE_CLOSES: &[char] = char_set!("》〉");

/// Superlatives after `第N` that keep it a rank (`第三高`, `第二大`).
pub static RANK_SUPERLATIVES: &[char] = char_set!("大高低多少長快慢強號");

/// Characters after `第N` that end the rank there (`排名第二的政黨`, `第十和第十五之間`),
/// where another Han character would make a name of it (`第一產業`, `第三方`).
pub static RANK_ENDS_BEFORE: &[char] = char_set!("的和與及、之");

/// Labels before a number that make it an identifier (`股票代碼600519`, `電話：`).
#[rustfmt::skip]
pub static IDENTIFIER_LABELS: Words = words![
    "代碼", "代號", "編號", "電話", "熱線", "號碼", "賬號", "郵編", "QQ", "證號",
];

/// Words after four digits that make them a hotline's number, no year (Taiwan's `1995生命線`,
/// `1922防疫專線`, `1999市民熱線`): a few Han characters may stand between.
pub static HOTLINE_WORDS: Words = words!["熱線", "專線", "生命線", "服務線", "關懷線", "客服", "電話", "諮詢線"];

/// Characters after a spelled decimal that make it a clock time (`三點一刻`, `三點二十分`).
pub static CLOCK_AFTER_POINT: &[char] = char_set!("刻分鐘半");

/// Characters that say a spelled year is a span (`一千二百五十年來`, `兩千年前`).
pub static SPAN_AFTER_YEAR: &[char] = char_set!("前來間內多餘後裡左以");
