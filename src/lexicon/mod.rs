//! Language knowledge. The tables live in [`zh`] (Chinese figures), [`en`]
//! (English figures) and [`article`] (page structure); this module compiles
//! them once into lookups over the folded (Simplified, lower-case) text.

/// A word list written as `words!["a", "b c", …]`: one string with the words
/// on lines of their own, so the wasm holds no pointer per word (~3 KB gzip
/// over all the lists), and a filter of its words built at the first lookup.
#[derive(Clone, Copy)]
pub struct Words(&'static str, &'static OnceLock<WordBits>);

macro_rules! words {
    ($($w:literal),* $(,)?) => {{
        static BITS: std::sync::OnceLock<$crate::lexicon::WordBits> = std::sync::OnceLock::new();
        $crate::lexicon::Words::new(concat!($($w, "\n"),*), &BITS)
    }};
}
// For tables outside this module (article::entities).
pub(crate) use words;

/// A table of (word, data) rows written `word_rows![("word", data), …]`:
/// the words on lines of one string and the data in a slice of its own.
/// A static slice of rows held a pointer and length per word (8 bytes of
/// wasm a row). `data(r)` reads a row's data, `row(r)` the whole row,
/// `iter()` the rows in order; only the words are split into a slice, at
/// the first use, by one function for every table (a `Vec` of rows per
/// data type compiled a `OnceLock` and a `collect` per table type).
pub struct WordTable<D: 'static> {
    words: &'static str,
    data: &'static [D],
    lines: OnceLock<Vec<&'static str>>,
}

impl<D> WordTable<D> {
    #[doc(hidden)]
    pub const fn new(words: &'static str, data: &'static [D]) -> WordTable<D> {
        WordTable {
            words,
            data,
            lines: OnceLock::new(),
        }
    }
}

