//! Pairwise comparison of two names, with no gazetteer (`namenorm.compare`).
//!
//! Each name is cleaned (mojibake, mixed-script letters, quotes, titles),
//! a name in Chinese characters split into the tables' words
//! (`han_words_apart`), its legal form set aside ([`legal_forms`]), and
//! folded into match-key words, an Arabic compound name written apart as
//! one ([`compounds`]).
//! The names as single strings are always compared; when they match
//! surely ([`SURE`]), that is the score. Otherwise their words are read:
//! one word each, as forms of one given name; an organisation's words
//! weighed by their roles ([`organisations`]); people's names aligned as
//! people's and, for names of several given names, paired in any order;
//! each reading only when an upper bound, from cheap edit distances, says
//! it may reach the threshold. A name written as the initials of the
//! other's words is an acronym; two legal forms of different kinds weaken
//! the score ([`LEGAL_FORM_MISMATCH`]), as do generational suffixes
//! (`Jr.`, `Sr.`, `III`, `младший`) that name other generations
//! ([`GENERATIONS_DIFFER`]) or stand on one side only
//! ([`GENERATION_MISSING`]), and numbers that disagree (`Shipping 1`,
//! `Shipping 2`; `Fund II`, `Fund III`: [`NUMBERS_DIFFER`]).
//!
//! A name written in an abjad (the Arabic or Hebrew script) against one
//! that is not is read letting the short vowels the abjad leaves unwritten
//! cost little ([`score::abjad_cost`]): its words, and the names as single
//! strings, are alike by that reading when it is the greater, and every
//! reading is worked out (the bounds count every edit as at least a
//! vowel's, which an unwritten vowel is not).
//!
//! A name in a script that has Latin conventions of its own (Hangul,
//! Greek, Georgian, Armenian, kana, Han: not an abjad, read as above) is
//! also read in each of them ([`scripts::spellings`]: for Hangul the
//! Revised Romanization, McCune–Reischauer and the customary spellings of
//! family names, 김일성 as Gim Ilseong, Kim Ilsong, Kim Il-seong), as the
//! resolver expands a native name; the best reading counts.
//!
//! The score is symmetric, in [0, 1], and 1.0 for a name compared with
//! itself. Every float is computed in the order the Python implementation
//! computed it, so that scores and explanations agree with it to the last
//! digit.

pub mod compounds;
pub mod legal_forms;
pub mod organisations;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::LazyLock;

use crate::distance;
use crate::score::{
    self, BUDGET_BASE, BUDGET_PER_LETTER, ENDING_COST, Note, RUSSIAN_SUFFIXES, SUFFIX_FACTOR,
    SURNAME_ALONE_FACTOR, SURNAME_SHARE, Similar, THRESHOLD, VOWEL_COST, clen, py_max, py_min,
};
use crate::text::casefold::{self, casefold, split_words};
use crate::text::clean::{
    fix_homoglyphs, fix_mojibake, generational_suffix, is_title, strip_titles,
};
use crate::text::keys::match_key;
use crate::text::normalize::nfc;
use crate::text::scripts::{self, has_abjad};
use crate::text::translit::{belarusian_form, detect_source, has_cyrillic, russian_form};
use crate::text::unicode_sets::sets;
use crate::text::unidecode::unidecode;

use organisations::{is_function_word, marks_organisation, organisation_similarity};

/// The factor for two company names whose legal forms are of different
/// kinds (a limited company and a joint-stock company of one name may be two).
pub const LEGAL_FORM_MISMATCH: f64 = 0.85;
/// The factor when only one of two company names carries a legal form:
/// none (registries and lists often leave the form out).
pub const LEGAL_FORM_MISSING: f64 = 1.0;
/// The factor for two names whose generational suffixes name other
/// generations (`John Smith Jr.`, `John Smith Sr.`; `III` and `IV`): a
/// father and his son, however alike the rest.
pub const GENERATIONS_DIFFER: f64 = 0.7;
/// The factor when only one name has a generational suffix (`Martin Luther
/// King Jr.`, `Martin Luther King`): the press often leaves it out, but
/// the name without it may be the father's, rarely written `Sr.`. Small:
/// it keeps the one with the suffix ahead of its father in a ranking.
pub const GENERATION_MISSING: f64 = 0.95;
/// The factor for two names that both hold numbers and disagree on them
/// (neither's numbers are all the other's): `Atlantic Shipping 1` and
/// `Atlantic Shipping 2`, `Plant No. 12` and `Plant No. 13`, `Louis XIV`
/// and `Louis XV` are two, however alike their words.
pub const NUMBERS_DIFFER: f64 = 0.7;
/// What an Arabic name's short form costs against its long form (`Muhammad
/// bin Nayef`, `Muhammad bin Naif bin Abdulaziz Al Saud`): the words of the
/// nasab after the father, and the family name, it leaves out.
pub const NASAB_TAIL_PENALTY: f64 = 0.03;
/// Names this alike as single strings are not aligned word by word.
pub const SURE: f64 = 0.9;
/// How alike an initial and a word that starts with it are, as words.
pub const INITIAL_SIMILARITY: f64 = 0.9;
/// The score of a name written as the initials of the other (IBM).
pub const ACRONYM_SCORE: f64 = 0.9;

/// Which reading gave a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    /// Name parts aligned as people's.
    Person,
    /// The names as single strings.
    Whole,
    /// Words paired in any order (for organisations, weighed by their role).
    Words,
    /// One name is the initials of the other's words.
    Acronym,
}

impl Method {
    pub fn name(self) -> &'static str {
        match self {
            Method::Person => "person",
            Method::Whole => "whole",
            Method::Words => "words",
            Method::Acronym => "acronym",
        }
    }
}

/// What an organisation's pairing did, for explanations.
#[derive(Clone, Debug, PartialEq)]
pub enum OrgNote {
    /// A word is the initials of words of the other name.
    Initials { word: String, words: String },
    /// A word is two neighbouring words of the other name written as one.
    Joined {
        word: String,
        words: String,
        similarity: f64,
    },
    /// Two words paired.
    Pair {
        a: String,
        b: String,
        similarity: f64,
    },
    /// Each name keeps a word the other lacks: the factor.
    BothExtra(f64),
}

