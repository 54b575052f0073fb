//! The bindings of the resolution core: `namenorm._core.Index`,
//! `namenorm._core.Resolver` and the score primitives `namenorm.score`
//! wraps. A query crosses once: in with its text, out with its ranked
//! candidates and decision, each candidate's explanation as step records
//! (`namenorm.explain` renders them).
//!
//! Lone surrogates (text decoded with `surrogateescape`) stand in for the
//! core as the private-use characters U+F0000 + (surrogate - U+D800), as
//! `namenorm.languages` passes them; strings come back with them turned
//! back into surrogates when the query or the index held any.

use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::Arc;

use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};
use rayon::prelude::*;

use crate::evidence::{self, Route};
use crate::fuzzy;
use crate::index::{BLOCK_LIMIT, Index, Kind, MapId, SourceName};
use crate::resolver::{Decision, Entities, Options, Ranked, Resolver, Scope, Status, Step};
use crate::score::{self, Note};

const STAND_IN: u32 = 0xF_0000;
const SURROGATE: u32 = 0xD800;

/// Text from Python, lone surrogates stood in for; and whether it had any.
fn text_in<'a>(s: &'a Bound<'_, PyString>) -> PyResult<(Cow<'a, str>, bool)> {
    if let Ok(text) = s.to_str() {
        return Ok((Cow::Borrowed(text), false));
    }
    let bytes = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
    let mut rest = bytes.cast::<PyBytes>()?.as_bytes();
    let mut out = String::with_capacity(rest.len());
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                out.push_str(valid);
                break;
            }
            Err(error) => {
                let (valid, tail) = rest.split_at(error.valid_up_to());
                out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let [0xED, b1, b2, ..] = *tail else { break };
                let surrogate = 0xD000 | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
                out.push(char::from_u32(STAND_IN + surrogate - SURROGATE).unwrap_or('\u{FFFD}'));
                rest = &tail[3..];
            }
        }
    }
    Ok((Cow::Owned(out), true))
}

fn owned_in(s: &Bound<'_, PyString>) -> PyResult<(String, bool)> {
    text_in(s).map(|(t, had)| (t.into_owned(), had))
}

fn is_stand_in(c: char) -> bool {
    (STAND_IN..STAND_IN + 0x800).contains(&(c as u32))
}

/// A string for Python: stand-ins turned back into surrogates when `back`.
fn out<'py>(py: Python<'py>, text: &str, back: bool) -> PyResult<Bound<'py, PyString>> {
    if !back || text.is_ascii() || !text.chars().any(is_stand_in) {
        return Ok(PyString::new(py, text));
    }
    let mut bytes = Vec::with_capacity(text.len());
    let mut buffer = [0u8; 4];
    for c in text.chars() {
        if is_stand_in(c) {
            let s = c as u32 - STAND_IN + SURROGATE;
            bytes.extend([
                0xED,
                0x80 | ((s >> 6) & 0x3F) as u8,
                0x80 | (s & 0x3F) as u8,
            ]);
        } else {
            bytes.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
        }
    }
    PyString::from_encoded_object(
        PyBytes::new(py, &bytes).as_any(),
        Some(c"utf-8"),
        Some(c"surrogatepass"),
    )
}

fn map_id(map: &str) -> PyResult<MapId> {
    MapId::from_name(map).ok_or_else(|| PyValueError::new_err(format!("no key map {map:?}")))
}

/// The candidate index (`namenorm.index.Index` is its front).
#[pyclass(frozen, module = "namenorm._core", name = "Index")]
pub struct PyIndex {
    pub inner: Arc<Index>,
}