/// The lines of a [`WordTable`]'s words, split once.
fn table_words(words: &'static str, lines: &'static OnceLock<Vec<&'static str>>) -> &'static [&'static str] {
    lines.get_or_init(|| WordIter(words).collect())
}

impl<D: Copy> WordTable<D> {
    /// The words, in row order.
    pub fn words(&'static self) -> &'static [&'static str] {
        table_words(self.words, &self.lines)
    }

    /// The data of row `row`.
    #[inline]
    pub fn data(&self, row: usize) -> D {
        self.data[row]
    }

    /// Row `row`: its word and its data.
    pub fn row(&'static self, row: usize) -> (&'static str, D) {
        (self.words()[row], self.data[row])
    }

    /// The rows in order.
    pub fn iter(&'static self) -> impl Iterator<Item = (&'static str, D)> + Clone {
        self.words().iter().copied().zip(self.data.iter().copied())
    }
}

macro_rules! word_rows {
    ($(($w:literal, $d:expr)),* $(,)?) => {
        $crate::lexicon::WordTable::new(concat!($($w, "\n"),*), &[$($d),*])
    };
    // Rows of three: (word, (a, b)).
    ($(($w:literal, $a:expr, $b:expr)),* $(,)?) => {
        $crate::lexicon::WordTable::new(concat!($($w, "\n"),*), &[$(($a, $b)),*])
    };
}

/// The words of a [`Words`] list, each ended by `\n`: a byte scan, where
/// `str::lines` paid a `memchr` call (and a `\r` test) per word of lists
/// that are walked for every line and sentence.
#[derive(Clone)]
struct WordIter(&'static str);

impl Iterator for WordIter {
    type Item = &'static str;

    #[inline]
    fn next(&mut self) -> Option<&'static str> {
        let b = self.0.as_bytes();
        let n = b.iter().position(|&c| c == b'\n')?;
        let (w, rest) = (&self.0[..n], &self.0[n + 1..]);
        self.0 = rest;
        Some(w)
    }
}

/// A [`Words`] list's words hashed into 4096 bits: most words looked up
/// (every word before an English figure) are in no list, and the filter
/// says so without the pass over the list's bytes.
/// With the filter, the longest word's length in bytes.
pub struct WordBits(Box<[u64; 64]>, usize);

impl WordBits {
    fn of(lines: &str) -> WordBits {
        let mut bits = Box::new([0u64; 64]);
        for w in lines.lines() {
            let (k, b) = word_bit(w.as_bytes());
            bits[k] |= b;
        }
        WordBits(bits, lines.lines().map(str::len).max().unwrap_or(0))
    }
}

/// One byte more of an FNV-1a hash.
#[inline]
fn fnv(h: u32, b: u8) -> u32 {
    (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
}

/// The bit of a word in a [`WordBits`] filter (an FNV-1a hash of its bytes).
#[inline]
fn word_bit(w: &[u8]) -> (usize, u64) {
    hash_bit(w.iter().fold(0x811c_9dc5u32, |h, &b| fnv(h, b)))
}

#[inline]
fn hash_bit(h: u32) -> (usize, u64) {
    let b = (h.wrapping_mul(0x9E37_79B1) >> 20) as usize;
    (b >> 6, 1u64 << (b & 63))
}

impl Words {
    #[doc(hidden)]
    pub const fn new(lines: &'static str, bits: &'static OnceLock<WordBits>) -> Words {
        Words(lines, bits)
    }

    pub fn iter(self) -> impl Iterator<Item = &'static str> + Clone {
        WordIter(self.0)
    }

    fn bits(self) -> &'static WordBits {
        self.1.get_or_init(|| WordBits::of(self.0))
    }

    /// Is a word of the list that `pick` accepts a prefix of `text`? The
    /// prefixes (up to the longest word) hashed as they grow and looked up in
    /// the filter, where a pass over the list paid a test per word.
    pub fn any_prefix(self, text: &str, pick: impl Fn(&str) -> bool) -> bool {
        let bits = self.bits();
        let mut h = 0x811c_9dc5u32;
        for (i, &b) in text.as_bytes().iter().take(bits.1).enumerate() {
            h = fnv(h, b);
            let (k, bit) = hash_bit(h);
            if bits.0[k] & bit != 0 && text.is_char_boundary(i + 1) {
                let p = &text[..=i];
                if pick(p) && self.contains(p) {
                    return true;
                }
            }
        }
        false
    }

    /// Is `word` one of the words? The filter first (this runs per word of
    /// English text), then one pass over the bytes, a line's first byte
    /// checked before the rest.
    #[inline(never)]
    pub fn contains(self, word: &str) -> bool {
        let (w, b) = (word.as_bytes(), self.0.as_bytes());
        let Some(&first) = w.first() else {
            return false;
        };
        let (k, bit) = word_bit(w);
        if self.bits().0[k] & bit == 0 {
            return false;
        }
        let mut i = 0;
        while i < b.len() {
            // `i` starts a line
            if b[i] == first && b.get(i + w.len()) == Some(&b'\n') && b[i..i + w.len()] == *w {
                return true;
            }
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            i += 1;
        }
        false
    }

}

/// A qualifier row: the word, and the bound it states (docs/schema.md, "Qualifier
/// words (v1.1)"): `None` for a word that only makes the figure approximate
/// (`估計`, `之多`). Any row makes the figure approximate.
pub type QualifierRow = (&'static str, Option<crate::model::Qualifier>);

/// A set of characters written as one string in either script, folded at
/// compile time: `char_set!("至到-")` is a `&'static [char]`, and a grammar
/// asks `SET.contains(&c)` of a folded character.
macro_rules! char_set {
    ($s:literal) => {{
        const S: &str = $s;
        const A: [char; $crate::lexicon::char_count(S)] = $crate::lexicon::fold_chars_const(S);
        &A
    }};
}

/// The byte where character `n` of `s` starts, in a const context.
pub const fn nth_char_start(s: &str, n: usize) -> usize {
    let b = s.as_bytes();
    let (mut seen, mut i) = (0, 0);
    while i < b.len() {
        if b[i] & 0xC0 != 0x80 {
            if seen == n {
                return i;
            }
            seen += 1;
        }
        i += 1;
    }
    b.len()
}

/// The characters of `s` folded, in an array of `N` padded with `\0`.
pub const fn fold_chars_const_padded<const N: usize>(s: &str) -> [char; N] {
    let mut out = ['\0'; N];
    let n = char_count(s);
    let mut k = 0;
    while k < n && k < N {
        let (a, b) = (nth_char_start(s, k), nth_char_start(s, k + 1));
        let (head, _) = s.as_bytes().split_at(b);
        let (_, one) = head.split_at(a);
        out[k] = match core::str::from_utf8(one) {
            Ok(c) => fold::fold_char_const(first_char_const(c)),
            Err(_) => panic!("not UTF-8"),
        };
        k += 1;
    }
    out
}

/// How many characters `s` holds (its bytes that start one), in a const context.
pub const fn char_count(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut n, mut i) = (0, 0);
    while i < b.len() {
        if b[i] & 0xC0 != 0x80 {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The characters of `s`, each folded, in a const context.
pub const fn fold_chars_const<const N: usize>(s: &str) -> [char; N] {
    let b = s.as_bytes();
    let mut out = ['\0'; N];
    let (mut i, mut k) = (0, 0);
    while k < N {
        let len = match b[i] {
            x if x < 0x80 => 1,
            x if x >= 0xF0 => 4,
            x if x >= 0xE0 => 3,
            _ => 2,
        };
        let (head, _) = b.split_at(i + len);
        let (_, one) = head.split_at(i);
        let c = match core::str::from_utf8(one) {
            Ok(c) => first_char_const(c),
            Err(_) => panic!("not UTF-8"),
        };
        out[k] = fold::fold_char_const(c);
        i += len;
        k += 1;
    }
    out
}

/// A grammar's markers: the particles a rule looks for by their role (`每`
/// before a rate, `第` before a rank, `to` between the ends of a range), one
/// row each, `Role => "word"`, in either script. A row may hold a set of
/// characters where the role has several spellings (`Jiao => "毛角"`).
///
/// Grammar code names the role, never the word: `zh::Mark::Per.ch()` is the
/// row's first character folded at compile time (a constant), `.word()` the
/// whole row folded, `.has(c)` whether a character is one of the row's.
macro_rules! marks {
    ($(#[$meta:meta])* $vis:vis enum $name:ident {
        $( $(#[$doc:meta])* $role:ident => $word:literal ),* $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        $vis enum $name { $( $(#[$doc])* $role ),* }

        impl $name {
            /// Every row, in the enum's order.
            pub const ROWS: &'static [($name, &'static str)] = &[$( ($name::$role, $word) ),*];
            const CHARS: [char; Self::ROWS.len()] = {
                let mut out = ['\0'; Self::ROWS.len()];
                let mut i = 0;
                while i < Self::ROWS.len() {
                    out[i] = $crate::lexicon::fold::fold_char_const(
                        $crate::lexicon::first_char_const(Self::ROWS[i].1),
                    );
                    i += 1;
                }
                out
            };

            /// The row's first character, folded (at compile time).
            // Every table gets every accessor; not every table uses each.
            #[allow(dead_code)]
            #[inline(always)]
            pub const fn ch(self) -> char {
                Self::CHARS[self as usize]
            }

            /// The row as written.
            #[allow(dead_code)]
            pub const fn written(self) -> &'static str {
                Self::ROWS[self as usize].1
            }

            /// The row folded (built once, on first use).
            #[allow(dead_code)]
            pub fn word(self) -> &'static str {
                static FOLDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
                let build: fn() -> Vec<String> =
                    || $name::ROWS.iter().map(|r| $crate::lexicon::fold::fold_str(r.1)).collect();
                &FOLDED.get_or_init(build)[self as usize]
            }

            /// Is `c` (folded) one of the row's characters (its first four,
            /// folded at compile time)?
            #[allow(dead_code)]
            pub fn has(self, c: char) -> bool {
                const SETS: [[char; 4]; $name::ROWS.len()] = {
                    let mut out = [['\0'; 4]; $name::ROWS.len()];
                    let mut i = 0;
                    while i < $name::ROWS.len() {
                        let w = $name::ROWS[i].1;
                        let n = $crate::lexicon::char_count(w);
                        let (head, _) = w.as_bytes().split_at(if n > 4 {
                            $crate::lexicon::nth_char_start(w, 4)
                        } else {
                            w.len()
                        });
                        let head = match core::str::from_utf8(head) {
                            Ok(h) => h,
                            Err(_) => panic!("not UTF-8"),
                        };
                        let folded: [char; 4] = $crate::lexicon::fold_chars_const_padded(head);
                        out[i] = folded;
                        i += 1;
                    }
                    out
                };
                c != '\0' && SETS[self as usize].contains(&c)
            }
        }
    };
}
pub(crate) use marks;

/// The first character of a non-empty `&str`, in a const context.
pub const fn first_char_const(s: &str) -> char {
    let b = s.as_bytes();
    let (len, init) = match b[0] {
        x if x < 0x80 => (1, x as u32),
        x if x >= 0xF0 => (4, (x & 0x07) as u32),
        x if x >= 0xE0 => (3, (x & 0x0F) as u32),
        x => (2, (x & 0x1F) as u32),
    };
    let mut c = init;
    let mut i = 1;
    while i < len {
        c = (c << 6) | (b[i] & 0x3F) as u32;
        i += 1;
    }
    match char::from_u32(c) {
        Some(c) => c,
        None => panic!("not a character"),
    }
}

/// Where `needle` (not empty) first occurs in `hay`. core's `str` search
/// builds a two-way searcher per call, which on short lines costs more than
/// this plain scan in wasm (no SIMD path there) and weighs ~2 KB of it.
pub fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    (0..(h.len() + 1).saturating_sub(n.len()))
        .find(|&i| h[i] == first && same(&h[i..i + n.len()], n))
}

/// Does `hay` hold `needle` (not empty)? See [`find_str`].
pub fn has_str(hay: &str, needle: &str) -> bool {
    find_str(hay, needle).is_some()
}

/// Where `needle` (not empty) last occurs in `hay`. See [`find_str`].
pub fn rfind_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    (0..(h.len() + 1).saturating_sub(n.len()))
        .rev()
        .find(|&i| h[i] == first && same(&h[i..i + n.len()], n))
}

/// `hay` around the first `sep` (not empty), as `str::split_once` does.
pub fn split_once_str<'a>(hay: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    find_str(hay, sep).map(|i| (&hay[..i], &hay[i + sep.len()..]))
}

