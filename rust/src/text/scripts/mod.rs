//! Scripts other than Latin and Cyrillic into Latin: one engine per script.
//!
//! - alphabets and abjads as rule tables (`rules`, `src/namenorm/translit/scripts/<code>.tsv`):
//!   Greek (`el`), Armenian (`hy`), Georgian (`ka`), Hebrew (`he`), the
//!   Arabic script (`arabic`: Arabic, Persian, Urdu), Japanese kana (`ja`),
//!   Khmer (`km`) and Burmese (`my`);
//! - Hangul (`hangul`): algorithmic, from each syllable's jamo;
//! - Chinese characters (`han`): Hanyu Pinyin, character by character.
//!
//! Each source language has conventions (the first is the default), and a
//! `key` reading that `keys::match_key` folds: the default convention,
//! except where matching needs another reading (Japanese チ as ti, the ㅡ of
//! foreign names in Hangul left out).

pub mod han;
pub mod hangul;
pub mod rules;

use std::sync::LazyLock;

use crate::text::casefold::{is_upper, upper};
use rules::{ScriptTable, parse, resolve_markers};

/// Every rule table: file name, text.
pub(crate) const FILES: &[(&str, &str)] = &[
    (
        "arabic",
        include_str!("../../../../src/namenorm/translit/scripts/arabic.tsv"),
    ),
    (
        "el",
        include_str!("../../../../src/namenorm/translit/scripts/el.tsv"),
    ),
    (
        "he",
        include_str!("../../../../src/namenorm/translit/scripts/he.tsv"),
    ),
    (
        "hy",
        include_str!("../../../../src/namenorm/translit/scripts/hy.tsv"),
    ),
    (
        "ja",
        include_str!("../../../../src/namenorm/translit/scripts/ja.tsv"),
    ),
    (
        "ka",
        include_str!("../../../../src/namenorm/translit/scripts/ka.tsv"),
    ),
    (
        "km",
        include_str!("../../../../src/namenorm/translit/scripts/km.tsv"),
    ),
    (
        "my",
        include_str!("../../../../src/namenorm/translit/scripts/my.tsv"),
    ),
];

static TABLES: LazyLock<Vec<ScriptTable>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|&(code, text)| parse(code, text).unwrap_or_else(|error| panic!("{error}")))
        .collect()
});

/// Every rule table, in `FILES` order.
pub fn tables() -> &'static [ScriptTable] {
    &TABLES
}

fn table(code: &str) -> &'static ScriptTable {
    let at = FILES
        .iter()
        .position(|&(c, _)| c == code)
        .expect("a shipped script table");
    &TABLES[at]
}

/// A script namenorm reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Greek,
    Armenian,
    Georgian,
    Hebrew,
    Arabic,
    Hangul,
    Kana,
    Han,
    Khmer,
    Myanmar,
}

impl Script {
    /// Whether the script is an abjad: it writes consonants and long vowels
    /// but leaves short vowels (and the doubling of a consonant) unwritten,
    /// so that its readings lack letters a full spelling has (محمد is read
    /// `mhmd`, Muhammad).
    pub fn is_abjad(self) -> bool {
        matches!(self, Script::Arabic | Script::Hebrew)
    }
}

/// Whether `text` has a letter of an abjad ([`Script::is_abjad`]).
pub fn has_abjad(text: &str) -> bool {
    !text.is_ascii()
        && text
            .chars()
            .any(|c| script_of(c).is_some_and(Script::is_abjad))
}

