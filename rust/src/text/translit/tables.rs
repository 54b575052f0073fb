//! The transliteration tables (`src/namenorm/translit/tables/<code>.tsv`),
//! read with the rules and the error policy the format has always had (see
//! the docstring of `namenorm.translit.tables`). The files stay where they
//! are, human-edited, the one source; they are embedded at build time, and
//! a malformed one is a bug the crate's tests find (`every_table_parses`).

use std::sync::LazyLock;

use crate::text::casefold::{is_alpha, lower, strip};
use crate::text::py_splitlines;

/// Every shipped table: code, text (sorted by code, as `table_codes` lists them).
pub(crate) const FILES: &[(&str, &str)] = &[
    (
        "ar",
        include_str!("../../../../src/namenorm/translit/tables/ar.tsv"),
    ),
    (
        "cs",
        include_str!("../../../../src/namenorm/translit/tables/cs.tsv"),
    ),
    (
        "de",
        include_str!("../../../../src/namenorm/translit/tables/de.tsv"),
    ),
    (
        "en",
        include_str!("../../../../src/namenorm/translit/tables/en.tsv"),
    ),
    (
        "en-icao",
        include_str!("../../../../src/namenorm/translit/tables/en-icao.tsv"),
    ),
    (
        "en-press",
        include_str!("../../../../src/namenorm/translit/tables/en-press.tsv"),
    ),
    (
        "es",
        include_str!("../../../../src/namenorm/translit/tables/es.tsv"),
    ),
    (
        "et",
        include_str!("../../../../src/namenorm/translit/tables/et.tsv"),
    ),
    (
        "fi",
        include_str!("../../../../src/namenorm/translit/tables/fi.tsv"),
    ),
    (
        "fr",
        include_str!("../../../../src/namenorm/translit/tables/fr.tsv"),
    ),
    (
        "hr",
        include_str!("../../../../src/namenorm/translit/tables/hr.tsv"),
    ),
    (
        "hu",
        include_str!("../../../../src/namenorm/translit/tables/hu.tsv"),
    ),
    (
        "iso9",
        include_str!("../../../../src/namenorm/translit/tables/iso9.tsv"),
    ),
    (
        "it",
        include_str!("../../../../src/namenorm/translit/tables/it.tsv"),
    ),
    (
        "lt",
        include_str!("../../../../src/namenorm/translit/tables/lt.tsv"),
    ),
    (
        "lv",
        include_str!("../../../../src/namenorm/translit/tables/lv.tsv"),
    ),
    (
        "nl",
        include_str!("../../../../src/namenorm/translit/tables/nl.tsv"),
    ),
    (
        "no",
        include_str!("../../../../src/namenorm/translit/tables/no.tsv"),
    ),
    (
        "pl",
        include_str!("../../../../src/namenorm/translit/tables/pl.tsv"),
    ),
    (
        "pt",
        include_str!("../../../../src/namenorm/translit/tables/pt.tsv"),
    ),
    (
        "ro",
        include_str!("../../../../src/namenorm/translit/tables/ro.tsv"),
    ),
    (
        "scholarly",
        include_str!("../../../../src/namenorm/translit/tables/scholarly.tsv"),
    ),
    (
        "sk",
        include_str!("../../../../src/namenorm/translit/tables/sk.tsv"),
    ),
    (
        "sv",
        include_str!("../../../../src/namenorm/translit/tables/sv.tsv"),
    ),
    (
        "tr",
        include_str!("../../../../src/namenorm/translit/tables/tr.tsv"),
    ),
];

/// Whether `c` is a Cyrillic vowel, for the conditions `after-vowel`, `before-vowel`.
fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'е'
            | 'ё'
            | 'и'
            | 'о'
            | 'у'
            | 'ы'
            | 'э'
            | 'ю'
            | 'я'
            | 'і'
            | 'ї'
            | 'є'
            | 'ө'
            | 'ү'
            | 'ұ'
            | 'ә'
            | 'ӣ'
            | 'ӯ'
    )
}

/// Whether `c` is a sign, for `after-sign` (and what is no consonant).
fn is_sign(c: char) -> bool {
    matches!(c, 'ь' | 'ъ' | 'ʼ' | '\'')
}

/// A context condition of a rule.
#[derive(Debug, Clone)]
enum Condition {
    Start,
    NotStart,
    End,
    AfterVowel,
    AfterConsonant,
    AfterSign,
    BeforeVowel,
    BeforeConsonant,
    Ending,
    After(Vec<char>),
    Before(Vec<char>),
}

