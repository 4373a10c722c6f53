//! What a bare `元` means: words that place an article, each with the ISO
//! code of the currency a bare `元` (or, in Hong Kong, a bare `$`) then
//! means. One row per word, written in Traditional script (rows are matched
//! on the folded text, so `臺北` and `台北` are one row's business); a newcomer
//! adds a place, an institution or a currency name in one line.
//!
//! The figures stage counts these words over an article's title, headings,
//! meta lines and paragraphs; the code with the most words is the article's
//! `meta.currency` (a tie goes to the code named first). Script is no
//! evidence: mainland news in Traditional script names mainland places.
//! Within a sentence, the word nearest before a bare `元` (else after it)
//! decides for that figure, so a cross-strait sentence keeps each side's
//! currency.

use crate::lexicon::{WordTable, Words};

/// (word, ISO 4217 code).
#[rustfmt::skip]
pub static CURRENCY_EVIDENCE: WordTable<&str> = word_rows![
    // Taiwan: the currency, places, institutions
    ("新台幣", "TWD"), ("新臺幣", "TWD"), ("台幣", "TWD"), ("NT$", "TWD"), ("NTD", "TWD"),
    ("台灣", "TWD"), ("台北", "TWD"), ("新北", "TWD"), ("桃園", "TWD"), ("台中", "TWD"),
    ("台南", "TWD"), ("高雄", "TWD"), ("新竹", "TWD"), ("基隆", "TWD"), ("嘉義", "TWD"),
    ("彰化", "TWD"), ("屏東", "TWD"), ("宜蘭", "TWD"), ("花蓮", "TWD"), ("台東", "TWD"),
    ("苗栗", "TWD"), ("雲林", "TWD"), ("南投", "TWD"), ("澎湖", "TWD"), ("金門", "TWD"),
    ("行政院", "TWD"), ("立法院", "TWD"), ("監察院", "TWD"), ("總統府", "TWD"), ("經濟部", "TWD"),
    ("金管會", "TWD"), ("主計總處", "TWD"), ("衛福部", "TWD"), ("國發會", "TWD"), ("中央社", "TWD"),
    ("全台", "TWD"), ("台股", "TWD"), ("立委", "TWD"), ("氣象署", "TWD"), ("健保署", "TWD"),
    // a day or a year in brackets after a word for today or this year, as only Taiwanese
    // dailies date their stories (昨（27）日, 今(28)日, 去（2022）年, 今（112）年)
    ("今（", "TWD"), ("昨（", "TWD"), ("去（", "TWD"), ("今(", "TWD"), ("昨(", "TWD"), ("去(", "TWD"),
    // the Republic's era and name, its courts and prosecutors (交保: bail, as Taiwan writes it)
    ("民國", "TWD"), ("中華民國", "TWD"), ("地檢署", "TWD"), ("北檢", "TWD"), ("交保", "TWD"),
    ("警政署", "TWD"),
    // ministries and agencies only Taiwan has by these names
    ("勞動部", "TWD"), ("農委會", "TWD"), ("環保署", "TWD"), ("疾管署", "TWD"),
    ("陸委會", "TWD"), ("中選會", "TWD"), ("消基會", "TWD"),
    ("縣府", "TWD"), ("市府", "TWD"), ("縣長", "TWD"), ("縣議員", "TWD"), ("市議員", "TWD"),
    ("健保", "TWD"), ("勞保", "TWD"), ("台電", "TWD"), ("台鐵", "TWD"), ("中油", "TWD"),
    ("台積電", "TWD"), ("立院", "TWD"), ("國民黨", "TWD"), ("民進黨", "TWD"), ("民眾黨", "TWD"),
    ("綠營", "TWD"), ("藍營", "TWD"), ("捷運", "TWD"),
    // (rows whose first two characters begin common words cost a lookup at each: 統一發票,
    // 里長 (市長), 地院 (醫院), 超商 (超市), 居屋 (居民), 振興券 (嘉興), 入境處 (入選) are left
    // out, and so are rows whose first char is common in any text (大嶼山, 長沙灣, 五倍券: 大, 長,
    // 五 would be marked everywhere)
    // Taiwan's local offices, courts and schemes, and words only Taiwanese copy uses (酒測:
    // a breath test, 易科罰金: a fine in lieu of prison, 颱風假: a typhoon day off)
    ("勞退", "TWD"), ("鄉公所", "TWD"), ("區公所", "TWD"), ("縣議會", "TWD"),
    ("酒測", "TWD"), ("易科罰金", "TWD"), ("緩起訴", "TWD"), ("停班停課", "TWD"), ("颱風假", "TWD"),
    ("悠遊卡", "TWD"), ("高檢署", "TWD"),
    // 罰鍰: an administrative fine in Taiwan's law (the mainland writes 罰款)
    ("罰鍰", "TWD"),
    // Taiwan's own firms, whose prices and fares are in its dollar: its telecoms, airlines and
    // Foxconn under its Taiwanese name (the mainland calls it 富士康)
    ("中華電信", "TWD"), ("台灣大哥大", "TWD"), ("遠傳電信", "TWD"), ("華航", "TWD"), ("長榮航", "TWD"),
    ("鴻海", "TWD"),
    // cities, districts and regions Taiwanese news names without 台灣
    ("雙北", "TWD"), ("北市", "TWD"), ("板橋", "TWD"), ("中壢", "TWD"),
    ("士林", "TWD"), ("北投", "TWD"), ("汐止", "TWD"),
    ("蘆洲", "TWD"), ("林口", "TWD"), ("竹北", "TWD"), ("豐原", "TWD"),
    ("斗六", "TWD"), ("頭份", "TWD"), ("埔里", "TWD"), ("墾丁", "TWD"), ("馬祖", "TWD"),
    // Hong Kong
    ("港元", "HKD"), ("港幣", "HKD"), ("HK$", "HKD"), ("HKD", "HKD"), ("香港", "HKD"),
    ("港府", "HKD"), ("特首", "HKD"), ("九龍", "HKD"), ("新界", "HKD"), ("港島", "HKD"),
    ("港股", "HKD"), ("港交所", "HKD"), ("收市", "HKD"), ("開市", "HKD"), ("金管局", "HKD"), ("港鐵", "HKD"), ("港人", "HKD"),
    ("立法會", "HKD"), ("恒指", "HKD"), ("恆指", "HKD"),
    // Hong Kong districts and new towns (property and local news name them, not 香港); not
    // names shared with places elsewhere (大埔, 西貢, 中環, 灣仔, 馬鞍山)
    ("屯門", "HKD"), ("元朗", "HKD"), ("沙田", "HKD"), ("荃灣", "HKD"), ("葵涌", "HKD"),
    ("觀塘", "HKD"), ("旺角", "HKD"), ("銅鑼灣", "HKD"), ("尖沙咀", "HKD"), ("將軍澳", "HKD"),
    ("深水埗", "HKD"), ("油麻地", "HKD"), ("東涌", "HKD"), ("天水圍", "HKD"),
    // what Hong Kong news calls its own city
    ("本港", "HKD"), ("全港", "HKD"), ("港九", "HKD"),
    ("房委會", "HKD"), ("屋宇署", "HKD"), ("差估署", "HKD"),
    // Hong Kong's word for illegal parking (Taiwan writes 違規停車, the mainland 违章停车)
    ("違例泊車", "HKD"),
    // more districts and estates Hong Kong news names alone
    ("中西區", "HKD"), ("柴灣", "HKD"), ("筲箕灣", "HKD"),
    ("鰂魚涌", "HKD"), ("紅磡", "HKD"), ("土瓜灣", "HKD"), ("何文田", "HKD"), ("九龍塘", "HKD"),
    ("葵芳", "HKD"), ("葵青", "HKD"),
    ("粉嶺", "HKD"), ("黃大仙", "HKD"), ("啟德", "HKD"),
    ("香港仔", "HKD"), ("薄扶林", "HKD"), ("跑馬地", "HKD"), ("鴨脷洲", "HKD"),
    // Hong Kong's departments, councils and schemes
    ("房屋署", "HKD"), ("醫管局", "HKD"), ("康文署", "HKD"), ("運輸署", "HKD"),
    ("區議會", "HKD"), ("區議員", "HKD"), ("財政司", "HKD"),
    ("律政司", "HKD"), ("廉署", "HKD"), ("警務處", "HKD"),
    ("積金局", "HKD"), ("綜援", "HKD"),
    ("九巴", "HKD"),
    // more of its departments and bureaux by their Hong Kong names (Taiwan, Macau and the
    // mainland name theirs 移民署, 營建署, 民航局, 海事局, 公安局 ...)
    ("渠務署", "HKD"), ("路政署", "HKD"), ("水務署", "HKD"), ("地政總署", "HKD"), ("規劃署", "HKD"),
    ("懲教署", "HKD"), ("海事處", "HKD"), ("民航處", "HKD"), ("機電署", "HKD"), ("保安局", "HKD"),
    // what only Hong Kong property news writes: estates, subdivided flats, rates, price per foot
    ("屋苑", "HKD"), ("劏房", "HKD"), ("差餉", "HKD"), ("呎價", "HKD"),
    // what only Hong Kong calls so: its foreign domestic helpers, its public estates and towns
    ("外傭", "HKD"), ("太古城", "HKD"), ("公屋", "HKD"), ("荔枝角", "HKD"), ("石硤尾", "HKD"),
    ("秀茂坪", "HKD"), ("西環", "HKD"),
    // Hong Kong's schemes, departments and words for everyday things (判監: sentenced to
    // prison, 送院: taken to hospital, as only Hong Kong copy writes them)
    ("強積金", "HKD"), ("八達通", "HKD"), ("判監", "HKD"), ("送院", "HKD"), ("消防處", "HKD"),
    ("食環署", "HKD"), ("社署", "HKD"), ("旅發局", "HKD"), ("消委會", "HKD"),
    ("漁護署", "HKD"), ("紅隧", "HKD"), ("西隧", "HKD"), ("東隧", "HKD"),
    ("天星小輪", "HKD"),
    // written Cantonese, which Hong Kong news quotes as spoken: particles and pronouns that
    // standard written Chinese never uses (嘅, 咗, 冇, 佢哋, 啲, 嚟, 喺, 嗰, 嘢)
    ("嘅", "HKD"), ("咗", "HKD"), ("冇", "HKD"), ("哋", "HKD"), ("啲", "HKD"), ("嚟", "HKD"),
    ("喺", "HKD"), ("嗰", "HKD"), ("嘢", "HKD"),
    // Macau
    ("澳門元", "MOP"), ("澳門幣", "MOP"), ("MOP$", "MOP"), ("澳門", "MOP"), ("氹仔", "MOP"),
    ("路氹", "MOP"),
    // Macau's Grand Prix, gaming regulator, police forces and broadcaster
    ("大賽車", "MOP"), ("博監局", "MOP"), ("治安警", "MOP"), ("司警", "MOP"), ("澳廣視", "MOP"),
    // the mainland: the currency, provinces and cities, institutions
    ("人民幣", "CNY"), ("RMB", "CNY"), ("CNY", "CNY"), ("￥", "CNY"), ("¥", "CNY"),
    ("北京", "CNY"), ("上海", "CNY"), ("天津", "CNY"), ("重慶", "CNY"), ("廣東", "CNY"),
    ("廣州", "CNY"), ("深圳", "CNY"), ("浙江", "CNY"), ("江蘇", "CNY"), ("山東", "CNY"),
    ("四川", "CNY"), ("湖北", "CNY"), ("湖南", "CNY"), ("河南", "CNY"), ("河北", "CNY"),
    ("福建", "CNY"), ("安徽", "CNY"), ("江西", "CNY"), ("陝西", "CNY"), ("山西", "CNY"),
    ("遼寧", "CNY"), ("吉林", "CNY"), ("黑龍江", "CNY"), ("雲南", "CNY"), ("貴州", "CNY"),
    ("甘肅", "CNY"), ("青海", "CNY"), ("廣西", "CNY"), ("內蒙古", "CNY"), ("新疆", "CNY"),
    ("寧夏", "CNY"), ("西藏", "CNY"), ("海南", "CNY"), ("武漢", "CNY"), ("杭州", "CNY"),
    ("南京", "CNY"), ("成都", "CNY"), ("西安", "CNY"), ("國務院", "CNY"), ("國家統計局", "CNY"),
    ("發改委", "CNY"), ("人民銀行", "CNY"), ("全國人大", "CNY"), ("新華社", "CNY"), ("自治區", "CNY"),
    // English (issue 18): the dollar countries whose English-language outlets write a bare `$` for
    // their own dollar (Canada, Australia, New Zealand, Taiwan), and the United States, so that a US
    // story that names Canada once keeps its dollars. Rows match at the start of a word. Hong Kong
    // and Singapore are left out: English copy from there writes HK$ and S$ for local amounts and a
    // bare `$` for the US-dollar conversion (`HK$10 billion ($1.28 billion)`).
    ("canada", "CAD"), ("canadian", "CAD"), ("ottawa", "CAD"), ("toronto", "CAD"), ("ontario", "CAD"),
    ("quebec", "CAD"), ("montreal", "CAD"), ("vancouver", "CAD"), ("british columbia", "CAD"),
    ("alberta", "CAD"), ("calgary", "CAD"), ("edmonton", "CAD"), ("winnipeg", "CAD"), ("manitoba", "CAD"),
    ("saskatchewan", "CAD"), ("nova scotia", "CAD"), ("cad", "CAD"), ("c$", "CAD"),
    ("australia", "AUD"), ("australian", "AUD"), ("sydney", "AUD"), ("melbourne", "AUD"), ("brisbane", "AUD"),
    ("canberra", "AUD"), ("queensland", "AUD"), ("new south wales", "AUD"), ("adelaide", "AUD"), ("aud", "AUD"), ("a$", "AUD"),
    ("new zealand", "NZD"), ("auckland", "NZD"), ("christchurch", "NZD"), ("nzd", "NZD"), ("nz$", "NZD"),
    ("taiwan", "TWD"), ("taipei", "TWD"), ("kaohsiung", "TWD"), ("taichung", "TWD"),
    ("u.s.", "USD"), ("united states", "USD"), ("america", "USD"), ("washington", "USD"), ("new york", "USD"),
    ("california", "USD"), ("texas", "USD"), ("florida", "USD"), ("chicago", "USD"), ("los angeles", "USD"),
    ("wall street", "USD"), ("federal reserve", "USD"), ("congress", "USD"), ("white house", "USD"),
    ("nasdaq", "USD"), ("dow jones", "USD"), ("us$", "USD"), ("usd", "USD"),
];