/// A step of a comparison, for `Comparison.explain()` (worded by `namenorm.explain`).
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// The names' match keys.
    Keys(String, String),
    /// Legal forms as written and their kinds (one side may have none).
    LegalForms {
        a: Option<String>,
        a_kind: Option<&'static str>,
        b: Option<String>,
        b_kind: Option<&'static str>,
    },
    /// Words paired in any order: (word, word, similarity).
    WordsPaired(Vec<(String, String, f64)>),
    /// An organisation's words paired.
    OrganisationWords(Vec<OrgNote>),
    /// The alignment of name parts (empty: nothing to note).
    Person(Vec<Note>),
    /// The names match as single strings: their words were not aligned.
    Sure,
    /// The words cannot align better than this: they were not aligned.
    Ceiling(f64),
    /// One name is the initials of the other's words.
    Acronym,
    /// The readings worked out: whole, words, person.
    Readings(f64, f64, f64),
    /// Legal forms of different kinds: the factor.
    LegalFormsDiffer(f64),
    /// The numbers of each name, which disagree: the factor.
    NumbersDiffer { a: String, b: String, factor: f64 },
    /// The generations the names' suffixes name (`Jr.` 2, `Sr.` 1; none
    /// without one), when they are not the same: the factor.
    Generations {
        a: Option<u8>,
        b: Option<u8>,
        factor: f64,
    },
    /// Two names that name other fathers (nasabs, Turkic patronymics): how
    /// alike the fathers' names are, which caps the score.
    OtherFathers { a: String, b: String, cap: f64 },
}

/// One side of a comparison: the cleaned text, its key words and its legal form.
#[derive(Clone, Debug)]
pub struct Prepared {
    /// The text, cleaned (quotes, titles, mojibake, mixed scripts).
    text: String,
    /// Its match key, the legal form left out.
    key: String,
    /// Where the key's words are in it (byte offsets).
    spans: Vec<(usize, usize)>,
    /// The legal forms as written (` / ` between two).
    legal: Option<String>,
    /// The kind of the first.
    kind: Option<&'static str>,
    /// The generation its generational suffix names (`Jr.` 2), set apart.
    generation: Option<u8>,
    /// The numbers it holds ([`numbers`]), sorted.
    numbers: Vec<u32>,
    /// The key without spaces.
    whole: String,
    /// Each word's length without a Russian surname suffix, if it has one.
    stems: Vec<Option<usize>>,
    /// A word has such a suffix.
    suffixed: bool,
    /// An organisation's name: a legal form, or a word such as Bank or Company.
    org: bool,
    /// Written in an abjad: its key lacks the short vowels.
    abjad: bool,
    /// A word that makes a compound name with its neighbour stands alone
    /// (`Ullah, Akayed`): [`compounds::join`].
    lone: bool,
    /// The name with its compounds written apart, as the key has them, when
    /// the key's words join into compounds (`Abd al-Aziz`, `abdalaziz`).
    apart: Option<Box<Prepared>>,
}

impl Prepared {
    /// The name with its compounds written apart.
    fn written_apart(&self) -> &Prepared {
        self.apart.as_deref().unwrap_or(self)
    }

    /// The key's words.
    fn words(&self) -> Vec<&str> {
        self.spans.iter().map(|&(s, e)| &self.key[s..e]).collect()
    }

    fn word(&self, i: usize) -> &str {
        let (s, e) = self.spans[i];
        &self.key[s..e]
    }

    fn len(&self) -> usize {
        self.spans.len()
    }

    fn stem(&self, i: usize) -> Option<&str> {
        let (s, _) = self.spans[i];
        self.stems[i].map(|end| &self.key[s..s + end])
    }
}

const QUOTES: &str = "«»\"“”„‟‹›'’`";
/// The quotes that are also apostrophes: inside a word, a soft sign
/// (`Federal'naya`) or an elision (`O'Brien`, `Khama'il`), part of the word.
const APOSTROPHES: &str = "'’`ʼ";

/// `text` with its quotes as spaces (`OOO "Gazprom"`), but an apostrophe
/// between two letters left out (`Federal'naya`: `Federalnaya`).
fn without_quotes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if APOSTROPHES.contains(c)
            && i > 0
            && chars[i - 1].is_alphabetic()
            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())
        {
            continue;
        }
        out.push(if QUOTES.contains(c) { ' ' } else { c });
    }
    out
}

/// The rows of an embedded table as `namenorm.resources.table` reads them:
/// a `#` at a line's start or after white space opens a comment; blank
/// lines are left out; cells are separated by tabs, and stripped.
pub(crate) fn table_rows(text: &'static str) -> Vec<(usize, Vec<&'static str>)> {
    let mut rows = Vec::new();
    for (number, raw) in crate::text::py_splitlines(text).into_iter().enumerate() {
        let mut line = raw;
        let mut previous: Option<char> = None;
        for (at, c) in raw.char_indices() {
            if c == '#' && previous.is_none_or(char::is_whitespace) {
                line = &raw[..at];
                break;
            }
            previous = Some(c);
        }
        if line.trim().is_empty() {
            continue;
        }
        rows.push((
            number + 1,
            line.trim_end().split('\t').map(str::trim).collect(),
        ));
    }
    rows
}

/// Python's `text.isupper()`: a capital letter, and no lower-case or title-case one.
pub(crate) fn is_upper_word(text: &str) -> bool {
    let sets = sets();
    let mut upper = false;
    for c in text.chars() {
        if sets.py_lower_or_title.contains(c) {
            return false;
        }
        upper = upper || casefold::is_upper(c);
    }
    upper
}

/// The first word of a Russian surname suffix (-ova, -eva, -ov, -ev) the
/// word ends in: its length without it.
fn stem_end(word: &str) -> Option<usize> {
    RUSSIAN_SUFFIXES
        .iter()
        .find(|suffix| word.ends_with(*suffix))
        .map(|suffix| word.len() - suffix.len())
}