/// `hay` around the last `sep` (not empty), as `str::rsplit_once` does.
pub fn rsplit_once_str<'a>(hay: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    rfind_str(hay, sep).map(|i| (&hay[..i], &hay[i + sep.len()..]))
}

/// Does `hay` hold `c`? `str::contains` with a `char` searches for its
/// UTF-8 bytes with core's two-way `&str` searcher when it is not ASCII.
pub fn has_char(hay: &str, c: char) -> bool {
    if c.is_ascii() {
        hay.as_bytes().contains(&(c as u8))
    } else {
        hay.chars().any(|x| x == c)
    }
}

/// `hay` split at each `sep` (not empty), as `str::split` does. See [`find_str`].
pub fn split_str<'a>(hay: &'a str, sep: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let mut rest = Some(hay);
    std::iter::from_fn(move || {
        let r = rest?;
        match find_str(r, sep) {
            Some(i) => {
                rest = Some(&r[i + sep.len()..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}


pub mod article;
pub mod checks;
pub mod currency;
pub mod dates;
pub mod en;
pub mod fold;
mod fold_table;
pub mod masks;
pub mod units;
pub mod zh;

use std::sync::OnceLock;

/// A word list compiled for longest-prefix and longest-suffix lookup: folded
/// words grouped by first (and, in a second list, last) character, longest
/// first within a character. Rows that fold to the same word (`台`, `臺`)
/// keep their order: the first wins.
pub struct Lex {
    by_first: Vec<(String, usize)>,
    by_last: Vec<(String, usize)>,
    /// The first (last) character of each word in `by_first` (`by_last`).
    firsts: Vec<char>,
    lasts: Vec<char>,
    first_index: CharIndex,
    last_index: CharIndex,
    /// The first three characters of each word (all of a shorter one), as
    /// [`head_bit`]s: a text that starts with none of them starts no word,
    /// said before any search (most English words start no word of a
    /// table, though most share its first letters).
    heads: Box<[u64; 64]>,
    /// The same of the last three characters, from the last.
    tails: Box<[u64; 64]>,
}

/// Where the words of a character are, for characters sorted by
/// [`bucket`]: a 4096-bit filter by code point modulo 4096 (most characters
/// of a text start or end no word, and it says so at once), and for each set
/// bit the range of entries in its bucket, found by counting the set bits
/// before it rather than by a binary search.
struct CharIndex {
    filter: Box<[u64; 64]>,
    /// Set bits in the filter words before each word.
    before: Box<[u16; 64]>,
    /// Per set bit, in bucket order: its entries.
    ranges: Vec<(u32, u32)>,
}

/// The filter bucket of `c` (code point modulo 4096).
fn bucket(c: char) -> usize {
    c as usize & 4095
}

impl CharIndex {
    /// Index `keys`, sorted by bucket.
    fn new(keys: &[char]) -> CharIndex {
        let mut filter = Box::new([0u64; 64]);
        let mut ranges: Vec<(u32, u32)> = Vec::new();
        let mut last_bucket = usize::MAX;
        for (k, &c) in keys.iter().enumerate() {
            let (w, b) = filter_bit(c);
            filter[w] |= b;
            let k = k as u32;
            match ranges.last_mut() {
                Some(r) if bucket(c) == last_bucket => r.1 = k + 1,
                _ => ranges.push((k, k + 1)),
            }
            last_bucket = bucket(c);
        }
        let mut before = Box::new([0u16; 64]);
        for w in 1..64 {
            before[w] = before[w - 1] + filter[w - 1].count_ones() as u16;
        }
        CharIndex {
            filter,
            before,
            ranges,
        }
    }

    #[inline]
    fn may_hold(&self, c: char) -> bool {
        let (w, b) = filter_bit(c);
        self.filter[w] & b != 0
    }

    /// The entries of `c`'s bucket (other characters of the bucket included).
    #[inline]
    fn range(&self, c: char) -> (usize, usize) {
        let (w, b) = filter_bit(c);
        if self.filter[w] & b == 0 {
            return (0, 0);
        }
        let rank = self.before[w] as usize + (self.filter[w] & (b - 1)).count_ones() as usize;
        self.ranges
            .get(rank)
            .map_or((0, 0), |&(s, e)| (s as usize, e as usize))
    }
}

/// The word and bit of `c` in a 4096-bit character filter (by code point modulo 4096).
pub(crate) fn filter_bit(c: char) -> (usize, u64) {
    let b = bucket(c);
    (b >> 6, 1u64 << (b & 63))
}

/// Equal byte strings (of equal length), compared in line: lexicon words are
/// short and most candidates differ in their first byte or two.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    a.iter().zip(b).all(|(x, y)| x == y)
}

/// A word's first three characters (all of a shorter word) hashed, one
/// character at a time: `h` is the hash of those before `c`, 0 at first.
#[inline]
fn head_step(h: u32, c: char) -> u32 {
    (h ^ c as u32).wrapping_mul(0x9E37_79B1).rotate_left(5) ^ 1
}

/// Do the first three chars of `cs` (or fewer) hit the filter `bits` of
/// [`head_step`] hashes? False means no word of the filter starts `cs`.
// Out of line: the lookups are inlined at many sites in the Node build, and
// V8 compiles the grown functions into slower code.
#[inline(never)]
fn may_hold(bits: &[u64; 64], mut cs: impl Iterator<Item = char>) -> bool {
    let mut h = 0;
    for _ in 0..3 {
        let Some(c) = cs.next() else {
            return false;
        };
        h = head_step(h, c);
        let (k, bit) = head_bit(h);
        if bits[k] & bit != 0 {
            return true;
        }
    }
    false
}

/// The bit of a [`head_step`] hash in a 4096-bit filter.
#[inline]
fn head_bit(h: u32) -> (usize, u64) {
    let b = (h.wrapping_mul(0x9E37_79B1) >> 20) as usize;
    (b >> 6, 1u64 << (b & 63))
}

fn first(w: &str) -> Option<char> {
    w.chars().next()
}

fn last(w: &str) -> Option<char> {
    w.chars().next_back()
}

impl Lex {
    /// Compile `words` (row order gives the row indices).
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Lex {
        let mut words = words.into_iter();
        Lex::build(&mut || words.next())
    }

    /// The work of [`Lex::new`], compiled once rather than once per kind of
    /// iterator (there are dozens of word lists). The words come from a
    /// closure, not a `dyn Iterator`, whose vtable compiled `size_hint`,
    /// `nth` and `advance_by` for every list (1.3 KB gzip of wasm).
    fn build<'a>(next: &mut dyn FnMut() -> Option<&'a str>) -> Lex {
        let mut words: Vec<(String, usize)> = Vec::new();
        while let Some(w) = next() {
            words.push((fold::fold_str(w), words.len()));
        }
        // By bucket, then character, then longest first (a stable sort keeps
        // the row order of equal words).
        let key = |c: Option<char>| c.map_or((0, '\0'), |c| (bucket(c), c));
        let mut by_first = words.clone();
        crate::sort::sort_by(&mut by_first, |a, b| {
            key(first(&a.0))
                .cmp(&key(first(&b.0)))
                .then(b.0.len().cmp(&a.0.len()))
        });
        let mut by_last = words;
        crate::sort::sort_by(&mut by_last, |a, b| {
            key(last(&a.0))
                .cmp(&key(last(&b.0)))
                .then(b.0.len().cmp(&a.0.len()))
        });
        let firsts: Vec<char> = by_first
            .iter()
            .map(|(w, _)| first(w).unwrap_or('\0'))
            .collect();
        let lasts: Vec<char> = by_last
            .iter()
            .map(|(w, _)| last(w).unwrap_or('\0'))
            .collect();
        let mut heads = Box::new([0u64; 64]);
        for (w, _) in &by_first {
            let h = w.chars().take(3).fold(0, head_step);
            let (k, b) = head_bit(h);
            heads[k] |= b;
        }
        let mut tails = Box::new([0u64; 64]);
        for (w, _) in &by_last {
            let h = w.chars().rev().take(3).fold(0, head_step);
            let (k, b) = head_bit(h);
            tails[k] |= b;
        }
        Lex {
            heads,
            tails,
            first_index: CharIndex::new(&firsts),
            last_index: CharIndex::new(&lasts),
            by_first,
            by_last,
            firsts,
            lasts,
        }
    }

    /// Can a word start with `c`? (False means certainly not.)
    #[inline]
    pub fn may_start(&self, c: char) -> bool {
        self.first_index.may_hold(c)
    }

    /// Can a word start `text`? A word fits only if its first three
    /// characters (all of a shorter word) do. (False means certainly not.)
    #[inline]
    fn may_head(&self, text: &str) -> bool {
        may_hold(&self.heads, text.chars())
    }

    /// Can a word end `text`? (As [`may_head`](Self::may_head), from the end.)
    #[inline]
    fn may_tail(&self, text: &str) -> bool {
        may_hold(&self.tails, text.chars().rev())
    }

    /// Can a word end with `c`? (False means certainly not.)
    #[inline]
    pub fn may_end(&self, c: char) -> bool {
        self.last_index.may_hold(c)
    }

    /// The longest word `text` starts with: (its byte length, its row index).
    pub fn longest_prefix(&self, text: &str) -> Option<(usize, usize)> {
        // The first char's filter (one bit), then, for a Latin text, the
        // first three chars' (a Han char alone already says as much: a
        // bucket holds few words of it, and its text costs more to decode).
        let c = first(text)?;
        if !self.first_index.may_hold(c) || (c.is_ascii() && !self.may_head(text)) {
            return None;
        }
        let (from, to) = self.first_index.range(c);
        let t = text.as_bytes();
        let skip = c.len_utf8();
        // The words of this bucket, longest first within a character: the
        // first that fits is the longest. Bytes compared inline past the
        // known first character (a memcmp call per candidate costs more).
        for k in from..to {
            if self.firsts[k] != c {
                continue;
            }
            let (w, row) = &self.by_first[k];
            let w = w.as_bytes();
            if w.len() <= t.len() && same(&w[skip..], &t[skip..w.len()]) {
                return Some((w.len(), *row));
            }
        }
        None
    }

    /// The longest word `text` ends with: (its byte length, its row index).
    pub fn longest_suffix(&self, text: &str) -> Option<(usize, usize)> {
        let c = last(text)?;
        if !self.last_index.may_hold(c) || (c.is_ascii() && !self.may_tail(text)) {
            return None;
        }
        let (from, to) = self.last_index.range(c);
        let t = text.as_bytes();
        let skip = c.len_utf8();
        for k in from..to {
            if self.lasts[k] != c {
                continue;
            }
            let (w, row) = &self.by_last[k];
            let w = w.as_bytes();
            if w.len() <= t.len()
                && same(&w[..w.len() - skip], &t[t.len() - w.len()..t.len() - skip])
            {
                return Some((w.len(), *row));
            }
        }
        None
    }

    pub fn contains(&self, word: &str) -> bool {
        self.longest_prefix(word)
            .is_some_and(|(n, _)| n == word.len())
    }

    /// The longest word starting at `cs[i]` of folded characters: (where it
    /// ends, its row).
    pub fn longest_prefix_chars(&self, cs: &[char], i: usize) -> Option<(usize, usize)> {
        let c = *cs.get(i)?;
        let (from, to) = self.first_index.range(c);
        for k in from..to {
            if self.firsts[k] != c {
                continue;
            }
            let (w, row) = &self.by_first[k];
            let mut j = i;
            if w.chars().all(|x| {
                let ok = cs.get(j) == Some(&x);
                j += 1;
                ok
            }) {
                return Some((j, *row));
            }
        }
        None
    }
}

macro_rules! lex {
    ($name:ident, $src:expr) => {
        pub fn $name() -> &'static Lex {
            static L: OnceLock<Lex> = OnceLock::new();
            // The hot path inline; the first call goes through one shared
            // `get_or_init` (a fn pointer, not a closure type per list).
            if let Some(lex) = L.get() {
                return lex;
            }
            let build: fn() -> Lex = || Lex::new($src);
            L.get_or_init(build)
        }
    };
}

lex!(units, zh::UNITS.iter().map(|r| r.word));
lex!(url_starts, masks::URL_STARTS.iter());
lex!(phone_leads, masks::PHONE_LEADS.iter());
lex!(phone_tails, masks::PHONE_TAILS.iter());
lex!(code_leads, masks::CODE_LEADS.iter());
lex!(day_parts, masks::DAY_PARTS.iter());
lex!(clock_hours, masks::CLOCK_HOURS.iter());
lex!(clock_tails, masks::CLOCK_TAILS.iter());
lex!(clock_minutes, masks::CLOCK_MINUTES.iter());
lex!(version_tails, masks::VERSION_TAILS.iter());
lex!(ratio_leads, masks::RATIO_LEADS.iter());
lex!(
    shared_currency_names,
    zh::SHARED_CURRENCIES.iter().map(|r| r.0)
);
lex!(
    shared_currency_countries,
    zh::SHARED_CURRENCIES.iter().map(|r| r.1)
);
lex!(en_number_words, en::NUMBER_WORDS.iter().map(|r| r.0));
lex!(en_scales, en::SCALES.iter().map(|r| r.0));
lex!(en_ordinals, en::ORDINALS.iter().map(|r| r.0));
lex!(en_fractions, en::FRACTIONS.iter().map(|r| r.0));
lex!(en_multiples, en::MULTIPLE_WORDS.iter().map(|r| r.0));
lex!(en_units, en::UNITS.iter().map(|r| r.word));
lex!(
    en_currency_prefixes,
    en::CURRENCY_PREFIXES.iter().map(|r| r.0)
);
lex!(en_approx_before, en::APPROX_BEFORE.iter().map(|r| r.0));
lex!(en_approx_after, en::APPROX_AFTER.iter().map(|r| r.0));
/// Every form of every change verb (`en::CHANGE_VERBS`), in row order.
fn change_forms() -> impl Iterator<Item = &'static str> {
    en::CHANGE_VERBS.iter().flat_map(|r| r.0.split('|'))
}
lex!(en_change_words, change_forms());

/// The verb row (of `en::CHANGE_VERBS`) of row `form` of [`en_change_words`].
pub fn en_change_verb(form: usize) -> &'static (&'static str, bool, u8) {
    static ROWS: OnceLock<Vec<u16>> = OnceLock::new();
    let build: fn() -> Vec<u16> = || {
        let mut rows = Vec::new();
        for (k, r) in en::CHANGE_VERBS.iter().enumerate() {
            rows.extend(r.0.split('|').map(|_| k as u16));
        }
        rows
    };
    &en::CHANGE_VERBS[usize::from(ROWS.get_or_init(build)[form])]
}

