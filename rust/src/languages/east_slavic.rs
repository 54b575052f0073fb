//! Russian, Ukrainian and Belarusian (table `ru.tsv`): an ending table, then
//! the repairs of a bare masculine stem.
//!
//! - A stem left by a masculine ending may have lost a fleeting vowel
//!   between its last two consonants (Zaliznyak 1977, "беглая гласная"):
//!   `Павла -> Павел`, `Египта -> Египет`, `Лужка -> Лужок`; after a soft
//!   sign the vowel is е (`Льва -> Лев`).
//! - Ukrainian і alternates with о/е in a closed final syllable (Pravopys
//!   2019 § 13: `Харкова -> Харків`, `Києва -> Київ`); Belarusian writes ў
//!   for в at the end of a syllable (`Лаўрова -> Лаўроў`): the table's
//!   `[alternations]`.
//! - Stress marks (`Аделаи́ды`, `Тюме́нь`) are not part of the spelling: a
//!   word with them is read without them.

use super::Hypothesis;
use super::chars::{self, last, second_last};
use super::index::EndingIndex;
use super::suffix::{Suffix, SuffixEngine};
use super::table::TableFile;

struct Alternation {
    stem: String,
    base: String,
    name: String,
}

pub struct EastSlavic {
    pub endings: SuffixEngine,
    alternations: Vec<Alternation>,
    consonants: String,
    fleeting_after: Vec<String>,
    /// (vowel, factor) put back between two consonants.
    fleeting: Vec<(String, f64)>,
    fleeting_factor: f64,
    stress_marks: Vec<char>,
    stress: f64,
}

/// The soft sign, after which a fleeting vowel is е.
const SOFT_SIGN: char = 'ь';
/// The fleeting vowel after a soft sign.
const AFTER_SOFT_SIGN: &str = "е";
/// The letter that is never one of the two consonants around a fleeting vowel.
const SHORT_I: char = 'й';

impl EastSlavic {
    pub fn new(file: &TableFile, code: &str, index: &mut EndingIndex) -> EastSlavic {
        let rules = file
            .rows("endings", code)
            .iter()
            .map(|r| Suffix::from_row(r))
            .collect();
        EastSlavic {
            endings: SuffixEngine::new(code, rules, None, index),
            alternations: file
                .optional_rows("alternations", code)
                .iter()
                .map(|r| Alternation {
                    stem: r.required("stem"),
                    base: r.required("base"),
                    name: r.required("name"),
                })
                .collect(),
            consonants: file.text(code, "consonants"),
            fleeting_after: file.list(code, "fleeting_after"),
            fleeting: file
                .rows("fleeting", code)
                .iter()
                .map(|r| (r.required("vowel"), r.number("factor", 1.0)))
                .collect(),
            fleeting_factor: file.number(code, "fleeting"),
            stress_marks: file.list(code, "stress_marks").concat().chars().collect(),
            stress: file.number(code, "stress"),
        }
    }

    pub fn hypotheses(&self, word: &str, matched: &[u32], index: &EndingIndex) -> Vec<Hypothesis> {
        if word.contains(&self.stress_marks[..]) {
            let plain: String = word
                .chars()
                .filter(|c| !self.stress_marks.contains(c))
                .collect();
            if !plain.is_empty() {
                let code = &self.endings.code;
                let mut out = vec![Hypothesis {
                    base: plain.clone(),
                    ending: String::new(),
                    case: "stress mark removed".to_string(),
                    weight: self.stress,
                    rule: format!("{code}:stress"),
                }];
                let matched = index.ending(&plain, self.endings.table);
                for mut h in self.hypotheses(&plain, &matched, index) {
                    h.weight *= self.stress;
                    out.push(h);
                }
                return out;
            }
        }
        let mut out = Vec::new();
        self.endings.strip(word, matched, &mut out);
        let found = out.len();
        for i in 0..found {
            let h = &out[i];
            let stem = chars::drop_last(word, chars::len(&h.ending));
            if h.base != stem || !self.fleeting_after.contains(&h.ending) {
                continue; // only bare masculine stems
            }
            let mut made = Vec::new();
            for (base, factor, name) in self.repairs(stem) {
                made.push(Hypothesis {
                    base,
                    ending: h.ending.clone(),
                    case: h.case.clone(),
                    weight: h.weight * factor,
                    rule: format!("{}, {name}", h.rule),
                });
            }
            out.extend(made);
        }
        out
    }

    /// A bare masculine stem with a fleeting vowel put back or an alternation
    /// undone: (base, factor, name).
    fn repairs(&self, stem: &str) -> Vec<(String, f64, String)> {
        let mut out = Vec::new();
        let consonant =
            |c: Option<char>| c.is_some_and(|c| self.consonants.contains(c) && c != SHORT_I);
        if chars::len(stem) >= 3 && consonant(last(stem)) {
            let final_consonant = last(stem).expect("a stem of three letters");
            if second_last(stem) == Some(SOFT_SIGN) {
                out.push((
                    format!(
                        "{}{AFTER_SOFT_SIGN}{final_consonant}",
                        chars::drop_last(stem, 2)
                    ),
                    self.fleeting_factor,
                    format!("fleeting {AFTER_SOFT_SIGN} after {SOFT_SIGN}"),
                ));
            } else if consonant(second_last(stem)) {
                for (vowel, factor) in &self.fleeting {
                    out.push((
                        format!("{}{vowel}{final_consonant}", chars::drop_last(stem, 1)),
                        self.fleeting_factor * factor,
                        format!("fleeting {vowel}"),
                    ));
                }
            }
        }
        for a in &self.alternations {
            if stem.ends_with(a.stem.as_str()) && chars::len(stem) > chars::len(&a.stem) + 1 {
                out.push((
                    format!("{}{}", chars::strip(stem, &a.stem), a.base),
                    self.fleeting_factor,
                    a.name.clone(),
                ));
            }
        }
        out
    }
}
