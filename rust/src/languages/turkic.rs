//! Turkish, Kazakh, Kyrgyz and Azerbaijani (tables `tr.tsv`, `turkic.tsv`):
//! suffix chains peeled from the right in their fixed order, with vowel
//! harmony, buffer consonants, voicing and softening driven by the tables.
//!
//! Sources: TDK Yazım Kılavuzu, "Kesme işareti" (case and possessive
//! endings of proper names follow an apostrophe: `Putin'in`, `Paşinyan'ı`);
//! Göksel & Kerslake, *Turkish: A Comprehensive Grammar* (2005), ch. 2
//! (harmony, buffer n/y/s, d/t alternation) and ch. 8 (suffix order);
//! Muhamedowa, *Kazakh* (2016); Kasapoğlu Çengel, "Kırgız Türkçesi" (2007);
//! Schönig, "Azerbaijanian" (1998).
//!
//! Suffixes sit in slots after the stem: derivation, plural, possessive,
//! case, and the relative -ki. After an apostrophe the name ends exactly
//! there, so the chain after it is removed at once and harmony is only a
//! hint (foreign names harmonise with their pronunciation: `Clinton'ın`);
//! without one (and always in Kazakh, Kyrgyz, Azerbaijani, which write no
//! apostrophe) harmony and buffers are enforced, except that the lenient
//! languages' loan names break them often enough that a mismatch only lowers
//! a reading's weight; a stem left by a vowel-initial suffix may have
//! softened its last consonant (`Müdürlüğü -> müdürlük`).

use rustc_hash::FxHashMap;

use super::Hypothesis;
use super::chars::{self, last};
use super::index::{EndingIndex, TableId};
use super::table::TableFile;

/// The slots, outermost first: a chain is peeled from the right in this order.
pub const SLOTS: [&str; 5] = ["relative", "case", "possessive", "plural", "derivation"];
const CASE: i32 = 1;
const POSSESSIVE: i32 = 2;
const RELATIVE: i32 = 0;

/// The engine's factors (the same for every Turkic language).
/// A stem must be at least this long without an apostrophe.
const MIN_STEM: usize = 2;
/// Weight of a name before an apostrophe whose suffix chain parses.
const APOSTROPHE_WEIGHT: f64 = 0.95;
/// Weight of a name before an apostrophe whose suffix chain does not parse.
const APOSTROPHE_UNPARSED: f64 = 0.5;
/// Factor per suffix beyond the first in one chain.
const CHAIN_FACTOR: f64 = 0.97;
/// Factor for a harmony or buffer mismatch where it is allowed.
const DISHARMONY_FACTOR: f64 = 0.85;
/// Factor for a voicing mismatch (`Ocak'da` for `Ocak'ta`).
const VOICING_FACTOR: f64 = 0.8;
/// Factor for a suffix removed from the name before an apostrophe (`Ordusu'nun`).
const HEAD_FACTOR: f64 = 0.85;
/// Factor for an undone softening (`müdürlüğ -> müdürlük`).
const SOFTENING_FACTOR: f64 = 0.95;
/// Factor for a case ending without an apostrophe in a language that writes
/// one: a bare final vowel is more often the possessive of a compound name
/// (`Topkapı Sarayı`) than a case (`Sara-yı`).
const BARE_CASE_FACTOR: f64 = 0.9;
/// Factor for front suffixes after a back stem ending in a palatal l
/// (`Kemaller`, `Kemal'in`: Arabic loans).
const PALATAL_L_FACTOR: f64 = 0.95;
/// How the parses of a name before an apostrophe rank: by fit, and among
/// equal fits by the suffixes' weights: `penalty * (HEAD_FIT + HEAD_WEIGHTS * weight)`.
const HEAD_FIT: f64 = 0.9;
const HEAD_WEIGHTS: f64 = 0.1;
/// How much an inner suffix counts: `0.5 + 0.5 * weight`.
const INNER_SHARE: f64 = 0.5;

/// One surface form of a suffix.
#[derive(Clone, Debug)]
struct Form {
    ending: String,
    first: char,
    case: String,
    slot: i32,
    weight: f64,
    /// `V`: only after a vowel; `C`: only after a consonant; `∅`: either.
    after: String,
    /// The slot that must come right before it (-1: none).
    needs: i32,
}

