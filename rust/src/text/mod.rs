//! The text layer: cleaning, transliteration and the keys names are compared by.
//!
//! Everything here gives, for every input, what the Python text layer gave
//! (`tests/golden/core/`): where Python's semantics are not Rust's (case
//! mappings, the character classes of `re` and `regex`, `unidecode`,
//! `unicodedata`'s Unicode version), the data comes from tables the Python
//! side generates (`scripts/build_core_data.py`, `rust/data/`).

pub mod casefold;
pub mod clean;
pub mod keys;
pub mod normalize;
pub mod pattern;
pub mod scripts;
pub mod translit;
pub mod unicode_sets;
pub mod unidecode;

/// The lines of an embedded table, without blank lines and `#` comments.
pub(crate) fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// A hex code point of a generated table.
pub(crate) fn code_point(hex: &str) -> char {
    u32::from_str_radix(hex, 16)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or_else(|| panic!("a hex code point, not {hex:?}"))
}

/// Python's `str.splitlines()`: the lines of `text`, split at every line
/// boundary Python knows (`\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`-`\x1e`,
/// `\x85`, U+2028, U+2029), without them. Tables are read line by line so.
pub(crate) fn py_splitlines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            lines.push(&text[start..i]);
            let mut end = i + c.len_utf8();
            if c == '\r' && chars.peek().is_some_and(|&(_, next)| next == '\n') {
                chars.next();
                end += 1;
            }
            start = end;
        }
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_lines_as_python_does() {
        assert_eq!(
            py_splitlines("a\nb\r\nc\rd\u{2028}e\n"),
            ["a", "b", "c", "d", "e"]
        );
        assert_eq!(py_splitlines("a\n\nb"), ["a", "", "b"]);
        assert!(py_splitlines("").is_empty());
    }
}