/// The quotes to open a nickname with, each with the quotes that close it.
const NICKNAME_QUOTES: [(char, &str); 7] = [
    ('"', "\""),
    ('“', "”\""),
    ('„', "“”"),
    ('«', "»"),
    ('‘', "’"),
    ('\'', "'’"),
    ('‹', "›"),
];

/// Where a quoted word or two stands between a name's words, quotes
/// included (byte offsets), if one does: `William “Bill” Clinton`.
fn nickname(text: &str) -> Option<(usize, usize)> {
    let (start, open) = text.char_indices().find(|&(i, c)| {
        NICKNAME_QUOTES.iter().any(|&(o, _)| o == c)
            && text[..i].ends_with(char::is_whitespace)
            && text[..i].chars().any(char::is_alphabetic)
    })?;
    let closers = NICKNAME_QUOTES.iter().find(|&&(o, _)| o == open)?.1;
    let inside_at = start + open.len_utf8();
    let length = text[inside_at..].find(|c: char| closers.contains(c))?;
    let inside = &text[inside_at..inside_at + length];
    let stop = inside_at + length + text[inside_at + length..].chars().next()?.len_utf8();
    let words: Vec<&str> = inside.split_whitespace().collect();
    let fits = (1..=2).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.'))
        && text[stop..].starts_with(char::is_whitespace)
        && text[stop..].chars().any(char::is_alphabetic);
    fits.then_some((start, stop))
}

/// The words of the legal-form and organisation-word tables written in
/// Chinese characters, the longest first.
static HAN_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let tables = [
        include_str!("../../../src/namenorm/translit/legal_forms.tsv"),
        include_str!("../../../src/namenorm/data/org_words.tsv"),
    ];
    let mut words: Vec<&'static str> = tables
        .into_iter()
        .flat_map(table_rows)
        .filter_map(|(_, cells)| cells.first().copied())
        .filter(|word| word.chars().all(scripts::han::is_han))
        .collect();
    words.sort_unstable_by_key(|word| std::cmp::Reverse(word.len()));
    words.dedup();
    words
});