/// The change verb whose form the whole word `w` (folded) is.
pub fn en_change_word(w: &str) -> Option<&'static (&'static str, bool, u8)> {
    let (n, row) = en_change_words().longest_prefix(w)?;
    (n == w.len()).then(|| en_change_verb(row))
}

/// Is `w` an `-s` form of a change verb flagged `S_VERB` (`rises`), not a plural?
pub fn en_s_verb(w: &str) -> bool {
    w.ends_with(en::Mark::Plural.written())
        && en_change_word(w).is_some_and(|v| v.2 & en::S_VERB != 0)
}
lex!(en_not_change, en::NOT_CHANGE.iter());
lex!(en_stop_words, en::STOP_WORDS.iter());
lex!(en_not_plurals, en::NOT_PLURALS.iter());
lex!(en_np_stop, en::NP_STOP.iter());
lex!(en_prepositions, en::PREPOSITIONS.iter());
lex!(en_head_prepositions, en::HEAD_PREPOSITIONS.iter());
lex!(en_invariant_plurals, en::INVARIANT_PLURALS.iter());
lex!(en_change_fillers, en::CHANGE_FILLERS.iter());
lex!(en_months, dates::MONTHS.iter().map(|r| r.0));
lex!(en_vague, en::VAGUE.iter().map(|r| r.0));
// Every English row a figure can start with: one lookup rejects most words.
lex!(
    en_starters,
    en::NUMBER_WORDS
        .iter()
        .map(|r| r.0)
        .chain(dates::MONTHS.iter().map(|r| r.0))
        .chain(en::VAGUE.iter().map(|r| r.0))
        .chain(en::DURATION_PHRASES.iter().map(|r| r.0))
        .chain(en::MULTIPLE_WORDS.iter().map(|r| r.0))
        .chain(en::FRACTIONS.iter().map(|r| r.0))
        .chain(en::ORDINALS.iter().map(|r| r.0))
        .chain(en::ONE_UNIT_PHRASES.iter().map(|r| r.0))
);
lex!(en_durations, en::DURATION_PHRASES.iter().map(|r| r.0));
lex!(en_one_units, en::ONE_UNIT_PHRASES.iter().map(|r| r.0));
lex!(en_exact_before, en::EXACT_BEFORE.iter());
lex!(en_ratio_verbs, en::RATIO_VERBS.iter());
lex!(en_metric_lead, en::METRIC_LEAD.iter());
// Lists looked up at most words of English text.
lex!(en_not_object, en::NOT_OBJECT.iter());
lex!(caption_marks, article::CAPTION_MARKS.iter().copied());
lex!(comment_headers, article::COMMENT_HEADERS.iter());
lex!(en_clause_openers, en::CLAUSE_OPENERS.iter());
lex!(en_metric_tail, en::METRIC_TAIL.iter());
lex!(currency_prefixes, zh::CURRENCY_PREFIXES.iter().map(|r| r.0));
lex!(
    currency_evidence,
    currency::CURRENCY_EVIDENCE.iter().map(|r| r.0)
);
lex!(approx_before, zh::APPROX_BEFORE.iter().map(|r| r.0));
lex!(approx_after, zh::APPROX_AFTER.iter().map(|r| r.0));
lex!(approx_infix, zh::APPROX_INFIX.iter().map(|r| r.0));
lex!(change_words, zh::CHANGE_WORDS.iter().map(|r| r.0));
lex!(change_fillers, zh::CHANGE_FILLERS.iter());
lex!(reached_fillers, zh::REACHED_FILLERS.iter());
lex!(vague_words, zh::VAGUE_WORDS.iter().map(|r| r.0));
lex!(per_whole, zh::PER_WHOLE.iter().map(|r| r.0));
lex!(share_words, zh::SHARE_WORDS.iter().map(|r| r.0));
lex!(half_units, zh::HALF_UNITS.iter());
lex!(wordlike_numeral_words, zh::WORDLIKE_NUMERAL_WORDS.iter());
lex!(tail_words, zh::TAIL_WORDS.iter().map(|r| r.word));
lex!(not_multipliers, zh::NOT_MULTIPLIERS.iter());
lex!(identifier_labels, zh::IDENTIFIER_LABELS.iter());
lex!(degree_leads, zh::DEGREE_LEADS.iter());
lex!(from_words, zh::FROM_WORDS.iter());
lex!(level_gaps, zh::LEVEL_GAPS.iter());
lex!(weekday_leads, dates::WEEKDAY_LEADS.iter());
lex!(year_parts, dates::YEAR_PARTS.iter());
lex!(month_parts, dates::MONTH_PARTS.iter());
lex!(name_suffixes, zh::NAME_SUFFIXES.iter());
lex!(session_bodies, zh::SESSION_BODIES.iter());
lex!(congress_leads, zh::CONGRESS_LEADS.iter());
lex!(quarter_after, zh::QUARTER_AFTER.iter());
lex!(series_words, zh::SERIES_WORDS.iter());
lex!(rank_words, zh::RANK_WORDS.iter());
lex!(model_leads, zh::MODEL_LEADS.iter());
lex!(call_leads, zh::CALL_LEADS.iter());
lex!(rate_moves, zh::RATE_MOVES.iter());
lex!(number_names, zh::NUMBER_NAMES.iter());
lex!(score_words, zh::SCORE_WORDS.iter());
lex!(rank_leads, zh::RANK_LEADS.iter());
lex!(between_joins, zh::BETWEEN_JOINS.iter());
lex!(between_tails, zh::BETWEEN_TAILS.iter());
lex!(fiscal_years, dates::FISCAL_YEARS.iter());
lex!(not_change, zh::NOT_CHANGE.iter());
lex!(not_approx, zh::NOT_APPROX.iter());
lex!(not_approx_after, zh::NOT_APPROX_AFTER.iter());
lex!(one_span_idioms, zh::ONE_SPAN_IDIOMS.iter());
lex!(only_before_one, zh::ONLY_BEFORE_ONE.iter());
lex!(quake_after, zh::QUAKE_AFTER.iter());
lex!(hotline_words, zh::HOTLINE_WORDS.iter());
lex!(unit_nouns_before, zh::UNIT_NOUNS_BEFORE.iter().map(|r| r.0));
lex!(unit_noun_fillers, zh::UNIT_NOUN_FILLERS.iter());
lex!(magnitude_leads, zh::MAGNITUDE_LEADS.iter());
lex!(metric_keep, zh::METRIC_KEEP.iter());
lex!(metric_cut_verbs, zh::METRIC_CUT_VERBS.iter());
lex!(have_not_verb, zh::HAVE_NOT_VERB.iter());
lex!(comparatives, zh::COMPARATIVES.iter().map(|r| r.0));
lex!(comparison_markers, zh::COMPARISON_MARKERS.iter());
lex!(not_units, zh::NOT_UNITS.iter());
lex!(count_heads, zh::COUNT_HEADS.iter().map(|r| r.0));
lex!(index_words, zh::INDEX_WORDS.iter());
lex!(counted_noun_stops, zh::COUNTED_NOUN_STOPS.iter());
lex!(metric_lead, zh::METRIC_LEAD.iter());
lex!(metric_tail, zh::METRIC_TAIL.iter());
lex!(coordinators, zh::COORDINATORS.iter());
lex!(boilerplate, article::BOILERPLATE.iter());
lex!(
    strong_boilerplate,
    article::STRONG_BOILERPLATE.iter().map(|r| r.0)
);
lex!(meta_labels, article::META_LABELS.iter().map(|r| r.0));
lex!(role_words, article::ROLE_WORDS.iter());
lex!(list_labels, article::LIST_LABELS.iter().map(|r| r.0));

