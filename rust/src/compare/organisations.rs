//! Organisations' names: their words paired as a screening analyst pairs them.
//!
//! A company's name, once its legal form is set aside, is a few words of
//! unequal weight: the distinctive ones that say which company it is
//! (`Sberbank`, `Gazprom`, `Neft`), words that say what kind of organisation
//! it is (`Bank`, `Company`, `Group`), places (`of Russia`) and function
//! words (`of`, `the`, `и`). Each word's role comes from `data/org_words.tsv`;
//! the rules that use them:
//!
//! - function words are left out; a word of a kind of organisation, and a
//!   place before the distinctive words, after `of`, in the genitive or
//!   before a word of a kind (`Aeroflot Russian Airlines`), weigh
//!   [`GENERIC_WEIGHT`] of a distinctive word of as many letters, so
//!   that `VTB Bank` is `VTB` and `Sberbank of Russia` is `Sberbank`, while
//!   `Gazprom Neft` is not `Gazprom`, nor `Gazprom Germania`;
//! - two places agree when they name one country (`Russia`, `Rossii`, `России`);
//! - a Russian or Ukrainian adjective made from a place's name is that
//!   place (`Уральский`, `Ural`; `Норильский`, `Norilsk`; `Казахстанский`,
//!   `Kazakhstan`): [`place_stem`]; so is a place's possessive (`Iran's`);
//! - two distinctive words agree when they are one word in two languages
//!   (`Finance`, `Finansovaya`; `Insurance`, `Strakhovoi`) and weigh as
//!   distinctive words still: `Sberbank Finance` is not `Sberbank Insurance`;
//! - an abbreviation stands for the words whose initials it spells, in
//!   order, function words aside (`PKN Orlen` / `Polski Koncern Naftowy Orlen`);
//! - a word pairs with two neighbouring words of the other name that it
//!   writes as one (`Alkhamael` / `Al Khamail`, `EuroChem` / `Euro Chem`);
//! - the words left are paired in any order, best pairs first, as people's
//!   words are ([`given_similarity`]); a name's score is the weight of what
//!   pairs (each pair's similarity squared) over the weight of both names;
//! - when each name keeps a word the other lacks (`Alfa-Bank` / `Alfa
//!   Group`), they name two organisations more likely than one: the score
//!   is multiplied by [`BOTH_EXTRA`].
//!
//! Words are match keys: the rules see one spelling for every script and
//! transliteration.

use std::cell::OnceCell;
use std::cmp::Ordering;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::{OrgNote, table_rows};
use crate::score::{
    Projections, VOWEL_COST, calibrate, clen, given_name_class, given_similarity_of, projections,
    similarity_bound,
};
use crate::text::keys::match_key;

/// The weight of a word of a kind of organisation, or of a place, against a
/// distinctive word of as many letters.
pub const GENERIC_WEIGHT: f64 = 0.15;
/// The factor when each name keeps a word the other lacks.
pub const BOTH_EXTRA: f64 = 0.85;
/// A distinctive word weighs as many letters as it has, and at least this
/// many: a short word (`AST`, `Neft`) tells two companies apart as well as a long one.
pub const MIN_LETTERS: usize = 5;
/// Words less alike than this are not paired.
pub const PAIR_FLOOR: f64 = 0.5;
/// How alike a word and two words of the other name written together must
/// be to be paired (`Alkhamael` / `Al Khamail`).
pub const JOIN_FLOOR: f64 = 0.8;
/// The share of their weight an abbreviation and the words whose initials
/// it spells earn (other pairs earn their similarity squared).
pub const ACRONYM_SIMILARITY: f64 = 0.9;
/// The shortest and the longest abbreviation read as one (letters).
pub const ACRONYM_LETTERS: (usize, usize) = (2, 6);

/// A word's role in organisations' names (`data/org_words.tsv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    /// A function word people's names have too (`de`, `la`, `и`): left out.
    Stop,
    /// A function word people's names lack (`of`, `the`, `&`): left out.
    Link,
    /// A word for a kind of organisation, by the match key of the word it stands for.
    Generic(String),
    /// A distinctive word, by the match key of the word it translates
    /// (`finansovaya`: `finance`): words of one meaning agree.
    Means(String),
    /// A place, by its country's code (or a city's, `RU-Moscow`); `of`: in the genitive.
    Place { code: String, of: bool },
}

