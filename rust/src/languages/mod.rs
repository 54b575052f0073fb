//! Stage 3, inflection: base-form hypotheses for an inflected word, from
//! every language's tables (`src/namenorm/languages/tables/*.tsv`).
//!
//! One engine reads the tables. Every ending of every table sits in one
//! [`EndingIndex`], walked once per word; the steps most languages share
//! are engine features driven by the tables ([`suffix`]: restore strings,
//! `min_stem`, `after`/`not_after`, separators, stem rules, the Slavic
//! alternations and hyphenated names); what one language (or one family)
//! alone does is a small module of its own: [`finnish`] (clitics,
//! possessives, plural stems, stem types, consonant gradation),
//! [`estonian`] (genitive stems, gradation, syncope), [`hungarian`]
//! (harmony, inner suffixes, lengthened vowels), [`baltic`] (Lithuanian
//! softening, Latvian alternation), [`east_slavic`] (fleeting vowels,
//! stress marks) and [`turkic`] (suffix chains with harmony, buffers,
//! voicing and softening).

pub mod baltic;
pub mod chars;
pub mod east_slavic;
pub mod estonian;
pub mod finnish;
pub mod hungarian;
pub mod index;
pub mod suffix;
pub mod table;
pub mod turkic;

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use self::index::EndingIndex;
use self::suffix::{Slavic, StemRule, Suffix, SuffixEngine};
use self::table::TableFile;

/// How much a hypothesis from a language other than the hinted one is trusted.
pub const FOREIGN_PRIOR: f64 = 0.55;
/// How much any language's hypothesis is trusted when there is no hint.
pub const NO_HINT_PRIOR: f64 = 1.0;
/// Hypotheses kept per word (the best by weight).
pub const MAX_HYPOTHESES: usize = 48;

/// One explanation of a word form: a base form and the ending removed.
#[derive(Clone, Debug, PartialEq)]
pub struct Hypothesis {
    /// The proposed base form, lower case.
    pub base: String,
    /// The ending removed from the word as written (`ille`).
    pub ending: String,
    /// The grammatical case the ending marks (`allative`).
    pub case: String,
    /// The prior in (0, 1].
    pub weight: f64,
    /// The rules that fired, by name (`fi:allative -lle, connecting i`).
    pub rule: String,
}

/// A hypothesis in the ranked answer: with the language whose rule it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked<'a> {
    pub hypothesis: Hypothesis,
    pub lang: &'a str,
}

enum Engine {
    /// An ending table as it is (`SuffixLanguage`), or a Slavic one.
    Suffix(SuffixEngine),
    /// An ending table for words of one script only (Georgian, Armenian).
    Script(SuffixEngine, (char, char)),
    Baltic(baltic::Baltic),
    EastSlavic(east_slavic::EastSlavic),
    Hungarian(hungarian::Hungarian),
    Finnish(finnish::Finnish),
    Estonian(estonian::Estonian),
    Turkic(turkic::Turkic),
}

/// A language: its code, its name, the table file it is in, its engine.
pub struct Language {
    pub code: String,
    pub name: String,
    pub file: String,
    engine: Engine,
    /// Whether its names take no ending but those of its table (the
    /// `closed` column of `[languages]`): the resolver guesses at none.
    pub closed: bool,
    /// What makes its hypotheses, for finding languages with another's rules.
    rules: Option<String>,
}

/// Every language, in the order of the tables.
pub struct Registry {
    pub languages: Vec<Language>,
    by_code: FxHashMap<String, usize>,
    index: EndingIndex,
    /// Languages whose hypotheses are an earlier language's (Bosnian has
    /// Serbian's tables, Norwegian Danish's): skipped unless hinted.
    twins: Vec<bool>,
}

/// The registry of the shipped tables, read on first use.
pub static REGISTRY: LazyLock<Registry> = LazyLock::new(|| Registry::new(&table::all()));