#[pymethods]
impl PyIndex {
    /// Index the names of the entities: `types` per entity; `owners`,
    /// `texts`, `kinds` and `weak` per name, grouped by entity in order.
    #[new]
    #[pyo3(signature = (types, owners, texts, kinds, weak, expand_native=true))]
    fn new(
        py: Python<'_>,
        types: Vec<String>,
        owners: Vec<u32>,
        texts: Vec<Bound<'_, PyString>>,
        kinds: Vec<String>,
        weak: Vec<bool>,
        expand_native: bool,
    ) -> PyResult<PyIndex> {
        let n = texts.len();
        if owners.len() != n || kinds.len() != n || weak.len() != n {
            return Err(PyValueError::new_err(
                "owners, texts, kinds and weak differ in length",
            ));
        }
        if owners.windows(2).any(|w| w[0] > w[1])
            || owners.last().is_some_and(|&o| o as usize >= types.len())
        {
            return Err(PyValueError::new_err(
                "names must be grouped by entity, in order",
            ));
        }
        let mut surrogates = false;
        let mut names = Vec::with_capacity(n);
        for (((entity, text), kind), weak) in owners.into_iter().zip(&texts).zip(&kinds).zip(weak) {
            let (text, had) = owned_in(text)?;
            surrogates |= had;
            let kind = Kind::from_name(kind)
                .ok_or_else(|| PyValueError::new_err(format!("no kind of name {kind:?}")))?;
            names.push(SourceName {
                entity,
                text,
                kind,
                weak,
            });
        }
        drop((texts, kinds));
        let index = py.detach(|| Index::build(&types, names, expand_native, surrogates));
        Ok(PyIndex {
            inner: Arc::new(index),
        })
    }

    /// The index saved at `path` for `digest`, or None (no such file, or
    /// another format, gazetteer or code, or damaged).
    #[staticmethod]
    fn load(py: Python<'_>, path: PathBuf, digest: &str) -> Option<PyIndex> {
        py.detach(|| Index::load(&path, digest))
            .ok()
            .map(|index| PyIndex {
                inner: Arc::new(index),
            })
    }

    /// Write the index to `path`, for `digest`.
    fn save(&self, py: Python<'_>, path: PathBuf, digest: &str) -> PyResult<()> {
        py.detach(|| self.inner.save(&path, digest))
            .map_err(|e| PyOSError::new_err(e.to_string()))
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    /// The number of entities the index was built for.
    #[getter]
    fn entities(&self) -> u32 {
        self.inner.entities
    }

    /// The positions `map` files under `key`, or None.
    fn get<'py>(
        &self,
        py: Python<'py>,
        map: &str,
        key: &Bound<'py, PyString>,
    ) -> PyResult<Option<Bound<'py, PyTuple>>> {
        let map = map_id(map)?;
        let (key, _) = text_in(key)?;
        match self.inner.get(map, &key) {
            None => Ok(None),
            Some(found) => Ok(Some(PyTuple::new(py, found.to_vec())?)),
        }
    }

    /// The number of keys of `map`.
    fn count(&self, map: &str) -> PyResult<usize> {
        Ok(self.inner.keys(map_id(map)?))
    }

    /// Every key of `map`, in no particular order.
    fn keys<'py>(&self, py: Python<'py>, map: &str) -> PyResult<Vec<Bound<'py, PyString>>> {
        let map = map_id(map)?;
        let back = self.inner.surrogates;
        self.inner
            .entries(map)
            .map(|(key, _)| out(py, key, back))
            .collect()
    }

    /// The names from `start` to `stop`: (entity, text, kind, weak, match
    /// key, surname or None) each.
    fn names<'py>(
        &self,
        py: Python<'py>,
        start: usize,
        stop: usize,
    ) -> PyResult<Bound<'py, PyList>> {
        let stop = stop.min(self.inner.len());
        let back = self.inner.surrogates;
        let list = PyList::empty(py);
        for p in start..stop.max(start) {
            let name = self.inner.name(p as u32);
            let surname = name.surname.map(|s| out(py, s, back)).transpose()?;
            list.append((
                name.entity,
                out(py, name.text, back)?,
                name.kind.name(),
                name.weak,
                out(py, name.key, back)?,
                surname,
            ))?;
        }
        Ok(list)
    }

    /// Sizes: names, and keys and positions per map, strings and bytes.
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for (k, v) in self.inner.stats() {
            dict.set_item(k, v)?;
        }
        Ok(dict)
    }
}

/// What a query asks besides its text.
struct Ask {
    lang: Option<String>,
    scope: Scope,
}