/// The script of a letter (None: Latin, Cyrillic, or a script without an engine).
pub fn script_of(c: char) -> Option<Script> {
    Some(match c {
        '\u{0370}'..='\u{03ff}' | '\u{1f00}'..='\u{1fff}' => Script::Greek,
        '\u{0531}'..='\u{058f}' | '\u{fb13}'..='\u{fb17}' => Script::Armenian,
        '\u{10a0}'..='\u{10ff}' | '\u{1c90}'..='\u{1cbf}' | '\u{2d00}'..='\u{2d2f}' => {
            Script::Georgian
        }
        '\u{0591}'..='\u{05f4}' | '\u{fb1d}'..='\u{fb4f}' => Script::Hebrew,
        '\u{0600}'..='\u{06ff}'
        | '\u{0750}'..='\u{077f}'
        | '\u{08a0}'..='\u{08ff}'
        | '\u{fb50}'..='\u{fdff}'
        | '\u{fe70}'..='\u{fefe}' => Script::Arabic,
        '\u{ac00}'..='\u{d7a3}' => Script::Hangul,
        '\u{3041}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' => Script::Kana,
        c if han::is_han(c) => Script::Han,
        '\u{1780}'..='\u{17ff}' | '\u{19e0}'..='\u{19ff}' => Script::Khmer,
        '\u{1000}'..='\u{109f}' | '\u{a9e0}'..='\u{a9ff}' | '\u{aa60}'..='\u{aa7f}' => {
            Script::Myanmar
        }
        _ => return None,
    })
}

/// Whether `text` has a letter of a script with an engine here.
pub fn has_script(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(|c| script_of(c).is_some())
}

/// The source languages, their script, and their conventions (the default first).
pub fn sources() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    let mut out = Vec::new();
    for table in tables() {
        for source in &table.sources {
            out.push((
                source.as_str(),
                table
                    .conventions
                    .iter()
                    .map(|(c, d)| (c.as_str(), d.as_str()))
                    .collect(),
            ));
        }
    }
    out.push(("ko", hangul::CONVENTIONS.to_vec()));
    out.push(("zh", han::CONVENTIONS.to_vec()));
    out.sort_by_key(|(source, _)| *source);
    out
}

/// The conventions of a source language (None: not a source read here).
pub fn conventions_of(source: &str) -> Option<Vec<&'static str>> {
    sources()
        .into_iter()
        .find(|(s, _)| *s == source)
        .map(|(_, conventions)| conventions.into_iter().map(|(c, _)| c).collect())
}

/// Whether a source language is read here: `conventions_of(source).is_some()`,
/// without building the list of every source (it is asked for each text
/// transliterated).
pub fn is_source(source: &str) -> bool {
    source == "ko"
        || source == "zh"
        || tables()
            .iter()
            .any(|table| table.sources.iter().any(|s| s == source))
}

/// The script a source language is written in.
fn script_of_source(source: &str) -> Option<Script> {
    Some(match source {
        "el" => Script::Greek,
        "hy" => Script::Armenian,
        "ka" => Script::Georgian,
        "he" | "yi" => Script::Hebrew,
        "ar" | "fa" | "ur" | "ps" => Script::Arabic,
        "ko" => Script::Hangul,
        "ja" => Script::Kana,
        "zh" => Script::Han,
        "km" => Script::Khmer,
        "my" => Script::Myanmar,
        _ => return None,
    })
}

/// The source language of the letters of `script` in `text`: Persian and
/// Urdu are told from Arabic by their letters, Japanese from Chinese by kana.
fn guess_source(script: Script, text: &str) -> &'static str {
    match script {
        Script::Greek => "el",
        Script::Armenian => "hy",
        Script::Georgian => "ka",
        Script::Hebrew => "he",
        Script::Arabic => {
            if text.contains(['ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ھ', 'ہ', 'ۃ']) {
                "ur"
            } else if text.contains(['پ', 'چ', 'ژ', 'گ', 'ک', 'ی']) {
                "fa"
            } else {
                "ar"
            }
        }
        Script::Hangul => "ko",
        Script::Kana => "ja",
        Script::Han => {
            if text.chars().any(|c| script_of(c) == Some(Script::Kana)) {
                "ja"
            } else {
                "zh"
            }
        }
        Script::Khmer => "km",
        Script::Myanmar => "my",
    }
}

/// The source language of the first letter of `text` with an engine, guessed from its letters.
pub fn detect(text: &str) -> Option<&'static str> {
    let script = text.chars().find_map(script_of)?;
    Some(guess_source(script, text))
}

fn is_caseless(script: Script) -> bool {
    !matches!(script, Script::Greek | Script::Armenian)
}

/// Whether `c` continues a run of `script` (its letters and the combining marks after them).
fn continues(c: char, script: Script) -> bool {
    script_of(c) == Some(script)
        || matches!(c, '\u{0300}'..='\u{036f}')
        || (script == Script::Kana && matches!(c, 'ー' | '・'))
}