/// A chain peeled so far.
#[derive(Clone)]
struct Peeled {
    stem: String,
    ending: String,
    cases: Vec<String>, // outermost first
    weight: f64,
    inner: i32,
    penalty: f64,
    need: i32,
    softened: Option<char>,
}

pub struct Turkic {
    code: String,
    forms: Vec<Form>,
    table: TableId,
    harmony: FxHashMap<char, String>,
    vowels: String,
    front: String,
    voiceless: String,
    /// (voiceless, voiced) suffix-initial consonants.
    voicing: Vec<(char, char)>,
    /// stem-final consonant -> the dictionary form's
    softening: FxHashMap<char, char>,
    apostrophes: bool,
    lenient: bool,
}

fn slot(place: &str, name: &str) -> i32 {
    if name.is_empty() {
        return -1;
    }
    SLOTS
        .iter()
        .position(|s| *s == name)
        .unwrap_or_else(|| panic!("{place}: no slot {name:?}")) as i32
}

fn one_letter(place: &str, text: &str) -> char {
    let mut cs = text.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => c,
        _ => panic!("{place}: {text:?} is one letter"),
    }
}

impl Turkic {
    pub fn new(file: &TableFile, code: &str, index: &mut EndingIndex) -> Turkic {
        let mut forms = Vec::new();
        for r in file.rows("suffixes", code) {
            for ending in r.list("forms", &[]) {
                let first = ending
                    .chars()
                    .next()
                    .unwrap_or_else(|| panic!("{}: an empty form", r.place));
                forms.push(Form {
                    ending,
                    first,
                    case: r.required("case"),
                    slot: slot(&r.place, &r.required("slot")),
                    weight: r.number("weight", 0.8),
                    after: r.text("after", ""),
                    needs: slot(&r.place, &r.text("needs", "")),
                });
            }
        }
        forms.sort_by_key(|f| (f.slot, std::cmp::Reverse(chars::len(&f.ending))));
        let table = index.add(forms.iter().map(|f| f.ending.as_str()));
        let mut harmony = FxHashMap::default();
        let mut vowels = String::new();
        for r in file.rows("harmony", code) {
            let vowel = one_letter(&r.place, &r.required("vowel"));
            let follows = r.required("follows");
            vowels.push_str(&follows);
            vowels.push(vowel);
            harmony.insert(vowel, follows);
        }
        Turkic {
            code: code.to_string(),
            forms,
            table,
            harmony,
            vowels,
            front: file.text(code, "front"),
            voiceless: file.text(code, "voiceless"),
            voicing: file
                .optional_rows("voicing", code)
                .iter()
                .map(|r| {
                    (
                        one_letter(&r.place, &r.required("voiceless")),
                        one_letter(&r.place, &r.required("voiced")),
                    )
                })
                .collect(),
            softening: file
                .optional_rows("softening", code)
                .iter()
                .map(|r| {
                    (
                        one_letter(&r.place, &r.required("stem")),
                        one_letter(&r.place, &r.required("base")),
                    )
                })
                .collect(),
            apostrophes: file.flag(code, "apostrophes", false),
            lenient: file.flag(code, "lenient", false),
        }
    }

    pub fn hypotheses(&self, word: &str, index: &EndingIndex) -> Vec<Hypothesis> {
        let mut out = Vec::new();
        let split = chars::rpartition(word, '\'');
        match split {
            Some((head, tail))
                if self.apostrophes
                    && !head.is_empty()
                    && !tail.is_empty()
                    && last(head).is_some_and(chars::is_alnum) =>
            {
                self.after_apostrophe(head, tail, index, &mut out);
            }
            _ => {
                for p in self.peel(word, RELATIVE, true, 0, index) {
                    self.emit(&p, word, 1.0, &mut out);
                }
            }
        }
        out
    }