fn ask(
    lang: Option<&Bound<'_, PyString>>,
    types: Option<Vec<String>>,
    countries: Option<Vec<String>>,
) -> PyResult<Ask> {
    let lang = lang.map(|l| owned_in(l).map(|(t, _)| t)).transpose()?;
    let sorted = |v: Option<Vec<String>>| {
        v.map(|mut v| {
            v.sort();
            v.dedup();
            v
        })
    };
    Ok(Ask {
        lang,
        scope: Scope {
            types: sorted(types),
            countries: sorted(countries),
        },
    })
}

/// The resolver (`namenorm.Resolver` is its front).
#[pyclass(frozen, module = "namenorm._core", name = "Resolver")]
pub struct PyResolver {
    inner: Resolver,
}

type Candidates<'py> = Bound<'py, PyList>;

impl PyResolver {
    fn name_record<'py>(
        &self,
        py: Python<'py>,
        position: u32,
        back: bool,
    ) -> PyResult<(&'static str, Bound<'py, PyString>)> {
        let name = self.inner.index.name(position);
        Ok((name.kind.name(), out(py, name.text, back)?))
    }

    fn step<'py>(&self, py: Python<'py>, step: &Step, back: bool) -> PyResult<Bound<'py, PyAny>> {
        let s = |text: &str| out(py, text, back);
        Ok(match step {
            Step::Cleaned { query, fixes } => ("cleaned", s(query)?, PyTuple::new(py, fixes)?)
                .into_pyobject(py)?
                .into_any(),
            Step::Ending {
                ending,
                word,
                case,
                lang,
                base,
                weight,
            } => (
                "ending",
                s(ending)?,
                s(word)?,
                case.as_str(),
                *lang,
                s(base)?,
                *weight,
            )
                .into_pyobject(py)?
                .into_any(),
            Step::Key { level, key, name } => {
                let (kind, text) = self.name_record(py, *name, back)?;
                ("key", level.name(), s(key)?, kind, text)
                    .into_pyobject(py)?
                    .into_any()
            }
            Step::Surname { key, name } => {
                let (kind, text) = self.name_record(py, *name, back)?;
                ("surname", s(key)?, kind, text)
                    .into_pyobject(py)?
                    .into_any()
            }
            Step::Stem { word, prefix, name } => {
                let (kind, text) = self.name_record(py, *name, back)?;
                ("stem", s(word)?, s(prefix)?, kind, text)
                    .into_pyobject(py)?
                    .into_any()
            }
            Step::Note(note) => note_record(py, note, back)?,
            Step::Found { exact, name } => {
                let (kind, text) = self.name_record(py, *name, back)?;
                ("found", *exact, kind, text).into_pyobject(py)?.into_any()
            }
            Step::Chance { route, key, needed } => ("chance", route.name(), s(key)?, *needed)
                .into_pyobject(py)?
                .into_any(),
        })
    }

    fn candidates<'py>(
        &self,
        py: Python<'py>,
        ranked: &[Ranked],
        back: bool,
    ) -> PyResult<Candidates<'py>> {
        let back = back || self.inner.index.surrogates;
        let list = PyList::empty(py);
        for c in ranked {
            let steps = PyList::empty(py);
            for step in &c.steps {
                steps.append(self.step(py, step, back)?)?;
            }
            let matched = out(py, self.inner.index.name(c.name).text, back)?;
            list.append((
                c.entity,
                c.score,
                matched,
                steps,
                out(py, &c.reading, back)?,
            ))?;
        }
        Ok(list)
    }

    fn decision<'py>(
        &self,
        py: Python<'py>,
        ranked: &[Ranked],
        decision: &Decision,
        back: bool,
    ) -> PyResult<Bound<'py, PyTuple>> {
        // Only what the decision reads crosses: the match and the rivals.
        let mut shown: Vec<usize> = decision.matched.into_iter().collect();
        shown.extend(
            decision
                .rivals
                .iter()
                .copied()
                .filter(|r| Some(*r) != decision.matched),
        );
        let picked: Vec<Ranked> = shown.iter().map(|&i| ranked[i].clone()).collect();
        let at = |i: usize| shown.iter().position(|&s| s == i).unwrap_or(0);
        let candidates = self.candidates(py, &picked, back)?;
        (
            decision.status.name(),
            candidates,
            decision.matched.map(at),
            decision.rivals.iter().map(|&r| at(r)).collect::<Vec<_>>(),
            decision.prominent,
        )
            .into_pyobject(py)
    }
}

