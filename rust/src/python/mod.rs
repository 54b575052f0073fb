//! The Python bindings: `namenorm._core`. Every function here converts at
//! the boundary and calls the pure-Rust core; no logic lives here.
//!
//! Text crosses as [`Text`]: a Python `str` may hold lone surrogates
//! (`surrogateescape` decodes invalid bytes to U+DC80..U+DCFF), which no
//! Rust string can. Each distinct surrogate stands in for the core as a
//! code point the text does not hold, private-use (planes 16 and 15) or
//! unassigned in every Unicode version (planes 4 to 13), and is turned back
//! on the way out. Every function of the text layer treats these as Python
//! treated the surrogates: neither is a letter, a digit, a space, a word
//! character, nor in any table; both are invisible (Cs, Co, Cn), left alone
//! by case mappings and normalisation, dropped by unidecode. (Two
//! differences: `expand` sorts a stand-in where the surrogate's code point
//! would not, so of two spellings that fold alike the one kept may differ
//! for a name that also holds characters from U+E000 up; and a text of more
//! than 786,000 characters with lone surrogates may find no stand-ins
//! left, a `ValueError`.)

mod compare;
mod resolve;

use std::borrow::Cow;

use pyo3::exceptions::{PyKeyError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString, PyTuple};
use rustc_hash::FxHashSet;

use crate::text::translit::tables::{self, Rule, Table, TableError};
use crate::text::{clean, keys, translit};

/// Where stand-ins for lone surrogates are taken from, in order.
fn stand_ins() -> impl Iterator<Item = char> {
    (0x10_0000..=0x10_FFFD)
        .chain(0xF_0000..=0xF_FFFD)
        .chain(0x4_0000..=0xD_FFFF)
        .filter_map(char::from_u32)
}

/// Text from Python (see the module's docs).
struct Text<'a> {
    text: Cow<'a, str>,
    /// Each stand-in and the surrogate it stands in for.
    surrogates: Vec<(char, u16)>,
}

impl<'a> Text<'a> {
    fn new(s: &'a Bound<'_, PyString>) -> PyResult<Text<'a>> {
        if let Ok(text) = s.to_str() {
            return Ok(Text {
                text: Cow::Borrowed(text),
                surrogates: Vec::new(),
            });
        }
        // With lone surrogates: read the text as "surrogatepass" writes it.
        let bytes = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
        let mut rest = bytes.cast::<PyBytes>()?.as_bytes();
        let mut pieces: Vec<Result<&str, u16>> = Vec::new();
        loop {
            let (valid, tail) = match std::str::from_utf8(rest) {
                Ok(valid) => (valid, &[][..]),
                Err(error) => {
                    let (valid, tail) = rest.split_at(error.valid_up_to());
                    (std::str::from_utf8(valid).unwrap_or_default(), tail)
                }
            };
            pieces.push(Ok(valid));
            let [0xED, b1, b2, ..] = *tail else { break };
            pieces.push(Err(0xD000
                | (u16::from(b1 & 0x3F) << 6)
                | u16::from(b2 & 0x3F)));
            rest = &tail[3..];
        }
        let held: FxHashSet<char> = pieces
            .iter()
            .filter_map(|p| p.ok())
            .flat_map(str::chars)
            .collect();
        let mut free = stand_ins().filter(|c| !held.contains(c));
        let mut surrogates: Vec<(char, u16)> = Vec::new();
        let mut text = String::with_capacity(bytes.len()?);
        for piece in pieces {
            match piece {
                Ok(valid) => text.push_str(valid),
                Err(surrogate) => {
                    let stand_in = match surrogates.iter().find(|&&(_, s)| s == surrogate) {
                        Some(&(stand_in, _)) => stand_in,
                        None => {
                            let stand_in = free.next().ok_or_else(|| {
                                PyValueError::new_err(
                                    "no code point left to stand in for a lone surrogate",
                                )
                            })?;
                            surrogates.push((stand_in, surrogate));
                            stand_in
                        }
                    };
                    text.push(stand_in);
                }
            }
        }
        Ok(Text {
            text: Cow::Owned(text),
            surrogates,
        })
    }

    fn as_str(&self) -> &str {
        &self.text
    }

    /// `out` as a Python `str`, stand-ins turned back into surrogates.
    fn out<'py>(&self, py: Python<'py>, out: &str) -> PyResult<Bound<'py, PyString>> {
        let back = |c: char| {
            self.surrogates
                .iter()
                .find(|&&(stand_in, _)| stand_in == c)
                .map(|&(_, s)| s)
        };
        if self.surrogates.is_empty() || !out.chars().any(|c| back(c).is_some()) {
            return Ok(PyString::new(py, out));
        }
        let mut bytes = Vec::with_capacity(out.len());
        let mut buffer = [0u8; 4];
        for c in out.chars() {
            match back(c) {
                Some(s) => bytes.extend([
                    0xED,
                    0x80 | ((s >> 6) & 0x3F) as u8,
                    0x80 | (s & 0x3F) as u8,
                ]),
                None => bytes.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes()),
            }
        }
        PyString::from_encoded_object(
            PyBytes::new(py, &bytes).as_any(),
            Some(c"utf-8"),
            Some(c"surrogatepass"),
        )
    }
}