impl Role {
    /// The role as `namenorm.organisations.word_roles` writes it.
    pub fn label(&self) -> String {
        match self {
            Role::Stop => "stop".into(),
            Role::Link => "link".into(),
            Role::Generic(word) => format!("generic:{word}"),
            Role::Means(word) => format!("means:{word}"),
            Role::Place { code, of: false } => format!("place:{code}"),
            Role::Place { code, of: true } => format!("place:{code}:of"),
        }
    }
}

/// The endings of Russian and Ukrainian adjectives as Latin letters write
/// them (Федеральная Federalnaya, Российской Rossiiskoi, Внешней Vneshnei,
/// Державне Derzhavne): a stem of `data/org_words.tsv` (`federaln-`) stands
/// for the stem with each of them.
const ADJECTIVE_ENDINGS: [&str; 27] = [
    "y", "yi", "yy", "iy", "ii", "i", "aya", "yaya", "a", "oe", "oye", "ee", "e", "ogo", "ego",
    "oho", "oi", "oy", "ei", "ye", "ie", "ykh", "ikh", "ym", "im", "uyu", "om",
];

static ROLES: LazyLock<FxHashMap<String, Role>> = LazyLock::new(|| {
    let mut roles = FxHashMap::default();
    let mut declined = FxHashMap::default();
    for (line, cells) in table_rows(include_str!("../../../src/namenorm/data/org_words.tsv")) {
        let [word, role] = cells[..] else {
            panic!("data/org_words.tsv:{line}: write word<TAB>role, not {cells:?}");
        };
        let stem = word.strip_suffix('-').filter(|stem| !stem.is_empty());
        let key = if word == "&" {
            word.to_owned()
        } else {
            match_key(stem.unwrap_or(word), None)
        };
        let Some(parsed) = parse_role(role, &key) else {
            panic!(
                "data/org_words.tsv:{line}: the role must be stop, link, generic, generic:WORD, means:WORD or place:XX"
            );
        };
        let Some(stem) = stem else {
            roles.insert(key, parsed);
            continue;
        };
        // A stem stands for an adjective: it names a kind, a meaning or a place.
        if !role.contains(':') || matches!(parsed, Role::Place { of: true, .. }) {
            panic!(
                "data/org_words.tsv:{line}: a stem's role is generic:WORD, means:WORD or place:XX"
            );
        }
        for ending in ADJECTIVE_ENDINGS {
            declined.insert(match_key(&format!("{stem}{ending}"), None), parsed.clone());
        }
    }
    // A word the table has as it is keeps its own role (`natsionalnaya`).
    for (key, role) in declined {
        roles.entry(key).or_insert(role);
    }
    roles
});

/// A role as `data/org_words.tsv` writes it, for the word of match key `key`.
fn parse_role(role: &str, key: &str) -> Option<Role> {
    let (kind, value) = role.split_once(':').unwrap_or((role, ""));
    Some(match (kind, value) {
        ("stop", "") => Role::Stop,
        ("link", "") => Role::Link,
        ("generic", "") => Role::Generic(key.to_owned()),
        ("generic", word) => Role::Generic(match_key(word, None)),
        ("means", word) if !word.is_empty() => Role::Means(match_key(word, None)),
        ("place", place)
            if place.chars().take(2).count() == 2
                && place.chars().take(2).all(|c| c.is_ascii_uppercase()) =>
        {
            match place.strip_suffix(":of") {
                Some(code) => Role::Place {
                    code: code.to_owned(),
                    of: true,
                },
                None => Role::Place {
                    code: place.to_owned(),
                    of: false,
                },
            }
        }
        _ => return None,
    })
}

/// Adjective endings as match keys write them (`ий` and `yi` alike).
static KEYED_ADJECTIVE_ENDINGS: LazyLock<Vec<String>> = LazyLock::new(|| {
    ADJECTIVE_ENDINGS
        .iter()
        .map(|e| match_key(e, None))
        .collect()
});