impl Condition {
    /// The condition `cond` names (None: an unknown one).
    fn parse(cond: &str) -> Option<Condition> {
        Some(match cond {
            "start" => Condition::Start,
            "not-start" => Condition::NotStart,
            "end" => Condition::End,
            "after-vowel" => Condition::AfterVowel,
            "after-consonant" => Condition::AfterConsonant,
            "after-sign" => Condition::AfterSign,
            "before-vowel" => Condition::BeforeVowel,
            "before-consonant" => Condition::BeforeConsonant,
            "ending" => Condition::Ending,
            _ => {
                if let Some(letters) = cond.strip_prefix("after=") {
                    Condition::After(letters.chars().collect())
                } else if let Some(letters) = cond.strip_prefix("before=") {
                    Condition::Before(letters.chars().collect())
                } else {
                    return None;
                }
            }
        })
    }
}

fn is_consonant(c: Option<char>) -> bool {
    c.is_some_and(|c| is_alpha(c) && !is_vowel(c) && !is_sign(c))
}

/// One rule: a Cyrillic sequence, its Latin rendering, and when it applies.
#[derive(Debug, Clone)]
pub struct Rule {
    /// The Cyrillic sequence, lower case.
    pub cyrillic: String,
    /// Its characters.
    pub chars: Vec<char>,
    /// The Latin rendering.
    pub latin: String,
    /// The conditions as written.
    pub when: Vec<String>,
    conditions: Vec<Condition>,
    /// The source languages it is restricted to (none: all), sorted.
    pub sources: Vec<String>,
    /// Its line in the file.
    pub line: usize,
    /// Whether it adds a grammatical ending (the condition `ending`).
    pub ending: bool,
}

impl Rule {
    /// Whether the rule is for the source language `source`.
    pub fn is_for(&self, source: &str) -> bool {
        self.sources.is_empty() || self.sources.iter().any(|s| s == source)
    }

    /// Whether the rule's conditions hold for `word[start..end]` (a
    /// lower-case word); whether it is for the source language is another
    /// question ([`Rule::is_for`]), asked once when a table is compiled.
    pub fn applies(&self, word: &[char], start: usize, end: usize) -> bool {
        let prev = start.checked_sub(1).map(|i| word[i]);
        let next = word.get(end).copied();
        self.conditions.iter().all(|cond| match cond {
            Condition::Start => !prev.is_some_and(is_alpha),
            Condition::NotStart => prev.is_some_and(is_alpha),
            Condition::End => !next.is_some_and(is_alpha),
            Condition::AfterVowel => prev.is_some_and(is_vowel),
            Condition::AfterConsonant => is_consonant(prev),
            Condition::AfterSign => prev.is_some_and(is_sign),
            Condition::BeforeVowel => next.is_some_and(is_vowel),
            Condition::BeforeConsonant => is_consonant(next),
            Condition::Ending => true, // left out beforehand when endings are not wanted
            Condition::After(letters) => prev.is_some_and(|c| letters.contains(&c)),
            Condition::Before(letters) => next.is_some_and(|c| letters.contains(&c)),
        })
    }
}

/// A convention: its code, display name, rules by first letter, samples.
#[derive(Debug, Clone)]
pub struct Table {
    /// The file name without `.tsv`.
    pub code: String,
    /// A display name.
    pub name: String,
    /// The first of `langs` (or the code).
    pub lang: String,
    /// The languages whose writers use the convention.
    pub langs: Vec<String>,
    /// Where the rules come from.
    pub source: String,
    /// The code of the table this one extends.
    pub base: Option<String>,
    /// Golden `(source, cyrillic, latin)` triples.
    pub samples: Vec<(String, String, String)>,
    /// Every rule (the base table's included) by the first letter of its
    /// sequence, letters in the order first met, rules in the order tried.
    pub rules: Vec<(char, Vec<Rule>)>,
    /// The longest Cyrillic sequence of any rule.
    pub longest: usize,
    /// This table's own rules, in file order.
    pub own: Vec<Rule>,
}

/// Why a table could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableError {
    /// No table has this code (Python: `KeyError`).
    Unknown(String),
    /// The file is malformed, or its bases form a cycle (Python: `TableError`); the message names file:line.
    Malformed(String),
}

fn malformed<T>(message: String) -> Result<T, TableError> {
    Err(TableError::Malformed(message))
}

