//! Hangul into Latin, algorithmically from each syllable's jamo.
//!
//! - `rr`: the Revised Romanization of Korean (Ministry of Culture and
//!   Tourism notice 2000-8): initials g kk n d tt r m b pp s ss – j jj ch k t p h,
//!   finals k n t l m p ng; a final before a syllable without an initial
//!   consonant is carried over (liaison), ㄹ next to ㄹ or ㄴ is ll.
//! - `mr`: McCune–Reischauer (1939) without its breves and apostrophes, as
//!   names in it are usually written: k t p ch voiceless at the start of a
//!   word and voiced (g d b j) between voiced sounds, ŏ and ŭ as o and u.
//! - `customary`: a family name as Koreans customarily spell it in Latin
//!   letters (Kim, Lee, Park, Choi: `ko-surnames.tsv`), the given name in RR
//!   with a hyphen between its syllables (Moon Jae-in).
//! - `key`: the reading of names in Hangul for matching: RR, with the ㅡ
//!   that Korean spelling of foreign names puts after a consonant with no
//!   vowel of its own (블라디미르 Vladimir) left out.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::text::casefold::strip;
use crate::text::py_splitlines;

const INITIALS_RR: [&str; 19] = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h",
];
const VOWELS_RR: [&str; 21] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i",
];
const VOWELS_MR: [&str; 21] = [
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "u", "ui", "i",
];
/// The final consonants: their sound at the end of a syllable (RR and MR alike).
const FINALS: [&str; 28] = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t",
];
/// A final carried over to a following syllable without an initial consonant (RR liaison).
const FINALS_CARRIED: [&str; 28] = [
    "", "g", "kk", "gs", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "r", "m",
    "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "",
];

/// Index of ㄹ among initials and finals, of ㄴ among finals, of ㅡ and ㅣ among vowels, of ㅇ and ㅊ among initials.
const RIEUL_INITIAL: usize = 5;
const RIEUL_FINAL: usize = 8;
const NIEUN_FINAL: usize = 4;
const NIEUN_INITIAL: usize = 2;
const EU: usize = 18;
const I: usize = 20;
const IEUNG: usize = 11;
const CHIEUCH: usize = 14;
/// Index of ㅂ among initials.
const PIEUP: usize = 7;

/// Whether a ㅂ syllable `s` is the в of an East Slavic patronymic's ending
/// as Korean spells foreign names: 비치 (-vich) or 브나 (-vna) at the end of
/// a word (블라디미로비치 Vladimirovich, 알렉산드로브나 Aleksandrovna), after a
/// given name's two syllables at least.
fn patronymic_v(s: &Syllable, next: Option<&Syllable>, after: Option<&Syllable>) -> bool {
    let Some(n) = next else { return false };
    let last = after.is_none() && s.last == 0 && n.last == 0;
    last && ((s.vowel == I && n.initial == CHIEUCH && n.vowel == I)
        || (s.vowel == EU && n.initial == NIEUN_INITIAL && n.vowel == 0))
}

/// A syllable's jamo: initial, vowel, final (0: none).
#[derive(Debug, Clone, Copy)]
struct Syllable {
    initial: usize,
    vowel: usize,
    last: usize,
}

/// Whether `c` is a precomposed Hangul syllable.
pub fn is_syllable(c: char) -> bool {
    ('\u{ac00}'..='\u{d7a3}').contains(&c)
}

fn syllable(c: char) -> Option<Syllable> {
    is_syllable(c).then(|| {
        let s = c as usize - 0xac00;
        Syllable {
            initial: s / 588,
            vowel: (s % 588) / 28,
            last: s % 28,
        }
    })
}

/// The customary Latin spellings of family names (`ko-surnames.tsv`).
static SURNAMES: LazyLock<FxHashMap<String, String>> = LazyLock::new(|| {
    let text = include_str!("../../../../src/namenorm/translit/scripts/ko-surnames.tsv");
    py_splitlines(text)
        .into_iter()
        .filter(|line| !line.starts_with('#') && !strip(line).is_empty())
        .filter_map(|line| {
            let line = line.split('#').next().unwrap_or("");
            let mut cols = line.split('\t');
            Some((
                strip(cols.next()?).to_owned(),
                strip(cols.next()?).to_owned(),
            ))
        })
        .collect()
});

