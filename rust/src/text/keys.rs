//! Matching keys (see `namenorm.keys`): the same functions fold gazetteer
//! names (once, at index build) and queries.

use unicode_normalization::UnicodeNormalization;

/// Apostrophes folded to one (`'`) by [`exact_key`].
const APOSTROPHES: &[char] = &['\'', '`', '´', 'ʼ', '’', '‘', 'ʹ', 'ʺ'];

/// Case-folded, NFC, apostrophes and separators unified: `Varsinais–Suomi`
/// is `varsinais-suomi`, `Žeenbekov’s` is `žeenbekov's`.
pub fn exact_key(text: &str) -> String {
    let folded: String = crate::text::casefold::casefold(text).nfc().collect();
    let unified: String = folded
        .chars()
        .map(|c| match c {
            c if APOSTROPHES.contains(&c) => '\'',
            '_' => ' ',
            '–' => '-',
            c => c,
        })
        .collect();
    crate::text::casefold::split_words(&unified)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_key_examples() {
        assert_eq!(exact_key("Varsinais–Suomi"), "varsinais-suomi");
        assert_eq!(exact_key("Žeenbekov’s"), "žeenbekov's");
        assert_eq!(exact_key("  STRASSE_Nord "), "strasse nord");
        assert_eq!(exact_key("Straße"), "strasse");
    }
}
