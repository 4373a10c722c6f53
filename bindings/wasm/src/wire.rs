//! The wire format between the engine and JS: an [`Analysis`] as one list of
//! numbers and one string, which `js/wire.js` turns back into the plain
//! objects of the schema (`docs/schema.md`).
//!
//! Why: building the result object by object across the wasm boundary (a
//! setter call per field, a UTF-8 decode per string) took a fifth of the time
//! of an analysis in Node. This way the boundary is crossed three times per
//! call: the numbers are copied out as one `Float64Array`, the strings are
//! decoded as one string, and JS slices the strings it needs out of it.
//!
//! The layout, read in this order by `decode` in `js/wire.js`
//! (`str` is two numbers, UTF-16 start and end in the string, or -1 and 0 for
//! `null`; `text` is a `str`, or -2 and 0 for the input's own text at the
//! record's span, which JS slices from the string it passed in; `word` is one
//! number, an index into the word table, or -1 for `null`; `list<T>` is a
//! count, then the items; `num?` is NaN for `null`):
//!
//! - the position of the word table (it follows everything else)
//! - analysis: version, word language, str title, meta, blocks, figures, checks, cleaning
//! - meta: str date, str source, list<str> authors, str editor, list<str> keywords, list<str> tags,
//!   word currency (null: absent)
//! - block: word kind, text text, start, end, word language, items (-1 when absent, else list<str>),
//!   sentences (-1 when absent, else list<span>)
//! - figure: text text, start, end, word kind, num? value, num? low (NaN: absent), num? high (NaN: absent),
//!   word qualifier (null: absent), word unit, word per (null: absent), approximate (0 or 1), word change, str period, str metric,
//!   word role (null: absent), str iso (null: absent), block, num? sentence
//! - check: word kind, list<num> figures, stated, computed, ok (0 or 1), str explain
//! - cleaning: list<span> pinyinAnnotations, list<span> markup, list<span> invisible, list<damage> damaged
//! - span: start, end; damage: start, end, word kind, str repaired (null: absent)
//! - the word table: list<str>
//!
//! Short strings that repeat (kinds, units, languages, changes, roles, qualifiers) are
//! words: written once, so JS makes each one once and looks it up by index.
//!
//! The Node build (feature `utf16-wire`) hands the string over as its UTF-16
//! code units ([`utf16`]), which JS reads with a copy: the UTF-8 decode of the
//! seed's strings (its block texts, pinyin removed, are not the input's own)
//! took 15 ms per 2 MB of input, the UTF-16 read 1 ms, and analyses ran 4-7%
//! faster. The web build keeps the UTF-8 decode: the conversion costs bytes.

use figlens::{Analysis, Change, DamageKind, Figure, Language, Role, Span};

pub struct Wire {
    pub nums: Vec<f64>,
    pub text: String,
    /// UTF-16 length of `text`.
    units: usize,
    /// The word table: short strings that repeat.
    words: Vec<Box<str>>,
}

/// Which block and figure texts are the input's own text at their span: most
/// are, since cleaning rarely touches a block. Those go out as a flag, and JS
/// slices them from the string it passed in, so an article's text crosses
/// the boundary once instead of twice (the UTF-8 decode of the strings was a
/// twentieth of the time of an analysis in Node).
pub struct FromInput {
    blocks: Vec<bool>,
    figures: Vec<bool>,
}

impl FromInput {
    /// Read `a` while its offsets are still bytes of `input`.
    pub fn of(a: &Analysis, input: &str) -> FromInput {
        let same = |text: &str, s: usize, e: usize| {
            input
                .as_bytes()
                .get(s..e)
                .is_some_and(|t| t.len() == text.len() && same_bytes(t, text.as_bytes()))
        };
        FromInput {
            blocks: a
                .blocks
                .iter()
                .map(|b| same(&b.text, b.start, b.end))
                .collect(),
            figures: a
                .figures
                .iter()
                .map(|f| same(&f.text, f.start, f.end))
                .collect(),
        }
    }
}

