//! Unicode normalisation as Python's `unicodedata.normalize` does it.
//!
//! The `unicode-normalization` crate knows a newer Unicode than CPython 3.11
//! (14.0): a character assigned since then may decompose, compose or
//! reorder there, while `unicodedata` treats it as an unassigned starter
//! that nothing touches. Such a character stands apart: the text is
//! normalised piece by piece between the characters CPython has unassigned
//! (`py_unassigned`), which pass through as they are. That is exact, since
//! a character with no decomposition and combining class 0 that composes
//! with nothing blocks every composition and reordering across it; for every
//! character CPython knows, Unicode's stability policy keeps the data the
//! crate has equal to CPython's.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::unicode_sets::sets;

#[derive(Clone, Copy)]
enum Form {
    Nfc,
    Nfd,
    Nfkc,
}

fn push_normalized(piece: &str, form: Form, out: &mut String) {
    match form {
        Form::Nfc => out.extend(piece.nfc()),
        Form::Nfd => out.extend(piece.nfd()),
        Form::Nfkc => out.extend(piece.nfkc()),
    }
}

fn normalize(text: &str, form: Form) -> String {
    if text.is_ascii() {
        return text.to_owned();
    }
    let unassigned = &sets().py_unassigned;
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if !c.is_ascii() && unassigned.contains(c) {
            push_normalized(&text[start..i], form, &mut out);
            out.push(c);
            start = i + c.len_utf8();
        }
    }
    push_normalized(&text[start..], form, &mut out);
    out
}

/// `unicodedata.normalize("NFC", text)`.
pub fn nfc(text: &str) -> String {
    // Most text is in NFC already, which the quick check says for a fraction
    // of the cost of composing it. What it says of a text it says of every
    // piece between unassigned characters too (each character's property,
    // and the order of combining marks within a piece), so CPython's NFC of
    // the text is the text.
    if !text.is_ascii() && is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return text.to_owned();
    }
    normalize(text, Form::Nfc)
}

/// `unicodedata.normalize("NFD", text)`.
pub fn nfd(text: &str) -> String {
    normalize(text, Form::Nfd)
}

/// `unicodedata.normalize("NFKC", text)`.
pub fn nfkc(text: &str) -> String {
    normalize(text, Form::Nfkc)
}

/// `unicodedata.is_normalized("NFKC", text)`.
pub fn is_nfkc(text: &str) -> bool {
    text.is_ascii() || nfkc(text) == text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_as_python_does() {
        assert_eq!(nfc("Puti\u{301}n"), "Putín");
        assert_eq!(nfd("Ž"), "Z\u{30c}");
        assert_eq!(nfkc("ＦＳＢ ﬁ"), "FSB fi");
        assert!(!is_nfkc("ﬁ") && is_nfkc("Žeenbekov"));
        // Kirat Rai (Unicode 16) composes in the crate, not in CPython 3.11.
        assert_eq!(nfc("\u{16D63}\u{16D67}"), "\u{16D63}\u{16D67}");
        // A mark CPython does not know (Unicode 15) reorders nothing.
        assert_eq!(nfc("a\u{1E4EC}\u{301}"), "a\u{1E4EC}\u{301}");
    }
}