/// Codes of the direct numeral table: 1..=10 a digit (value + 1), then
/// place units, then multipliers from `BIG` on (row `k` of `zh::MULTIPLIERS`
/// as `BIG + k`).
const TEN: u8 = 11;
const HUNDRED: u8 = 12;
const THOUSAND: u8 = 13;
const BIG: u8 = 14;
// (from U+25C0: `○`, U+25CB, is the zero Taiwanese years write: 二○一二年)
const FIRST: u32 = 0x25C0;
const END: u32 = 0xA000;

/// A direct table over U+3000..U+A000 of folded numeral characters, built once
/// from `zh::DIGITS`, `zh::PLACE_UNITS` and `zh::MULTIPLIERS` (it costs
/// memory, not wasm bytes).
fn numeral_codes() -> &'static [u8] {
    static T: OnceLock<Vec<u8>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = vec![0u8; (END - FIRST) as usize];
        let mut set = |c: char, code: u8| {
            let u = fold::fold_char(c) as u32;
            if (FIRST..END).contains(&u) {
                t[(u - FIRST) as usize] = code;
            }
        };
        for &(c, d) in zh::DIGITS {
            set(c, d + 1);
        }
        for &(c, p) in zh::PLACE_UNITS {
            set(
                c,
                match p {
                    10 => TEN,
                    100 => HUNDRED,
                    _ => THOUSAND,
                },
            );
        }
        for (k, &(c, _, _)) in zh::MULTIPLIERS.iter().enumerate() {
            set(c, BIG + k as u8);
        }
        t
    })
}