/// Equal byte strings, compared 8 bytes at a time: in wasm, `==` on slices
/// is a memcmp that goes byte by byte, and here it reads a whole article.
/// The differences are OR-ed together rather than tested word by word, or
/// LLVM turns the loop back into a memcmp call.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let word = |c: &[u8]| <[u8; 8]>::try_from(c).map_or(0, u64::from_ne_bytes);
    let (ac, bc) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail = ac
        .remainder()
        .iter()
        .zip(bc.remainder())
        .fold(0, |d, (x, y)| d | (x ^ y));
    let diff = ac.zip(bc).fold(0, |d, (x, y)| d | (word(x) ^ word(y)));
    a.len() == b.len() && diff == 0 && tail == 0
}

/// Encode `a` (offsets already in UTF-16 units, as JS wants them).
pub fn encode(a: &Analysis, from_input: &FromInput) -> Wire {
    let strings: usize = a
        .blocks
        .iter()
        .map(|b| b.items.as_ref().map_or(0, |_| b.text.len()))
        .sum::<usize>()
        + a.figures.len() * 16;
    let mut w = Wire {
        nums: Vec::with_capacity(32 + a.blocks.len() * 16 + a.figures.len() * 26),
        text: String::with_capacity(strings + 256),
        units: 0,
        words: Vec::new(),
    };
    w.num(0.0); // where the word table starts, set at the end
    w.num(a.version.into());
    w.word(language(a.language));
    w.opt_str(a.title.as_deref());
    let m = &a.meta;
    w.opt_str(m.date.as_deref());
    w.opt_str(m.source.as_deref());
    w.strs(&m.authors);
    w.opt_str(m.editor.as_deref());
    w.strs(&m.keywords);
    w.strs(&m.tags);
    w.opt_word(m.currency);
    w.count(a.blocks.len());
    for (k, b) in a.blocks.iter().enumerate() {
        w.word(b.kind.as_str());
        w.text(&b.text, from_input.blocks.get(k) == Some(&true));
        w.span(b.start, b.end);
        w.word(language(b.language));
        match &b.items {
            Some(items) => w.strs(items),
            None => w.num(-1.0),
        }
        match &b.sentences {
            Some(s) => w.spans(s),
            None => w.num(-1.0),
        }
    }
    w.count(a.figures.len());
    for (k, f) in a.figures.iter().enumerate() {
        w.figure(f, from_input.figures.get(k) == Some(&true));
    }
    w.count(a.checks.len());
    for c in &a.checks {
        w.word(c.kind.as_str());
        w.count(c.figures.len());
        for &i in &c.figures {
            w.count(i);
        }
        w.num(c.stated);
        w.num(c.computed);
        w.num(f64::from(u8::from(c.ok)));
        w.str(&c.explain);
    }
    let c = &a.cleaning;
    w.spans(&c.pinyin_annotations);
    w.spans(&c.markup);
    w.spans(&c.invisible);
    w.count(c.damaged.len());
    for d in &c.damaged {
        w.span(d.start, d.end);
        w.word(match d.kind {
            DamageKind::Latin1Utf8 => "latin1-utf8",
            DamageKind::GbkUtf8 => "gbk-utf8",
            DamageKind::Replacement => "replacement",
        });
        w.opt_str(d.repaired.as_deref());
    }
    w.nums[0] = w.nums.len() as f64;
    let words = std::mem::take(&mut w.words);
    w.count(words.len());
    for word in &words {
        w.str(word);
    }
    w
}

/// The UTF-16 code units of `s`. A char of n bytes is at most n units: they
/// are written into room for `s.len()`, cut after (no push per unit).
#[cfg(any(test, feature = "utf16-wire"))]
pub fn utf16(s: &str) -> Vec<u16> {
    let (b, mut out) = (s.as_bytes(), vec![0; s.len()]);
    let low = |x: u8| u16::from(x & 0x3F);
    let (mut i, mut j) = (0, 0);
    while let (Some(&x), true) = (b.get(i), j < out.len()) {
        let (n, unit) = match x {
            0..0x80 => (1, u16::from(x)),
            0x80..0xE0 => (2, u16::from(x & 0x1F) << 6 | low(b[i + 1])),
            0xE0..0xF0 => (
                3,
                u16::from(x & 0x0F) << 12 | low(b[i + 1]) << 6 | low(b[i + 2]),
            ),
            _ => {
                // Past U+FFFF: a surrogate pair.
                let c = s[i..]
                    .chars()
                    .next()
                    .map_or(0, u32::from)
                    .wrapping_sub(0x1_0000);
                out[j] = 0xD800 | (c >> 10) as u16;
                j += 1;
                (4, 0xDC00 | (c & 0x3FF) as u16)
            }
        };
        out[j] = unit;
        i += n;
        j += 1;
    }
    out.truncate(j);
    out
}