/// The stem that a place's name and the adjectives made from it share:
/// the key before a final `sk` (`norilsk`, `noril`) or before `sk` and an
/// adjective ending (`uralskii`, `ural`; `norilskii`, `noril`). A stem
/// shorter than four letters is none (`Minsk`, `risk`: too many words end so).
pub fn place_stem(key: &str) -> Option<&str> {
    let at = key.rfind("sk")?;
    let ending = &key[at + 2..];
    let stem = &key[..at];
    let adjective = ending.is_empty() || KEYED_ADJECTIVE_ENDINGS.iter().any(|e| e == ending);
    (adjective && clen(stem) >= 4).then_some(stem)
}

/// The role of a match key, if the table gives it one.
pub fn role(word: &str) -> Option<&'static Role> {
    ROLES.get(word)
}

/// Every word of the table (its match key) with its role, sorted by word.
pub fn word_roles() -> Vec<(&'static str, &'static Role)> {
    let mut out: Vec<_> = ROLES.iter().map(|(k, r)| (k.as_str(), r)).collect();
    out.sort_unstable_by(|a, b| a.0.cmp(b.0));
    out
}

/// Whether a match key is a function word of organisations' names (`of`, `и`, `de`).
pub fn is_function_word(word: &str) -> bool {
    matches!(role(word), Some(Role::Stop | Role::Link))
}

/// Whether a match key is a word people's names do not have: a word for a
/// kind of organisation, a function word such as `of`, or a place in the
/// genitive (`Rossii`); not a place as such (`Georgia` is also a given name).
pub fn marks_organisation(word: &str) -> bool {
    matches!(
        role(word),
        Some(Role::Link | Role::Generic(_) | Role::Place { of: true, .. })
    )
}

/// What a word of a name is, for the pairing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind<'a> {
    Distinctive,
    Generic(&'a str),
    Place(&'a str),
}

#[derive(Clone, Debug)]
struct Word<'a> {
    key: &'a str,
    kind: Kind<'a>,
    weight: f64,
    /// The key's first character.
    initial: char,
    /// The key's length in characters.
    letters: usize,
    /// The given name the key is a form of, if any.
    class: Option<&'static str>,
    /// The word a distinctive word translates, if the table says.
    means: Option<&'a str>,
    /// The stem a place's name shares with its adjectives ([`place_stem`]),
    /// if the word may be either.
    place_stem: Option<&'a str>,
    /// The key's projections, made when a pairing first needs them (a word
    /// is paired with every word of the other name).
    projected: OnceCell<Projections>,
}

impl Word<'_> {
    fn projections(&self) -> &Projections {
        self.projected.get_or_init(|| projections(self.key))
    }
}

/// The words that count, with their roles and weights.
fn weighed<'a>(keys: &[&'a str]) -> Vec<Word<'a>> {
    let mut out = Vec::with_capacity(keys.len());
    let (mut after_link, mut named) = (false, false);
    for (i, &key) in keys.iter().enumerate() {
        let mut means = None;
        let stem = place_stem(key);
        let (kind, light) = match role(key)
            .or_else(|| adjective_of_place(key, stem))
            .or_else(|| possessive_of_place(key))
        {
            Some(Role::Stop) => {
                after_link = false;
                continue;
            }
            Some(Role::Link) => {
                after_link = true;
                continue;
            }
            None => (Kind::Distinctive, false),
            Some(Role::Means(word)) => {
                means = Some(word.as_str());
                (Kind::Distinctive, false)
            }
            Some(Role::Generic(word)) => (Kind::Generic(word), true),
            // Before the name, a place is where the company is registered
            // (Hangzhou Hikvision); after it, which company of a group
            // (Gazprom Germania), unless it says what kind with the word
            // after it (Aeroflot Russian Airlines).
            Some(Role::Place { code, of }) => {
                let kind_follows = keys
                    .get(i + 1)
                    .is_some_and(|next| matches!(role(next), Some(Role::Generic(_))));
                (
                    Kind::Place(code),
                    after_link || *of || !named || kind_follows,
                )
            }
        };
        named = named || kind == Kind::Distinctive;
        let weight = if light {
            clen(key) as f64 * GENERIC_WEIGHT
        } else {
            clen(key).max(MIN_LETTERS) as f64
        };
        out.push(Word {
            key,
            kind,
            weight,
            initial: key.chars().next().unwrap_or(' '),
            letters: clen(key),
            class: given_name_class(key),
            means,
            place_stem: stem,
            projected: OnceCell::new(),
        });
        after_link = false;
    }
    out
}