/// `str.partition`.
fn partition<'a>(text: &'a str, sep: &str) -> (&'a str, &'a str, bool) {
    match text.split_once(sep) {
        Some((head, tail)) => (head, tail, true),
        None => (text, "", false),
    }
}

/// The stripped, non-empty items of a comma-separated list.
fn items(text: &str) -> impl Iterator<Item = &str> {
    text.split(',').map(strip).filter(|item| !item.is_empty())
}

/// Parse a table file; `base` is the parsed table its `base:` header names.
pub fn parse(code: &str, text: &str, base: Option<&Table>) -> Result<Table, TableError> {
    let mut name = code.to_owned();
    let mut origin = String::new();
    let mut base_code: Option<String> = None;
    let mut langs = vec![code.to_owned()];
    let mut samples = Vec::new();
    let mut own = Vec::new();
    for (index, raw) in py_splitlines(text).into_iter().enumerate() {
        let number = index + 1;
        let at = || format!("{code}.tsv:{number}");
        if let Some(header) = raw.strip_prefix('#') {
            let (key, value, _) = partition(strip(header), ":");
            let (key, value) = (strip(key), strip(value));
            match key {
                "name" => name = value.to_owned(),
                "lang" => langs = items(value).map(str::to_owned).collect(),
                "source" => origin = value.to_owned(),
                "base" => base_code = Some(value.to_owned()),
                "sample" => {
                    let (source, pair, _) = partition(value, " ");
                    let (cyrillic, latin, found) = partition(pair, " = ");
                    if !found {
                        return malformed(format!(
                            "{}: a sample reads 'SOURCE Кириллица = Latin'",
                            at()
                        ));
                    }
                    samples.push((
                        source.to_owned(),
                        strip(cyrillic).to_owned(),
                        strip(latin).to_owned(),
                    ));
                }
                _ => {}
            }
            continue;
        }
        let line = partition(raw, "#")
            .0
            .trim_end_matches(crate::text::casefold::is_space);
        if strip(line).is_empty() {
            continue;
        }
        let mut cols: Vec<&str> = line.split('\t').collect();
        let first = cols[0];
        if first.is_empty() || !first.chars().next().is_some_and(is_alpha) || first != strip(first)
        {
            return malformed(format!(
                "{}: expected 'cyrillic<TAB>latin[<TAB>when[<TAB>sources]]'",
                at()
            ));
        }
        if cols.len() == 1 {
            cols.push(""); // a letter with no Latin rendering (ь, ъ)
        }
        let when: Vec<String> = cols
            .get(2)
            .map_or_else(Vec::new, |c| items(c).map(str::to_owned).collect());
        let mut conditions = Vec::with_capacity(when.len());
        for cond in &when {
            match Condition::parse(cond) {
                Some(parsed) => conditions.push(parsed),
                None => return malformed(format!("{}: unknown condition '{cond}'", at())),
            }
        }
        let mut sources: Vec<String> = cols
            .get(3)
            .map_or_else(Vec::new, |c| items(c).map(str::to_owned).collect());
        sources.sort();
        sources.dedup();
        let cyrillic = lower(cols[0]);
        own.push(Rule {
            chars: cyrillic.chars().collect(),
            cyrillic,
            latin: strip(cols[1]).to_owned(),
            ending: when.iter().any(|c| c == "ending"),
            when,
            conditions,
            sources,
            line: number,
        });
    }
    if let Some(wanted) = &base_code {
        if base.is_none_or(|b| &b.code != wanted) {
            return malformed(format!("{code}.tsv: its base '{wanted}' was not given"));
        }
    }
    let mut rules: Vec<(char, Vec<Rule>)> = Vec::new();
    let inherited = base
        .into_iter()
        .flat_map(|b| b.rules.iter().flat_map(|(_, group)| group.iter()));
    for rule in own.iter().chain(inherited) {
        let first = rule.chars[0];
        match rules.iter_mut().find(|(letter, _)| *letter == first) {
            Some((_, group)) => group.push(rule.clone()),
            None => rules.push((first, vec![rule.clone()])),
        }
    }
    for (_, group) in &mut rules {
        group.sort_by_key(|rule| std::cmp::Reverse(rule.chars.len())); // stable: own rules first within a length
    }
    let longest = rules
        .iter()
        .flat_map(|(_, g)| g.iter().map(|r| r.chars.len()))
        .max()
        .unwrap_or(1);
    Ok(Table {
        code: code.to_owned(),
        name,
        lang: langs.first().cloned().unwrap_or_else(|| code.to_owned()),
        langs,
        source: origin,
        base: base_code,
        samples,
        rules,
        longest,
        own,
    })
}