#[inline]
fn numeral_code(c: char) -> u8 {
    let u = c as u32;
    if (FIRST..END).contains(&u) {
        numeral_codes()[(u - FIRST) as usize]
    } else {
        0
    }
}

/// Value of a Chinese digit (folded), ordinary or financial.
#[inline]
pub fn digit(c: char) -> Option<u8> {
    match numeral_code(c) {
        d @ 1..=10 => Some(d - 1),
        _ => None,
    }
}

/// The tens of a one-character multiple of ten (廿 = 2, 卅 = 3, 卌 = 4), folded.
pub fn tens(c: char) -> Option<u8> {
    // (these characters fold to themselves)
    zh::TENS.iter().find(|r| r.0 == c).map(|r| r.1)
}

/// Value of a Chinese place unit (十 百 千 and financial forms), folded.
#[inline]
pub fn place_unit(c: char) -> Option<u32> {
    match numeral_code(c) {
        TEN => Some(10),
        HUNDRED => Some(100),
        THOUSAND => Some(1000),
        _ => None,
    }
}


/// A colloquial multiplier (`zh::COLLOQUIAL_MULTIPLIERS`) starting at `cs[j]`:
/// its value and length in characters.
pub fn colloquial_multiplier_at(cs: &[char], j: usize) -> Option<(f64, usize)> {
    let rest = cs.get(j..)?;
    zh::COLLOQUIAL_MULTIPLIERS
        .iter()
        .find(|(w, _)| rest.starts_with(w))
        .map(|&(w, v)| (v, w.len()))
}