    fn after_apostrophe(
        &self,
        head: &str,
        tail: &str,
        index: &EndingIndex,
        out: &mut Vec<Hypothesis>,
    ) {
        let whole = format!("{head}{tail}");
        let chains: Vec<Peeled> = self
            .peel(&whole, RELATIVE, false, chars::len(head), index)
            .into_iter()
            .filter(|p| p.stem == head)
            .collect();
        // The best-fitting parse; among equals, the one with fewer suffixes
        // and the likelier ones (a case before a possessive: Paşinyan'ı).
        let best = chains.iter().reduce(|best, p| {
            let key = |p: &Peeled| {
                (
                    p.penalty,
                    -(p.cases.len() as f64),
                    -(p.inner as f64),
                    p.weight,
                )
            };
            if key(p).partial_cmp(&key(best)) == Some(std::cmp::Ordering::Greater) {
                p
            } else {
                best
            }
        });
        let (weight, case) = match best {
            Some(p) => (APOSTROPHE_WEIGHT * p.penalty, reversed_join(&p.cases)),
            None => (
                APOSTROPHE_WEIGHT * APOSTROPHE_UNPARSED,
                "suffix after apostrophe".to_string(),
            ),
        };
        out.push(Hypothesis {
            base: head.to_string(),
            ending: format!("'{tail}"),
            case: case.clone(),
            weight,
            rule: format!("{}:{case} -'{tail}", self.code),
        });
        // The name itself may carry a possessive or plural (Ordusu'nun,
        // Üniversitesi'nde, Kuvvetler'e): peel those, strictly, too.
        for p in self.peel(head, POSSESSIVE, true, 0, index) {
            let mut cases = vec![case.clone()];
            cases.extend(p.cases.iter().cloned());
            let inner = Peeled {
                // rank by fit, and among equal fits by the suffixes' weights
                weight: p.penalty * (HEAD_FIT + HEAD_WEIGHTS * p.weight),
                ending: format!("{}'{tail}", p.ending),
                cases,
                penalty: 1.0,
                need: -1,
                ..p
            };
            self.emit(&inner, head, weight * HEAD_FACTOR, out);
        }
    }

    fn emit(&self, p: &Peeled, word: &str, prior: f64, out: &mut Vec<Hypothesis>) {
        if p.stem == word || p.cases.is_empty() {
            return;
        }
        let case = reversed_join(&p.cases);
        let rule = format!("{}:{case} -{}", self.code, p.ending);
        if let Some(softened) = p.softened {
            let written = last(&p.stem).expect("a stem");
            out.push(Hypothesis {
                base: p.stem.clone(),
                ending: p.ending.clone(),
                case: case.clone(),
                weight: prior * p.weight,
                rule: rule.clone(),
            });
            out.push(Hypothesis {
                base: format!("{}{softened}", chars::drop_last(&p.stem, 1)),
                ending: p.ending.clone(),
                case,
                weight: prior * p.weight * SOFTENING_FACTOR,
                rule: format!("{rule}, softened {softened} -> {written}"),
            });
        } else {
            out.push(Hypothesis {
                base: p.stem.clone(),
                ending: p.ending.clone(),
                case,
                weight: prior * p.weight,
                rule,
            });
        }
    }

    /// Every way to remove a chain of suffixes from the end of `word`,
    /// outermost first, slots in order, depth first as a stack pops them;
    /// `stop` is the shortest stem (0: the engine's). A strict chain must
    /// satisfy every suffix's `needs`; after an apostrophe the needed suffix
    /// may be inside the name (`Başkadılığı'na`).
    fn peel(
        &self,
        word: &str,
        slot: i32,
        strict: bool,
        stop: usize,
        index: &EndingIndex,
    ) -> Vec<Peeled> {
        let shortest = if stop == 0 { MIN_STEM } else { stop };
        let mut found = Vec::new();
        let mut stack = vec![Peeled {
            stem: word.to_string(),
            ending: String::new(),
            cases: Vec::new(),
            weight: 1.0,
            inner: slot - 1,
            penalty: 1.0,
            need: -1,
            softened: None,
        }];
        while let Some(p) = stack.pop() {
            for i in index.ending(&p.stem, self.table) {
                let s = &self.forms[i as usize];
                if s.slot < p.inner + 1 || (p.need >= 0 && s.slot != p.need) {
                    continue;
                }
                let stem = chars::strip(&p.stem, &s.ending);
                if chars::len(stem) < shortest {
                    continue;
                }
                let mut penalty = self.fits(stem, s, strict);
                if penalty == 0.0 {
                    continue;
                }
                if !p.cases.is_empty() {
                    penalty *= CHAIN_FACTOR;
                }
                let bare_case =
                    self.apostrophes && strict && stop == 0 && s.slot == CASE && p.cases.is_empty();
                // The outermost suffix counts in full; each inner one,
                // already supported by the suffix outside it, counts half.
                let weight = if p.cases.is_empty() {
                    s.weight
                } else {
                    INNER_SHARE + INNER_SHARE * s.weight
                };
                let softened = match last(stem) {
                    Some(c) if self.vowels.contains(s.first) => self.softening.get(&c).copied(),
                    _ => None,
                };
                let mut cases = p.cases.clone();
                cases.push(s.case.clone());
                stack.push(Peeled {
                    stem: stem.to_string(),
                    ending: format!("{}{}", s.ending, p.ending),
                    cases,
                    weight: p.weight
                        * weight
                        * penalty
                        * if bare_case { BARE_CASE_FACTOR } else { 1.0 },
                    inner: s.slot,
                    penalty: p.penalty * penalty,
                    need: s.needs,
                    softened,
                });
            }
            if !p.cases.is_empty() && (p.need < 0 || !strict) {
                found.push(p);
            }
        }
        found
    }