pub(super) fn note_record<'py>(
    py: Python<'py>,
    note: &Note,
    back: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let s = |text: &str| out(py, text, back);
    Ok(match note {
        Note::SurnameAlone => ("surname alone",).into_pyobject(py)?.into_any(),
        Note::Initial { word, given } => ("initial", s(word)?, s(given)?)
            .into_pyobject(py)?
            .into_any(),
        Note::ForInitial { word, initial } => ("for initial", s(word)?, s(initial)?)
            .into_pyobject(py)?
            .into_any(),
        Note::GivenForms { word, given } => ("given forms", s(word)?, s(given)?)
            .into_pyobject(py)?
            .into_any(),
        Note::Patronymic { word } => ("patronymic", s(word)?).into_pyobject(py)?.into_any(),
        Note::OtherPatronymic { word, other } => ("other patronymic", s(word)?, s(other)?)
            .into_pyobject(py)?
            .into_any(),
        Note::StrayInitials(n) => ("stray initials", *n).into_pyobject(py)?.into_any(),
        Note::NasabTail { words } => ("nasab tail", s(words)?).into_pyobject(py)?.into_any(),
    })
}

#[pymethods]
impl PyResolver {
    #[new]
    #[pyo3(signature = (index, ids, types, countries, weights, *, threshold, margin, prominence, fuzzy, hypotheses_per_word, cache_size))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        index: &PyIndex,
        ids: Vec<String>,
        types: Vec<String>,
        countries: Vec<Option<String>>,
        weights: Vec<f64>,
        threshold: f64,
        margin: f64,
        prominence: f64,
        fuzzy: bool,
        hypotheses_per_word: usize,
        cache_size: usize,
    ) -> PyResult<PyResolver> {
        let n = index.inner.entities as usize;
        if [ids.len(), types.len(), countries.len(), weights.len()]
            .iter()
            .any(|&l| l != n)
        {
            return Err(PyValueError::new_err(
                "one id, type, country and weight per entity of the index",
            ));
        }
        let entities = Entities::new(ids, &types, &countries, weights);
        let options = Options {
            threshold,
            margin,
            prominence,
            fuzzy,
            hypotheses_per_word,
            cache_size,
        };
        Ok(PyResolver {
            inner: Resolver::new(index.inner.clone(), Arc::new(entities), options),
        })
    }

    /// Every candidate (or, `decisive`, those a decision reads), best
    /// first, at most `k`: (entity, score, matched name, steps, reading).
    #[pyo3(signature = (text, lang=None, types=None, countries=None, decisive=false, k=None))]
    #[allow(clippy::too_many_arguments)]
    fn ranked<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
        lang: Option<&Bound<'py, PyString>>,
        types: Option<Vec<String>>,
        countries: Option<Vec<String>>,
        decisive: bool,
        k: Option<usize>,
    ) -> PyResult<Candidates<'py>> {
        let (text, back) = text_in(text)?;
        let ask = ask(lang, types, countries)?;
        let ranked = py.detach(|| {
            self.inner
                .ranked(&text, ask.lang.as_deref(), &ask.scope, decisive)
        });
        let shown = &ranked[..k.unwrap_or(usize::MAX).min(ranked.len())];
        self.candidates(py, shown, back)
    }

    /// The decision on `text`: (status, candidates, the match's place among
    /// them or None, the rivals' places, whether the match was chosen as
    /// the more prominent). `decisive`: from the candidates a decision
    /// reads (false: from every candidate, for the tests).
    #[pyo3(signature = (text, lang=None, types=None, countries=None, decisive=true))]
    fn decide<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
        lang: Option<&Bound<'py, PyString>>,
        types: Option<Vec<String>>,
        countries: Option<Vec<String>>,
        decisive: bool,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let (text, back) = text_in(text)?;
        let ask = ask(lang, types, countries)?;
        let (ranked, decision) = py.detach(|| {
            let ranked = self
                .inner
                .ranked(&text, ask.lang.as_deref(), &ask.scope, decisive);
            let decision = self.inner.decide(&ranked);
            (ranked, decision)
        });
        self.decision(py, &ranked, &decision, back)
    }

    /// [`PyResolver::decide`] for many texts at once (None: `empty`, like a
    /// blank text), in order, worked out in parallel without the GIL.
    #[pyo3(signature = (texts, lang=None, types=None, countries=None))]
    fn decide_many<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<Option<Bound<'py, PyString>>>,
        lang: Option<&Bound<'py, PyString>>,
        types: Option<Vec<String>>,
        countries: Option<Vec<String>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let ask = ask(lang, types, countries)?;
        let inputs: Vec<Option<(String, bool)>> = texts
            .iter()
            .map(|t| t.as_ref().map(owned_in).transpose())
            .collect::<PyResult<_>>()?;
        drop(texts);
        let work = |input: &Option<(String, bool)>| -> Option<(Arc<Vec<Ranked>>, Decision)> {
            let (text, _) = input.as_ref()?;
            if crate::text::casefold::strip(text).is_empty() {
                return None;
            }
            let ranked = self
                .inner
                .ranked(text, ask.lang.as_deref(), &ask.scope, true);
            let decision = self.inner.decide(&ranked);
            Some((ranked, decision))
        };
        let results: Vec<Option<(Arc<Vec<Ranked>>, Decision)>> = py.detach(|| {
            if inputs.len() >= 256 {
                crate::parallel::install(|| inputs.par_iter().map(work).collect())
            } else {
                inputs.iter().map(work).collect()
            }
        });
        let list = PyList::empty(py);
        for (input, result) in inputs.iter().zip(results) {
            match result {
                None => list.append((
                    Status::Empty.name(),
                    PyList::empty(py),
                    None::<usize>,
                    Vec::<usize>::new(),
                    false,
                ))?,
                Some((ranked, decision)) => {
                    let back = input.as_ref().is_some_and(|(_, b)| *b);
                    list.append(self.decision(py, &ranked, &decision, back)?)?;
                }
            }
        }
        Ok(list)
    }

    /// The number of answers remembered, and of queries noted as asked once.
    fn cache_sizes(&self) -> (usize, usize) {
        self.inner.cache_sizes()
    }

    /// The fuzzy stage alone, for the tests: (position, score, steps) of
    /// each hit above `floor` of the query's words (exact keys) read with
    /// `lang`; `prune`: with the bounds that skip names that cannot score.
    #[pyo3(signature = (words, lang, floor, prune=true))]
    fn fuzzy_hits<'py>(
        &self,
        py: Python<'py>,
        words: Vec<String>,
        lang: Option<String>,
        floor: f64,
        prune: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let hits = py.detach(|| self.inner.fuzzy_hits(&words, lang.as_deref(), floor, prune));
        let list = PyList::empty(py);
        for (position, score, steps) in hits {
            let records = PyList::empty(py);
            for step in &steps {
                records.append(self.step(py, step, false)?)?;
            }
            list.append((position, score, records))?;
        }
        Ok(list)
    }
}

