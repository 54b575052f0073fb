//! Edit distances between short strings, by characters: the words and keys
//! of names.
//!
//! Hyyrö's bit-parallel algorithms, as rapidfuzz runs them, with the table
//! of each letter's positions built by a scan of the first string (at most
//! 64 characters) instead of a 256-entry table zeroed for every call: for
//! strings of a name's length that table is most of a distance's cost.
//! Longer strings go to rapidfuzz. The distances are rapidfuzz's, exactly
//! (a test compares them).

use rapidfuzz::distance::{levenshtein as rf_levenshtein, osa as rf_osa};

/// The optimal-string-alignment distance (Levenshtein with adjacent transpositions).
pub fn osa(a: &str, b: &str) -> usize {
    bit_parallel(a, b, true).unwrap_or_else(|| rf_osa::distance(a.chars(), b.chars()))
}

/// The Levenshtein distance.
pub fn levenshtein(a: &str, b: &str) -> usize {
    bit_parallel(a, b, false).unwrap_or_else(|| rf_levenshtein::distance(a.chars(), b.chars()))
}

/// Hyyrö (2001, 2003): the distance column held in bit vectors, one bit per
/// character of `a`; None when `a` has more than 64 characters.
fn bit_parallel(a: &str, b: &str, transpositions: bool) -> Option<usize> {
    let mut letters: [(char, u64); 64] = [('\0', 0); 64];
    let (mut distinct, mut n) = (0, 0);
    for c in a.chars() {
        if n == 64 {
            return None;
        }
        match letters[..distinct].iter_mut().find(|(l, _)| *l == c) {
            Some((_, mask)) => *mask |= 1 << n,
            None => {
                letters[distinct] = (c, 1 << n);
                distinct += 1;
            }
        }
        n += 1;
    }
    if n == 0 {
        return Some(b.chars().count());
    }
    let letters = &letters[..distinct];
    let (mut vp, mut vn, mut d0, mut previous) = (!0u64, 0u64, 0u64, 0u64);
    let last = 1u64 << (n - 1);
    let mut distance = n;
    for c in b.chars() {
        let pm = letters.iter().find(|(l, _)| *l == c).map_or(0, |&(_, m)| m);
        // A transposition: this letter matched one place on, the previous one place back.
        let transposed = if transpositions {
            ((!d0 & pm) << 1) & previous
        } else {
            0
        };
        d0 = ((pm & vp).wrapping_add(vp) ^ vp) | pm | vn | transposed;
        let hp = vn | !(d0 | vp);
        let hn = d0 & vp;
        distance += usize::from(hp & last != 0);
        distance -= usize::from(hn & last != 0);
        let hp = (hp << 1) | 1;
        let hn = hn << 1;
        vp = hn | !(d0 | hp);
        vn = hp & d0;
        previous = pm;
    }
    Some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_are_rapidfuzz_s() {
        let alphabet = ['a', 'b', 'ž', 'c', 'ĥ', ' '];
        let mut seed = 7u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for _ in 0..50_000 {
            let a: String = (0..next(14)).map(|_| alphabet[next(6)]).collect();
            let b: String = (0..next(14)).map(|_| alphabet[next(6)]).collect();
            assert_eq!(
                osa(&a, &b),
                rf_osa::distance(a.chars(), b.chars()),
                "{a:?} {b:?}"
            );
            assert_eq!(
                levenshtein(&a, &b),
                rf_levenshtein::distance(a.chars(), b.chars()),
                "{a:?} {b:?}"
            );
        }
        for (a, b) in [
            ("ab".repeat(40), "ba".to_owned()),
            ("ba".into(), "ab".repeat(40)),
        ] {
            assert_eq!(osa(&a, &b), rf_osa::distance(a.chars(), b.chars()));
            assert_eq!(
                levenshtein(&a, &b),
                rf_levenshtein::distance(a.chars(), b.chars())
            );
        }
        assert_eq!((osa("ab", "ba"), levenshtein("ab", "ba")), (1, 2));
        assert_eq!((osa("", "abc"), levenshtein("abc", "")), (3, 3));
    }
}
