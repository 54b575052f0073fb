//! Hungarian (table `hu.tsv`): case endings, then one inner suffix, then a
//! lengthened final vowel made short.
//!
//! Sources: A magyar helyesírás szabályai (AkH., 11th ed.) §215-217;
//! e-nyelv.hu, "Idegen szavak és nevek toldalékolása" (2015). Suffixes
//! attach directly with vowel harmony (`Putyinnak`, `Medvegyevnek`); the v
//! of -val/-vel assimilates to the last consonant (`Putyinnal`,
//! `Kováccsal`: rows of `[cases]`); a final a/e/o/ö lengthens before a
//! suffix (`Oslóban -> Oslo`: `[lengthened]`); a hyphen is written where
//! the spelling would mislead (`Shaw-val`, `NATO-t`). A case ending may
//! follow a possessive or a plural (`Cigánybárójának`, `Orbánékat`:
//! `[inner]`). Harmony is not enforced (foreign names follow their
//! pronunciation), but a mismatch lowers a reading's weight.

use super::Hypothesis;
use super::chars;
use super::index::{EndingIndex, TableId};
use super::suffix::{Suffix, SuffixEngine};
use super::table::TableFile;

pub struct Hungarian {
    pub cases: SuffixEngine,
    inner: SuffixEngine,
    /// (long, short)
    lengthened: Vec<(char, char)>,
    vowels: String,
    back: String,
    invariant: Vec<String>,
    disharmony: f64,
    shortened: f64,
    hyphen: f64,
    inner_share: f64,
    after_hyphen: TableId,
}

impl Hungarian {
    pub fn new(file: &TableFile, code: &str, index: &mut EndingIndex) -> Hungarian {
        let rules = |section: &str| {
            file.rows(section, code)
                .iter()
                .map(|r| Suffix::from_row(r))
                .collect()
        };
        let cases = SuffixEngine::new(code, rules("cases"), None, index);
        let inner = SuffixEngine::new(code, rules("inner"), None, index);
        // The endings written after a hyphen: the first rule of each ending.
        let after_hyphen = index.add(cases.rules.iter().map(|s| s.ending.as_str()));
        let letter = |r: &super::table::Row, column: &str| {
            let text = r.required(column);
            let mut cs = text.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => panic!("{}: {column} is one letter", r.place),
            }
        };
        Hungarian {
            lengthened: file
                .rows("lengthened", code)
                .iter()
                .map(|r| (letter(r, "long"), letter(r, "short")))
                .collect(),
            vowels: file.text(code, "vowels"),
            back: file.text(code, "back"),
            invariant: file.list(code, "invariant"),
            disharmony: file.number(code, "disharmony"),
            shortened: file.number(code, "shortened"),
            hyphen: file.number(code, "hyphen"),
            inner_share: file.number(code, "inner_share"),
            cases,
            inner,
            after_hyphen,
        }
    }

    pub fn hypotheses(&self, word: &str, matched: &[u32], index: &EndingIndex) -> Vec<Hypothesis> {
        let mut out = Vec::new();
        if let Some((head, tail)) = chars::rpartition(word, '-') {
            let first = index.exactly(tail, self.after_hyphen);
            if let (false, Some(&rule)) = (head.is_empty(), first.first()) {
                // Shaw-val, Mann-nal, NATO-t, LRI-nek: the hyphen marks where
                // the name ends, whatever it ends in.
                let s = &self.cases.rules[rule as usize];
                out.push(Hypothesis {
                    base: head.to_string(),
                    ending: format!("-{tail}"),
                    case: s.case.clone(),
                    weight: self.hyphen,
                    rule: format!("{}:{} -{tail} (hyphen)", self.cases.code, s.case),
                });
            }
        }
        let mut outer = Vec::new();
        self.cases.strip(word, matched, &mut outer);
        for h in outer {
            if h.ending.contains('-') {
                continue; // read above
            }
            let h = self.harmonised(h);
            let mut inner = Vec::new();
            self.inner.strip(
                &h.base,
                &index.ending(&h.base, self.inner.table),
                &mut inner,
            );
            self.shortened(h.clone(), &mut out);
            for i in inner {
                let combined = Hypothesis {
                    base: i.base,
                    ending: format!("{}{}", i.ending, h.ending),
                    case: format!("{} + {}", i.case, h.case),
                    // the outer ending counts in full, the inner one (already
                    // supported by the ending outside it) half
                    weight: h.weight * (self.inner_share + self.inner_share * i.weight),
                    rule: format!("{} + {}", i.rule, h.rule),
                };
                self.shortened(combined, &mut out);
            }
        }
        out
    }

    /// Whether an ending's vowel agrees with the stem's vowels: a back
    /// vowel needs a back vowel somewhere in the stem, a front one a stem
    /// whose last vowel is not back (neutral i/í/e/é stems may take either:
    /// `Mária -> Máriának`, so only a clear contrast counts).
    fn harmony(&self, stem: &str, ending: &str) -> bool {
        if self.invariant.iter().any(|e| e == ending) {
            return true;
        }
        let Some(first) = ending.chars().find(|c| self.vowels.contains(*c)) else {
            return true;
        };
        let mut stem_vowels = stem.chars().filter(|c| self.vowels.contains(*c)).peekable();
        if stem_vowels.peek().is_none() {
            return true;
        }
        if self.back.contains(first) {
            return stem_vowels.any(|v| self.back.contains(v));
        }
        let last = stem_vowels.last().expect("a vowel");
        !self.back.contains(last)
    }

    fn harmonised(&self, h: Hypothesis) -> Hypothesis {
        if self.harmony(&h.base, &h.ending) {
            return h;
        }
        Hypothesis {
            weight: h.weight * self.disharmony,
            rule: format!("{} (disharmonic)", h.rule),
            ..h
        }
    }

    /// The hypothesis, and its base with a lengthened final vowel made short.
    fn shortened(&self, h: Hypothesis, out: &mut Vec<Hypothesis>) {
        let end = chars::last(&h.base);
        let found = self.lengthened.iter().find(|(long, _)| Some(*long) == end);
        match found {
            Some(&(long, short)) if chars::len(&h.base) > 2 => {
                let short_form = Hypothesis {
                    base: format!("{}{short}", chars::drop_last(&h.base, 1)),
                    ending: h.ending.clone(),
                    case: h.case.clone(),
                    weight: h.weight * self.shortened,
                    rule: format!("{}, lengthened {short} -> {long}", h.rule),
                };
                out.push(h);
                out.push(short_form);
            }
            _ => out.push(h),
        }
    }
}