/// The family names of two syllables (남궁, 제갈, ...), in `ko-surnames.tsv` too.
fn surname_length(word: &[char]) -> usize {
    if word.len() >= 3 && SURNAMES.contains_key(&word[..2].iter().collect::<String>()) {
        2
    } else {
        1
    }
}

/// Whether a word of Hangul syllables looks like a whole Korean name
/// written without a space (family name and given name: 2 to 4 syllables).
fn is_name_word(word: &[char]) -> bool {
    (2..=4).contains(&word.len()) && word.iter().all(|&c| is_syllable(c))
}

/// Revised Romanization of a run of syllables (a word), `key` leaving out
/// the ㅡ of foreign names' consonant clusters; `names` stops the carrying
/// over at syllable boundaries marked by `breaks` (between a family and a
/// given name).
fn rr(word: &[Syllable], key: bool) -> String {
    let mut out = String::with_capacity(word.len() * 4);
    for (i, s) in word.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| word[p]);
        let next = word.get(i + 1);
        // the initial
        let carried = prev.is_some_and(|p| p.last != 0 && s.initial == IEUNG);
        if !carried {
            let after_rieul = prev.is_some_and(|p| p.last == RIEUL_FINAL || p.last == NIEUN_FINAL);
            if s.initial == RIEUL_INITIAL && after_rieul {
                out.push('l'); // ㄹㄹ, ㄴㄹ: ll (Silla)
            } else if s.initial == NIEUN_INITIAL && prev.is_some_and(|p| p.last == RIEUL_FINAL) {
                out.push('l'); // ㄹㄴ: ll
            } else if s.initial == RIEUL_INITIAL && prev.is_some_and(|p| matches!(p.last, 16 | 21))
            {
                out.push('n'); // ㅁㄹ, ㅇㄹ: n (Jongno)
            } else if key && i >= 2 && s.initial == PIEUP && patronymic_v(s, next, word.get(i + 2))
            {
                out.push('v'); // the в of a patronymic's -вич, -вна (-비치, -브나)
            } else {
                out.push_str(INITIALS_RR[s.initial]);
            }
        }
        // the vowel: a key leaves out the ㅡ of a consonant cluster (블라, 르 at the end)
        let epenthetic = key
            && s.vowel == EU
            && s.initial != IEUNG
            && (s.last == 0
                || (s.last == RIEUL_FINAL && next.is_some_and(|n| n.initial == RIEUL_INITIAL)));
        // and the ㅣ after ㅊ at the end of a word (-비치: -vich)
        let final_chi =
            key && s.vowel == I && s.initial == CHIEUCH && s.last == 0 && next.is_none();
        if !epenthetic && !final_chi {
            out.push_str(VOWELS_RR[s.vowel]);
        }
        // the final
        if s.last != 0 {
            match next {
                Some(n) if n.initial == IEUNG => out.push_str(FINALS_CARRIED[s.last]),
                Some(n) if s.last == RIEUL_FINAL && n.initial == RIEUL_INITIAL => out.push('l'),
                Some(n) if s.last == NIEUN_FINAL && n.initial == RIEUL_INITIAL => out.push('l'),
                _ => out.push_str(FINALS[s.last]),
            }
        }
    }
    out
}

/// McCune–Reischauer of a word (without breves and apostrophes).
fn mr(word: &[Syllable]) -> String {
    let mut out = String::with_capacity(word.len() * 4);
    for (i, s) in word.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| word[p]);
        // voiced between voiced sounds: after a vowel or a final n, l, m, ng
        let voiced = prev.is_some_and(|p| matches!(p.last, 0 | 4 | 8 | 16 | 21));
        let initial = match (s.initial, voiced) {
            (0, false) => "k",
            (0, true) => "g",
            (3, false) => "t",
            (3, true) => "d",
            (7, false) => "p",
            (7, true) => "b",
            (12, false) => "ch",
            (12, true) => "j",
            (13, _) => "tch",
            (9, _) if s.vowel == I || s.vowel == 16 => "sh", // 시, 쉬: shi
            (5, _) if prev.is_some_and(|p| p.last == RIEUL_FINAL || p.last == NIEUN_FINAL) => "l",
            (5, false) if i == 0 => "r",
            (k, _) => INITIALS_RR[k],
        };
        out.push_str(initial);
        out.push_str(VOWELS_MR[s.vowel]);
        if s.last != 0 {
            out.push_str(FINALS[s.last]);
        }
    }
    out
}

