//! Arabic compound names written apart, read as one word.
//!
//! Many Arabic names (and the Persian, Urdu and Turkish names built on
//! them) are a noun and `Allah` (`Ruhollah`, `روح الله`), a noun and
//! `al-Din` (`Najmuddin`, `نجم الدين`, `Salah ad-Din`) or `Abd` and a name
//! of God (`Abdulaziz`, `Abd al-Aziz`, `عبد العزيز`), written as one word
//! or as two or three. The parts are not names of their own: read apart,
//! the `Allah` of `روح الله` (key `ale`) is a given name to pair with
//! `Ali`, and `Najm al-Din` has a given name more than `Necmeddin`. So a
//! name's key words are joined where the table (`data/compound_names.tsv`)
//! says a word joins its neighbour, with the article between them, into
//! the word the name written as one has: the letter doubled at the seam
//! once, as keys write a doubled letter (`Abd ar-Rahman`, `abdarahman`).
//!
//! Some of these words are names of their own too: a surname `Ullah` or
//! `Uddin`, a given name `Abdul`. When one name joins a compound and the
//! other has such a word alone (`Akayed Ullah`, `Ullah, Akayed`), the two
//! are read with their words apart ([`super::score`]).

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::table_rows;
use crate::score::is_particle_word;

/// What a word of a compound name does (`data/compound_names.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// It joins the word before it (`Allah`, `Eddin`).
    Before,
    /// It joins the word after it (`Abd`, `Abdul`).
    After,
    /// The article (`al`, `ad`): it joins with what it stands between.
    Article,
}

/// When a word of the table plays its role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Condition {
    /// Wherever it is.
    Always,
    /// Only after an article (`Din` of `al-Din`).
    AfterArticle,
    /// Only in a name written in an abjad (`ale`, the key of Persian `الله`).
    Abjad,
}

static WORDS: LazyLock<FxHashMap<&'static str, (Role, Condition)>> = LazyLock::new(|| {
    let mut words = FxHashMap::default();
    for (line, cells) in table_rows(include_str!(
        "../../../src/namenorm/data/compound_names.tsv"
    )) {
        let (word, role, condition) = match cells[..] {
            [word, role] => (word, role, ""),
            [word, role, condition] => (word, role, condition),
            _ => panic!("data/compound_names.tsv:{line}: write word<TAB>role<TAB>condition"),
        };
        let role = match role {
            "before" => Role::Before,
            "after" => Role::After,
            "article" => Role::Article,
            _ => {
                panic!("data/compound_names.tsv:{line}: the role must be before, after or article")
            }
        };
        let condition = match condition {
            "" => Condition::Always,
            "article" => Condition::AfterArticle,
            "abjad" => Condition::Abjad,
            _ => panic!("data/compound_names.tsv:{line}: the condition must be article or abjad"),
        };
        words.insert(word, (role, condition));
    }
    words
});

/// The role the word plays in a name (written in an abjad or not).
fn role(word: &str, abjad: bool) -> Option<(Role, Condition)> {
    WORDS
        .get(word)
        .copied()
        .filter(|&(_, condition)| abjad || condition != Condition::Abjad)
}

fn is_article(word: &str) -> bool {
    matches!(WORDS.get(word), Some((Role::Article, _)))
}

/// A word a compound may take in: a name's own word, not a particle (`bin`,
/// `abu`, an article).
fn joinable(word: &str) -> bool {
    !is_particle_word(word) && !is_article(word)
}

/// The key of a name (`abjad`: written in an abjad) with the words of each
/// compound name written as one word; and whether a word that makes a
/// compound with its neighbour stands alone, nothing to join beside it
/// (`Ullah, Akayed`: the surname Ullah first).
pub fn join(key: &str, abjad: bool) -> (Cow<'_, str>, bool) {
    let joins = |w: &str| matches!(role(w, abjad), Some((Role::Before | Role::After, _)));
    if !key.split(' ').any(joins) {
        return (Cow::Borrowed(key), false); // most names: nothing to join
    }
    let words: Vec<&str> = key.split(' ').collect();
    let n = words.len();
    // glued[i]: word i and word i + 1 are one word.
    let mut glued = vec![false; n.saturating_sub(1)];
    let mut alone = Vec::new();
    for (i, word) in words.iter().enumerate() {
        match role(word, abjad) {
            Some((Role::After, _)) => {
                let mut last = i + 1;
                if last + 1 < n && is_article(words[last]) {
                    last += 1;
                }
                if last < n && joinable(words[last]) {
                    glued[i..last].fill(true);
                } else {
                    alone.push(i);
                }
            }
            Some((Role::Before, condition)) => {
                let article = i >= 2 && is_article(words[i - 1]);
                if condition == Condition::AfterArticle && !article {
                    continue; // another word (Din, Ngo Dinh Diem's din)
                }
                let first = if article { i - 2 } else { i.wrapping_sub(1) };
                if i > 0 && joinable(words[first]) {
                    glued[first..i].fill(true);
                } else {
                    alone.push(i);
                }
            }
            _ => {}
        }
    }
    // A word a compound took in from the other side is not alone (the
    // Allah of Abd Allah).
    let is_glued = |i: usize| (i > 0 && glued[i - 1]) || glued.get(i).copied().unwrap_or(false);
    let lone = alone.into_iter().any(|i| !is_glued(i));
    if !glued.contains(&true) {
        return (Cow::Borrowed(key), lone);
    }
    let mut out = String::with_capacity(key.len());
    for (i, word) in words.iter().enumerate() {
        if i > 0 && !glued[i - 1] {
            out.push(' ');
        }
        let mut letters = word.chars();
        if i > 0 && glued[i - 1] && out.ends_with(|c| word.starts_with(c)) {
            letters.next(); // a letter doubled at the seam, written once
        }
        out.extend(letters);
    }
    (Cow::Owned(out), lone)
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn compounds_written_apart_are_one_word() {
        for (key, abjad, joined) in [
            ("ruh ale hmini", true, "ruhale hmini"),   // روح الله خمینی
            ("hbib al la mhmd", true, "hbibala mhmd"), // حبيب الله محمد
            ("ruh alah homeini", false, "ruhalah homeini"),
            ("habib ulah", false, "habibulah"),
            ("nim al din blal ardugan", true, "nimaldin blal ardugan"),
            ("salah ad din", false, "salahadin"),
            ("nur edine", false, "nuredine"),
            ("bd al ziz", true, "bdalziz"), // عبد العزيز, as عبدالعزيز
            ("bd al la", true, "bdala"),    // عبد الله, as عبدالله
            ("abd ar rahman", false, "abdarahman"),
            ("abdel fatah el sisi", false, "abdelfatah el sisi"),
            ("abd alah", false, "abdalah"),
            ("ala edine", false, "alaedine"), // Alaa Eddine
        ] {
            assert_eq!(join(key, abjad), (joined.into(), false), "{key}");
        }
    }

    #[test]
    fn words_alone_stay_apart() {
        for (key, abjad, lone) in [
            ("ali hamenei", false, false),
            ("ngo din diem", false, false), // Din without an article
            ("van den berg", false, false),
            ("mohamed ala", false, false), // Alaa in Latin letters
            ("han ale", false, false),
            ("mohamed abdul", false, true),     // Abdul last
            ("abdul bin mohamed", false, true), // a particle
            ("ulah akaied", false, true),       // nothing before it
            ("al la", true, false),             // Allah alone, its article first
        ] {
            assert_eq!(join(key, abjad), (key.into(), lone), "{key}");
        }
    }
}