impl Registry {
    pub fn new(files: &[TableFile]) -> Registry {
        let mut index = EndingIndex::new();
        let mut languages = Vec::new();
        for file in files {
            for (code, name, engine) in file.languages() {
                let (engine, rules) = build(file, &code, &engine, &mut index);
                let closed = file
                    .rows("languages", "*")
                    .into_iter()
                    .find(|r| r.required("code") == code)
                    .is_some_and(|r| r.flag("closed", false));
                languages.push(Language {
                    code,
                    name,
                    file: file.name.clone(),
                    engine,
                    closed,
                    rules,
                });
            }
        }
        let mut by_code = FxHashMap::default();
        for (i, lang) in languages.iter().enumerate() {
            assert!(
                by_code.insert(lang.code.clone(), i).is_none(),
                "language {} twice",
                lang.code
            );
        }
        let mut twins = vec![false; languages.len()];
        for (i, lang) in languages.iter().enumerate() {
            if let Some(rules) = &lang.rules {
                twins[i] = languages[..i]
                    .iter()
                    .any(|earlier| earlier.rules.as_ref() == Some(rules));
            }
        }
        Registry {
            languages,
            by_code,
            index,
            twins,
        }
    }

    /// The language of an ISO 639-1 code (as registered: lower case).
    pub fn get(&self, code: &str) -> Option<&Language> {
        self.by_code.get(code).map(|&i| &self.languages[i])
    }

    /// The codes of the languages skipped unless hinted.
    pub fn twins(&self) -> Vec<&str> {
        self.languages
            .iter()
            .zip(&self.twins)
            .filter(|(_, twin)| **twin)
            .map(|(l, _)| l.code.as_str())
            .collect()
    }

    /// One language's hypotheses for one lower-case word, the word itself excluded.
    pub fn language_hypotheses(&self, lang: &Language, word: &str) -> Vec<Hypothesis> {
        let hits = self.index.walk(word);
        lang.hypotheses(word, &hits, &self.index)
    }

    /// Ranked base-form hypotheses for one lower-case word (the word itself
    /// excluded): with `lang`, that language's keep their weight and the
    /// others' are discounted by [`FOREIGN_PRIOR`] (or, with `hinted_only`,
    /// not made at all); without, every language is tried at
    /// [`NO_HINT_PRIOR`]. One base form proposed by several rules keeps its
    /// best explanation (the first of equals). Order: weight, then the
    /// shorter removal, then the base form.
    pub fn hypotheses(&self, word: &str, lang: Option<&str>, hinted_only: bool) -> Vec<Ranked<'_>> {
        self.ranked(word, lang, hinted_only, true)
    }

    /// [`Registry::hypotheses`], with or without skipping the twins (the
    /// same answer: a twin's hypotheses tie with an earlier language's).
    fn ranked(
        &self,
        word: &str,
        lang: Option<&str>,
        hinted_only: bool,
        skip_twins: bool,
    ) -> Vec<Ranked<'_>> {
        let hinted = lang.and_then(|code| self.by_code.get(code).copied());
        // A base form is at most one letter longer than the word: a Baltic
        // nominative ending can restore one more letter than the case ending
        // it replaces (Kauno -> Kaunas, Jāņa -> Jānis); nothing needs more.
        let longest = chars::len(word) + 1;
        let hits = self.index.walk(word);
        let mut best: Vec<Ranked<'_>> = Vec::new();
        let mut at: FxHashMap<String, usize> = FxHashMap::default();
        for (i, language) in self.languages.iter().enumerate() {
            let chosen = match hinted {
                Some(h) if hinted_only => i == h,
                _ => true,
            };
            if !chosen || (skip_twins && self.twins[i] && Some(i) != hinted) {
                continue; // a twin's hypotheses tie with an earlier language's, which are kept
            }
            let prior = match hinted {
                None => NO_HINT_PRIOR,
                Some(h) if h == i => 1.0,
                Some(_) => FOREIGN_PRIOR,
            };
            for h in language.hypotheses(word, &hits, &self.index) {
                if h.base.is_empty() || chars::len(&h.base) > longest {
                    continue;
                }
                let weight = h.weight * prior;
                match at.get(&h.base) {
                    Some(&j) if weight <= best[j].hypothesis.weight => {}
                    Some(&j) => best[j] = ranked(h, weight, &language.code),
                    None => {
                        at.insert(h.base.clone(), best.len());
                        best.push(ranked(h, weight, &language.code));
                    }
                }
            }
        }
        best.sort_by(|a, b| rank(&a.hypothesis, &b.hypothesis));
        best.truncate(MAX_HYPOTHESES);
        best
    }
}