// -- keys ------------------------------------------------------------------------------

/// `namenorm.keys.exact_key`.
#[pyfunction]
fn exact_key<'py>(py: Python<'py>, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    let text = Text::new(text)?;
    text.out(py, &keys::exact_key(text.as_str()))
}

/// `namenorm.keys.ascii_key`.
#[pyfunction]
fn ascii_key<'py>(py: Python<'py>, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    let text = Text::new(text)?;
    text.out(py, &keys::ascii_key(text.as_str()))
}

/// `namenorm.keys.match_key`.
#[pyfunction]
#[pyo3(signature = (text, lang=None))]
fn match_key<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    lang: Option<&Bound<'py, PyString>>,
) -> PyResult<Bound<'py, PyString>> {
    let text = Text::new(text)?;
    let lang = lang.map(Text::new).transpose()?;
    text.out(
        py,
        &keys::match_key(text.as_str(), lang.as_ref().map(Text::as_str)),
    )
}

/// `namenorm.keys.skeleton`.
#[pyfunction]
fn skeleton<'py>(py: Python<'py>, key: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    let key = Text::new(key)?;
    key.out(py, &keys::skeleton(key.as_str()))
}

/// The rules of `translit/decode.tsv`: `(lang, [(pattern, replacement), ...])`, for `namenorm.keys.decoders`.
#[pyfunction]
fn decode_rules() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    keys::decoders()
        .iter()
        .map(|(lang, decoder)| {
            (
                lang.as_str(),
                decoder
                    .rules
                    .iter()
                    .map(|(p, r)| (p.as_str(), r.as_str()))
                    .collect(),
            )
        })
        .collect()
}

// -- translit --------------------------------------------------------------------------

/// `namenorm.translit.has_cyrillic`.
#[pyfunction]
fn has_cyrillic(text: &Bound<'_, PyString>) -> PyResult<bool> {
    Ok(translit::has_cyrillic(Text::new(text)?.as_str()))
}

/// `namenorm.translit.detect_source`.
#[pyfunction]
fn detect_source(text: &Bound<'_, PyString>) -> PyResult<&'static str> {
    Ok(translit::detect_source(Text::new(text)?.as_str()))
}

/// `namenorm.translit.conventions`.
#[pyfunction]
fn conventions() -> Vec<&'static str> {
    translit::conventions()
}

/// `namenorm.translit.scripts`: each source language read by a script
/// engine, with its conventions (code, description; the default first).
#[pyfunction]
fn script_sources() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    crate::text::scripts::sources()
}

/// `namenorm.translit.has_script`.
#[pyfunction]
fn has_script(text: &Bound<'_, PyString>) -> PyResult<bool> {
    Ok(crate::text::scripts::has_script(Text::new(text)?.as_str()))
}

/// `namenorm.translit.detect_script_source`.
#[pyfunction]
fn detect_script_source(text: &Bound<'_, PyString>) -> PyResult<Option<&'static str>> {
    Ok(crate::text::scripts::detect(Text::new(text)?.as_str()))
}

/// `namenorm.translit.transliterate`; a `KeyError` for an unknown convention.
#[pyfunction]
#[pyo3(signature = (text, to, source=None, endings=true))]
fn transliterate<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    to: &str,
    source: Option<&Bound<'py, PyString>>,
    endings: bool,
) -> PyResult<Bound<'py, PyString>> {
    let text = Text::new(text)?;
    let source = source.map(Text::new).transpose()?;
    let out = translit::transliterate(
        text.as_str(),
        to,
        source.as_ref().map(Text::as_str),
        endings,
    )
    .ok_or_else(|| PyKeyError::new_err(to.to_owned()))?;
    text.out(py, &out)
}

