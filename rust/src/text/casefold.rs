//! Python's `str.casefold` and `str.split()` white space, from tables the
//! Python side generates (`scripts/build_core_data.py`), so that keys made
//! here equal the keys Python made of the same text.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// Characters whose case fold is not themselves, and their folds.
static FOLDS: LazyLock<FxHashMap<char, Box<str>>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for line in data_lines(include_str!("../../data/casefold.tsv")) {
        let (from, to) = line
            .split_once('\t')
            .expect("casefold.tsv: code point, tab, fold");
        let folded: String = to.split(' ').map(code_point).collect();
        map.insert(code_point(from), folded.into_boxed_str());
    }
    map
});

/// The characters `str.split()` splits on.
static WHITESPACE: LazyLock<Vec<char>> = LazyLock::new(|| {
    data_lines(include_str!("../../data/whitespace.tsv"))
        .map(code_point)
        .collect()
});

fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

fn code_point(hex: &str) -> char {
    u32::from_str_radix(hex, 16)
        .ok()
        .and_then(char::from_u32)
        .expect("a hex code point")
}

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
    fn splits_as_python_does() {
        let words: Vec<&str> = split_words(" a\u{1c}b\u{a0}c\u{200b}d ").collect();
        assert_eq!(words, ["a", "b", "c\u{200b}d"]);
    }
}