fn ranked<'a>(h: Hypothesis, weight: f64, code: &'a str) -> Ranked<'a> {
    Ranked {
        hypothesis: Hypothesis { weight, ..h },
        lang: code,
    }
}

/// The ranking order: weight (highest first), the shorter removal, the base form.
fn rank(a: &Hypothesis, b: &Hypothesis) -> std::cmp::Ordering {
    b.weight
        .total_cmp(&a.weight)
        .then_with(|| chars::len(&a.ending).cmp(&chars::len(&b.ending)))
        .then_with(|| a.base.cmp(&b.base))
}

/// The best hypothesis of each base form that `keep` keeps (the first of
/// equals), ranked: a language that proposes one base form once.
pub fn best_per_base(
    found: Vec<Hypothesis>,
    keep: impl Fn(&Hypothesis) -> bool,
) -> Vec<Hypothesis> {
    let mut best: Vec<Hypothesis> = Vec::new();
    let mut at: FxHashMap<String, usize> = FxHashMap::default();
    for h in found {
        if !keep(&h) {
            continue;
        }
        match at.get(&h.base) {
            Some(&j) if h.weight <= best[j].weight => {}
            Some(&j) => best[j] = h,
            None => {
                at.insert(h.base.clone(), best.len());
                best.push(h);
            }
        }
    }
    best.sort_by(rank);
    best
}

impl Language {
    fn hypotheses(&self, word: &str, hits: &index::Hits, index: &EndingIndex) -> Vec<Hypothesis> {
        match &self.engine {
            Engine::Suffix(e) => e.hypotheses(word, &hits.of(e.table), index),
            Engine::Script(e, (low, high)) => match chars::last(word) {
                Some(c) if *low <= c && c <= *high => e.hypotheses(word, &hits.of(e.table), index),
                _ => Vec::new(),
            },
            Engine::Baltic(e) => e.hypotheses(word, &hits.of(e.endings.table), index),
            Engine::EastSlavic(e) => e.hypotheses(word, &hits.of(e.endings.table), index),
            Engine::Hungarian(e) => e.hypotheses(word, &hits.of(e.cases.table), index),
            Engine::Finnish(e) => e.hypotheses(word, hits, index),
            Engine::Estonian(e) => e.hypotheses(word, hits, index),
            Engine::Turkic(e) => e.hypotheses(word, index),
        }
    }
}

