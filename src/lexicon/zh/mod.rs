//! Chinese language knowledge, as tables. Write a row in either script: rows
//! are folded to Simplified when the lexicon is built, and the text is matched
//! on its folded copy, so one row serves Traditional and Simplified alike.
//!
//! To extend the grammar, add a row; no control flow changes. Where to look:
//!
//! | file | holds |
//! |---|---|
//! | [`numerals`] | digits, place units, multipliers (`萬`, `億`), vague amounts, shares (`百分之`) |
//! | [`units`] | units and measure words after a number, currencies before it |
//! | [`qualifiers`] | approximation words (`約`, `左右`), signs, range connectors |
//! | [`change`] | change words (`增長`, `下降`), comparatives, fillers |
//! | [`periods`] | period phrases (`同比`, `一季度`, `前#個月`) and comparison bases |
//! | [`names`] | what makes a number a name, a rank or an identifier |
//! | [`metric`] | what a metric leaves out (`實現`, `分別為`) and keeps |
//! | [`Mark`] (below) | the particles the grammar's rules look for by role |

pub mod change;
pub mod metric;
pub mod names;
pub mod numerals;
pub mod periods;
pub mod qualifiers;
pub mod units;

pub use change::*;
pub use metric::*;
pub use names::*;
pub use numerals::*;
pub use periods::*;
pub use qualifiers::*;
pub use units::*;

super::marks! {
    /// The particles the Chinese grammar's rules look for, one row per role.
    pub enum Mark {
        /// Before the unit a rate is per: `每股12.35元`, `每戶2.5人`.
        Per => "每",
        /// Before a rank: `第三`, `第5位`.
        Ordinal => "第",
        /// Before a number of months or quarters that is a period: `前4個月`.
        FirstN => "前",
        /// After a two-digit number, a generation: `80後`, `九零後`.
        Generation => "後",
        /// After a rank: `第二大`.
        Largest => "大",
        /// After a number, a quarter: `一季度`, `第三季` (periods, not figures).
        Season => "季",
        /// After a number, quarters: `一季度`.
        Quarter => "季度",
        /// After a Chinese numeral, an average over years: `兩年平均` (a period).
        YearAverage => "年平均",
        /// Between the numbers of a ratio: `1比3`.
        Versus => "比",
        /// Between the denominator and the numerator: `三分之一`.
        PartsOf => "分之",
        /// Between a whole number and a fraction: `三又三分之一`, `3又1/2`.
        AndAFraction => "又",
        /// Tenths of a whole: `兩成` = 20%; alone, it starts no figure (`成為`).
        Tenths => "成",
        /// Before a bare multiplier, at least that many: `上百`, `上千萬`.
        Upward => "上",
        /// Doubling: `翻一番`, `翻了兩番`.
        Double => "翻",
        /// The doublings counted after `翻`: `翻一番`.
        Doublings => "番",
        /// The perfective particle: `翻了兩番`.
        Perfective => "了",
        /// The verb of a discount: `打對折`.
        Strike => "打",
        /// A half after a unit: `一年半`, `兩成半`, `一斤半`.
        Half => "半",
        /// Tenths of a yuan after `塊`: `兩塊五毛`, `三塊五角`.
        Jiao => "毛角",
        /// Hundredths of a yuan, or minutes after hours: `3元5角2分`, `兩小時十分`.
        Fen => "分",
        /// A family before the number of its members in `口` (`一家3口`, `全家五口`): persons.
        Family => "家",
        /// Mouths, the measure word of a family's members.
        Mouths => "口",
        /// Games played, before a table's points: `31戰73分`.
        Games => "戰",
        /// Money, after its subunit: `三毛錢`, `5角2分錢`.
        Qian => "錢",
        /// The numeral `兩` as the weight unit liang: `三兩`, `三斤二兩`, `三三兩兩`.
        Liang => "兩",
        /// The measure word `個`: before `億` colloquially (`三個億`), before a
        /// duration (`3個月`, which is no month of a date).
        Piece => "個",
        /// After a number, a session: `十八屆三中全會` (a rank there).
        Session => "屆",
        /// After a session's number, a plenum: `十九屆五中全會`.
        Plenum => "中全",
        /// Zero degrees, a temperature with no digit (`降至零度`, `零度以下`).
        ZeroDegrees => "零度",
        /// Below zero: `零下5度` (over a range: `零下3到5度` is −5..−3).
        BelowZero => "零下",
        /// A minus sign in words: `負二十度`.
        Negative => "負",
        /// Fahrenheit before a temperature: `華氏100度` is °F.
        Fahrenheit => "華氏",
        /// An index point after a number: `收報18000點` (else a clock time).
        IndexPoint => "點",
        /// Speed: `時速350公里`.
        Speed => "時速",
        /// The verb of existence before a metric: `該校有學生3000名`.
        Have => "有",
        /// Respectively: `分別增長4.8%和6.9%`.
        Respectively => "分別",
        /// The decimal point of a Chinese numeral: `三點一四`.
        Point => "點",
        /// Between two neighbouring digits of a spoken range: `兩、三年` (2–3 years), `七、八隻`.
        ListComma => "、",
        /// A vague digit: `幾百` (200–900); as a last digit, more than: `十幾` (over 10).
        Few => "幾",
        /// A vague digit before a place unit only: `數十`, `數百`.
        Several => "數",
        /// Between the digits and their multiplier: `300多萬`, `30餘萬`.
        InfixApprox => "多餘",
        /// After a length of time, since: `五年來`, `一個月來` (over the past five years;
        /// `十來年`, before the unit, is about ten).
        Since => "來",
        /// From, after a price: `售價29,900起` (no case counted).
        From => "起",
        /// More than, after a measure word: `3個多月`.
        More => "多",
        /// After a comparison basis: `與上年相比`, `比上年同期相比`.
        Compared => "相比",
        /// The copula before a numeral stated alone: `密碼的首位是七。`
        Copula => "是",
    }
}