/// The rendering of one run of `script` under `source`'s `convention`.
fn render_run(run: &[char], script: Script, source: &str, convention: &str, whole: bool) -> String {
    match script {
        Script::Hangul => hangul::render(run, convention, whole),
        Script::Han => {
            if source == "ja" {
                run.iter().collect() // kanji of Japanese: no reading without a dictionary
            } else {
                han::render(run, whole)
            }
        }
        _ => {
            let code = match script {
                Script::Greek => "el",
                Script::Armenian => "hy",
                Script::Georgian => "ka",
                Script::Hebrew => "he",
                Script::Arabic => "arabic",
                Script::Khmer => "km",
                Script::Myanmar => "my",
                _ => "ja",
            };
            let table = table(code);
            let text: String = run.iter().collect();
            let text = if script == Script::Kana {
                hiragana_to_katakana(&text)
            } else {
                text
            };
            let prepared = table.prepare(&text);
            let rendered = table.render_prepared(&prepared, source, convention);
            resolve_markers(&rendered, convention != "key")
        }
    }
}

/// Hiragana as the katakana they correspond to (ぷ -> プ).
fn hiragana_to_katakana(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{3041}'..='\u{3096}' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Capitals as the native run had them: words capitalized in a caseless
/// script and where the run starts with a capital, all capitals where it
/// has two in a row.
fn recase(latin: &str, run: &[char], script: Script) -> String {
    let capitals = run.windows(2).any(|w| is_upper(w[0]) && is_upper(w[1]));
    if capitals {
        return upper(latin);
    }
    let capitalize = is_caseless(script) || run.first().is_some_and(|&c| is_upper(c));
    if !capitalize {
        return latin.to_owned();
    }
    let mut out = String::with_capacity(latin.len());
    let mut at_start = true;
    for c in latin.chars() {
        if at_start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            at_start = false;
        } else {
            out.push(c);
            if c == ' ' {
                at_start = true;
            }
        }
    }
    out
}

/// The text with every run of a script with an engine rendered: runs of
/// `only` (if given) under `source`, `convention`, the others under their
/// own source's default (`key`: every run under its key reading). Other
/// characters pass through.
fn render_text(
    text: &str,
    only: Option<(Script, &str)>,
    convention: Option<&str>,
    key: bool,
) -> String {
    let chars: Vec<char> = text.chars().collect();
    let trimmed = text.trim();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        let Some(script) = script_of(chars[i]) else {
            out.push(chars[i]);
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < chars.len() && continues(chars[j], script) {
            j += 1;
        }
        let run = &chars[i..j];
        // A whole text of one run may be a Korean or Chinese name without a
        // space: family name and given name are split (not in a key, which
        // is computed word by word too and must not tell them apart).
        let whole = !key && run.iter().collect::<String>() == trimmed;
        let (source, conv) = match only {
            Some((s, source)) if s == script => (source, convention),
            Some(_) => {
                out.extend(run);
                i = j;
                continue;
            }
            None => (guess_source(script, text), None),
        };
        let conv = if key {
            "key"
        } else {
            conv.unwrap_or_else(|| default_convention(source))
        };
        let latin = render_run(run, script, source, conv, whole);
        if key {
            out.push_str(&latin.to_lowercase());
        } else {
            out.push_str(&recase(&latin, run, script));
        }
        i = j;
    }
    out
}

fn default_convention(source: &str) -> &'static str {
    conventions_of(source)
        .and_then(|c| c.first().copied())
        .unwrap_or("key")
}

/// Romanize the letters of `source`'s script in `text` under `convention`
/// (None: the default); `source` None: guessed from the first letter of a
/// script with an engine (every script's letters are then romanized, each
/// under its default). None: an unknown source or convention.
///
/// `Βλαντίμιρ Πούτιν` is `Vlantimir Poutin` (ELOT 743), `문재인` `Mun Jaein` (RR).
pub fn romanize(text: &str, source: Option<&str>, convention: Option<&str>) -> Option<String> {
    match source.filter(|s| !s.is_empty()) {
        Some(source) => {
            let script = script_of_source(source)?;
            let conventions = conventions_of(source)?;
            if let Some(c) = convention {
                if !conventions.contains(&c) {
                    return None;
                }
            }
            Some(render_text(text, Some((script, source)), convention, false))
        }
        None => {
            if let Some(c) = convention {
                let source = detect(text)?;
                return romanize(text, Some(source), Some(c));
            }
            Some(render_text(text, None, None, false))
        }
    }
}

