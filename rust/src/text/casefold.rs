//! Python's case mappings (`str.casefold`, `str.lower`, `str.upper`,
//! `str.capitalize`) and `str.split()` white space, from tables the Python
//! side generates (`scripts/build_core_data.py`), so that keys made here
//! equal the keys Python made of the same text.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use super::unicode_sets::sets;
use super::{code_point, data_lines};

/// Characters whose case fold is not themselves, and their folds.
static FOLDS: LazyLock<FxHashMap<char, Box<str>>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for line in data_lines(include_str!("../../data/casefold.tsv")) {
        let (from, to) = line
            .split_once('\t')
            .expect("casefold.tsv: code point, tab, fold");
        map.insert(code_point(from), hex_string(to));
    }
    map
});

/// A character's lower, upper and title case, where one is not itself.
struct Cases {
    lower: Option<Box<str>>,
    upper: Option<Box<str>>,
    title: Option<Box<str>>,
}

static CASES: LazyLock<FxHashMap<char, Cases>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for line in data_lines(include_str!("../../data/case.tsv")) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [from, lower, upper, title] = cols[..] else {
            panic!("case.tsv: expected 'code point<TAB>lower<TAB>upper<TAB>title', not {line:?}");
        };
        let mapped = |hex: &str| (!hex.is_empty()).then(|| hex_string(hex));
        map.insert(
            code_point(from),
            Cases {
                lower: mapped(lower),
                upper: mapped(upper),
                title: mapped(title),
            },
        );
    }
    map
});

fn hex_string(hex: &str) -> Box<str> {
    hex.split(' ')
        .map(code_point)
        .collect::<String>()
        .into_boxed_str()
}

/// The characters `str.split()` splits on.
static WHITESPACE: LazyLock<Vec<char>> = LazyLock::new(|| {
    data_lines(include_str!("../../data/whitespace.tsv"))
        .map(code_point)
        .collect()
});

/// `text.casefold()`.
pub fn casefold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let folds = &*FOLDS;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match folds.get(&c) {
            Some(folded) => out.push_str(folded),
            None => out.push(c),
        }
    }
    out
}

/// `c.lower()` of one character alone (Σ alone is σ).
pub fn lower_char(c: char, out: &mut String) {
    match CASES.get(&c).and_then(|cases| cases.lower.as_deref()) {
        Some(lower) => out.push_str(lower),
        None => out.push(c),
    }
}

/// `c.upper()` of one character.
pub fn upper_char(c: char, out: &mut String) {
    match CASES.get(&c).and_then(|cases| cases.upper.as_deref()) {
        Some(upper) => out.push_str(upper),
        None => out.push(c),
    }
}

/// The characters whose lower case is more than one character (İ, whose lower case is i̇).
static LOWER_TO_SEVERAL: LazyLock<Vec<char>> = LazyLock::new(|| {
    CASES
        .iter()
        .filter(|(_, cases)| {
            cases
                .lower
                .as_deref()
                .is_some_and(|lower| lower.chars().nth(1).is_some())
        })
        .map(|(&c, _)| c)
        .collect()
});

/// Whether `c.lower()` is more than one character.
pub fn lowers_to_several(c: char) -> bool {
    !c.is_ascii() && LOWER_TO_SEVERAL.contains(&c)
}

/// What `str.lower` makes of the capital sigma at `i` of `chars`: final ς
/// after a cased letter (case-ignorable ones skipped) that no cased letter
/// follows, else σ (CPython's `handle_capital_sigma`).
fn sigma(chars: &[char], i: usize) -> char {
    let sets = sets();
    let ignorable = |c: char| sets.py_case_ignorable.contains(c);
    let cased = |c: char| sets.py_cased.contains(c);
    let before = chars[..i].iter().rev().find(|&&c| !ignorable(c));
    let mut last = before.is_some_and(|&c| cased(c));
    if last {
        let after = chars[i + 1..].iter().find(|&&c| !ignorable(c));
        last = after.is_none_or(|&c| !cased(c));
    }
    if last { 'ς' } else { 'σ' }
}

/// `chars[from..]` lower-cased as `str.lower` lower-cases them within `chars`.
fn lower_from(chars: &[char], from: usize, out: &mut String) {
    for (i, &c) in chars.iter().enumerate().skip(from) {
        if c == 'Σ' {
            out.push(sigma(chars, i));
        } else {
            lower_char(c, out);
        }
    }
}

/// `text.lower()`.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    lower_from(&chars, 0, &mut out);
    out
}

/// `text.upper()`.
pub fn upper(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        upper_char(c, &mut out);
    }
    out
}

/// `text.capitalize()`: the first character in title case, the rest in lower case.
pub fn capitalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        let mut bytes = text.bytes();
        if let Some(first) = bytes.next() {
            out.push(first.to_ascii_uppercase() as char);
            out.extend(bytes.map(|b| b.to_ascii_lowercase() as char));
        }
        return out;
    }
    let chars: Vec<char> = text.chars().collect();
    if let Some(&first) = chars.first() {
        match CASES.get(&first).and_then(|cases| cases.title.as_deref()) {
            Some(title) => out.push_str(title),
            None => out.push(first),
        }
        lower_from(&chars, 1, &mut out);
    }
    out
}

/// Whether `str.isupper()` holds for the one character `c`.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    sets().py_upper.contains(c)
}

/// Whether `str.isalpha()` holds for the one character `c`.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    sets().py_alpha.contains(c)
}

/// Whether `str.isspace()` holds for `c`.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f'
        );
    }
    WHITESPACE.binary_search(&c).is_ok()
}

/// `text.split()`: the words between runs of white space.
pub fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_space).filter(|word| !word.is_empty())
}

/// `text.strip()`: white space off both ends.
pub fn strip(text: &str) -> &str {
    text.trim_matches(is_space)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_as_python_does() {
        assert_eq!(casefold("Straße"), "strasse");
        assert_eq!(casefold("ΣΊΣΥΦΟΣ"), "σίσυφοσ");
        assert_eq!(casefold("Жээнбеков"), "жээнбеков");
        assert_eq!(casefold("ﬁ"), "fi");
    }

    #[test]
    fn cases_as_python_does() {
        assert_eq!(lower("ΣΊΣΥΦΟΣ"), "σίσυφος");
        assert_eq!(lower("ΑΣ'Β"), "ασ'β");
        assert_eq!(lower("ΑΣ' Β"), "ας' β");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(lower("İstanbul"), "i\u{307}stanbul");
        assert_eq!(upper("straße ǆ"), "STRASSE Ǆ");
        assert_eq!(capitalize("ǆemal"), "ǅemal");
        assert_eq!(capitalize("ßa"), "Ssa");
        assert_eq!(capitalize("zH"), "Zh");
        assert_eq!(capitalize("žas"), "Žas");
        assert_eq!(capitalize("aΣ"), "Aς");
        assert!(is_upper('Ж') && !is_upper('ж') && !is_upper('1'));
        assert!(lowers_to_several('İ') && !lowers_to_several('Ж'));
    }

    #[test]
    fn splits_as_python_does() {
        let words: Vec<&str> = split_words(" a\u{1c}b\u{a0}c\u{200b}d ").collect();
        assert_eq!(words, ["a", "b", "c\u{200b}d"]);
        assert_eq!(strip("\u{85} a b\u{3000}"), "a b");
    }
}
