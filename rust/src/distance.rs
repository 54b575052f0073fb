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

/// Strings of more bytes than this find each letter's positions in a table
/// by code (zeroed once per call): for a whole name, scanning its distinct
/// letters for every letter of the other string costs more.
const SCAN_BYTES: usize = 16;

/// Each letter's positions in the first string, as bits.
trait Positions {
    fn of(&self, c: char) -> u64;
}

/// The distinct letters with their positions, scanned (short strings).
struct Scanned<'a>(&'a [(char, u64)]);

impl Positions for Scanned<'_> {
    #[inline]
    fn of(&self, c: char) -> u64 {
        self.0.iter().find(|(l, _)| *l == c).map_or(0, |&(_, m)| m)
    }
}

/// ASCII letters by code, the others scanned (long strings).
struct Indexed<'a> {
    ascii: &'a [u64; 128],
    other: &'a [(char, u64)],
}

impl Positions for Indexed<'_> {
    #[inline]
    fn of(&self, c: char) -> u64 {
        if c.is_ascii() {
            self.ascii[c as usize]
        } else {
            Scanned(self.other).of(c)
        }
    }
}

/// Hyyrö (2001, 2003): the distance column held in bit vectors, one bit per
/// character of `a`; None when `a` has more than 64 characters.
fn bit_parallel(a: &str, b: &str, transpositions: bool) -> Option<usize> {
    let mut letters: [(char, u64); 64] = [('\0', 0); 64];
    let (mut distinct, mut n) = (0, 0);
    if a.len() > SCAN_BYTES {
        let mut ascii = [0u64; 128];
        for c in a.chars() {
            if n == 64 {
                return None;
            }
            if c.is_ascii() {
                ascii[c as usize] |= 1 << n;
            } else {
                note(&mut letters, &mut distinct, c, n);
            }
            n += 1;
        }
        let positions = Indexed {
            ascii: &ascii,
            other: &letters[..distinct],
        };
        return Some(columns(n, &positions, b, transpositions));
    }
    for c in a.chars() {
        note(&mut letters, &mut distinct, c, n);
        n += 1;
    }
    Some(columns(
        n,
        &Scanned(&letters[..distinct]),
        b,
        transpositions,
    ))
}

/// Letter `c` is at place `n`: its mask among the first `distinct` of
/// `letters` gains that bit, or it is added.
#[inline]
fn note(letters: &mut [(char, u64); 64], distinct: &mut usize, c: char, n: usize) {
    match letters[..*distinct].iter_mut().find(|(l, _)| *l == c) {
        Some((_, mask)) => *mask |= 1 << n,
        None => {
            letters[*distinct] = (c, 1 << n);
            *distinct += 1;
        }
    }
}

/// The distance of `b` to a string of `n` (at most 64) characters whose
/// letters are at `positions`.
#[inline]
fn columns(n: usize, positions: &impl Positions, b: &str, transpositions: bool) -> usize {
    if n == 0 {
        return b.chars().count();
    }
    let (mut vp, mut vn, mut d0, mut previous) = (!0u64, 0u64, 0u64, 0u64);
    let last = 1u64 << (n - 1);
    let mut distance = n;
    for c in b.chars() {
        let pm = positions.of(c);
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
    distance
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
            // Short strings are scanned, longer ones indexed (SCAN_BYTES).
            let a: String = (0..next(40)).map(|_| alphabet[next(6)]).collect();
            let b: String = (0..next(40)).map(|_| alphabet[next(6)]).collect();
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