/// The code a bare year of the Republic of China era is evidence for (`106年6月`,
/// `112年度`: only Taiwanese copy writes them; see `figures::currency`).
pub const ROC_YEAR_CODE: &str = "TWD";

/// Evidence words that a measure word `台` and a noun can spell (`一台電腦`, `這台中型車`, `3台東芝筆電`):
/// after a numeral (Han, or up to three digits) or a word of `COUNTING_BEFORE`, no evidence.
pub static MEASURE_MISREADS: Words = words!["台電", "台中", "台東", "台南"];

/// Words before a measure word that count or point (`這台`, `每台`, `幾台`).
pub static COUNTING_BEFORE: &[char] = char_set!("這那每幾該某哪整");

/// The currency a bare `$` (no letters before it: not `US$`, `HK$`) is read
/// as by the grammars, and the article currencies that make it theirs
/// instead (a Hong Kong story's `$` is the Hong Kong dollar).
pub const BARE_DOLLAR: (&[char], &str, &[&str]) = (
    &['$', '＄'],
    "USD",
    &["HKD", "CAD", "AUD", "NZD", "SGD", "TWD"],
);

/// English words for a bare dollar after the amount (`45 million dollars`):
/// in a Canadian story they are Canadian dollars, as a bare `$` is.
pub static BARE_DOLLAR_WORDS: Words = words!["dollars", "dollar"];
