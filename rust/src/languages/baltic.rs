//! Lithuanian and Latvian: ending tables whose restore strings put back the
//! nominative ending a foreign name gains (`Putino -> Putinas` and `Putin`,
//! `Putina -> Putins` and `Putin`), and a consonant alternation of the stem
//! undone after it (tables `lt.tsv`, `lv.tsv`).
//!
//! - Lithuanian (Ambrazas et al., *Lithuanian Grammar*, 1997): t and d
//!   soften to č and dž before -io, -iui, -iu, -ių (`Kęstučio -> Kęstutis`).
//! - Latvian (Nau, *Latvian*, 2011; Mathiassen 1997): the second
//!   declension alternates its last consonant before the genitive -a and
//!   the plural endings (`Jāņa -> Jānis`, `Miķeļa -> Miķelis`).

use super::Hypothesis;
use super::chars;
use super::index::EndingIndex;
use super::suffix::{Suffix, SuffixEngine};
use super::table::TableFile;

/// One alternation: the stem shows `changed` where the nominative has `plain`.
struct Alternation {
    changed: String,
    plain: String,
}

/// Which hypotheses of the ending table an alternation is tried on.
enum When {
    /// Lithuanian: after these endings (a leading apostrophe aside).
    Endings(Vec<String>),
    /// Latvian: where the base restores one of these nominative endings.
    Restores(Vec<String>),
}

pub struct Baltic {
    pub endings: SuffixEngine,
    alternations: Vec<Alternation>,
    when: When,
    factor: f64,
}

impl Baltic {
    pub fn lithuanian(file: &TableFile, code: &str, index: &mut EndingIndex) -> Baltic {
        let rules = file
            .rows("endings", code)
            .iter()
            .map(|r| Suffix::from_row(r))
            .collect();
        Baltic {
            endings: SuffixEngine::new(code, rules, None, index),
            alternations: file
                .rows("softened", code)
                .iter()
                .map(|r| Alternation {
                    changed: r.required("soft"),
                    plain: r.required("hard"),
                })
                .collect(),
            when: When::Endings(file.list(code, "softening_endings")),
            factor: file.number(code, "softened"),
        }
    }

    pub fn latvian(file: &TableFile, code: &str, index: &mut EndingIndex) -> Baltic {
        let rules = file
            .rows("endings", code)
            .iter()
            .map(|r| Suffix::from_row(r))
            .collect();
        Baltic {
            endings: SuffixEngine::new(code, rules, None, index),
            alternations: file
                .rows("alternations", code)
                .iter()
                .map(|r| Alternation {
                    changed: r.required("alternated"),
                    plain: r.required("plain"),
                })
                .collect(),
            when: When::Restores(file.list(code, "alternating_restores")),
            factor: file.number(code, "alternation"),
        }
    }

    pub fn hypotheses(&self, word: &str, matched: &[u32], _index: &EndingIndex) -> Vec<Hypothesis> {
        let mut out = Vec::new();
        self.endings.strip(word, matched, &mut out);
        let found = out.len();
        for i in 0..found {
            let h = &out[i];
            // The stem the ending left, and what the base put after it.
            let (stem, tail) = match &self.when {
                When::Endings(endings) => {
                    if !endings
                        .iter()
                        .any(|e| e == h.ending.trim_start_matches('\''))
                    {
                        continue;
                    }
                    let stem = chars::drop_last(word, chars::len(&h.ending));
                    (stem, chars::skip(&h.base, chars::len(stem)))
                }
                When::Restores(restores) => {
                    let ending = h.ending.trim_start_matches(['\'', '-']);
                    let stem = chars::drop_last(word, chars::len(ending));
                    let tail = chars::skip(&h.base, chars::len(stem));
                    if !restores.iter().any(|r| r == tail) {
                        continue;
                    }
                    (stem, tail)
                }
            };
            let mut made = Vec::new();
            for a in &self.alternations {
                if stem.ends_with(a.changed.as_str())
                    && chars::len(stem) > chars::len(&a.changed) + 1
                {
                    made.push(Hypothesis {
                        base: format!("{}{}{tail}", chars::strip(stem, &a.changed), a.plain),
                        ending: h.ending.clone(),
                        case: h.case.clone(),
                        weight: h.weight * self.factor,
                        rule: format!("{}, {} -> {}", h.rule, a.plain, a.changed),
                    });
                }
            }
            out.extend(made);
        }
        out
    }
}
