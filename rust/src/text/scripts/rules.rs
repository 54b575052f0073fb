//! Rule tables for the alphabets and abjads (`src/namenorm/translit/scripts/<code>.tsv`):
//! one rule per line, the longest native sequence at a position first, then
//! file order; each rule may be limited by context (`start`, `before-vowel`,
//! `after=ου`, `not-after=...`, ...) and to some source languages or conventions (`tags`).
//!
//! The format, like the Cyrillic tables' (`namenorm.translit.tables`):
//!
//! ```text
//! # name: Greek
//! # source: ELOT 743:1982 / ISO 843:1997 (transcription), ...
//! # sources: el                      (the languages written with the table; the first is the default)
//! # convention: elot ELOT 743 / ISO 843, type 2 (transcription)   (the first is the default)
//! # vowels: αεηιουω                  (for the conditions)
//! # strip: 0301 0342                 (combining marks dropped: accents that change no letter)
//! # sample: elot Αθήνα = Athina       (a golden sample: a source or convention, native = Latin)
//! native<TAB>latin<TAB>when<TAB>tags   # comment
//! ```
//!
//! `tags` limits a rule to the source languages and conventions it names
//! (empty: every one); the pseudo-convention `key` is the reading
//! `keys::match_key` uses. In `latin`, `<gem>` doubles the next consonant
//! (Japanese small tsu) and `<long>` lengthens the vowel before it (the
//! Japanese long-vowel mark: a macron in Hepburn, nothing in a key).

use rustc_hash::FxHashMap;

use crate::text::casefold::{is_alpha, lower, strip};
use crate::text::code_point;
use crate::text::normalize::{nfc, nfd};
use crate::text::py_splitlines;

/// Doubles the first letter of what follows (Japanese っ: `kitte`, `matcha`).
pub const GEMINATE: char = '\u{1}';
/// Lengthens the vowel before it (Japanese ー: `pūchin`).
pub const LONG: char = '\u{2}';

/// A context condition of a rule.
#[derive(Debug, Clone)]
enum Condition {
    Start,
    NotStart,
    End,
    NotEnd,
    AfterVowel,
    AfterConsonant,
    BeforeVowel,
    BeforeConsonant,
    After(Vec<char>),
    NotAfter(Vec<char>),
    Before(Vec<char>),
    NotBefore(Vec<char>),
}

impl Condition {
    fn parse(cond: &str) -> Option<Condition> {
        Some(match cond {
            "start" => Condition::Start,
            "not-start" => Condition::NotStart,
            "end" => Condition::End,
            "not-end" => Condition::NotEnd,
            "after-vowel" => Condition::AfterVowel,
            "after-consonant" => Condition::AfterConsonant,
            "before-vowel" => Condition::BeforeVowel,
            "before-consonant" => Condition::BeforeConsonant,
            _ => {
                if let Some(letters) = cond.strip_prefix("after=") {
                    Condition::After(letters.chars().collect())
                } else if let Some(letters) = cond.strip_prefix("not-after=") {
                    Condition::NotAfter(letters.chars().collect())
                } else if let Some(letters) = cond.strip_prefix("before=") {
                    Condition::Before(letters.chars().collect())
                } else if let Some(letters) = cond.strip_prefix("not-before=") {
                    Condition::NotBefore(letters.chars().collect())
                } else {
                    return None;
                }
            }
        })
    }
}

/// One rule: a native sequence, its Latin rendering, when and for whom it applies.
#[derive(Debug, Clone)]
pub struct ScriptRule {
    /// The native sequence, lower case.
    pub native: String,
    chars: Vec<char>,
    /// The Latin rendering (with `GEMINATE` and `LONG` as markers).
    pub latin: String,
    /// The conditions as written.
    pub when: Vec<String>,
    conditions: Vec<Condition>,
    /// The source languages and conventions it is limited to (none: all).
    pub tags: Vec<String>,
    /// Its line in the file.
    pub line: usize,
}

/// A script's table.
#[derive(Debug, Clone)]
pub struct ScriptTable {
    /// The file name without `.tsv` (`el`, `arabic`).
    pub code: String,
    /// A display name.
    pub name: String,
    /// Where the rules come from.
    pub origin: String,
    /// The source languages written with it (the first is the default).
    pub sources: Vec<String>,
    /// Its conventions, code and description (the first is the default).
    pub conventions: Vec<(String, String)>,
    /// Golden samples: (source or convention, native, Latin).
    pub samples: Vec<(String, String, String)>,
    vowels: Vec<char>,
    strip: Vec<char>,
    /// Every rule, in file order.
    pub rules: Vec<ScriptRule>,
    by_first: FxHashMap<char, Vec<usize>>,
}