/// `text` with the table words written in Chinese characters set apart by
/// spaces: a Chinese name has no spaces to find its words by
/// (`华为技术有限公司`, Huawei Technologies Co., Ltd., is `华为 技术
/// 有限公司`: a name, a word for what it does, a legal form). Where two
/// table words overlap, the longer one at the earlier place counts.
fn han_words_apart(text: Cow<'_, str>) -> Cow<'_, str> {
    if !text.chars().any(scripts::han::is_han) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = &text[..];
    while let Some(c) = rest.chars().next() {
        match HAN_WORDS.iter().find(|word| rest.starts_with(*word)) {
            Some(word) => {
                out.push(' ');
                out.push_str(word);
                out.push(' ');
                rest = &rest[word.len()..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    Cow::Owned(out.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// `text` with its numbers written alike: a Roman numeral ([`roman`]) in
/// digits, digits without leading zeros (`Fund III`, `Fund 3`; `No. 012`,
/// `No. 12`), so that their words pair as they agree.
fn numerals_as_digits(text: Cow<'_, str>) -> Cow<'_, str> {
    let rewritten = |word: &str| {
        if word.len() > 1 && word.starts_with('0') && word.bytes().all(|b| b.is_ascii_digit()) {
            Some(word.trim_start_matches('0').to_owned()).filter(|w| !w.is_empty())
        } else {
            roman(word).map(|n| n.to_string())
        }
    };
    let may_hold = |b: u8| b.is_ascii_digit() || matches!(b, b'I' | b'V' | b'X');
    if !text.bytes().any(may_hold)
        || !text
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| rewritten(word).is_some())
    {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut word_start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphanumeric() && i < text.len() {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take() {
            let word = &text[start..i];
            out.push_str(rewritten(word).as_deref().unwrap_or(word));
        }
        if i < text.len() {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The numbers a name holds once [`numerals_as_digits`] wrote them alike,
/// sorted: runs of digits (`Su-27`, `A320`).
fn numbers(text: &str) -> Vec<u32> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let mut found: Vec<u32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|digits| digits.parse().ok())
        .collect();
    found.sort_unstable();
    found
}

/// The value of a Roman numeral in capitals of I, V and X, two letters or
/// more, written as numerals are written (`XIV`, not `IIII`; not `I` or
/// `V`, which may be initials).
fn roman(word: &str) -> Option<u32> {
    const DIGITS: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    if word.len() < 2 || word.len() > 7 || !word.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return None;
    }
    let tens = word.bytes().take_while(|&b| b == b'X').count();
    let units = DIGITS.iter().position(|&d| d == &word[tens..])?;
    (tens <= 3).then_some((tens * 10 + units) as u32)
}

/// Whether two names both hold numbers and neither's are all the other's
/// (`Atlantic Shipping 1`, `Atlantic Shipping 2`; not `Putin 1952`,
/// `Putin 7.10.1952`).
fn disagree(a: &[u32], b: &[u32]) -> bool {
    let within = |x: &[u32], y: &[u32]| x.iter().all(|n| y.binary_search(n).is_ok());
    !a.is_empty() && !b.is_empty() && !within(a, b) && !within(b, a)
}

/// One side of a comparison, prepared: cleaned, its legal form set aside,
/// folded into match-key words.
pub fn prepare(text: &str, lang: Option<&str>) -> Prepared {
    let text: Cow<'_, str> = if !text.is_ascii() {
        // Mojibake, mixed scripts and composition need non-ASCII letters.
        Cow::Owned(without_quotes(&fix_homoglyphs(&fix_mojibake(&nfc(text)))))
    } else if text.contains(['"', '\'', '`']) {
        Cow::Owned(without_quotes(text))
    } else {
        Cow::Borrowed(text)
    };
    let (text, generation) = match generational_suffix(&text) {
        Some((head, generation)) if head.chars().any(char::is_alphabetic) => {
            (Cow::Owned(head.trim().to_owned()), Some(generation))
        }
        _ => (text, None),
    };
    let text = numerals_as_digits(han_words_apart(text));
    let numbers = numbers(&text);
    let mut words: Vec<&str> = split_words(&text).collect();
    let untitled;
    if words.len() > 1 && is_title(words[0]) {
        untitled = strip_titles(&words.join(" "));
        words = split_words(&untitled).collect();
    }
    let text = words.join(" ");
    let mut same = true; // the words are those of `text`
    if text.contains([',', ';']) {
        same = false;
        words = words
            .iter()
            .map(|w| w.trim_matches([',', ';']))
            .filter(|w| !w.is_empty())
            .collect();
    }
    let (spans, kind) = legal_forms::find(&words);
    let mut legal = None;
    if !spans.is_empty() {
        same = false;
        let forms: Vec<String> = spans
            .iter()
            .map(|&(start, stop)| words[start..stop].join(" "))
            .collect();
        legal = Some(forms.join(" / "));
        let inside = |i: usize| {
            spans
                .iter()
                .any(|&(start, stop)| (start..stop).contains(&i))
        };
        words = words
            .iter()
            .enumerate()
            .filter(|&(i, _)| !inside(i))
            .map(|(_, w)| *w)
            .collect();
    }
    let key = if same {
        match_key(&text, lang)
    } else {
        match_key(&words.join(" "), lang)
    };
    let abjad = has_abjad(&text);
    let (joined, lone) = compounds::join(&key, abjad);
    let keyed = |text: String, key: String, legal: Option<String>| {
        let spans: Vec<(usize, usize)> = split_words(&key)
            .map(|w| {
                let start = w.as_ptr() as usize - key.as_ptr() as usize;
                (start, start + w.len())
            })
            .collect();
        let stems: Vec<Option<usize>> = spans.iter().map(|&(s, e)| stem_end(&key[s..e])).collect();
        let whole = key.replace(' ', "");
        let suffixed = stems.iter().any(Option::is_some);
        let org = kind.is_some() || spans.iter().any(|&(s, e)| marks_organisation(&key[s..e]));
        Prepared {
            text,
            key,
            spans,
            legal,
            kind,
            generation,
            numbers: numbers.clone(),
            whole,
            stems,
            suffixed,
            org,
            abjad,
            lone,
            apart: None,
        }
    };
    match joined {
        Cow::Borrowed(_) => keyed(text, key, legal),
        Cow::Owned(joined) => {
            let apart = keyed(text.clone(), key, legal.clone());
            Prepared {
                apart: Some(Box::new(apart)),
                ..keyed(text, joined, legal)
            }
        }
    }
}

/// Python's `max` of readings: the greater score, on a tie the greater name.
fn best(readings: &[(f64, Method)]) -> (f64, Method) {
    let mut out = readings[0];
    for &(s, m) in &readings[1..] {
        if s > out.0 || (s == out.0 && m.name() > out.1.name()) {
            out = (s, m);
        }
    }
    out
}

fn word_similarity<'a>(x: &'a str, y: &'a str, similar: &impl Similar<'a>) -> f64 {
    if clen(x) == 1 || clen(y) == 1 {
        // an initial
        return if x.chars().next() == y.chars().next() {
            INITIAL_SIMILARITY
        } else {
            0.0
        };
    }
    similar.given(x, y)
}

/// Pair the words of two names (of three words or more between them) in any
/// order, best pairs first; unpaired words count as nothing. The score weighs
/// each pair by its letters, and squares pair scores so that one poor pair
/// sinks it (a soft minimum).
fn pair_words<'a>(
    a: &[&'a str],
    b: &[&'a str],
    similar: &impl Similar<'a>,
    notes: &mut Option<Vec<(String, String, f64)>>,
) -> f64 {
    let total: usize = a.iter().chain(b).map(|w| clen(w)).sum();
    // Ties are broken by the words themselves, never by their positions, so
    // that pairing a with b and b with a gives one result.
    let mut scored: Vec<(f64, usize, &str, &str, usize, usize)> = Vec::new();
    for (i, x) in a.iter().enumerate() {
        for (j, y) in b.iter().enumerate() {
            let (low, high) = if x <= y { (*x, *y) } else { (*y, *x) };
            let s = word_similarity(x, y, similar);
            scored.push((s, clen(x) + clen(y), low, high, i, j));
        }
    }
    scored.sort_by(|x, y| {
        y.0.partial_cmp(&x.0)
            .unwrap_or(Ordering::Equal)
            .then_with(|| (y.1, y.2, y.3, y.4, y.5).cmp(&(x.1, x.2, x.3, x.4, x.5)))
    });
    let (mut used_a, mut used_b) = (vec![false; a.len()], vec![false; b.len()]);
    let mut earned = 0.0;
    for (s, length, _low, _high, i, j) in scored {
        if used_a[i] || used_b[j] || s <= 0.0 {
            continue;
        }
        used_a[i] = true;
        used_b[j] = true;
        earned += s * s * length as f64;
        if let Some(notes) = notes {
            notes.push((a[i].to_owned(), b[j].to_owned(), s));
        }
    }
    if total > 0 {
        earned / total as f64
    } else {
        0.0
    }
}

/// Align the two names as people's, each in turn taken as the full name.
/// The two alignments compare the same words: each pair's similarity, and
/// each word's projections, are worked out once (in `memo`).
fn person<'a>(
    a: &[&'a str],
    b: &[&'a str],
    memo: &score::Memo<'a>,
    notes: &mut Option<Vec<Note>>,
) -> f64 {
    let (mut best, mut best_notes) = aligned(a, b, memo);
    // An Arabic name's short form, its given name and its father's
    // (Muhammad bin Nayef), against the long form, whose nasab goes on to
    // the grandfathers and the family (Muhammad bin Naif bin Abdulaziz Al
    // Saud): the long form is read up to the father.
    let short_form = match (nasab_end(a), nasab_end(b)) {
        (Some(ea), Some(eb)) if ea == a.len() && eb < b.len() => Some((a, &b[..eb], &b[eb..])),
        (Some(ea), Some(eb)) if eb == b.len() && ea < a.len() => Some((b, &a[..ea], &a[ea..])),
        _ => None,
    };
    if let Some((short, long, tail)) = short_form {
        let (score, mut cut_notes) = aligned(short, long, memo);
        if score - NASAB_TAIL_PENALTY > best {
            best = score - NASAB_TAIL_PENALTY;
            cut_notes.push(Note::NasabTail {
                words: tail.join(" "),
            });
            best_notes = cut_notes;
        }
    }
    if let Some(notes) = notes {
        notes.extend(best_notes);
    }
    best
}

/// The better of the two alignments of two names as people's (each in turn
/// taken as the full name), and its notes.
fn aligned<'a>(a: &[&'a str], b: &[&'a str], memo: &score::Memo<'a>) -> (f64, Vec<Note>) {
    let mut best = 0.0;
    let mut best_notes = Vec::new();
    for (query, name) in [(a, b), (b, a)] {
        if name.len() < 2 {
            continue;
        }
        let alignment = score::align_person_with(query, name, None, memo);
        if alignment.score > best {
            best = alignment.score;
            best_notes = alignment.notes;
        }
    }
    (best, best_notes)
}

/// Two names that each say who the father is, and name other fathers, are
/// two people however much of the rest they share: Arabic long forms
/// (`Muhammad bin Naif bin Abdulaziz Al Saud`, `Mohammad bin Salman bin
/// Abdulaziz Al Saud`: cousins), Turkic patronymics (`Ilham Heydar oglu
/// Aliyev`, `Heydar Ilham oghlu Aliyev`: father and grandson). Their score
/// is no more than the fathers' names are alike; fathers that match (at
/// `threshold`) leave it. The fathers, and that cap.
fn other_fathers<'a>(
    a: &[&'a str],
    b: &[&'a str],
    memo: &score::Memo<'a>,
    threshold: f64,
) -> Option<(f64, (&'a str, &'a str))> {
    let fathers = (father(a)?, father(b)?);
    let alike = score::Similar::given(memo, fathers.0, fathers.1);
    (alike < threshold).then_some((alike, fathers))
}

/// The father a name's key words name for sure: the word before a Turkic
/// patronymic particle, a given name before it (`ilham heidar oglu aliev`:
/// heidar), or the first of an Arabic nasab that goes on after it
/// (`muhamad bin naif bin abdulaziz al saud`: naif). A short form's `bin`
/// may open a family name (`Osama bin Laden`): it is not read so.
fn father<'a>(words: &[&'a str]) -> Option<&'a str> {
    if let Some(at) = words.iter().position(|w| score::is_particle(w)) {
        return (at >= 2).then(|| words[at - 1]);
    }
    let end = nasab_end(words)?;
    (end < words.len()).then(|| words[end - 1])
}

/// Where the first nasab element of a name's key words ends (after the
/// father's name: 3 in `muhamad bin naif bin abdulaziz`), if a given name
/// comes before it.
fn nasab_end(words: &[&str]) -> Option<usize> {
    let at = words
        .iter()
        .position(|w| score::NASAB_PARTICLES.contains(w))?;
    (at >= 1 && at + 1 < words.len() && !score::NASAB_PARTICLES.contains(&words[at + 1]))
        .then_some(at + 2)
}

/// Letters of a word as `unidecode` spells its first character, case-folded.
fn ascii_initial(word: &str) -> String {
    let first = word.chars().next().map(String::from).unwrap_or_default();
    casefold(&unidecode(&first))
}

/// Whether one name is written as the initials of the other's words (`IBM`,
/// `International Business Machines`): every word, or function words aside
/// (`IRISL`, `Islamic Republic of Iran Shipping Lines`), or words for a kind
/// of organisation at its end aside too (`... Group`); the words of its
/// legal form included (`UAC`, `United Aircraft Corporation`) or not.
fn acronym(pa: &Prepared, pb: &Prepared) -> bool {
    let sets = sets();
    for (short, long) in [(pa, pb), (pb, pa)] {
        if short.len() != 1 || !(2..=8).contains(&clen(short.word(0))) {
            continue;
        }
        let Some(written) = split_words(&short.text)
            .find(|w| is_upper_word(w) && w.chars().all(casefold::is_alpha))
        else {
            continue;
        };
        let written = casefold(&unidecode(written));
        // The words' initials as written (a key folds Ch and Sh into one
        // letter), and as their keys are (a transliterated acronym: ВТБ, VTB).
        let is_letter =
            |c: char| sets.re_word.contains(c) && !sets.re_digit.contains(c) && c != '_';
        let spelled: Vec<&str> = long
            .text
            .split(|c: char| !is_letter(c))
            .filter(|w| !w.is_empty() && w.chars().all(casefold::is_alpha))
            .collect();
        let spelled_keys: Vec<String> = spelled
            .iter()
            .map(|w| {
                let key = match_key(w, None);
                if key.is_empty() { (*w).to_owned() } else { key }
            })
            .collect();
        let readings: [(Vec<&str>, Vec<String>); 2] = [
            (
                long.words(),
                long.words()
                    .iter()
                    .map(|w| w.chars().next().map(String::from).unwrap_or_default())
                    .collect(),
            ),
            (
                spelled_keys.iter().map(String::as_str).collect(),
                spelled.iter().map(|w| ascii_initial(w)).collect(),
            ),
        ];
        for (keys, initials) in &readings {
            if keys.len() < 2 {
                continue;
            }
            let every: String = initials.concat();
            let content: String = keys
                .iter()
                .zip(initials)
                .filter(|(k, _)| !is_function_word(k))
                .map(|(_, i)| i.as_str())
                .collect();
            let mut end = keys.len();
            while end > 1 && marks_organisation(keys[end - 1]) {
                end -= 1; // a word for a kind of organisation after the name (Group)
            }
            let core: String = keys[..end]
                .iter()
                .zip(&initials[..end])
                .filter(|(k, _)| !is_function_word(k))
                .map(|(_, i)| i.as_str())
                .collect();
            let spells = |s: &str| s == every || s == content || s == core;
            if spells(short.word(0)) || spells(&written) {
                return true;
            }
        }
    }
    false
}

/// An upper bound, from optimal-string-alignment distances, of how alike two
/// key words (`x` < `y`) can score: as words of a name (initials and
/// given-name forms included) or, with `surname`, as a query word against a
/// surname (a Russian suffix on one side included).
fn bound(x: &str, y: &str, surname: bool) -> f64 {
    if x == y {
        return 1.0;
    }
    if !surname {
        if clen(x) == 1 || clen(y) == 1 {
            return if x.chars().next() == y.chars().next() {
                INITIAL_SIMILARITY
            } else {
                0.0
            };
        }
        if let Some(class) = score::given_name_class(x) {
            if score::given_name_class(y) == Some(class) {
                return 1.0;
            }
        }
        return score::similarity_bound(x, y);
    }
    let mut best = score::similarity_bound(x, y);
    for (longer, shorter) in [(x, y), (y, x)] {
        if let Some(end) = stem_end(longer).filter(|&end| end > 0) {
            best = py_max(
                best,
                SUFFIX_FACTOR * score::similarity_bound(&longer[..end], shorter),
            );
        }
    }
    best
}

fn ordered_bound(x: &str, y: &str, surname: bool) -> f64 {
    if x < y {
        bound(x, y, surname)
    } else {
        bound(y, x, surname)
    }
}

/// What pairing the words `x` and `y` can earn at most (see [`pair_words`]).
fn pair_bound(x: &str, y: &str) -> f64 {
    let b = ordered_bound(x, y, false);
    b * b * (clen(x) + clen(y)) as f64
}

/// Whether pairing words in any order is a reading of these names: for
/// companies, and for people's names of three words or more (several given
/// names); two people's names of two words are aligned as people only (one
/// long given name shared must not make `Aleksandr Li` `Aleksandr Lu`).
fn pairs_words(a: &[&str], b: &[&str], people: bool) -> bool {
    a.len() + b.len() > 2 && (!people || a.len().max(b.len()) > 2)
}

/// An upper bound of the person-alignment and word-pairing readings, or any
/// value of at least `need` as soon as one reading may reach it.
fn ceiling(a: &[&str], b: &[&str], people: bool, need: f64) -> f64 {
    let mut ceiling = 0.0;
    if people {
        for (query, name) in [(a, b), (b, a)] {
            if name.len() < 2 {
                continue;
            }
            let surname = name[name.len() - 1];
            let best = query
                .iter()
                .map(|w| ordered_bound(w, surname, true))
                .fold(f64::NEG_INFINITY, py_max);
            let person = if query.len() == 1 {
                best * SURNAME_ALONE_FACTOR
            } else {
                SURNAME_SHARE * best + (1.0 - SURNAME_SHARE)
            };
            if person >= need {
                return person;
            }
            ceiling = py_max(ceiling, person);
        }
    }
    if pairs_words(a, b, people) {
        // Each word pairs at most once, so the best pair of each word of
        // either name bounds what the pairing earns: the lower of the two
        // bounds, the same whichever name comes first.
        let total: usize = a.iter().chain(b).map(|w| clen(w)).sum();
        let bounds: Vec<Vec<f64>> = a
            .iter()
            .map(|x| b.iter().map(|y| pair_bound(x, y)).collect())
            .collect();
        let rows = bounds
            .iter()
            .map(|row| row.iter().copied().fold(f64::NEG_INFINITY, py_max))
            .fold(0.0, |sum, m| sum + m);
        let columns = (0..b.len())
            .map(|j| {
                bounds
                    .iter()
                    .map(|row| row[j])
                    .fold(f64::NEG_INFINITY, py_max)
            })
            .fold(0.0, |sum, m| sum + m);
        ceiling = py_max(ceiling, py_min(rows, columns) / total as f64);
    }
    ceiling
}

/// The most edits (each at least a vowel's) that keep `similarity_bound` of
/// two words of at most `length` letters at `floor` or above, with the
/// ending's cost when their last letters differ; None if none does.
fn edits_allowed(floor: f64, length: usize, ending: bool) -> Option<usize> {
    let mut allowed =
        (1.0 - floor) * (BUDGET_BASE + BUDGET_PER_LETTER * length as f64) / (1.0 - THRESHOLD);
    if ending {
        allowed -= ENDING_COST;
    }
    if allowed < 0.0 {
        return None;
    }
    Some((allowed / VOWEL_COST + 1e-9) as usize)
}

/// Whether the bound of `similarity_bound` reaches `floor`: whether the
/// optimal-string-alignment distance is within the largest allowed.
fn within(x: &str, y: &str, floor: f64) -> bool {
    let (nx, ny) = (clen(x), clen(y));
    let Some(edits) = edits_allowed(floor, nx.max(ny), x.chars().last() != y.chars().last()) else {
        return false;
    };
    if nx.abs_diff(ny) > edits {
        return false; // every letter of difference is an edit
    }
    distance::osa(x, y) <= edits
}

/// Whether [`ceiling`] reaches `need`, decided the cheap way for people's
/// names: a surname bound reaches `need` only if one distance is small
/// enough, which one optimal-string-alignment call with a cutoff says
/// ([`within`]), for each word of one name against the other's surname and,
/// when a Russian suffix is about, their stems.
fn may_align(pa: &Prepared, pb: &Prepared, people: bool, need: f64) -> bool {
    let (a, b) = (pa.words(), pb.words());
    if !people || pairs_words(&a, &b, people) {
        return ceiling(&a, &b, people, need) >= need;
    }
    let suffixed = pa.suffixed || pb.suffixed;
    let mut first_floor = None;
    for (second, (query, name)) in [(pa, pb), (pb, pa)].into_iter().enumerate() {
        if name.len() < 2 {
            continue;
        }
        let floor = if query.len() == 1 {
            need / SURNAME_ALONE_FACTOR
        } else {
            (need - (1.0 - SURNAME_SHARE)) / SURNAME_SHARE
        };
        if floor <= 0.0 {
            return true;
        }
        let last = name.len() - 1;
        let (surname, surname_stem) = (name.word(last), name.stem(last));
        let mut words = query.len();
        if second == 1 && first_floor == Some(floor) {
            words -= 1; // the two last words were checked from the other side
        }
        first_floor = Some(floor);
        let stem_floor = floor / SUFFIX_FACTOR;
        for i in 0..words {
            let word = query.word(i);
            if within(word, surname, floor) {
                return true;
            }
            if suffixed {
                if let Some(stem) = query.stem(i) {
                    if within(stem, surname, stem_floor) {
                        return true;
                    }
                }
                if let Some(stem) = surname_stem {
                    if within(stem, word, stem_floor) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// The score of two prepared names and the reading that gave it; with
/// `steps`, what was done is appended to it.
///
/// A score is the best of the readings worked out: below the threshold, and
/// above it, it may be a little lower than the best of all readings; the
/// verdict is the same.
pub fn score(
    pa: &Prepared,
    pb: &Prepared,
    threshold: f64,
    steps: &mut Option<Vec<Step>>,
) -> (f64, Method) {
    // A word one name joins into a compound and the other has as a name of
    // its own (Akayed Ullah, and Ullah, Akayed: a surname Ullah): the names
    // disagree on the compound, and are read with their words apart.
    let (pa, pb) = if (pa.apart.is_some() && pb.lone) || (pb.apart.is_some() && pa.lone) {
        (pa.written_apart(), pb.written_apart())
    } else {
        (pa, pb)
    };
    if let Some(steps) = steps {
        steps.push(Step::Keys(pa.words().join(" "), pb.words().join(" ")));
        if pa.legal.is_some() || pb.legal.is_some() {
            steps.push(Step::LegalForms {
                a: pa.legal.clone(),
                a_kind: pa.kind,
                b: pb.legal.clone(),
                b_kind: pb.kind,
            });
        }
    }
    if pa.len() == 0 || pb.len() == 0 {
        let same = pa.len() == pb.len() && pa.kind == pb.kind;
        return (if same { 1.0 } else { 0.0 }, Method::Whole);
    }
    let people = !(pa.org || pb.org);
    let (mut score, mut method) = (1.0, Method::Whole);
    if pa.whole != pb.whole {
        let (a, b) = (pa.words(), pb.words());
        // The names as single strings are new pairs, mostly: not remembered.
        let length = clen(&pa.whole).max(clen(&pb.whole));
        let mut whole = score::calibrate(score::edit_cost(&pa.whole, &pb.whole), length);
        // One name written in an abjad, the other not: its words are read
        // for the vowels it does not write.
        let apart = pa.abjad != pb.abjad;
        let across = apart.then(|| {
            let (abjad, full) = if pa.abjad { (pa, pb) } else { (pb, pa) };
            whole = py_max(whole, score::abjad_similarity(&abjad.whole, &full.whole));
            score::Memo::across(abjad.words(), full.words())
        });
        let memo = across.unwrap_or_default();
        score = whole;
        let need = py_max(whole, threshold);
        // Names that match well as single strings match: their words are
        // not aligned (it could only raise a score that is already a sure match).
        let sure = whole >= py_max(threshold, SURE);
        let (mut words, mut person_score) = (0.0, 0.0);
        if !sure && a.len() == 1 && b.len() == 1 {
            // One word each: perhaps forms of one given name (Dmitry, Dymitr).
            if clen(&pa.whole).min(clen(&pb.whole)) > 1 {
                words = if apart {
                    memo.given(a[0], b[0])
                } else {
                    score::given_similarity(a[0], b[0])
                };
            }
            if words > whole {
                (score, method) = (words, Method::Words);
                if let Some(steps) = steps {
                    steps.push(Step::WordsPaired(vec![(a[0].into(), b[0].into(), words)]));
                }
            }
        } else if !sure && !people {
            let mut notes = steps.as_ref().map(|_| Vec::new());
            words = organisation_similarity(&a, &b, &mut notes);
            if words > whole {
                (score, method) = (words, Method::Words);
                if let (Some(steps), Some(notes)) = (steps.as_mut(), notes) {
                    steps.push(Step::OrganisationWords(notes));
                }
            }
        } else if !sure && (apart || may_align(pa, pb, people, need)) {
            let mut word_notes = steps.as_ref().map(|_| Vec::new());
            let mut person_notes = steps.as_ref().map(|_| Vec::new());
            if people {
                person_score = person(&a, &b, &memo, &mut person_notes);
            }
            // Pairing words in any order is for what alignment as people
            // cannot explain (companies, names of several given names); once
            // the people match it would not change the verdict, and is skipped.
            let paired = pairs_words(&a, &b, people) && person_score < threshold;
            if paired {
                words = if apart {
                    pair_words(&a, &b, &memo, &mut word_notes)
                } else {
                    pair_words(&a, &b, &score::Direct, &mut word_notes)
                };
            }
            (score, method) = best(&[
                (whole, Method::Whole),
                (words, Method::Words),
                (person_score, Method::Person),
            ]);
            if let Some(steps) = steps {
                match method {
                    Method::Words if paired => {
                        if let Some(notes) = word_notes {
                            steps.push(Step::WordsPaired(notes));
                        }
                    }
                    Method::Person => {
                        if let Some(notes) = person_notes {
                            steps.push(Step::Person(notes));
                        }
                    }
                    _ => {}
                }
            }
        } else if let Some(steps) = steps {
            if sure {
                steps.push(Step::Sure);
            } else {
                steps.push(Step::Ceiling(ceiling(&a, &b, people, 1.0)));
            }
        }
        if score < ACRONYM_SCORE && (a.len() == 1 || b.len() == 1) && acronym(pa, pb) {
            (score, method) = (ACRONYM_SCORE, Method::Acronym);
            if let Some(steps) = steps {
                steps.push(Step::Acronym);
            }
        }
        if let Some(steps) = steps {
            steps.push(Step::Readings(whole, words, person_score));
        }
        if people {
            if let Some((cap, fathers)) = other_fathers(&a, &b, &memo, threshold) {
                if cap < score {
                    (score, method) = (cap, Method::Person);
                    if let Some(steps) = steps {
                        steps.push(Step::OtherFathers {
                            a: fathers.0.into(),
                            b: fathers.1.into(),
                            cap,
                        });
                    }
                }
            }
        }
    }
    if let Some(factor) = unlike(pa.kind, pb.kind, LEGAL_FORM_MISSING, LEGAL_FORM_MISMATCH) {
        score *= factor;
        if let Some(steps) = steps {
            if factor != 1.0 {
                steps.push(Step::LegalFormsDiffer(factor));
            }
        }
    }
    if disagree(&pa.numbers, &pb.numbers) {
        score *= NUMBERS_DIFFER;
        if let Some(steps) = steps {
            let written = |numbers: &[u32]| {
                let numbers: Vec<String> = numbers.iter().map(u32::to_string).collect();
                numbers.join(" ")
            };
            steps.push(Step::NumbersDiffer {
                a: written(&pa.numbers),
                b: written(&pb.numbers),
                factor: NUMBERS_DIFFER,
            });
        }
    }
    if let Some(factor) = unlike(
        pa.generation,
        pb.generation,
        GENERATION_MISSING,
        GENERATIONS_DIFFER,
    ) {
        score *= factor;
        if let Some(steps) = steps {
            steps.push(Step::Generations {
                a: pa.generation,
                b: pb.generation,
                factor,
            });
        }
    }
    (score, method)
}

/// The factor for two sides whose legal forms' kinds, or generations, are
/// not the same: `missing` when one side has none, `differ` when both have
/// one; None when they agree.
fn unlike<T: PartialEq>(a: Option<T>, b: Option<T>, missing: f64, differ: f64) -> Option<f64> {
    match (a, b) {
        (a, b) if a == b => None,
        (Some(_), Some(_)) => Some(differ),
        _ => Some(missing),
    }
}

/// `round(score, 6)` as Python rounds it (the score's last digits may
/// differ with the order of the names: rounded, it is symmetric): the
/// nearest double to the nearest millionth, ties to even.
pub fn round6(x: f64) -> f64 {
    let scaled = x * 1e6;
    if (scaled - scaled.floor() - 0.5).abs() < 1e-6 {
        return crate::languages::chars::round(x, 6); // near a tie: Python's way, exactly
    }
    scaled.round() / 1e6
}

/// How alike two names are: the score (not rounded), the reading that gave
/// it and, with `explain`, the steps. Names are read as given (the caller
/// bounds their length; identical texts are the caller's to short-cut).
pub fn compare(
    a: &str,
    b: &str,
    lang: Option<&str>,
    threshold: f64,
    explain: bool,
) -> (f64, Method, Option<Vec<Step>>) {
    let (pa, pb) = (prepare(a, lang), prepare(b, lang));
    let mut steps = explain.then(Vec::new);
    let (mut best, mut method) = score(&pa, &pb, threshold, &mut steps);
    let (spelt_a, spelt_b) = (
        other_readings(a, pa.org, b, lang),
        other_readings(b, pb.org, a, lang),
    );
    if spelt_a.is_empty() && spelt_b.is_empty() {
        return (best, method, steps);
    }
    // Each side as written and in each of its other readings; the pair as
    // written is scored above.
    let sides_a: Vec<&Prepared> = std::iter::once(&pa).chain(&spelt_a).collect();
    let sides_b: Vec<&Prepared> = std::iter::once(&pb).chain(&spelt_b).collect();
    let mut chosen = None;
    for (i, side_a) in sides_a.iter().enumerate() {
        for (j, side_b) in sides_b.iter().enumerate() {
            if i == 0 && j == 0 {
                continue;
            }
            let (s, m) = score(side_a, side_b, threshold, &mut None);
            if s > best {
                (best, method, chosen) = (s, m, Some((i, j)));
            }
        }
    }
    if let (Some((i, j)), true) = (chosen, explain) {
        // The steps of the reading that counted.
        let mut found = Some(Vec::new());
        score(sides_a[i], sides_b[j], threshold, &mut found);
        steps = found;
    }
    (best, method, steps)
}

/// The readings of a side besides the one as written (`org`: as written,
/// an organisation's name): in each Latin spelling of its script's
/// conventions ([`spelt`]), in the other East Slavic form of a Cyrillic
/// person's name ([`slavic_form`]), and without the nickname in quotes
/// between a person's names (`William “Bill” Clinton`, `Joaquín "El Chapo"
/// Guzmán`). In an organisation's name the quotes hold the name itself
/// (`Bank "Otkritie"`): it has no such reading.
fn other_readings(text: &str, org: bool, other: &str, lang: Option<&str>) -> Vec<Prepared> {
    let mut out = spelt(text, other, lang);
    if !org {
        out.extend(slavic_form(text, lang).map(|form| prepare(&form, lang)));
    }
    if let Some((start, stop)) = nickname(text) {
        let person = prepare(&format!("{} {}", &text[..start], &text[stop..]), lang);
        if !person.org {
            out.push(person);
        }
    }
    out
}

/// A Cyrillic name in the other East Slavic form the press writes it in:
/// a Ukrainian or Belarusian name in its Russian form (`Святлана
/// Ціханоўская`, `Светлана Тихановская`), a Russian name in its Belarusian
/// one (`Путин`, `Пуцін`), as the resolver expands a native name
/// ([`russian_form`], [`belarusian_form`]). Read for people's names only:
/// an organisation keeps the name it registered.
fn slavic_form(text: &str, lang: Option<&str>) -> Option<String> {
    if !has_cyrillic(text) {
        return None;
    }
    let source = lang.unwrap_or_else(|| detect_source(text));
    if source == "ru" {
        belarusian_form(text)
    } else {
        russian_form(text, Some(source))
    }
}

/// `text` prepared in each Latin spelling of its script's conventions
/// (none for Latin or Cyrillic text, for an abjad's, or when `other` is
/// in the same script: the keys compare them as they are).
fn spelt(text: &str, other: &str, lang: Option<&str>) -> Vec<Prepared> {
    if !scripts::has_script(text) || has_abjad(text) {
        return Vec::new();
    }
    let script = text.chars().find_map(scripts::script_of);
    if other.chars().any(|c| scripts::script_of(c) == script) {
        return Vec::new();
    }
    scripts::spellings(text, None)
        .iter()
        .map(|spelling| prepare(spelling, lang))
        .collect()
}