// -- the score primitives (namenorm.score) ------------------------------------

#[pyfunction]
fn key_similarity(a: &str, b: &str) -> f64 {
    score::key_similarity(a, b)
}

#[pyfunction]
fn given_similarity(a: &str, b: &str) -> f64 {
    score::given_similarity(a, b)
}

#[pyfunction]
fn surname_similarity(word: &str, surname: &str) -> f64 {
    score::surname_similarity(word, surname)
}

#[pyfunction]
fn given_name_class(key: &str) -> Option<&'static str> {
    score::given_name_class(key)
}

#[pyfunction]
fn edit_cost(a: &str, b: &str) -> f64 {
    score::edit_cost(a, b)
}

#[pyfunction]
fn calibrate(cost: f64, length: usize) -> f64 {
    score::calibrate(cost, length)
}

#[pyfunction]
fn similarity_bound(a: &str, b: &str) -> f64 {
    score::similarity_bound(a, b)
}

#[pyfunction]
fn bound_from_distance(a: &str, b: &str, distance: usize) -> f64 {
    score::bound_from_distance(a, b, distance)
}

#[pyfunction]
fn distance_cutoff(needed: f64, length: usize) -> usize {
    score::distance_cutoff(needed, length)
}

#[pyfunction]
fn distances_within(key: &str, targets: Vec<String>, cutoff: usize) -> Vec<(usize, usize)> {
    score::distances_within(key, targets.iter().map(String::as_str), cutoff)
}