fn items(text: &str) -> impl Iterator<Item = &str> {
    text.split(',').map(strip).filter(|item| !item.is_empty())
}

/// Parse a script table; a malformed line is an error naming `code.tsv:line`.
pub fn parse(code: &str, text: &str) -> Result<ScriptTable, String> {
    let mut table = ScriptTable {
        code: code.to_owned(),
        name: code.to_owned(),
        origin: String::new(),
        sources: Vec::new(),
        conventions: Vec::new(),
        samples: Vec::new(),
        vowels: Vec::new(),
        strip: Vec::new(),
        rules: Vec::new(),
        by_first: FxHashMap::default(),
    };
    for (index, raw) in py_splitlines(text).into_iter().enumerate() {
        let number = index + 1;
        let at = format!("{code}.tsv:{number}");
        if let Some(header) = raw.strip_prefix('#') {
            let Some((key, value)) = header.split_once(':') else {
                continue;
            };
            let value = strip(value);
            match strip(key) {
                "name" => table.name = value.to_owned(),
                "source" => table.origin = value.to_owned(),
                "sources" => table.sources = items(value).map(str::to_owned).collect(),
                "convention" => {
                    let (conv, what) = value.split_once(' ').unwrap_or((value, ""));
                    table
                        .conventions
                        .push((conv.to_owned(), strip(what).to_owned()));
                }
                "vowels" => table.vowels = value.chars().filter(|c| !c.is_whitespace()).collect(),
                "strip" => {
                    table.strip = value.split_whitespace().map(code_point).collect();
                }
                "sample" => {
                    let (tag, pair) = value.split_once(' ').unwrap_or((value, ""));
                    let Some((native, latin)) = pair.split_once(" = ") else {
                        return Err(format!("{at}: a sample reads 'TAG native = Latin'"));
                    };
                    table.samples.push((
                        tag.to_owned(),
                        strip(native).to_owned(),
                        strip(latin).to_owned(),
                    ));
                }
                _ => {}
            }
            continue;
        }
        let line = raw
            .split('#')
            .next()
            .unwrap_or("")
            .trim_end_matches(crate::text::casefold::is_space);
        if strip(line).is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols[0].is_empty() || cols[0] != strip(cols[0]) {
            return Err(format!(
                "{at}: expected 'native<TAB>latin[<TAB>when[<TAB>tags]]'"
            ));
        }
        let when: Vec<String> = cols
            .get(2)
            .map_or_else(Vec::new, |c| items(c).map(str::to_owned).collect());
        let mut conditions = Vec::with_capacity(when.len());
        for cond in &when {
            conditions.push(
                Condition::parse(cond)
                    .ok_or_else(|| format!("{at}: unknown condition '{cond}'"))?,
            );
        }
        let native = lower(cols[0]);
        let latin = strip(cols.get(1).copied().unwrap_or(""))
            .replace("<gem>", &GEMINATE.to_string())
            .replace("<long>", &LONG.to_string())
            .replace("<space>", " ");
        let rule = ScriptRule {
            chars: native.chars().collect(),
            native,
            latin,
            when,
            conditions,
            tags: cols
                .get(3)
                .map_or_else(Vec::new, |c| items(c).map(str::to_owned).collect()),
            line: number,
        };
        table
            .by_first
            .entry(rule.chars[0])
            .or_default()
            .push(table.rules.len());
        table.rules.push(rule);
    }
    if table.conventions.is_empty() || table.sources.is_empty() {
        return Err(format!(
            "{code}.tsv: a table names its sources and at least one convention"
        ));
    }
    let rules = &table.rules;
    for group in table.by_first.values_mut() {
        group.sort_by_key(|&i| std::cmp::Reverse(rules[i].chars.len())); // stable: file order within a length
    }
    Ok(table)
}

impl ScriptTable {
    fn is_vowel(&self, c: char) -> bool {
        self.vowels.contains(&c)
    }

    fn is_letter(c: Option<char>) -> bool {
        c.is_some_and(is_alpha)
    }