/// A language's engine from its table file, and (for the plain ending
/// engines, whose hypotheses depend on their tables alone) what identifies
/// its rules.
fn build(
    file: &TableFile,
    code: &str,
    engine: &str,
    index: &mut EndingIndex,
) -> (Engine, Option<String>) {
    let suffixes = |section: &str| -> Vec<Suffix> {
        file.rows(section, code)
            .iter()
            .map(|r| Suffix::from_row(r))
            .collect()
    };
    match engine {
        "suffix" => {
            let rules = suffixes("endings");
            let identity = format!("suffix {rules:?}");
            let e = SuffixEngine::new(code, rules, None, index);
            match file.parameter(code, "script") {
                Some(_) => (Engine::Script(e, file.range(code, "script")), None),
                None => (Engine::Suffix(e), Some(identity)),
            }
        }
        "slavic" => {
            let mut rules = suffixes("endings");
            let mut alternations: Vec<StemRule> = file
                .rows("alternations", code)
                .iter()
                .map(|r| StemRule::from_row(r))
                .collect();
            if file.flag(code, "cyrillic", false) {
                let letters = cyrillic_letters(file);
                let to = |text: &str| to_cyrillic(text, &letters);
                let extra: Vec<Suffix> = rules
                    .iter()
                    .filter(|s| to(&s.ending) != s.ending)
                    .map(|s| Suffix {
                        ending: to(&s.ending),
                        restore: s.restore.iter().map(|r| to(r)).collect(),
                        after: to(&s.after),
                        not_after: to(&s.not_after),
                        ..s.clone()
                    })
                    .collect();
                let extra_alternations: Vec<StemRule> = alternations
                    .iter()
                    .map(|a| StemRule {
                        stem: to(&a.stem),
                        base: to(&a.base),
                        after: to(&a.after),
                        not_after: to(&a.not_after),
                        ..a.clone()
                    })
                    .collect();
                rules.extend(extra);
                alternations.extend(extra_alternations);
            }
            let identity = format!("slavic {rules:?} {alternations:?}");
            let e = SuffixEngine::new(code, rules, Some(Slavic { alternations }), index);
            (Engine::Suffix(e), Some(identity))
        }
        "lithuanian" => (
            Engine::Baltic(baltic::Baltic::lithuanian(file, code, index)),
            None,
        ),
        "latvian" => (
            Engine::Baltic(baltic::Baltic::latvian(file, code, index)),
            None,
        ),
        "east-slavic" => (
            Engine::EastSlavic(east_slavic::EastSlavic::new(file, code, index)),
            None,
        ),
        "hungarian" => (
            Engine::Hungarian(hungarian::Hungarian::new(file, code, index)),
            None,
        ),
        "finnish" => (
            Engine::Finnish(finnish::Finnish::new(file, code, index)),
            None,
        ),
        "estonian" => (
            Engine::Estonian(estonian::Estonian::new(file, code, index)),
            None,
        ),
        "turkic" => (Engine::Turkic(turkic::Turkic::new(file, code, index)), None),
        other => panic!("{}.tsv: no engine {other:?} (for {code})", file.name),
    }
}

/// The `[cyrillic]` letters of a table: (Latin, Cyrillic), digraphs first.
fn cyrillic_letters(file: &TableFile) -> Vec<(String, String)> {
    let mut letters: Vec<(String, String)> = file
        .rows("cyrillic", "*")
        .iter()
        .map(|r| (r.required("latin"), r.required("cyrillic")))
        .collect();
    letters.sort_by_key(|(latin, _)| std::cmp::Reverse(chars::len(latin)));
    letters
}

/// Serbian Latin to Serbian Cyrillic, letter by letter (digraphs first);
/// letters outside the table are kept.
fn to_cyrillic(text: &str, letters: &[(String, String)]) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    'next: while let Some(c) = rest.chars().next() {
        for (latin, cyrillic) in letters {
            if let Some(after) = rest.strip_prefix(latin.as_str()) {
                out.push_str(cyrillic);
                rest = after;
                continue 'next;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Whether the registered language `code` is closed (see [`Language::closed`]).
pub fn closed(code: &str) -> bool {
    REGISTRY.get(code).is_some_and(|l| l.closed)
}

/// Serbian Latin to Serbian Cyrillic by the shipped table (`hr.tsv`).
pub fn serbian_cyrillic(text: &str) -> String {
    static LETTERS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
        let (name, text) = table::FILES
            .iter()
            .find(|(name, _)| *name == "hr")
            .expect("hr.tsv");
        cyrillic_letters(&TableFile::parse(name, text))
    });
    to_cyrillic(text, &LETTERS)
}

#[cfg(test)]
mod tests;