/// `namenorm.translit.russian_form`.
#[pyfunction]
#[pyo3(signature = (native, source=None))]
fn russian_form<'py>(
    py: Python<'py>,
    native: &Bound<'py, PyString>,
    source: Option<&Bound<'py, PyString>>,
) -> PyResult<Option<Bound<'py, PyString>>> {
    let native = Text::new(native)?;
    let source = source.map(Text::new).transpose()?;
    translit::russian_form(native.as_str(), source.as_ref().map(Text::as_str))
        .map(|form| native.out(py, &form))
        .transpose()
}

/// `namenorm.translit.expand`, as a list.
#[pyfunction]
#[pyo3(signature = (native, source=None, endings=false))]
fn expand<'py>(
    py: Python<'py>,
    native: &Bound<'py, PyString>,
    source: Option<&Bound<'py, PyString>>,
    endings: bool,
) -> PyResult<Vec<Bound<'py, PyString>>> {
    let native = Text::new(native)?;
    let source = source.map(Text::new).transpose()?;
    translit::expand(native.as_str(), source.as_ref().map(Text::as_str), endings)
        .iter()
        .map(|spelling| native.out(py, spelling))
        .collect()
}

type RuleRecord<'a> = (&'a str, &'a str, Vec<&'a str>, Vec<&'a str>, usize);
type TableRecord<'a> = (
    &'a str,
    &'a str,
    &'a str,
    Vec<&'a str>,
    &'a str,
    Option<&'a str>,
    Vec<(&'a str, &'a str, &'a str)>,
    Vec<(char, Vec<RuleRecord<'a>>)>,
    usize,
    Vec<RuleRecord<'a>>,
);

fn rule_record(rule: &Rule) -> RuleRecord<'_> {
    (
        &rule.cyrillic,
        &rule.latin,
        rule.when.iter().map(String::as_str).collect(),
        rule.sources.iter().map(String::as_str).collect(),
        rule.line,
    )
}

fn table_record(table: &Table) -> TableRecord<'_> {
    (
        &table.code,
        &table.name,
        &table.lang,
        table.langs.iter().map(String::as_str).collect(),
        &table.source,
        table.base.as_deref(),
        table
            .samples
            .iter()
            .map(|(s, c, l)| (s.as_str(), c.as_str(), l.as_str()))
            .collect(),
        table
            .rules
            .iter()
            .map(|(first, group)| (*first, group.iter().map(rule_record).collect()))
            .collect(),
        table.longest,
        table.own.iter().map(rule_record).collect(),
    )
}

/// A shipped table for `namenorm.translit.tables.load_table`: the fields of
/// its `Table` in order (`rules` as `(first letter, rules)` pairs), each rule
/// `(cyrillic, latin, when, sources, line)`; a `KeyError` for an unknown code.
#[pyfunction]
fn translit_table(code: &str) -> PyResult<TableRecord<'static>> {
    tables::table(code)
        .map(table_record)
        .ok_or_else(|| PyKeyError::new_err(code.to_owned()))
}

/// `namenorm.translit.tables._parse`: a table read from `text`, with the
/// shipped table `base` as its base; a `ValueError` naming file:line for a
/// malformed one.
#[pyfunction]
#[pyo3(signature = (code, text, base=None))]
fn parse_table<'py>(
    py: Python<'py>,
    code: &str,
    text: &str,
    base: Option<&str>,
) -> PyResult<Bound<'py, PyTuple>> {
    let base = base
        .map(|b| tables::table(b).ok_or_else(|| PyKeyError::new_err(b.to_owned())))
        .transpose()?;
    match tables::parse(code, text, base) {
        Ok(table) => table_record(&table).into_pyobject(py),
        Err(TableError::Malformed(message) | TableError::Unknown(message)) => {
            Err(PyValueError::new_err(message))
        }
    }
}

// -- clean -----------------------------------------------------------------------------

/// `namenorm.clean.clean_name`: the text and the steps.
#[pyfunction]
fn clean_name<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
) -> PyResult<(Bound<'py, PyString>, Bound<'py, PyTuple>)> {
    let text = Text::new(text)?;
    let (cleaned, steps) = clean::clean_name(text.as_str());
    Ok((text.out(py, &cleaned)?, PyTuple::new(py, steps)?))
}

/// `namenorm.clean.set_apart`: the name without a qualifier and a suffix, and the steps.
#[pyfunction]
fn set_apart<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
) -> PyResult<(Bound<'py, PyString>, Bound<'py, PyTuple>)> {
    let text = Text::new(text)?;
    let (kept, steps) = clean::set_apart(text.as_str());
    Ok((text.out(py, &kept)?, PyTuple::new(py, steps)?))
}

