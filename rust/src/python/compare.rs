//! `namenorm.compare`'s crossing into the core: one call per pair, and the
//! tables and pieces `namenorm.comparison` and `namenorm.organisations` show.

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple};

use super::Text;
use super::resolve::note_record;
use crate::compare::{
    self as core, LEGAL_FORM_MISMATCH, LEGAL_FORM_MISSING, Method, OrgNote, Step, legal_forms,
    organisations,
};

/// `(score, method)` of two names, the score rounded to 6 digits: one crossing per pair.
#[pyfunction]
#[pyo3(signature = (a, b, lang, threshold))]
fn compare<'py>(
    py: Python<'py>,
    a: &Bound<'py, PyString>,
    b: &Bound<'py, PyString>,
    lang: Option<&Bound<'py, PyString>>,
    threshold: f64,
) -> PyResult<(f64, Bound<'py, PyString>)> {
    let (score, method, _) = compared(a, b, lang, threshold, false)?.0;
    Ok((core::round6(score), method_name(py, method)))
}

/// [`core::compare`] of two Python strings (with the steps when `explain`),
/// and the two texts as they crossed (their stand-ins for lone surrogates).
#[allow(clippy::type_complexity)]
fn compared<'a>(
    a: &'a Bound<'_, PyString>,
    b: &'a Bound<'_, PyString>,
    lang: Option<&Bound<'_, PyString>>,
    threshold: f64,
    explain: bool,
) -> PyResult<((f64, Method, Option<Vec<Step>>), (Text<'a>, Text<'a>))> {
    let (ta, tb) = (Text::new(a)?, Text::new(b)?);
    let lang = lang.map(Text::new).transpose()?;
    let found = core::compare(
        ta.as_str(),
        tb.as_str(),
        lang.as_ref().map(Text::as_str),
        threshold,
        explain,
    );
    Ok((found, (ta, tb)))
}

/// The method's name, one Python string for each.
fn method_name(py: Python<'_>, method: Method) -> Bound<'_, PyString> {
    match method {
        Method::Person => intern!(py, "person"),
        Method::Whole => intern!(py, "whole"),
        Method::Words => intern!(py, "words"),
        Method::Acronym => intern!(py, "acronym"),
    }
    .clone()
}

/// `(score, method, steps)`: [`compare`] with the step records of an explanation.
#[pyfunction]
#[pyo3(signature = (a, b, lang, threshold))]
fn compare_steps<'py>(
    py: Python<'py>,
    a: &Bound<'py, PyString>,
    b: &Bound<'py, PyString>,
    lang: Option<&Bound<'py, PyString>>,
    threshold: f64,
) -> PyResult<Bound<'py, PyTuple>> {
    let ((score, method, steps), (ta, tb)) = compared(a, b, lang, threshold, true)?;
    let steps = steps
        .unwrap_or_default()
        .iter()
        .map(|step| step_record(py, step, &ta, &tb))
        .collect::<PyResult<Vec<_>>>()?;
    (core::round6(score), method.name(), PyList::new(py, steps)?).into_pyobject(py)
}

fn step_record<'py>(
    py: Python<'py>,
    step: &Step,
    ta: &Text<'_>,
    tb: &Text<'_>,
) -> PyResult<Bound<'py, PyAny>> {
    // Keys hold no stand-in for a surrogate; a legal form as written may.
    let side = |text: &Text<'_>, s: &Option<String>| -> PyResult<Option<Bound<'py, PyString>>> {
        s.as_deref().map(|s| text.out(py, s)).transpose()
    };
    Ok(match step {
        Step::Keys(a, b) => ("keys", a, b).into_pyobject(py)?.into_any(),
        Step::LegalForms {
            a,
            a_kind,
            b,
            b_kind,
        } => ("legal forms", side(ta, a)?, *a_kind, side(tb, b)?, *b_kind)
            .into_pyobject(py)?
            .into_any(),
        Step::WordsPaired(pairs) => ("words paired", pairs).into_pyobject(py)?.into_any(),
        Step::OrganisationWords(notes) => {
            let notes = notes
                .iter()
                .map(|note| org_note(py, note))
                .collect::<PyResult<Vec<_>>>()?;
            ("organisation words", PyList::new(py, notes)?)
                .into_pyobject(py)?
                .into_any()
        }
        Step::Person(notes) => {
            let notes = notes
                .iter()
                .map(|note| note_record(py, note, false))
                .collect::<PyResult<Vec<_>>>()?;
            ("person", PyList::new(py, notes)?)
                .into_pyobject(py)?
                .into_any()
        }
        Step::Sure => ("sure",).into_pyobject(py)?.into_any(),
        Step::Ceiling(c) => ("ceiling", *c).into_pyobject(py)?.into_any(),
        Step::OtherFathers { a, b, cap } => ("other fathers", a.as_str(), b.as_str(), *cap)
            .into_pyobject(py)?
            .into_any(),
        Step::Acronym => ("acronym",).into_pyobject(py)?.into_any(),
        Step::Readings(whole, words, person) => ("readings", *whole, *words, *person)
            .into_pyobject(py)?
            .into_any(),
        Step::LegalFormsDiffer(factor) => ("legal forms differ", *factor)
            .into_pyobject(py)?
            .into_any(),
        Step::NumbersDiffer { a, b, factor } => ("numbers differ", a, b, *factor)
            .into_pyobject(py)?
            .into_any(),
        Step::Generations { a, b, factor } => ("generations", *a, *b, *factor)
            .into_pyobject(py)?
            .into_any(),
    })
}