/// The codes of every shipped table, sorted.
pub fn codes() -> impl ExactSizeIterator<Item = &'static str> {
    FILES.iter().map(|&(code, _)| code)
}

/// The position of `code` among `codes()`.
pub fn position(code: &str) -> Option<usize> {
    FILES.iter().position(|&(c, _)| c == code)
}

const BASE_HEADER: &str = "# base:";

/// Load the table `code` with its bases from `files`.
pub fn load(files: &[(&str, &str)], code: &str) -> Result<Table, TableError> {
    load_chain(files, code, &mut Vec::new())
}

fn load_chain(
    files: &[(&str, &str)],
    code: &str,
    chain: &mut Vec<String>,
) -> Result<Table, TableError> {
    let Some(&(_, text)) = files.iter().find(|&&(c, _)| c == code) else {
        return Err(TableError::Unknown(code.to_owned()));
    };
    if chain.iter().any(|c| c == code) {
        chain.push(code.to_owned());
        return malformed(format!(
            "{code}.tsv: its bases form a cycle ({})",
            chain.join(" -> ")
        ));
    }
    let mut base = None;
    if let Some(line) = py_splitlines(text)
        .into_iter()
        .find(|line| line.starts_with(BASE_HEADER))
    {
        chain.push(code.to_owned());
        base = Some(load_chain(files, strip(&line[BASE_HEADER.len()..]), chain)?);
        chain.pop();
    }
    parse(code, text, base.as_ref())
}

static TABLES: LazyLock<Vec<Table>> = LazyLock::new(|| {
    codes()
        .map(|code| {
            load(FILES, code)
                .unwrap_or_else(|error| panic!("a shipped table is malformed: {error:?}"))
        })
        .collect()
});

/// The shipped table of `code`.
pub fn table(code: &str) -> Option<&'static Table> {
    position(code).map(|i| &TABLES[i])
}

/// Every shipped table, in `codes()` order.
pub fn tables() -> &'static [Table] {
    &TABLES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_parses() {
        for table in tables() {
            assert!(
                !table.samples.is_empty(),
                "{}.tsv has no '# sample:' line",
                table.code
            );
            assert!(!table.rules.is_empty(), "{}.tsv has no rule", table.code);
        }
        let sk = table("sk").unwrap();
        assert_eq!(sk.base.as_deref(), Some("cs"));
        assert!(sk.langs.iter().any(|l| l == "sk"));
    }

    #[test]
    fn every_file_is_embedded() {
        let folder = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../src/namenorm/translit/tables"
        );
        let mut found: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .filter_map(|entry| entry.unwrap().file_name().into_string().ok())
            .filter_map(|name| name.strip_suffix(".tsv").map(str::to_owned))
            .collect();
        found.sort();
        assert_eq!(
            found,
            codes().collect::<Vec<_>>(),
            "list every table of {folder} in FILES"
        );
        let mut sorted: Vec<&str> = codes().collect();
        sorted.sort();
        assert_eq!(sorted, codes().collect::<Vec<_>>());
    }

    #[test]
    fn a_malformed_table_names_the_line() {
        let error = parse("xx", "а\ta\nб\tb\tnowhere\n", None).unwrap_err();
        assert_eq!(
            error,
            TableError::Malformed("xx.tsv:2: unknown condition 'nowhere'".into())
        );
        let error = parse("xx", "# sample: ru Путин Putin\n", None).unwrap_err();
        assert!(matches!(error, TableError::Malformed(m) if m.starts_with("xx.tsv:1: a sample")));
        let error = parse("xx", " а\ta\n", None).unwrap_err();
        assert!(matches!(error, TableError::Malformed(m) if m.starts_with("xx.tsv:1: expected")));
        let error = parse("xx", "# base: cs\nа\ta\n", None).unwrap_err();
        assert_eq!(
            error,
            TableError::Malformed("xx.tsv: its base 'cs' was not given".into())
        );
    }

    #[test]
    fn bases_in_a_cycle_are_an_error() {
        let files = [("a", "# base: b\n"), ("b", "# base: a\n")];
        let error = load(&files, "a").unwrap_err();
        assert_eq!(
            error,
            TableError::Malformed("a.tsv: its bases form a cycle (a -> b -> a)".into())
        );
        assert_eq!(
            load(&files, "c").unwrap_err(),
            TableError::Unknown("c".into())
        );
    }
}