/// Whether `clean_name` takes its shortcut for `text` (no fix could change it); for the tests.
#[pyfunction]
fn already_clean(text: &Bound<'_, PyString>) -> PyResult<bool> {
    Ok(clean::already_clean(Text::new(text)?.as_str()))
}

/// `namenorm.clean.is_title`.
#[pyfunction]
fn is_title(word: &Bound<'_, PyString>) -> PyResult<bool> {
    Ok(clean::is_title(Text::new(word)?.as_str()))
}

macro_rules! text_to_text {
    ($($name:ident: $doc:literal => $function:path;)*) => {$(
        #[doc = $doc]
        #[pyfunction]
        fn $name<'py>(py: Python<'py>, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
            let text = Text::new(text)?;
            text.out(py, &$function(text.as_str()))
        }
    )*};
}

text_to_text! {
    normalise: "`namenorm.clean.normalise`." => clean::normalise;
    fold_case: "`namenorm.clean.fold_case`." => clean::fold_case;
    strip_titles: "`namenorm.clean.strip_titles`." => clean::strip_titles;
    fix_invisible: "`namenorm.clean.fix_invisible`." => clean::fix_invisible;
    fix_unicode_form: "`namenorm.clean.fix_unicode_form`." => clean::fix_unicode_form;
    fix_punctuation: "`namenorm.clean.fix_punctuation`." => clean::fix_punctuation;
    fix_spaces: "`namenorm.clean.fix_spaces`." => clean::fix_spaces;
    fix_mojibake: "`namenorm.clean.fix_mojibake`." => clean::fix_mojibake;
    fix_homoglyphs: "`namenorm.clean.fix_homoglyphs`." => clean::fix_homoglyphs;
    fix_edges: "`namenorm.clean.fix_edges`." => clean::fix_edges;
    fix_name_order: "`namenorm.clean.fix_name_order`." => clean::fix_name_order;
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(exact_key, m)?)?;
    m.add_function(wrap_pyfunction!(ascii_key, m)?)?;
    m.add_function(wrap_pyfunction!(match_key, m)?)?;
    m.add_function(wrap_pyfunction!(skeleton, m)?)?;
    m.add_function(wrap_pyfunction!(decode_rules, m)?)?;
    m.add_function(wrap_pyfunction!(has_cyrillic, m)?)?;
    m.add_function(wrap_pyfunction!(has_script, m)?)?;
    m.add_function(wrap_pyfunction!(detect_script_source, m)?)?;
    m.add_function(wrap_pyfunction!(script_sources, m)?)?;
    m.add_function(wrap_pyfunction!(detect_source, m)?)?;
    m.add_function(wrap_pyfunction!(conventions, m)?)?;
    m.add_function(wrap_pyfunction!(transliterate, m)?)?;
    m.add_function(wrap_pyfunction!(russian_form, m)?)?;
    m.add_function(wrap_pyfunction!(expand, m)?)?;
    m.add_function(wrap_pyfunction!(translit_table, m)?)?;
    m.add_function(wrap_pyfunction!(parse_table, m)?)?;
    m.add_function(wrap_pyfunction!(clean_name, m)?)?;
    m.add_function(wrap_pyfunction!(set_apart, m)?)?;
    m.add_function(wrap_pyfunction!(already_clean, m)?)?;
    m.add_function(wrap_pyfunction!(is_title, m)?)?;
    m.add_function(wrap_pyfunction!(normalise, m)?)?;
    m.add_function(wrap_pyfunction!(fold_case, m)?)?;
    m.add_function(wrap_pyfunction!(strip_titles, m)?)?;
    m.add_function(wrap_pyfunction!(fix_invisible, m)?)?;
    m.add_function(wrap_pyfunction!(fix_unicode_form, m)?)?;
    m.add_function(wrap_pyfunction!(fix_punctuation, m)?)?;
    m.add_function(wrap_pyfunction!(fix_spaces, m)?)?;
    m.add_function(wrap_pyfunction!(fix_mojibake, m)?)?;
    m.add_function(wrap_pyfunction!(fix_homoglyphs, m)?)?;
    m.add_function(wrap_pyfunction!(fix_edges, m)?)?;
    m.add_function(wrap_pyfunction!(fix_name_order, m)?)?;
    m.add("MAX_NAME_LENGTH", clean::MAX_NAME_LENGTH)?;
    m.add("KEY_LETTERS", keys::KEY_LETTERS)?;
    add_languages(m)?;
    resolve::add(m)?;
    compare::add(m)?;
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