/// Every script's letters in `text` under their default conventions (for `keys::ascii_key`).
pub fn romanize_all(text: &str) -> String {
    render_text(text, None, None, false)
}

/// Every script's letters in `text` in the reading `keys::match_key` folds.
pub fn key_text(text: &str) -> String {
    render_text(text, None, None, true)
}

/// Every Latin spelling of a native name in a script with an engine: one
/// per convention of its source language (`source`, or guessed), in the
/// conventions' order, without repeats. Empty for a text without such letters.
pub fn spellings(native: &str, source: Option<&str>) -> Vec<String> {
    let Some(source) = source.filter(|s| !s.is_empty()).or_else(|| detect(native)) else {
        return Vec::new();
    };
    let Some(conventions) = conventions_of(source) else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    for convention in conventions {
        if let Some(spelling) = romanize(native, Some(source), Some(convention)) {
            if !out.contains(&spelling) {
                out.push(spelling);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_renders() {
        for table in tables() {
            for (tag, native, latin) in &table.samples {
                let (source, convention) = if table.sources.contains(tag) {
                    (tag.as_str(), None)
                } else {
                    (table.sources[0].as_str(), Some(tag.as_str()))
                };
                assert_eq!(
                    romanize(native, Some(source), convention).as_deref(),
                    Some(latin.as_str()),
                    "{}.tsv: {native}",
                    table.code
                );
            }
        }
    }

    #[test]
    fn every_file_is_embedded() {
        let folder = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../src/namenorm/translit/scripts"
        );
        let mut found: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .filter_map(|entry| entry.unwrap().file_name().into_string().ok())
            .filter_map(|name| name.strip_suffix(".tsv").map(str::to_owned))
            .filter(|name| name != "ko-surnames")
            .collect();
        found.sort();
        let listed: Vec<&str> = FILES.iter().map(|&(c, _)| c).collect();
        assert_eq!(found, listed, "list every table of {folder} in FILES");
    }

    #[test]
    fn scripts_detected() {
        let cases = [
            ("Βλαντίμιρ", "el"),
            ("Վլադիմիր", "hy"),
            ("ვლადიმერ", "ka"),
            ("ולדימיר", "he"),
            ("فلاديمير", "ar"),
            ("ولادیمیر پوتین", "fa"),
            ("ولادیمیر پوٹن", "ur"),
            ("블라디미르", "ko"),
            ("ウラジーミル", "ja"),
            ("普京", "zh"),
            ("東京タワー", "ja"),
            ("ពូទីន", "km"),
            ("ပူတင်", "my"),
        ];
        for (text, source) in cases {
            assert_eq!(detect(text), Some(source), "{text}");
        }
        assert_eq!(detect("Putin"), None);
        assert_eq!(detect("Путин"), None);
    }

    #[test]
    fn the_fixture_names_read() {
        assert_eq!(
            romanize("ウラジーミル・プーチン", None, None).as_deref(),
            Some("Urajīmiru Pūchin")
        );
        assert_eq!(key_text("ウラジーミル・プーチン"), "urajimiru putin");
        assert_eq!(
            romanize("弗拉基米尔·普京", None, None).as_deref(),
            Some("Fulajimier·Pujing")
        );
        assert_eq!(key_text("블라디미르 푸틴"), "blladimir putin");
        assert_eq!(
            romanize("វ៉្លាឌីមៀរ ពូទីន", None, None).as_deref(),
            Some("Vleadimier Putin")
        );
        assert_eq!(
            romanize("ဗလာဒီမီယာ ပူတင်", None, None).as_deref(),
            Some("Bladimiya Putin")
        );
        assert_eq!(romanize("Putin", Some("el"), Some("xx")), None);
        assert_eq!(romanize("Putin", Some("xx"), None), None);
    }
}