/// The role of the place an adjective is made from (`kazakhstanskii`: the
/// role of `kazakhstan`), as a place's name before the others.
fn adjective_of_place(key: &str, stem: Option<&str>) -> Option<&'static Role> {
    let stem = stem.filter(|&stem| stem.len() + 2 < key.len())?; // an adjective, not `-sk` alone
    role(stem).filter(|role| matches!(role, Role::Place { of: false, .. }))
}

/// The role of the place a possessive names (`Iran's`, key `irans`: the
/// role of `iran`).
fn possessive_of_place(key: &str) -> Option<&'static Role> {
    role(key.strip_suffix('s')?).filter(|role| matches!(role, Role::Place { .. }))
}

/// The sum of the words' weights, as Python's `sum` adds them (in order).
fn weight_of(words: &[Word<'_>]) -> f64 {
    words.iter().fold(0.0, |sum, w| sum + w.weight)
}

/// Every reading of a word of `short` as the initials of a run of two or
/// more words of `long`, in order: (index in short, start, stop in long). A
/// word the other name has as a word is that word, not an abbreviation.
fn abbreviations(short: &[Word<'_>], long: &[Word<'_>]) -> Vec<(usize, usize, usize)> {
    let mut found = Vec::new();
    let (low, high) = ACRONYM_LETTERS;
    let initials: Vec<char> = long.iter().map(|w| w.initial).collect();
    for (i, word) in short.iter().enumerate() {
        let letters: Vec<char> = word.key.chars().collect();
        if !(low..=high).contains(&letters.len())
            || word.kind != Kind::Distinctive
            || long.iter().any(|w| w.key == word.key)
        {
            continue;
        }
        for start in 0..initials.len().saturating_sub(letters.len() - 1) {
            if initials[start..start + letters.len()] == letters[..] {
                found.push((i, start, start + letters.len()));
            }
        }
    }
    found
}

/// Which words of each name are paired already.
struct Used {
    a: Vec<bool>,
    b: Vec<bool>,
}

impl Used {
    /// The used words of the name on `side` (0: a) and of the other.
    fn sides(&mut self, side: usize) -> (&mut Vec<bool>, &mut Vec<bool>) {
        if side == 0 {
            (&mut self.a, &mut self.b)
        } else {
            (&mut self.b, &mut self.a)
        }
    }
}

/// Pair a word of either name with two neighbouring words of the other that
/// it writes as one (`Alkhamael` / `Al Khamail`), the likest first, before
/// words are paired one to one (or `Euro` would take `EuroChem`); what the
/// pairs earn. A word the other name has as a word is that word.
fn joined(
    wa: &[Word<'_>],
    wb: &[Word<'_>],
    used: &mut Used,
    notes: &mut Option<Vec<OrgNote>>,
) -> f64 {
    // (similarity, word, the two written together, side, i, j)
    let mut readings: Vec<(f64, &str, String, usize, usize, usize)> = Vec::new();
    for side in 0..2 {
        let (one, two) = if side == 0 { (wa, wb) } else { (wb, wa) };
        let (used_one, used_two) = used.sides(side);
        for (i, word) in one.iter().enumerate() {
            if used_one[i]
                || word.kind != Kind::Distinctive
                || two.iter().any(|w| w.key == word.key)
            {
                continue;
            }
            for j in 0..two.len().saturating_sub(1) {
                if used_two[j] || used_two[j + 1] || matches!(two[j].kind, Kind::Place(_)) {
                    continue;
                }
                let letters = two[j].letters + two[j + 1].letters;
                if word.class.is_none() && too_far(word.letters, letters, JOIN_FLOOR) {
                    continue; // no given name: the bound alone decides, and it is below the floor
                }
                let together = format!("{}{}", two[j].key, two[j + 1].key);
                let s = if together == word.key {
                    1.0
                } else if word
                    .class
                    .is_none_or(|class| given_name_class(&together) != Some(class))
                    && similarity_bound(word.key, &together) < JOIN_FLOOR
                {
                    0.0
                } else {
                    given_similarity_of(
                        word.key,
                        &together,
                        word.projections(),
                        &projections(&together),
                    )
                };
                if s >= JOIN_FLOOR {
                    readings.push((s, word.key, together, side, i, j));
                }
            }
        }
    }
    // sorted((-s, word, joined, side, i, j)): the likest first, then by the words.
    readings.sort_by(|x, y| {
        y.0.partial_cmp(&x.0)
            .unwrap_or(Ordering::Equal)
            .then_with(|| (x.1, &x.2, x.3, x.4, x.5).cmp(&(y.1, &y.2, y.3, y.4, y.5)))
    });
    let mut earned = 0.0;
    for (s, key, _together, side, i, j) in readings {
        let (one, two) = if side == 0 { (wa, wb) } else { (wb, wa) };
        let (used_one, used_two) = used.sides(side);
        if used_one[i] || used_two[j] || used_two[j + 1] {
            continue;
        }
        used_one[i] = true;
        used_two[j] = true;
        used_two[j + 1] = true;
        earned += s * s * (one[i].weight + two[j].weight + two[j + 1].weight);
        if let Some(notes) = notes {
            notes.push(OrgNote::Joined {
                word: key.to_owned(),
                words: format!("{} {}", two[j].key, two[j + 1].key),
                similarity: s,
            });
        }
    }
    earned
}

/// Whether words of `x` and `y` letters differ in length by too many
/// letters for [`similarity_bound`] to reach `floor` (each letter of
/// difference is an edit; the cheapest first bound, no distance worked out).
fn too_far(x: usize, y: usize, floor: f64) -> bool {
    calibrate(VOWEL_COST * x.abs_diff(y) as f64, x.max(y)) < floor
}

/// [`given_similarity`] of two words when it may reach `floor`, else 0.0
/// (or any value below `floor`): an upper bound from one
/// optimal-string-alignment distance rules out most pairs of words of two
/// names far cheaper than their similarity is worked out.
fn given_similarity_from(x: &Word<'_>, y: &Word<'_>, floor: f64) -> f64 {
    if x.key != y.key
        && x.class.is_none_or(|class| y.class != Some(class))
        && (too_far(x.letters, y.letters, floor) || similarity_bound(x.key, y.key) < floor)
    {
        return 0.0;
    }
    given_similarity_of(x.key, y.key, x.projections(), y.projections())
}

/// How alike two words are, when it reaches [`PAIR_FLOOR`] (else 0.0 or
/// another value below it: such pairs are not paired).
fn similarity(x: &Word<'_>, y: &Word<'_>) -> f64 {
    if x.means.unwrap_or(x.key) == y.means.unwrap_or(y.key)
        || (x.kind != Kind::Distinctive && x.kind == y.kind)
    {
        return 1.0; // one word, one word in two languages, one kind of organisation, one country
    }
    // A place's name and its adjective, or two forms of the adjective.
    if (x.place_stem.is_some() || y.place_stem.is_some())
        && x.place_stem.unwrap_or(x.key) == y.place_stem.unwrap_or(y.key)
    {
        return 1.0;
    }
    if matches!(x.kind, Kind::Place(_)) || matches!(y.kind, Kind::Place(_)) {
        return 0.0;
    }
    if x.letters == 1 || y.letters == 1 {
        return 0.0;
    }
    given_similarity_from(x, y, PAIR_FLOOR)
}

/// How alike two organisations' names are, from their match-key words
/// (legal forms already set aside); with `notes`, what was paired.
pub fn organisation_similarity(a: &[&str], b: &[&str], notes: &mut Option<Vec<OrgNote>>) -> f64 {
    let (wa, wb) = (weighed(a), weighed(b));
    let total = weight_of(&wa) + weight_of(&wb);
    if total == 0.0 {
        return 0.0;
    }
    let mut used = Used {
        a: vec![false; wa.len()],
        b: vec![false; wb.len()],
    };
    let mut earned = 0.0;
    // Abbreviations first, the heaviest readings first (the same whichever
    // name comes first): the words they stand for are theirs.
    // (weight, abbreviation, the words spelled, side, i, start, stop)
    let mut readings: Vec<(f64, &str, String, usize, usize, usize, usize)> = Vec::new();
    for side in 0..2 {
        let (short, long) = if side == 0 { (&wa, &wb) } else { (&wb, &wa) };
        for (i, start, stop) in abbreviations(short, long) {
            let spelled = long[start..stop].iter().fold(0.0, |sum, w| sum + w.weight);
            let weight = short[i].weight + spelled;
            let words: Vec<&str> = long[start..stop].iter().map(|w| w.key).collect();
            readings.push((weight, short[i].key, words.join(" "), side, i, start, stop));
        }
    }
    readings.sort_by(|x, y| {
        y.0.partial_cmp(&x.0)
            .unwrap_or(Ordering::Equal)
            .then_with(|| (x.1, &x.2, x.3, x.4, x.5, x.6).cmp(&(y.1, &y.2, y.3, y.4, y.5, y.6)))
    });
    for (weight, key, spelled, side, i, start, stop) in readings {
        let (used_short, used_long) = used.sides(side);
        if used_short[i] || used_long[start..stop].iter().any(|&u| u) {
            continue;
        }
        used_short[i] = true;
        used_long[start..stop].fill(true);
        earned += ACRONYM_SIMILARITY * weight; // not squared: a sure pairing, not a spelling's likeness
        if let Some(notes) = notes {
            notes.push(OrgNote::Initials {
                word: key.to_owned(),
                words: spelled,
            });
        }
    }
    earned += joined(&wa, &wb, &mut used, notes);
    // (similarity, weight, lower word, higher word, i, j), the greatest first.
    let mut scored: Vec<(f64, f64, &str, &str, usize, usize)> = Vec::new();
    for (i, x) in wa.iter().enumerate() {
        if used.a[i] {
            continue;
        }
        for (j, y) in wb.iter().enumerate() {
            if used.b[j] {
                continue;
            }
            let (low, high) = if x.key <= y.key {
                (x.key, y.key)
            } else {
                (y.key, x.key)
            };
            scored.push((similarity(x, y), x.weight + y.weight, low, high, i, j));
        }
    }
    scored.sort_by(|x, y| {
        y.0.partial_cmp(&x.0)
            .unwrap_or(Ordering::Equal)
            .then_with(|| y.1.partial_cmp(&x.1).unwrap_or(Ordering::Equal))
            .then_with(|| (y.2, y.3, y.4, y.5).cmp(&(x.2, x.3, x.4, x.5)))
    });
    for (s, weight, _low, _high, i, j) in scored {
        if s < PAIR_FLOOR || used.a[i] || used.b[j] {
            continue;
        }
        used.a[i] = true;
        used.b[j] = true;
        earned += s * s * weight;
        if let Some(notes) = notes {
            notes.push(OrgNote::Pair {
                a: wa[i].key.to_owned(),
                b: wb[j].key.to_owned(),
                similarity: s,
            });
        }
    }
    let mut score = earned / total;
    if used.a.contains(&false) && used.b.contains(&false) {
        score *= BOTH_EXTRA;
        if let Some(notes) = notes {
            notes.push(OrgNote::BothExtra(BOTH_EXTRA));
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    fn similar(a: &[&str], b: &[&str]) -> f64 {
        organisation_similarity(a, b, &mut None)
    }

    #[test]
    fn roles_come_from_the_table() {
        assert_eq!(
            role(&match_key("банк", None)).map(Role::label).as_deref(),
            Some("generic:bank")
        );
        assert_eq!(
            role(&match_key("Co", None)).map(Role::label).as_deref(),
            Some("generic:compani")
        );
        assert_eq!(role("ov"), Some(&Role::Link)); // of
        assert_eq!(
            role(&match_key("России", None)).map(Role::label).as_deref(),
            Some("place:RU:of")
        );
        assert!(
            marks_organisation("bank") && marks_organisation("ov") && marks_organisation("rosi")
        );
        assert!(!marks_organisation("gazprom") && !marks_organisation("georgia"));
        assert!(!marks_organisation("de") && is_function_word("de") && is_function_word("i"));
    }

    #[test]
    fn generic_words_and_places_weigh_little() {
        assert_eq!(
            chars_round(similar(&["sberbank"], &["sberbank", "ov", "rusia"])),
            0.955
        );
        assert!(similar(&["sberbank", "rusia"], &["sberbank"]) < 0.8);
        assert!(similar(&["gazprom"], &["gazprom", "neft"]) < 0.8);
        assert_eq!(similar(&["aunetic", "rusia"], &["aunetic", "rosi"]), 1.0);
        assert!(similar(&["aunetic", "germani"], &["aunetic", "sveden"]) < 0.8);
    }

    #[test]
    fn a_place_and_its_adjectives_share_a_stem() {
        let stem = |word: &str| place_stem(&match_key(word, None)).map(str::to_owned);
        assert_eq!(stem("Уральский").as_deref(), Some("ural"));
        assert_eq!(stem("Уральского").as_deref(), Some("ural"));
        assert_eq!(stem("Norilsk"), stem("Норильская"));
        assert_eq!(stem("Minsk"), None); // too short a stem to tell
        assert_eq!(stem("Moskva"), None);
        assert_eq!(
            similar(&["uralski", "bank"], &["ural", "bank"]),
            similar(&["ural", "bank"], &["ural", "bank"])
        );
        // An adjective of a place the table knows is that place.
        assert_eq!(
            similar(
                &["halik", "bank", "kazahstanski"],
                &["halik", "bank", "kazahstan"]
            ),
            1.0
        );
    }

    #[test]
    fn a_word_in_another_language_is_that_word() {
        let key = |word: &str| match_key(word, None);
        let (finance, finansovaya) = (key("finance"), key("finansovaya"));
        let (insurance, strakhovoi) = (key("insurance"), key("strakhovoi"));
        assert_eq!(
            role(&finansovaya).map(Role::label).as_deref(),
            Some("means:finance")
        );
        assert!(!marks_organisation(&finansovaya)); // a distinctive word, not a kind
        assert_eq!(
            similar(&["sberbank", &finance], &[&finansovaya, "sberbank"]),
            1.0
        );
        assert_eq!(
            similar(&[&insurance, "sberbank"], &["sberbank", &strakhovoi]),
            1.0
        );
        // Both weigh as the distinctive words they are: one group's two companies differ.
        assert!(similar(&["sberbank", &finance], &["sberbank", &strakhovoi]) < 0.8);
        assert!(similar(&["sberbank", &finansovaya], &["sberbank"]) < 0.8);
    }

    #[test]
    fn an_adjective_stem_stands_for_its_forms() {
        let label = |word: &str| role(&match_key(word, None)).map(Role::label);
        for word in ["Federalnaya", "Federal'nyy", "федерального", "Федеральной"]
        {
            assert_eq!(label(word).as_deref(), Some("generic:federal"), "{word}");
        }
        assert_eq!(label("Vneshnei").as_deref(), Some("means:foreign"));
        // A form the table writes out keeps its own role.
        assert_eq!(label("Российской").as_deref(), Some("place:RU:of"));
        assert_eq!(label("Российская").as_deref(), Some("place:RU"));
        assert_eq!(label("Federalist"), None);
    }

    #[test]
    fn abbreviations_spell_initials_in_order() {
        let long = ["polski", "koncern", "naftovi", "orlen"];
        assert!(similar(&["pkn", "orlen"], &long) > 0.9);
        assert!(similar(&["pnk", "orlen"], &long) < 0.8);
        let mut notes = Some(Vec::new());
        organisation_similarity(&["pkn", "orlen"], &long, &mut notes);
        assert_eq!(
            notes.unwrap()[0],
            OrgNote::Initials {
                word: "pkn".into(),
                words: "polski koncern naftovi".into()
            }
        );
    }

    #[test]
    fn a_word_written_as_two_pairs_with_both() {
        let mut notes = Some(Vec::new());
        let s = organisation_similarity(&["euroĥem", "grup"], &["euro", "ĥem", "grup"], &mut notes);
        assert!(s > 0.9, "{s}");
        assert!(notes.unwrap().contains(&OrgNote::Joined {
            word: "euroĥem".into(),
            words: "euro ĥem".into(),
            similarity: 1.0
        }));
    }

    fn chars_round(x: f64) -> f64 {
        crate::languages::chars::round(x, 3)
    }
}