fn org_note<'py>(py: Python<'py>, note: &OrgNote) -> PyResult<Bound<'py, PyAny>> {
    Ok(match note {
        OrgNote::Initials { word, words } => {
            ("initials", word, words).into_pyobject(py)?.into_any()
        }
        OrgNote::Joined {
            word,
            words,
            similarity,
        } => ("joined", word, words, *similarity)
            .into_pyobject(py)?
            .into_any(),
        OrgNote::Pair { a, b, similarity } => {
            ("pair", a, b, *similarity).into_pyobject(py)?.into_any()
        }
        OrgNote::BothExtra(factor) => ("both extra", *factor).into_pyobject(py)?.into_any(),
    })
}

/// The legal forms of `translit/legal_forms.tsv`: (key, kind, needs capitals).
#[pyfunction]
fn legal_form_table() -> Vec<(&'static str, &'static str, bool)> {
    legal_forms::legal_forms()
        .into_iter()
        .map(|(key, form)| (key, form.kind, form.caps))
        .collect()
}

/// The legal forms among a name's words: their (start, stop) spans and the kind of the first.
#[pyfunction]
fn legal_form(words: Vec<String>) -> (Vec<(usize, usize)>, Option<&'static str>) {
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    legal_forms::find(&words)
}

/// The roles of `data/org_words.tsv`: (match key, role).
#[pyfunction]
fn org_word_roles() -> Vec<(&'static str, String)> {
    organisations::word_roles()
        .into_iter()
        .map(|(word, role)| (word, role.label()))
        .collect()
}

#[pyfunction]
fn is_function_word(word: &str) -> bool {
    organisations::is_function_word(word)
}

#[pyfunction]
fn marks_organisation(word: &str) -> bool {
    organisations::marks_organisation(word)
}

/// `(score, note records)` of two organisations' match-key words.
#[pyfunction]
fn organisation_similarity<'py>(
    py: Python<'py>,
    a: Vec<String>,
    b: Vec<String>,
) -> PyResult<(f64, Bound<'py, PyList>)> {
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let b: Vec<&str> = b.iter().map(String::as_str).collect();
    let mut notes = Some(Vec::new());
    let score = organisations::organisation_similarity(&a, &b, &mut notes);
    let notes = notes
        .unwrap_or_default()
        .iter()
        .map(|note| org_note(py, note))
        .collect::<PyResult<Vec<_>>>()?;
    Ok((score, PyList::new(py, notes)?))
}

pub fn add(m: &Bound<'_, PyModule>) -> PyResult<()> {
    for f in [
        wrap_pyfunction!(compare, m)?,
        wrap_pyfunction!(compare_steps, m)?,
        wrap_pyfunction!(legal_form_table, m)?,
        wrap_pyfunction!(legal_form, m)?,
        wrap_pyfunction!(org_word_roles, m)?,
        wrap_pyfunction!(is_function_word, m)?,
        wrap_pyfunction!(marks_organisation, m)?,
        wrap_pyfunction!(organisation_similarity, m)?,
    ] {
        m.add_function(f)?;
    }
    for (name, value) in [
        ("LEGAL_FORM_MISMATCH", LEGAL_FORM_MISMATCH),
        ("LEGAL_FORM_MISSING", LEGAL_FORM_MISSING),
        ("GENERATIONS_DIFFER", core::GENERATIONS_DIFFER),
        ("GENERATION_MISSING", core::GENERATION_MISSING),
        ("NUMBERS_DIFFER", core::NUMBERS_DIFFER),
        ("SURE", core::SURE),
        ("INITIAL_SIMILARITY", core::INITIAL_SIMILARITY),
        ("ACRONYM_SCORE", core::ACRONYM_SCORE),
        ("GENERIC_WEIGHT", organisations::GENERIC_WEIGHT),
        ("BOTH_EXTRA", organisations::BOTH_EXTRA),
        ("PAIR_FLOOR", organisations::PAIR_FLOOR),
        ("JOIN_FLOOR", organisations::JOIN_FLOOR),
        ("ACRONYM_SIMILARITY", organisations::ACRONYM_SIMILARITY),
    ] {
        m.add(name, value)?;
    }
    m.add("MIN_LETTERS", organisations::MIN_LETTERS)?;
    Ok(())
}