    /// The penalty for suffix `s` after `stem`: 1 when it fits, 0 when it
    /// cannot follow it. A lenient language only lowers the weight of what
    /// a strict reading forbids.
    fn fits(&self, stem: &str, s: &Form, strict: bool) -> f64 {
        if !self.lenient {
            return self.fits_as(stem, s, strict);
        }
        let strict_penalty = self.fits_as(stem, s, true);
        if strict_penalty != 0.0 {
            return strict_penalty;
        }
        self.fits_as(stem, s, false) * DISHARMONY_FACTOR
    }

    /// Strictly, a buffer form must follow the right kind of sound and the
    /// suffix vowel must harmonise; otherwise either mismatch only lowers the
    /// weight. A voicing mismatch always only lowers it.
    fn fits_as(&self, stem: &str, s: &Form, strict: bool) -> f64 {
        let mut weight = 1.0;
        let last = last(stem).expect("a stem");
        if !strict && (!chars::is_alpha(last) || self.abbreviation(stem)) {
            return weight; // 1996'da, ABD'nin, AB'ye: read aloud, not as spelt
        }
        let vowel_final = self.vowels.contains(last);
        if (s.after == "V" && !vowel_final) || (s.after == "C" && vowel_final) {
            if strict {
                return 0.0;
            }
            weight *= DISHARMONY_FACTOR;
        }
        let suffix_vowel = s.ending.chars().find(|c| self.harmony.contains_key(c));
        let stem_vowel = stem.chars().rev().find(|c| self.vowels.contains(*c));
        if let (Some(sv), Some(stem_vowel)) = (suffix_vowel, stem_vowel) {
            if !self.harmony[&sv].contains(stem_vowel) {
                if last == 'l' && self.front.contains(sv) {
                    weight *= PALATAL_L_FACTOR;
                } else if strict {
                    return 0.0;
                } else {
                    weight *= DISHARMONY_FACTOR;
                }
            }
        }
        let first = s.first;
        let devoiced = self
            .voicing
            .iter()
            .any(|&(voiceless, _)| voiceless == first);
        let voicing = devoiced || self.voicing.iter().any(|&(_, voiced)| voiced == first);
        if voicing && !vowel_final && devoiced != self.voiceless.contains(last) {
            weight *= VOICING_FACTOR;
        }
        weight
    }

    /// Whether a name before an apostrophe looks like an abbreviation, whose
    /// suffixes follow the letters' names (`AB'ye`, `ABD'nin`, `CHP'li`).
    fn abbreviation(&self, stem: &str) -> bool {
        let size = chars::len(stem);
        size <= 3
            || (size <= 5
                && !chars::take_last(stem, 2)
                    .chars()
                    .any(|c| self.vowels.contains(c)))
    }
}

/// `" + ".join(reversed(cases))`
fn reversed_join(cases: &[String]) -> String {
    let mut out = String::new();
    for (i, case) in cases.iter().rev().enumerate() {
        if i > 0 {
            out.push_str(" + ");
        }
        out.push_str(case);
    }
    out
}