fn language(l: Language) -> &'static str {
    match l {
        Language::ZhHant => "zh-Hant",
        Language::ZhHans => "zh-Hans",
        Language::En => "en",
        Language::Und => "und",
    }
}

impl Wire {
    fn num(&mut self, n: f64) {
        self.nums.push(n);
    }

    fn count(&mut self, n: usize) {
        self.nums.push(n as f64);
    }

    fn opt_num(&mut self, n: Option<f64>) {
        self.nums.push(n.unwrap_or(f64::NAN));
    }

    fn span(&mut self, start: usize, end: usize) {
        self.nums.extend([start as f64, end as f64]);
    }

    fn spans(&mut self, spans: &[Span]) {
        self.count(spans.len());
        for s in spans {
            self.span(s.start, s.end);
        }
    }

    fn str(&mut self, s: &str) {
        let units = figlens::utf16_len(s.as_bytes());
        self.text.push_str(s);
        let start = self.units;
        self.units += units;
        self.span(start, self.units);
    }

    /// A record's text: a flag when it is the input's own text at the record's span.
    fn text(&mut self, s: &str, from_input: bool) {
        if from_input {
            self.nums.extend([-2.0, 0.0]);
        } else {
            self.str(s);
        }
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.nums.extend([-1.0, 0.0]),
        }
    }

    fn strs(&mut self, list: &[String]) {
        self.count(list.len());
        for s in list {
            self.str(s);
        }
    }

    /// A short string that repeats, as its index in the word table (a text
    /// holds a few dozen such values at most).
    fn word(&mut self, s: &str) {
        // Compared in line: a memcmp call per candidate costs more than these short words.
        let same = |w: &str| w.len() == s.len() && w.bytes().zip(s.bytes()).all(|(x, y)| x == y);
        let k = match self.words.iter().position(|w| same(w)) {
            Some(k) => k,
            None => {
                self.words.push(s.into());
                self.words.len() - 1
            }
        };
        self.count(k);
    }

    fn opt_word(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.word(s),
            None => self.num(-1.0),
        }
    }

    fn figure(&mut self, f: &Figure, from_input: bool) {
        self.text(&f.text, from_input);
        self.span(f.start, f.end);
        self.word(f.kind.as_str());
        self.opt_num(f.value);
        self.opt_num(f.low);
        self.opt_num(f.high);
        self.opt_word(f.qualifier.map(|q| q.as_str()));
        self.opt_word(f.unit);
        self.opt_word(f.per.as_deref());
        self.num(f64::from(u8::from(f.approximate)));
        self.opt_word(f.change.map(|c| match c {
            Change::Increase => "increase",
            Change::Decrease => "decrease",
        }));
        self.opt_str(f.period.as_deref());
        self.opt_str(f.metric.as_deref());
        self.opt_word(f.role.map(|r| match r {
            Role::From => "from",
            Role::To => "to",
        }));
        self.opt_str(f.iso.as_deref());
        self.count(f.block);
        self.opt_num(f.sentence.map(|s| s as f64));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Map, Value};

    /// A reader of the layout above, written from the module doc as
    /// `js/wire.js` is: decoding must give back what serde serializes.
    struct Reader<'a> {
        nums: &'a [f64],
        units: Vec<u16>,
        input: Vec<u16>,
        i: usize,
        words: Vec<Value>,
    }

    impl Reader<'_> {
        fn n(&mut self) -> f64 {
            self.i += 1;
            self.nums[self.i - 1]
        }
        fn int(&mut self) -> Value {
            json!(self.n() as u64)
        }
        fn opt_num(&mut self) -> Value {
            let n = self.n();
            if n.is_nan() {
                Value::Null
            } else {
                json!(n)
            }
        }
        fn word(&mut self) -> Value {
            let k = self.n();
            if k < 0.0 {
                return Value::Null;
            }
            self.words[k as usize].clone()
        }
        fn str(&mut self) -> Value {
            let (a, b) = (self.n(), self.n());
            if a < 0.0 {
                return Value::Null;
            }
            Value::String(String::from_utf16(&self.units[a as usize..b as usize]).unwrap())
        }
        /// A record's text, then its start and end.
        fn text_span(&mut self) -> (Value, Value, Value) {
            let from_input = self.nums[self.i] == -2.0;
            let text = if from_input {
                self.i += 2;
                Value::Null
            } else {
                self.str()
            };
            let (s, e) = (self.n() as usize, self.n() as usize);
            let text = if from_input {
                Value::String(String::from_utf16(&self.input[s..e]).unwrap())
            } else {
                text
            };
            (text, json!(s), json!(e))
        }
        fn list(&mut self, item: fn(&mut Self) -> Value) -> Value {
            let n = self.n() as usize;
            Value::Array((0..n).map(|_| item(self)).collect())
        }
        fn opt_list(&mut self, item: fn(&mut Self) -> Value) -> Option<Value> {
            if self.nums[self.i] < 0.0 {
                self.i += 1;
                return None;
            }
            Some(self.list(item))
        }
        fn span(&mut self) -> Value {
            json!({ "start": self.int(), "end": self.int() })
        }
        fn analysis(&mut self) -> Value {
            let table = self.n() as usize;
            let body = self.i;
            self.i = table;
            let Value::Array(words) = self.list(Self::str) else {
                unreachable!()
            };
            assert_eq!(self.i, self.nums.len(), "the word table ends the numbers");
            (self.words, self.i) = (words, body);
            let mut a = Map::new();
            a.insert("version".into(), self.int());
            a.insert("language".into(), self.word());
            a.insert("title".into(), self.str());
            let mut m = Map::new();
            m.insert("date".into(), self.str());
            m.insert("source".into(), self.str());
            m.insert("authors".into(), self.list(Self::str));
            m.insert("editor".into(), self.str());
            m.insert("keywords".into(), self.list(Self::str));
            m.insert("tags".into(), self.list(Self::str));
            let currency = self.word();
            if !currency.is_null() {
                m.insert("currency".into(), currency);
            }
            a.insert("meta".into(), Value::Object(m));
            a.insert("blocks".into(), self.list(Self::block));
            a.insert("figures".into(), self.list(Self::figure));
            a.insert("checks".into(), self.list(Self::check));
            let mut c = Map::new();
            c.insert("pinyinAnnotations".into(), self.list(Self::span));
            c.insert("markup".into(), self.list(Self::span));
            c.insert("invisible".into(), self.list(Self::span));
            c.insert("damaged".into(), self.list(Self::damage));
            a.insert("cleaning".into(), Value::Object(c));
            assert_eq!(self.i, table, "the body ends where the word table starts");
            Value::Object(a)
        }
        fn block(&mut self) -> Value {
            let mut b = Map::new();
            b.insert("kind".into(), self.word());
            let (text, start, end) = self.text_span();
            b.insert("text".into(), text);
            b.insert("start".into(), start);
            b.insert("end".into(), end);
            b.insert("language".into(), self.word());
            if let Some(items) = self.opt_list(Self::str) {
                b.insert("items".into(), items);
            }
            if let Some(s) = self.opt_list(Self::span) {
                b.insert("sentences".into(), s);
            }
            Value::Object(b)
        }
        fn figure(&mut self) -> Value {
            let mut f = Map::new();
            let opt = |f: &mut Map<String, Value>, k: &str, v: Value| {
                if !v.is_null() {
                    f.insert(k.into(), v);
                }
            };
            let (text, start, end) = self.text_span();
            f.insert("text".into(), text);
            f.insert("start".into(), start);
            f.insert("end".into(), end);
            f.insert("kind".into(), self.word());
            f.insert("value".into(), self.opt_num());
            opt(&mut f, "low", self.opt_num());
            opt(&mut f, "high", self.opt_num());
            opt(&mut f, "qualifier", self.word());
            f.insert("unit".into(), self.word());
            opt(&mut f, "per", self.word());
            f.insert("approximate".into(), json!(self.n() == 1.0));
            f.insert("change".into(), self.word());
            f.insert("period".into(), self.str());
            f.insert("metric".into(), self.str());
            opt(&mut f, "role", self.word());
            opt(&mut f, "iso", self.str());
            f.insert("block".into(), self.int());
            f.insert("sentence".into(), self.opt_num());
            Value::Object(f)
        }
        fn check(&mut self) -> Value {
            let mut c = Map::new();
            c.insert("kind".into(), self.word());
            c.insert("figures".into(), self.list(Self::int));
            c.insert("stated".into(), json!(self.n()));
            c.insert("computed".into(), json!(self.n()));
            c.insert("ok".into(), json!(self.n() == 1.0));
            c.insert("explain".into(), self.str());
            Value::Object(c)
        }
        fn damage(&mut self) -> Value {
            let mut d = Map::new();
            d.insert("start".into(), self.int());
            d.insert("end".into(), self.int());
            d.insert("kind".into(), self.word());
            let r = self.str();
            if !r.is_null() {
                d.insert("repaired".into(), r);
            }
            Value::Object(d)
        }
    }

    fn round_trip(input: &str, options: &figlens::Options) {
        let mut a = figlens::analyze(input, options);
        let from_input = FromInput::of(&a, input);
        figlens::to_utf16(&mut a, input);
        let w = encode(&a, &from_input);
        let mut r = Reader {
            nums: &w.nums,
            units: w.text.encode_utf16().collect(),
            input: input.encode_utf16().collect(),
            i: 0,
            words: Vec::new(),
        };
        let decoded = r.analysis();
        // serde_json writes integral floats as 12.0; compare as numbers.
        let expected = serde_json::to_value(&a).unwrap();
        assert_eq!(normalize(decoded), normalize(expected), "{input}");
    }

    fn normalize(v: Value) -> Value {
        match v {
            Value::Number(n) => json!(n.as_f64().unwrap()),
            Value::Array(a) => Value::Array(a.into_iter().map(normalize).collect()),
            Value::Object(o) => {
                Value::Object(o.into_iter().map(|(k, v)| (k, normalize(v))).collect())
            }
            v => v,
        }
    }

    #[test]
    fn writes_utf16() {
        for s in [
            "",
            "abc",
            "é中文😀x",
            "\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}",
        ] {
            assert_eq!(utf16(s), s.encode_utf16().collect::<Vec<_>>(), "{s}");
        }
    }

    #[test]
    fn compares_bytes_by_words() {
        let long = "營收增長12%，每股12.35元 and more";
        assert!(same_bytes(long.as_bytes(), long.as_bytes()));
        assert!(same_bytes(b"", b""));
        assert!(!same_bytes(b"abc", b"abcd"));
        // A difference in a whole word, and in the remainder past the last one.
        assert!(!same_bytes(b"abcdefgh12", b"abcdefgX12"));
        assert!(!same_bytes(b"abcdefgh12", b"abcdefgh13"));
    }

    #[test]
    fn decodes_to_what_serde_serializes() {
        let seed = include_str!("../../../tests/fixtures/000_c3625e4dd3ccaf1d.txt");
        round_trip(seed, &figlens::Options::default());
        round_trip("", &figlens::Options::default());
        // Emoji (two UTF-16 units each) before the strings and spans.
        round_trip(
            "😀😀 Revenue rose 12% to $3.4bn from $3bn.\n\n😀 營收增長12%，每股12.35元，約2萬人次。",
            &figlens::Options::default(),
        );
        // Ranges, vague amounts, roles, iso dates, damage, markup, lists.
        round_trip(
            "標題在這裡的新聞標題\n2024年5月1日 來源：新華網\n\
             利潤由3億元增至5億元，增長10%至20%，數十家企業。\n\
             Ã©tÃ© &amp; 中文(zhōng)字\n相關閱讀\n1. 第一條新聞標題在此\n2. 第二條新聞標題在此",
            &figlens::Options::default(),
        );
        // v1.1: checks, one that holds and one that does not, in both languages.
        round_trip(
            "失業率由5%升至8%，增加3個百分點。\n\nThe jobless rate rose from 5% to 7%, up 2%.",
            &figlens::Options::default(),
        );
        // v1.1: qualifiers (a bound sets low or high) and meta.currency.
        round_trip(
            "香港特區政府宣布，超過200人獲發$5000，不到5%的申請被拒，約2萬人次受惠。",
            &figlens::Options::default(),
        );
        let html = "<html><head><title>T</title><meta name=\"keywords\" content=\"a,b\"></head>\
                    <body><article><h1>Profit rose 5%</h1><p>Sales fell 3% to 2 million units in May 2024.</p>\
                    <ul><li>One</li><li>Two</li></ul></article></body></html>";
        round_trip(
            html,
            &figlens::Options {
                html: true,
                ..Default::default()
            },
        );
    }
}