#[pyfunction]
#[pyo3(signature = (key, targets, cutoff, factor=1.0, needed=-1.0))]
fn bounds_within(
    key: &str,
    targets: Vec<String>,
    cutoff: usize,
    factor: f64,
    needed: f64,
) -> Vec<(usize, f64)> {
    score::bounds_within(
        key,
        targets.iter().map(String::as_str),
        cutoff,
        factor,
        needed,
    )
}

#[pyfunction]
fn given_bounds(words: Vec<String>, givens: Vec<String>, needed: f64) -> Vec<(String, f64)> {
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let givens: Vec<&str> = givens.iter().map(String::as_str).collect();
    score::given_bounds(&words, &givens, needed)
        .into_iter()
        .map(|(g, b)| (g.to_string(), b))
        .collect()
}

#[pyfunction]
fn surname_reach(
    words: Vec<String>,
    surnames: Vec<String>,
    needed: f64,
) -> Vec<(String, f64, Vec<String>)> {
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let surnames: Vec<&str> = surnames.iter().map(String::as_str).collect();
    score::surname_reach(&words, &surnames, needed)
        .into_iter()
        .map(|(s, b, near)| {
            (
                s.to_string(),
                b,
                near.into_iter().map(str::to_string).collect(),
            )
        })
        .collect()
}

#[pyfunction]
#[pyo3(signature = (surname_score, given_score=1.0, alone=true))]
fn alignment_ceiling(surname_score: f64, given_score: f64, alone: bool) -> f64 {
    score::alignment_ceiling(surname_score, given_score, alone)
}

#[pyfunction]
fn given_needed(floor: f64) -> f64 {
    score::given_needed(floor)
}

#[pyfunction]
#[pyo3(signature = (floor, given_score=1.0, alone=true))]
fn surname_needed(floor: f64, given_score: f64, alone: bool) -> f64 {
    score::surname_needed(floor, given_score, alone)
}

#[pyfunction]
fn looks_like_patronymic(word: &str) -> bool {
    score::looks_like_patronymic(word)
}

/// `(score, surname score, given score or None, note records)`.
#[pyfunction]
#[pyo3(signature = (query, name, surname_at=None))]
fn align_person<'py>(
    py: Python<'py>,
    query: Vec<String>,
    name: Vec<String>,
    surname_at: Option<usize>,
) -> PyResult<Bound<'py, PyTuple>> {
    if name.is_empty() || surname_at.is_some_and(|at| at >= name.len()) {
        return Err(PyValueError::new_err(
            "a name of at least one word, the surname among them",
        ));
    }
    let query: Vec<&str> = query.iter().map(String::as_str).collect();
    let name: Vec<&str> = name.iter().map(String::as_str).collect();
    let a = score::align_person(&query, &name, surname_at);
    let notes = a
        .notes
        .iter()
        .map(|n| note_record(py, n, false))
        .collect::<PyResult<Vec<_>>>()?;
    (
        a.score,
        a.surname_score,
        a.given_score,
        PyList::new(py, notes)?,
    )
        .into_pyobject(py)
}

/// How many times this thread has read a name of an index (for the tests).
#[pyfunction]
fn names_read() -> u64 {
    crate::index::names_read()
}

/// The routes of the open-world gate (`routes.tsv`): (name, letters, prominence counts, description).
#[pyfunction]
fn routes() -> Vec<(&'static str, u32, bool, &'static str)> {
    Route::ALL
        .iter()
        .map(|r| {
            (
                r.name(),
                r.letters(),
                r.prominence_counts(),
                r.description(),
            )
        })
        .collect()
}

#[pyfunction]
#[pyo3(signature = (route, keys, weight=1.0))]
fn letters_needed(route: &str, keys: usize, weight: f64) -> PyResult<f64> {
    let route = Route::from_name(route)
        .ok_or_else(|| PyValueError::new_err(format!("no route {route:?}")))?;
    Ok(evidence::letters_needed(route, keys, weight))
}

