//! Strings as Python sees them: lengths and places in characters, and the
//! few functions of Python's whose result the hypotheses depend on
//! (`round`, `str.isalpha`, `str.isalnum`).

use std::sync::LazyLock;

/// `len(s)`: the number of characters.
pub fn len(s: &str) -> usize {
    s.chars().count()
}

/// `s[-1]`, or `None` for an empty string.
pub fn last(s: &str) -> Option<char> {
    s.chars().next_back()
}

/// `s[-2]`, or `None`.
pub fn second_last(s: &str) -> Option<char> {
    s.chars().rev().nth(1)
}

/// `s[:-n]` for `n` characters (empty when `s` is shorter).
pub fn drop_last(s: &str, n: usize) -> &str {
    if n == 0 {
        return s;
    }
    match s.char_indices().rev().nth(n - 1) {
        Some((at, _)) => &s[..at],
        None => "",
    }
}

/// `s[-n:]` for `n` characters (all of `s` when it is shorter).
pub fn take_last(s: &str, n: usize) -> &str {
    if n == 0 {
        return "";
    }
    match s.char_indices().rev().nth(n - 1) {
        Some((at, _)) => &s[at..],
        None => s,
    }
}

/// `s[n:]` for `n` characters (empty when `s` is shorter).
pub fn skip(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((at, _)) => &s[at..],
        None => "",
    }
}

/// `s[:n]` for `n` characters (all of `s` when it is shorter).
pub fn keep(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

/// `s[: len(s) - len(ending)]` where `s` ends with `ending`.
pub fn strip<'a>(s: &'a str, ending: &str) -> &'a str {
    &s[..s.len() - ending.len()]
}

/// `(head, sep, tail) = s.rpartition(sep)`: `None` when `sep` is not in `s`.
pub fn rpartition(s: &str, sep: char) -> Option<(&str, &str)> {
    s.rfind(sep).map(|at| (&s[..at], &s[at + sep.len_utf8()..]))
}

/// Python's `round(x, digits)`: the nearest decimal with that many digits
/// (ties to even, on the exact binary value), as a float again.
pub fn round(x: f64, digits: usize) -> f64 {
    format!("{x:.digits$}").parse().unwrap_or(x)
}

/// `min(1.0, x)` as Python computes it.
pub fn at_most_one(x: f64) -> f64 {
    if 1.0 <= x { 1.0 } else { x }
}

/// The ranges of Python's `str.isalnum` characters: (first, last, whether `str.isalpha`).
static ALNUM: LazyLock<Vec<(u32, u32, bool)>> = LazyLock::new(|| {
    include_str!("../../data/alnum.tsv")
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let mut cells = line.split('\t');
            let mut code = || {
                u32::from_str_radix(cells.next().expect("alnum.tsv: first, last, class"), 16)
                    .expect("alnum.tsv: a hex code point")
            };
            let (first, last) = (code(), code());
            (first, last, line.ends_with('L'))
        })
        .collect()
});

fn alnum_class(c: char) -> Option<bool> {
    let cp = c as u32;
    let table = &*ALNUM;
    let at = table.partition_point(|&(_, last, _)| last < cp);
    table
        .get(at)
        .filter(|&&(first, _, _)| first <= cp)
        .map(|&(_, _, alpha)| alpha)
}

/// `c.isalpha()`.
pub fn is_alpha(c: char) -> bool {
    alnum_class(c) == Some(true)
}

/// `c.isalnum()`.
pub fn is_alnum(c: char) -> bool {
    alnum_class(c).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_count_characters() {
        assert_eq!(drop_last("žeen", 1), "žee");
        assert_eq!(drop_last("ž", 3), "");
        assert_eq!(take_last("helsingissä", 2), "sä");
        assert_eq!(skip("ääkkö", 2), "kkö");
        assert_eq!(keep("ääkkö", 2), "ää");
        assert_eq!(rpartition("pallo-poika-n", '-'), Some(("pallo-poika", "n")));
        assert_eq!(len("ääk"), 3);
    }

    #[test]
    fn round_ties_to_even_as_python_does() {
        assert_eq!(round(0.125, 2), 0.12);
        assert_eq!(round(0.375, 2), 0.38);
        assert_eq!(round(0.45 * 0.95, 4), 0.4275);
        assert_eq!(round(0.8 * 0.95 * 0.85, 6), 0.646);
    }

    #[test]
    fn python_letters() {
        assert!(is_alpha('ž') && is_alpha('ı') && is_alpha('ა'));
        assert!(!is_alpha('3') && is_alnum('3') && is_alnum('²'));
        assert!(
            !is_alpha('\u{93e}'),
            "a Devanagari vowel sign is not isalpha()"
        );
        assert!(!is_alnum('\'') && !is_alnum('-'));
    }
}