/// Can a Chinese figure start with `c` (folded), besides a digit? Place
/// units and multipliers (`十九`, `萬一`), vague digits (`幾十`, `數百`),
/// and the first characters of word figures: vague amounts (`成千上萬`),
/// `上百`, tenths, doublings (`翻一番`), shares of a whole (`百分之七`).
pub fn starts_figure(c: char) -> bool {
    // Sorted, for a binary search: this runs at every character a figure
    // could start with.
    static S: OnceLock<Vec<char>> = OnceLock::new();
    let build: fn() -> Vec<char> = || {
        let first = |w: &str| fold::fold_str(w).chars().next();
        let mut v: Vec<char> = zh::PLACE_UNITS
            .iter()
            .map(|r| fold::fold_char(r.0))
            .collect();
        v.extend(
            zh::MULTIPLIERS
                .iter()
                .filter(|r| r.2)
                .map(|r| fold::fold_char(r.0)),
        );
        v.extend(zh::TENS.iter().map(|r| fold::fold_char(r.0)));
        v.extend(zh::VAGUE_WORDS.iter().filter_map(|r| first(r.0)));
        v.extend(zh::PER_WHOLE.iter().filter_map(|r| first(r.0)));
        v.extend(zh::SHARE_WORDS.iter().filter_map(|r| first(r.0)));
        use zh::Mark;
        for m in [
            Mark::Few,
            Mark::Several,
            Mark::Upward,
            Mark::Tenths,
            Mark::Double,
            Mark::Half,
        ] {
            v.push(m.ch());
        }
        crate::sort::sort_by_key(&mut v, |&c| c);
        v.dedup();
        v
    };
    S.get_or_init(build).binary_search(&c).is_ok()
}