/// Register the resolution core (called from `_core`).
pub fn add(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyIndex>()?;
    m.add_class::<PyResolver>()?;
    for f in [
        wrap_pyfunction!(key_similarity, m)?,
        wrap_pyfunction!(given_similarity, m)?,
        wrap_pyfunction!(surname_similarity, m)?,
        wrap_pyfunction!(given_name_class, m)?,
        wrap_pyfunction!(edit_cost, m)?,
        wrap_pyfunction!(calibrate, m)?,
        wrap_pyfunction!(similarity_bound, m)?,
        wrap_pyfunction!(bound_from_distance, m)?,
        wrap_pyfunction!(distance_cutoff, m)?,
        wrap_pyfunction!(distances_within, m)?,
        wrap_pyfunction!(bounds_within, m)?,
        wrap_pyfunction!(given_bounds, m)?,
        wrap_pyfunction!(surname_reach, m)?,
        wrap_pyfunction!(alignment_ceiling, m)?,
        wrap_pyfunction!(given_needed, m)?,
        wrap_pyfunction!(surname_needed, m)?,
        wrap_pyfunction!(looks_like_patronymic, m)?,
        wrap_pyfunction!(align_person, m)?,
        wrap_pyfunction!(routes, m)?,
        wrap_pyfunction!(names_read, m)?,
        wrap_pyfunction!(letters_needed, m)?,
    ] {
        m.add_function(f)?;
    }
    let constants: &[(&str, f64)] = &[
        ("THRESHOLD", score::THRESHOLD),
        ("VOWEL_COST", score::VOWEL_COST),
        ("CLASS_COST", score::CLASS_COST),
        ("ENDING_COST", score::ENDING_COST),
        ("TRANSPOSITION_COST", score::TRANSPOSITION_COST),
        ("BUDGET_BASE", score::BUDGET_BASE),
        ("BUDGET_PER_LETTER", score::BUDGET_PER_LETTER),
        ("SURNAME_ALONE_FACTOR", score::SURNAME_ALONE_FACTOR),
        ("SURNAME_SHARE", score::SURNAME_SHARE),
        ("INITIAL_SCORE", score::INITIAL_SCORE),
        ("GIVEN_MIN", score::GIVEN_MIN),
        ("SUFFIX_FACTOR", score::SUFFIX_FACTOR),
        ("CHANCE_FACTOR", evidence::CHANCE_FACTOR),
        ("BITS_PER_LETTER", evidence::BITS_PER_LETTER),
        ("EDIT_LETTERS", evidence::EDIT_LETTERS),
        ("PROMINENCE_LETTERS", evidence::PROMINENCE_LETTERS),
        ("REPORTED", fuzzy::REPORTED),
        ("PRIOR_SHARE", fuzzy::PRIOR_SHARE),
        ("FUZZY_PRIOR_SHARE", fuzzy::FUZZY_PRIOR_SHARE),
        ("COMPACT_FACTOR", fuzzy::COMPACT_FACTOR),
        ("WEAK_FACTOR", crate::index::WEAK_FACTOR),
    ];
    for (name, value) in constants {
        m.add(*name, *value)?;
    }
    m.add("BASE_KEYS", evidence::BASE_KEYS as u64)?;
    m.add("BLOCK_LIMIT", BLOCK_LIMIT)?;
    m.add("MAX_BLOCK", fuzzy::MAX_BLOCK)?;
    m.add("MAX_FUZZY_CANDIDATES", fuzzy::MAX_FUZZY_CANDIDATES)?;
    m.add("INDEX_FORMAT", crate::index::FORMAT)?;
    m.add("RUSSIAN_SUFFIXES", score::RUSSIAN_SUFFIXES.to_vec())?;
    m.add("PATRONYMIC_PARTICLES", score::PATRONYMIC_PARTICLES.to_vec())?;
    m.add("PATRONYMIC_ENDINGS", score::PATRONYMIC_ENDINGS.to_vec())?;
    m.add(
        "KIND_FACTORS",
        Kind::ALL
            .iter()
            .map(|k| (k.name(), k.factor()))
            .collect::<Vec<_>>(),
    )?;
    m.add(
        "MAPS",
        MapId::ALL.iter().map(|m| m.name()).collect::<Vec<_>>(),
    )?;
    Ok(())
}