    fn holds(&self, rule: &ScriptRule, word: &[char], start: usize, end: usize) -> bool {
        let prev = start.checked_sub(1).map(|i| word[i]);
        let next = word.get(end).copied();
        rule.conditions.iter().all(|cond| match cond {
            Condition::Start => !Self::is_letter(prev),
            Condition::NotStart => Self::is_letter(prev),
            Condition::End => !Self::is_letter(next),
            Condition::NotEnd => Self::is_letter(next),
            Condition::AfterVowel => prev.is_some_and(|c| self.is_vowel(c)),
            Condition::AfterConsonant => prev.is_some_and(|c| is_alpha(c) && !self.is_vowel(c)),
            Condition::BeforeVowel => next.is_some_and(|c| self.is_vowel(c)),
            Condition::BeforeConsonant => next.is_some_and(|c| is_alpha(c) && !self.is_vowel(c)),
            Condition::After(letters) => prev.is_some_and(|c| letters.contains(&c)),
            Condition::NotAfter(letters) => !prev.is_some_and(|c| letters.contains(&c)),
            Condition::Before(letters) => next.is_some_and(|c| letters.contains(&c)),
            Condition::NotBefore(letters) => !next.is_some_and(|c| letters.contains(&c)),
        })
    }

    /// The text as the rules read it: lower case, the table's marks stripped, NFC.
    pub fn prepare(&self, text: &str) -> Vec<char> {
        let lowered = lower(text);
        if self.strip.is_empty() {
            return nfc(&lowered).chars().collect();
        }
        let kept: String = nfd(&lowered)
            .chars()
            .filter(|c| !self.strip.contains(c))
            .collect();
        nfc(&kept).chars().collect()
    }

    /// The rendering of prepared text under `source` and `convention`, markers unresolved.
    pub fn render_prepared(&self, text: &[char], source: &str, convention: &str) -> String {
        let mut out = String::with_capacity(text.len() * 2);
        let mut i = 0;
        'outer: while i < text.len() {
            if let Some(group) = self.by_first.get(&text[i]) {
                for &r in group {
                    let rule = &self.rules[r];
                    let stop = i + rule.chars.len();
                    if text[i..].starts_with(&rule.chars)
                        && (rule.tags.is_empty()
                            || rule.tags.iter().any(|t| t == source || t == convention))
                        && self.holds(rule, text, i, stop)
                    {
                        out.push_str(&rule.latin);
                        i = stop;
                        continue 'outer;
                    }
                }
            }
            out.push(text[i]);
            i += 1;
        }
        out
    }

    /// Whether the table knows `code` as a convention.
    pub fn has_convention(&self, code: &str) -> bool {
        self.conventions.iter().any(|(c, _)| c == code)
    }
}

/// Resolve the markers of a rendering: `GEMINATE` doubles the next letter
/// (`ch` becomes `tch`), `LONG` lengthens the vowel before it (with a macron
/// when `macron`, else not at all).
pub fn resolve_markers(text: &str, macron: bool) -> String {
    if !text.contains([GEMINATE, LONG]) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            GEMINATE => match chars.get(i + 1) {
                Some('c') if chars.get(i + 2) == Some(&'h') => out.push('t'),
                Some(&next) if next.is_ascii_alphabetic() && !"aeiou".contains(next) => {
                    out.push(next);
                }
                _ => {}
            },
            LONG => {
                if macron {
                    if let Some(last) = out.pop() {
                        out.push(match last {
                            'a' => 'ā',
                            'e' => 'ē',
                            'i' => 'ī',
                            'o' => 'ō',
                            'u' => 'ū',
                            other => other,
                        });
                    }
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_malformed_table_names_the_line() {
        let error = parse("xx", "# sources: xx\n# convention: a\nα\ta\tnowhere\n").unwrap_err();
        assert_eq!(error, "xx.tsv:3: unknown condition 'nowhere'");
        assert!(
            parse("xx", "α\ta\n")
                .unwrap_err()
                .contains("names its sources")
        );
        let error = parse("xx", "# sample: a Α A\n").unwrap_err();
        assert!(error.starts_with("xx.tsv:1: a sample"));
    }

    #[test]
    fn not_after_holds_at_the_start_and_after_other_letters() {
        let table = parse(
            "xx",
            "# sources: xx\n# convention: a\nβ\tba\tnot-after=α\nβ\tb\nα\ta\nγ\tg\n",
        )
        .unwrap();
        let render = |text: &str| table.render_prepared(&table.prepare(text), "xx", "a");
        assert_eq!(render("β αβ γβ"), "ba ab gba");
    }

    #[test]
    fn markers_resolve() {
        assert_eq!(resolve_markers("ki\u{1}te", true), "kitte");
        assert_eq!(resolve_markers("ma\u{1}cha", true), "matcha");
        assert_eq!(resolve_markers("pu\u{2}chin", true), "pūchin");
        assert_eq!(resolve_markers("pu\u{2}chin", false), "puchin");
    }
}