fn syllables(word: &[char]) -> Vec<Syllable> {
    word.iter().filter_map(|&c| syllable(c)).collect()
}

/// Capitalize the first letter.
fn cap(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().collect::<String>() + chars.as_str()
    })
}

/// The Latin of one word of syllables under `convention` (`rr`, `mr`,
/// `customary`, `key`); `whole_name`: the word is a whole name written
/// without a space (the family name is split off).
fn render_word(word: &[char], convention: &str, whole_name: bool) -> String {
    let split = if whole_name && is_name_word(word) {
        surname_length(word)
    } else {
        0
    };
    let (family, given) = word.split_at(split);
    let render = |part: &[char]| -> String {
        let syl = syllables(part);
        match convention {
            "mr" => mr(&syl),
            "key" => rr(&syl, true),
            "customary" => syl
                .iter()
                .map(|s| rr(std::slice::from_ref(s), false))
                .collect::<Vec<_>>()
                .join("-"),
            _ => rr(&syl, false),
        }
    };
    let given_latin = render(given);
    if family.is_empty() {
        return cap(&given_latin);
    }
    let family_latin = match convention {
        "customary" => SURNAMES
            .get(&family.iter().collect::<String>())
            .cloned()
            .unwrap_or_else(|| render(family)),
        _ => render(family),
    };
    format!("{} {}", cap(&family_latin), cap(&given_latin))
}

/// The Latin of a run of Hangul syllables (a word) under `convention`;
/// `whole_text`: the run is the whole name (then a 2- to 4-syllable word is
/// read as family name and given name).
pub fn render(run: &[char], convention: &str, whole_text: bool) -> String {
    render_word(run, convention, whole_text)
}

/// The conventions of Hangul, the default first.
pub const CONVENTIONS: &[(&str, &str)] = &[
    (
        "rr",
        "Revised Romanization (2000): Mun Jaein, Beulladimireu Putin",
    ),
    (
        "mr",
        "McCune–Reischauer (1939), without breves and apostrophes: Mun Chaein",
    ),
    (
        "customary",
        "customary family names (Kim, Lee, Park, Choi), the given name in RR, hyphenated: Moon Jae-in",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn r(text: &str, convention: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        render(&chars, convention, chars.len() == 3)
    }

    #[test]
    fn revised_romanization() {
        // Ministry of Culture and Tourism notice 2000-8: examples of the rules.
        assert_eq!(r("신라", "rr"), "Silla");
        assert_eq!(r("종로", "rr"), "Jongno");
        assert_eq!(r("부산", "rr"), "Busan");
        assert_eq!(r("블라디미르", "rr"), "Beulladimireu");
        assert_eq!(r("블라디미르", "key"), "Blladimir");
        assert_eq!(r("문재인", "rr"), "Mun Jaein");
        assert_eq!(r("문재인", "customary"), "Moon Jae-in");
        assert_eq!(r("박정희", "mr"), "Pak Chonghui");
    }

    #[test]
    fn patronymics_in_a_key() {
        // The National Institute of Korean Language's rules for Russian
        // (외래어 표기법): в before a vowel is ㅂ, so -вич is 비치, -вна 브나.
        assert_eq!(r("블라디미로비치", "key"), "Blladimirovich");
        assert_eq!(r("블라디미로비치", "rr"), "Beulladimirobichi");
        assert_eq!(r("알렉산드로브나", "key"), "Alleksandrovna");
        // too short for a given name and -vich
        let short: Vec<char> = "해비치".chars().collect();
        assert_eq!(render(&short, "key", false), "Haebich");
    }
}
