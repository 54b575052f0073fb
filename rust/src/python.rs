//! The Python bindings: `namenorm._core`. Every function here converts at
//! the boundary and calls the pure-Rust core; no logic lives here.

use pyo3::prelude::*;

use crate::text::keys;

/// `namenorm.keys.exact_key`.
#[pyfunction]
fn exact_key(text: &str) -> String {
    keys::exact_key(text)
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(exact_key, m)?)?;
    add_languages(m)?;
    Ok(())
}

// -- inflection (namenorm.languages) ------------------------------------------

use crate::languages::index::EndingIndex;
use crate::languages::suffix::{Slavic, StemRule, Suffix, SuffixEngine};
use crate::languages::{self as inflection, Hypothesis, REGISTRY};

/// (base, ending, case, lang, weight, rule)
type RankedRow = (String, String, String, String, f64, String);
/// A table row: (column, the cell's items), in the table's column order.
type TableRow = Vec<(String, Vec<String>)>;
/// (base, ending, case, weight, rule)
type HypothesisRow = (String, String, String, f64, String);

fn row(h: Hypothesis) -> HypothesisRow {
    (h.base, h.ending, h.case, h.weight, h.rule)
}

/// `namenorm.languages.hypotheses`: ranked base-form hypotheses of every
/// language (`lang`: a registered code, or None).
#[pyfunction]
#[pyo3(signature = (word, lang, hinted_only))]
fn hypotheses(py: Python<'_>, word: &str, lang: Option<&str>, hinted_only: bool) -> Vec<RankedRow> {
    py.detach(|| {
        REGISTRY
            .hypotheses(word, lang, hinted_only)
            .into_iter()
            .map(|r| {
                let h = r.hypothesis;
                (
                    h.base,
                    h.ending,
                    h.case,
                    r.lang.to_string(),
                    h.weight,
                    h.rule,
                )
            })
            .collect()
    })
}

/// One language's own hypotheses (`Language.hypotheses`); an unknown code has none.
#[pyfunction]
fn language_hypotheses(py: Python<'_>, code: &str, word: &str) -> Vec<HypothesisRow> {
    py.detach(|| match REGISTRY.get(code) {
        Some(language) => REGISTRY
            .language_hypotheses(language, word)
            .into_iter()
            .map(row)
            .collect(),
        None => Vec::new(),
    })
}

/// The registered languages in order: (code, name, table file).
#[pyfunction]
fn languages() -> Vec<(String, String, String)> {
    REGISTRY
        .languages
        .iter()
        .map(|l| (l.code.clone(), l.name.clone(), l.file.clone()))
        .collect()
}

/// A table file as the core reads it: its sections, each a list of rows
/// ((column, the cell's items: one for a scalar or letter cell) pairs).
#[pyfunction]
fn language_table(name: &str) -> PyResult<Vec<(String, Vec<TableRow>)>> {
    let Some((name, text)) = inflection::table::FILES.iter().find(|(n, _)| *n == name) else {
        return Err(pyo3::exceptions::PyKeyError::new_err(name.to_string()));
    };
    let file = inflection::table::TableFile::parse(name, text);
    Ok(file
        .sections
        .iter()
        .map(|s| {
            let rows = s
                .rows
                .iter()
                .map(|r| {
                    r.items()
                        .map(|(c, items)| (c.to_string(), items.to_vec()))
                        .collect()
                })
                .collect();
            (s.name.clone(), rows)
        })
        .collect())
}

/// Serbian Latin to Serbian Cyrillic, letter by letter (`hr.tsv` `[cyrillic]`).
#[pyfunction]
fn serbian_cyrillic(text: &str) -> String {
    inflection::serbian_cyrillic(text)
}

/// (ending, case, restore, weight, min_stem, after, not_after)
type SuffixTuple = (String, String, Vec<String>, f64, usize, String, String);
/// (stem, base, name, weight, after, not_after, min_stem)
type StemRuleTuple = (String, String, String, f64, String, String, usize);

/// An ending table given from Python (`namenorm.languages.SuffixLanguage`,
/// and `SlavicLanguage` with alternations), run by the core's engine.
#[pyclass(frozen, module = "namenorm._core")]
struct SuffixRules {
    index: EndingIndex,
    engine: SuffixEngine,
}

#[pymethods]
impl SuffixRules {
    #[new]
    #[pyo3(signature = (code, separators, suffixes, alternations=None))]
    fn new(
        code: &str,
        separators: &str,
        suffixes: Vec<SuffixTuple>,
        alternations: Option<Vec<StemRuleTuple>>,
    ) -> Self {
        let rules = suffixes
            .into_iter()
            .map(
                |(ending, case, restore, weight, min_stem, after, not_after)| Suffix {
                    ending,
                    case,
                    restore,
                    weight,
                    min_stem,
                    after,
                    not_after,
                    tag: String::new(),
                    example: String::new(),
                },
            )
            .collect();
        let slavic = alternations.map(|rules| Slavic {
            alternations: rules
                .into_iter()
                .map(
                    |(stem, base, name, weight, after, not_after, min_stem)| StemRule {
                        stem,
                        base,
                        name,
                        weight,
                        after,
                        not_after,
                        min_stem,
                        example: String::new(),
                    },
                )
                .collect(),
        });
        let mut index = EndingIndex::new();
        let mut engine = SuffixEngine::new(code, rules, slavic, &mut index);
        engine.separators = separators.to_string();
        SuffixRules { index, engine }
    }

    /// The hypotheses for one lower-case word: (base, ending, case, weight, rule).
    fn hypotheses(&self, word: &str) -> Vec<HypothesisRow> {
        let matched = self.index.ending(word, self.engine.table);
        self.engine
            .hypotheses(word, &matched, &self.index)
            .into_iter()
            .map(row)
            .collect()
    }
}

/// Register the inflection functions (called from `_core`).
fn add_languages(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(hypotheses, m)?)?;
    m.add_function(wrap_pyfunction!(language_hypotheses, m)?)?;
    m.add_function(wrap_pyfunction!(languages, m)?)?;
    m.add_function(wrap_pyfunction!(language_table, m)?)?;
    m.add_function(wrap_pyfunction!(serbian_cyrillic, m)?)?;
    m.add_class::<SuffixRules>()?;
    m.add("FOREIGN_PRIOR", inflection::FOREIGN_PRIOR)?;
    m.add("NO_HINT_PRIOR", inflection::NO_HINT_PRIOR)?;
    m.add("MAX_HYPOTHESES", inflection::MAX_HYPOTHESES)?;
    Ok(())
}