/// Value of a multiplier (萬, 億, 兆), folded.
#[inline]
pub fn big_unit(c: char) -> Option<f64> {
    let code = numeral_code(c).checked_sub(BIG)?;
    zh::MULTIPLIERS.get(usize::from(code)).map(|r| r.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_prefix_prefers_longer_rows() {
        let (n, row) = units().longest_prefix("人次的").unwrap();
        assert_eq!(n, "人次".len());
        assert_eq!(zh::UNITS[row].unit(), Some("person-time"));
        // Traditional rows match folded text
        let (_, row) = units().longest_prefix("平方米").unwrap();
        assert_eq!(zh::UNITS[row].unit(), Some("m2"));
        assert!(units().longest_prefix("x").is_none());
    }

    #[test]
    fn digits_in_both_scripts() {
        assert_eq!(digit('两'), Some(2));
        assert_eq!(digit('贰'), Some(2));
        assert_eq!(digit('〇'), Some(0));
        assert_eq!(digit('十'), None);
        assert_eq!(place_unit('拾'), Some(10));
        assert_eq!(big_unit('万'), Some(1e4));
        assert_eq!(big_unit('亿'), Some(1e8));
        assert_eq!(big_unit('兆'), Some(1e12));
        assert_eq!(big_unit('萬'), None, "characters come folded");
        assert_eq!(big_unit('十'), None);
    }
}

#[cfg(test)]
mod lex_tests {
    use super::Lex;

    #[test]
    fn finds_words_whose_characters_share_a_filter_bucket() {
        // a (U+0061) and U+1061 share bucket 0x61; 一 (U+4E00) and 帀 (U+5E00) share 0xE00.
        let lex = Lex::new(["ab", "abc", "\u{1061}x", "一二", "帀z", "a", "xa"]);
        assert_eq!(lex.longest_prefix("abcd"), Some((3, 1)));
        assert_eq!(lex.longest_prefix("a"), Some((1, 5)));
        assert_eq!(lex.longest_prefix("\u{1061}xy"), Some((4, 2)));
        assert_eq!(lex.longest_prefix("\u{1061}"), None);
        assert_eq!(lex.longest_prefix("一二三"), Some((6, 3)));
        assert_eq!(lex.longest_prefix("帀z"), Some((4, 4)));
        assert_eq!(lex.longest_prefix("b"), None);
        assert_eq!(lex.longest_prefix(""), None);
        assert_eq!(lex.longest_suffix("yxa"), Some((2, 6)));
        assert_eq!(lex.longest_suffix("zab"), Some((2, 0)));
        assert_eq!(lex.longest_suffix("\u{1061}"), None);
        assert!(lex.contains("abc") && !lex.contains("abcd") && !lex.contains("b"));
    }
}

#[cfg(test)]
mod search_tests {
    use super::*;

    #[test]
    fn searches_as_core_does() {
        for (hay, needle) in [
            ("Home  News  World", "  "),
            ("a and b and c", " and "),
            ("新华社北京5月1日电", "电"),
            ("abc", "abcd"),
            ("", "x"),
            ("--> tail", "-->"),
            ("xxtoxx", "to"),
        ] {
            assert_eq!(
                find_str(hay, needle),
                hay.find(needle),
                "{hay:?} {needle:?}"
            );
            assert_eq!(has_str(hay, needle), hay.contains(needle));
            let got: Vec<&str> = split_str(hay, needle).collect();
            let want: Vec<&str> = hay.split(needle).collect();
            assert_eq!(got, want, "{hay:?} {needle:?}");
        }
    }
}

#[cfg(test)]
mod words_tests {
    use super::Words;

    #[test]
    fn words_contains_whole_lines_only() {
        let w: Words = words!["up to", "up", "a", "more than"];
        assert_eq!(
            w.iter().collect::<Vec<_>>(),
            ["up to", "up", "a", "more than"]
        );
        for yes in ["up to", "up", "a", "more than"] {
            assert!(w.contains(yes), "{yes}");
        }
        for no in ["", "u", "upto", "up t", "more", "than", "a\n", "to"] {
            assert!(!w.contains(no), "{no:?}");
        }
    }
}

#[cfg(test)]
mod table_tests {
    use super::*;

    #[test]
    fn markers_fold_at_compile_time() {
        assert_eq!(zh::Mark::Per.ch(), '每');
        assert_eq!(zh::Mark::Liang.ch(), '两', "兩 folds to 两");
        assert_eq!(zh::Mark::Several.ch(), '数');
        assert!(zh::Mark::Jiao.has('毛') && zh::Mark::Jiao.has('角'));
        assert!(zh::Mark::InfixApprox.has('余'), "餘 folds to 余");
        assert_eq!(zh::Mark::BelowZero.word(), "零下");
        assert_eq!(zh::Mark::Respectively.word(), "分别");
        assert_eq!(dates::DateMark::Day.word(), "日号");
    }

    #[test]
    fn english_rows_are_written_folded() {
        // English markers are used as written (no folding at run time).
        for &(m, w) in en::Mark::ROWS {
            assert_eq!(fold::fold_str(w), w, "{m:?}");
        }
        for (w, _, _) in en::CHANGE_VERBS {
            assert_eq!(fold::fold_str(w), *w);
        }
    }

    #[test]
    fn each_change_verb_form_is_one_row() {
        let forms: Vec<&str> = change_forms().collect();
        for (k, f) in forms.iter().enumerate() {
            assert!(!forms[..k].contains(f), "{f} is written twice");
        }
        let verb = |w: &str| en_change_word(w).unwrap_or_else(|| panic!("{w}"));
        assert_eq!(verb("soared").0, "soar|soaring|soared");
        assert!(verb("rose").1 && !verb("fell").1);
        assert_eq!(verb("raised").2, en::ACTOR | en::RAISES);
        assert_eq!(verb("cutting").2, en::ACTOR);
        assert!(en_s_verb("rises") && en_s_verb("slips") && !en_s_verb("cuts"));
        assert!(en_change_word("ris").is_none() && en_change_word("risers").is_none());
    }

    #[test]
    fn chinese_figures_start_where_they_did() {
        for c in "十拾百佰千仟万亿几数上成翻".chars() {
            assert!(starts_figure(c), "{c}");
        }
        // 兆 alone is the mega- of 兆瓦, and characters come folded.
        for c in ['兆', '萬', '的', '年'] {
            assert!(!starts_figure(c), "{c}");
        }
    }

    #[test]
    fn unit_rows_carry_their_rules() {
        let rule = |w: &str| {
            let (_, row) = units().longest_prefix(&fold::fold_str(w)).unwrap();
            zh::UNITS[row].rule
        };
        assert_eq!(rule("塊"), units::UnitRule::Kuai);
        assert_eq!(rule("米"), units::UnitRule::Metre);
        assert_eq!(rule("度"), units::UnitRule::ArabicOnly);
        assert_eq!(rule("公里"), units::UnitRule::Plain);
        let (_, row) = tail_words().longest_prefix("成").unwrap();
        assert_eq!(zh::TAIL_WORDS[row].rule, units::UnitRule::Tenths);
    }
}
