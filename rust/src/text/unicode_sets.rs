//! The character sets the text layer tests characters against, generated
//! from Python (`rust/data/unicode_sets.tsv`): each is defined by the Python
//! expression, or the `re` / `regex` class, that the Python text layer used,
//! so that a character is in a set here exactly when it matched there.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

/// A set of characters: a bitmap of the Basic Multilingual Plane, ranges above it.
pub struct CharSet {
    bmp: Box<[u64]>,
    astral: Vec<(u32, u32)>,
}

impl CharSet {
    fn new(ranges: &[(u32, u32)]) -> CharSet {
        let mut bmp = vec![0u64; 1024].into_boxed_slice();
        let mut astral = Vec::new();
        for &(first, last) in ranges {
            for cp in first..=last.min(0xFFFF) {
                bmp[(cp >> 6) as usize] |= 1 << (cp & 63);
            }
            if last > 0xFFFF {
                astral.push((first.max(0x10000), last));
            }
        }
        CharSet { bmp, astral }
    }

    /// Whether `c` is in the set.
    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let cp = c as u32;
        if cp <= 0xFFFF {
            return self.bmp[(cp >> 6) as usize] & (1 << (cp & 63)) != 0;
        }
        self.astral
            .binary_search_by(|&(first, last)| {
                if last < cp {
                    std::cmp::Ordering::Less
                } else if first > cp {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    }
}

/// Every set of `rust/data/unicode_sets.tsv` (its header defines each).
pub struct UnicodeSets {
    /// `str.isalpha()`.
    pub py_alpha: CharSet,
    /// `str.isupper()`.
    pub py_upper: CharSet,
    /// `str.islower()` or titlecase: a character that makes a word not `isupper()`.
    pub py_lower_or_title: CharSet,
    /// Cased (and not case-ignorable), for `str.lower`'s final sigma.
    pub py_cased: CharSet,
    /// Case-ignorable, for `str.lower`'s final sigma.
    pub py_case_ignorable: CharSet,
    /// Unassigned in CPython's `unicodedata` (which normalisation leaves alone).
    pub py_unassigned: CharSet,
    /// `re`'s `\w`.
    pub re_word: CharSet,
    /// `re`'s `\d`.
    pub re_digit: CharSet,
    /// `regex`'s `\w` (what its `\b` reads).
    pub regex_word: CharSet,
    /// `regex`'s `\s`.
    pub regex_space: CharSet,
    /// `regex`: `[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}]`.
    pub invisible: CharSet,
    /// `regex`: `[\p{Zs}\t\n\r\f\v\u2028\u2029]`.
    pub spaces: CharSet,
    /// `regex`: `\p{L}`.
    pub letter: CharSet,
    /// `regex`: `\p{M}`.
    pub mark: CharSet,
    /// `regex`: `\p{Nd}`.
    pub decimal: CharSet,
    /// `regex`: `[\p{P}\p{S}\s]`.
    pub edge_punct: CharSet,
    /// `regex`: `\p{Script=Latin}`.
    pub latin: CharSet,
    /// `regex`: `\p{Script=Cyrillic}`.
    pub cyrillic: CharSet,
}

static SETS: LazyLock<UnicodeSets> = LazyLock::new(|| {
    let mut ranges: FxHashMap<&str, Vec<(u32, u32)>> = FxHashMap::default();
    for line in super::data_lines(include_str!("../../data/unicode_sets.tsv")) {
        let mut cols = line.split('\t');
        let (Some(name), Some(first), Some(last)) = (cols.next(), cols.next(), cols.next()) else {
            panic!("unicode_sets.tsv: expected 'set<TAB>first<TAB>last', not {line:?}");
        };
        ranges.entry(name).or_default().push((
            super::code_point(first) as u32,
            super::code_point(last) as u32,
        ));
    }
    let mut take = |name: &str| {
        CharSet::new(
            &ranges
                .remove(name)
                .unwrap_or_else(|| panic!("unicode_sets.tsv has no set {name:?}")),
        )
    };
    let sets = UnicodeSets {
        py_alpha: take("py_alpha"),
        py_upper: take("py_upper"),
        py_lower_or_title: take("py_lower_or_title"),
        py_cased: take("py_cased"),
        py_case_ignorable: take("py_case_ignorable"),
        py_unassigned: take("py_unassigned"),
        re_word: take("re_word"),
        re_digit: take("re_digit"),
        regex_word: take("regex_word"),
        regex_space: take("regex_space"),
        invisible: take("invisible"),
        spaces: take("spaces"),
        letter: take("letter"),
        mark: take("mark"),
        decimal: take("decimal"),
        edge_punct: take("edge_punct"),
        latin: take("latin"),
        cyrillic: take("cyrillic"),
    };
    assert!(
        ranges.is_empty(),
        "unicode_sets.tsv: sets no one reads: {:?}",
        ranges.keys()
    );
    sets
});

/// The sets (loaded on first use).
#[inline]
pub fn sets() -> &'static UnicodeSets {
    &SETS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_hold_what_python_said() {
        let s = sets();
        assert!(
            s.py_alpha.contains('ж')
                && !s.py_alpha.contains('1')
                && s.py_alpha.contains('\u{2F800}')
        );
        assert!(
            s.re_word.contains('_') && s.re_word.contains('²') && !s.re_word.contains('\u{301}')
        );
        assert!(s.regex_word.contains('\u{301}') && s.regex_word.contains('\u{200D}'));
        assert!(s.re_digit.contains('٣') && !s.re_digit.contains('²'));
        assert!(s.invisible.contains('\u{200B}') && s.invisible.contains('\u{10FFFF}'));
        assert!(s.cyrillic.contains('ж') && s.latin.contains('ž') && !s.latin.contains('ж'));
        assert!(s.py_unassigned.contains('\u{0378}') && !s.py_unassigned.contains('a'));
        assert!(s.py_cased.contains('A') && s.py_case_ignorable.contains('\''));
    }
}
