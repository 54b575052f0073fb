//! Transliteration from Cyrillic into named Latin conventions (see
//! `namenorm.translit`): the tables of `tables`, rendered letter by letter
//! with their context rules; the guess of a text's source language; the
//! Russian form of a Ukrainian or Belarusian name (`forms.tsv`); and the
//! expansion of a native name into every convention's spelling.

pub mod tables;

use std::sync::{LazyLock, OnceLock};

use rustc_hash::{FxHashMap, FxHashSet};

use super::casefold::{
    capitalize, casefold, is_alpha, is_upper, lower, lower_char, lowers_to_several, upper,
};
use super::normalize::nfd;
use super::pattern::{Pattern, substitute};
use super::py_splitlines;
use super::scripts;
use super::unicode_sets::sets;
use tables::{Rule, Table, codes, position, tables};

/// Whether `c` is in a Cyrillic block (Cyrillic, its Supplement, Extended-A, -B, -C).
#[inline]
pub fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052f}' | '\u{1c80}'..='\u{1c8f}' | '\u{2de0}'..='\u{2dff}' | '\u{a640}'..='\u{a69f}')
}

/// Whether `text` contains a Cyrillic letter.
///
/// `has_cyrillic("Bishkek (Бишкек)")` and `has_cyrillic("Pаvel")` (one
/// Cyrillic "а") are true, `has_cyrillic("Žeenbekov")` is false.
pub fn has_cyrillic(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(is_cyrillic)
}

/// Letters that tell a source language apart (the rest of each alphabet
/// is shared), tried in this order.
const SOURCE_MARKERS: &[(&str, &[char])] = &[
    ("tg", &['ҳ', 'ҷ', 'ӣ', 'ӯ']),           // Tajik
    ("kk", &['ә', 'ғ', 'қ', 'ұ', 'һ']),      // Kazakh
    ("ky", &['ө', 'ү', 'ң']),                // Kyrgyz (Kazakh letters were tried first)
    ("be", &['ў']),                          // Belarusian
    ("uk", &['є', 'ї', 'ґ']),                // Ukrainian
    ("mk", &['ѓ', 'ќ', 'ѕ']),                // Macedonian
    ("sr", &['ђ', 'ћ', 'џ', 'љ', 'њ', 'ј']), // Serbian (џ љ њ ј are Macedonian too)
];

/// Guess the source language of a Cyrillic text from its distinctive
/// letters: `"ru"` unless a letter (or a spelling habit) specific to
/// another alphabet is present. Kyrgyz writes its long vowels double
/// (Жээнбеков); Bulgarian ъ is a vowel between consonants or at the end;
/// Belarusian і comes with ы, э or ё (Ukrainian has none of them), or
/// with дз or ц before a soft vowel (Уладзімір, Пуцін);
/// Ukrainian adjectival surnames end in -ський; Belarusian writes э after
/// consonants (Лукашэнка), Russian only in loanwords.
pub fn detect_source(text: &str) -> &'static str {
    if !has_cyrillic(text) {
        return "ru"; // every letter looked for is Cyrillic, and so is what case folding makes one
    }
    let lower: Vec<char> = casefold(text).chars().collect();
    let has = |letters: &[char]| lower.iter().any(|c| letters.contains(c));
    for &(code, letters) in SOURCE_MARKERS {
        if has(letters) {
            return code;
        }
    }
    if has(&['і']) {
        // Belarusian і comes with ы, э, ё, or with дз or ц before a soft
        // vowel (дзеканне, цеканне: Уладзімір, Пуцін), which Ukrainian
        // writes only in loanwords, and mostly as -ція, -ції.
        let soft_dz = lower.windows(3).any(|w| {
            w[0] == 'д' && w[1] == 'з' && matches!(w[2], 'і' | 'е' | 'ё' | 'ю' | 'я' | 'ь')
        });
        // not Ukrainian -ція, -ції, -ційний (Франція, Опозиційна), which
        // Belarusian writes -цыя (Францыя)
        let soft_c = lower
            .windows(3)
            .any(|w| w[0] == 'ц' && w[1] == 'і' && !matches!(w[2], 'я' | 'ю' | 'є' | 'ї' | 'й'))
            || lower.ends_with(&['ц', 'і']);
        // Belarusian has no и: a text with it and і is Ukrainian (Дніпродзержинськ)
        if has(&['и']) {
            return "uk";
        }
        return if has(&['ы', 'э', 'ё']) || soft_dz || soft_c {
            "be"
        } else {
            "uk"
        };
    }
    let pairs = || lower.windows(2);
    if pairs().any(|p| p[0] == p[1] && matches!(p[0], 'а' | 'э' | 'о' | 'у' | 'ы' | 'ү' | 'ө'))
    {
        return "ky";
    }
    let vowel_hard_sign = lower
        .iter()
        .enumerate()
        .any(|(i, &c)| c == 'ъ' && !matches!(lower.get(i + 1), Some('е' | 'ё' | 'ю' | 'я' | 'и')));
    if vowel_hard_sign || pairs().any(|p| p == ['ь', 'о']) {
        return "bg";
    }
    if lower
        .windows(3)
        .any(|w| matches!(w[0], 'с' | 'ц' | 'з') && w[1] == 'ь' && w[2] == 'к')
    {
        return "uk";
    }
    let consonant = |c: char| {
        matches!(
            c,
            'б' | 'в'
                | 'г'
                | 'д'
                | 'ж'
                | 'з'
                | 'к'
                | 'л'
                | 'м'
                | 'н'
                | 'п'
                | 'р'
                | 'с'
                | 'т'
                | 'ф'
                | 'х'
                | 'ц'
                | 'ч'
                | 'ш'
                | 'щ'
        )
    };
    if pairs().any(|p| consonant(p[0]) && p[1] == 'э') {
        return "be";
    }
    "ru"
}

/// The lower case of `word`, letter for letter: rendering walks the word and
/// its lower case in step, so a letter whose lower case is longer (İ) is
/// kept as it is (then every letter is lowered alone).
fn lower_aligned(word: &str) -> Vec<char> {
    if word.chars().any(lowers_to_several) {
        let mut one = String::new();
        return word
            .chars()
            .map(|c| {
                one.clear();
                lower_char(c, &mut one);
                let mut chars = one.chars();
                match (chars.next(), chars.next()) {
                    (Some(low), None) => low,
                    _ => c,
                }
            })
            .collect();
    }
    lower(word).chars().collect()
}

/// Whether `c` is a lower-case letter of the alphabets, which is no
/// capital for `has_two_capitals`.
fn is_small_letter(c: char) -> bool {
    matches!(
        c,
        'a'..='z'
            | 'а'..='я'
            | 'ё' | 'і' | 'ї' | 'є' | 'ґ' | 'ў' | 'ә' | 'ғ' | 'қ' | 'ң' | 'ө' | 'ұ' | 'ү' | 'һ' | 'ҳ' | 'ҷ' | 'ӣ' | 'ӯ'
            | 'ђ' | 'ј' | 'љ' | 'њ' | 'ћ' | 'џ' | 'ѓ' | 'ќ' | 'ѕ'
    )
}

/// Whether `word` has two capitals in a row (an acronym, a name in
/// capitals): then each letter's rendering is in capitals too
/// (ЖЭЭНБЕКОВ -> ZHEENBEKOV). A "capital" is any word character of `re`
/// but a digit, `_` and the lower-case letters of the alphabets.
fn has_two_capitals(word: &[char]) -> bool {
    let sets = sets();
    let capital = |c: char| {
        sets.re_word.contains(c) && !sets.re_digit.contains(c) && c != '_' && !is_small_letter(c)
    };
    word.windows(2).any(|w| capital(w[0]) && capital(w[1]))
}

/// A table's rules for one source language (and with or without endings):
/// the letters that always render the same way, their rendering for the
/// letter and its capital (Ж -> Zh), and the rules of the other letters.
struct Compiled {
    plain: FxHashMap<char, &'static str>,
    both: FxHashMap<char, String>,
    rules: FxHashMap<char, Vec<&'static Rule>>,
    /// The letters with rules and their capitals: where `render_simply_cased` stops.
    special: FxHashSet<char>,
}

impl Compiled {
    fn new(table: &'static Table, source: &str, endings: bool) -> Compiled {
        let mut plain: Vec<(char, &'static str)> = Vec::new();
        let mut rules = FxHashMap::default();
        for (first, group) in &table.rules {
            let usable: Vec<&Rule> = group
                .iter()
                .filter(|r| {
                    (r.sources.is_empty() || r.sources.iter().any(|s| s == source))
                        && (endings || !r.ending)
                })
                .collect();
            let Some(head) = usable.first() else { continue };
            if head.chars.len() == 1 && head.when.is_empty() {
                plain.push((*first, head.latin.as_str()));
            } else {
                rules.insert(*first, usable);
            }
        }
        let mut both = FxHashMap::default();
        for &(letter, latin) in &plain {
            both.insert(letter, latin.to_owned());
            let upper = upper(&String::from(letter));
            let mut chars = upper.chars();
            if let (Some(capital), None) = (chars.next(), chars.next()) {
                if capital != letter {
                    both.insert(capital, capitalize(latin));
                }
            }
        }
        let mut special = FxHashSet::default();
        for &letter in rules.keys() {
            special.insert(letter);
            special.extend(upper(&String::from(letter)).chars());
        }
        Compiled {
            plain: plain.into_iter().collect(),
            both,
            rules,
            special,
        }
    }

    /// The rendering of the rule that applies at `i` of `lower` and where it stops.
    fn rule_at(&self, lower: &[char], i: usize) -> (Option<&'static str>, usize) {
        for rule in self.rules.get(&lower[i]).map_or(&[][..], Vec::as_slice) {
            let stop = i + rule.chars.len();
            if lower[i..].starts_with(&rule.chars) && rule.applies(lower, i, stop) {
                return (Some(rule.latin.as_str()), stop);
            }
        }
        (None, i + 1)
    }

    fn translate(&self, word: &[char], out: &mut String) {
        for c in word {
            match self.both.get(c) {
                Some(latin) => out.push_str(latin),
                None => out.push(*c),
            }
        }
    }

    /// The rendering of a word with capitals only at the start of words (no
    /// two in a row): plain letters translated, rules only where a letter has them.
    fn render_simply_cased(&self, word: &[char], lower: &[char], out: &mut String) {
        let mut i = 0;
        while i < word.len() {
            let Some(j) = (i..lower.len()).find(|&j| self.special.contains(&lower[j])) else {
                break;
            };
            self.translate(&word[i..j], out);
            let (piece, stop) = self.rule_at(lower, j);
            match piece {
                None => out.push(word[j]),
                Some(piece) if !piece.is_empty() && word[j] != lower[j] => {
                    out.push_str(&capitalize(piece))
                }
                Some(piece) => out.push_str(piece),
            }
            i = stop;
        }
        if i < word.len() {
            self.translate(&word[i..], out);
        }
    }

    /// The rendering of a word with two capitals in a row: a capital letter
    /// renders in capitals when the letter after it is a capital too, or
    /// when it ends the word after a capital.
    fn render_capitals(&self, word: &[char], lower: &[char], out: &mut String) {
        let n = lower.len();
        let mut i = 0;
        while i < n {
            let ch = lower[i];
            let (got, end) = match self.plain.get(&ch) {
                Some(&latin) => (latin, i + 1),
                None => match self.rule_at(lower, i) {
                    (Some(latin), end) => (latin, end),
                    (None, end) => {
                        out.push(word[i]);
                        i = end;
                        continue;
                    }
                },
            };
            if !got.is_empty() && word[i] != ch {
                let capital = |k: usize| word[k] != lower[k] && is_alpha(word[k]);
                let upper_next = end < n && capital(end);
                let upper_prev = i > 0 && capital(i - 1);
                if upper_next || (upper_prev && end >= n) {
                    out.push_str(&upper(got));
                } else {
                    out.push_str(&capitalize(got));
                }
            } else {
                out.push_str(got);
            }
            i = end;
        }
    }
}

/// The source languages some rule is restricted to: a table compiles alike
/// for every other source.
static SOURCES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut sources: Vec<&str> = tables()
        .iter()
        .flat_map(|t| {
            t.rules
                .iter()
                .flat_map(|(_, g)| g.iter().flat_map(|r| r.sources.iter().map(String::as_str)))
        })
        .collect();
    sources.sort_unstable();
    sources.dedup();
    sources
});

/// The compiled tables: by table, source (one of `SOURCES`, or another) and endings.
static COMPILED: LazyLock<Vec<OnceLock<Compiled>>> = LazyLock::new(|| {
    (0..codes().len() * (SOURCES.len() + 1) * 2)
        .map(|_| OnceLock::new())
        .collect()
});

/// Which of the compiled forms of a table serves `source`: the position of
/// `source` among `SOURCES`, or one past them for every other source.
fn source_class(source: &str) -> usize {
    let sources = &*SOURCES;
    sources.binary_search(&source).unwrap_or(sources.len())
}

fn compiled(table: usize, source: &str, class: usize, endings: bool) -> &'static Compiled {
    let slot = (table * (SOURCES.len() + 1) + class) * 2 + usize::from(endings);
    COMPILED[slot].get_or_init(|| Compiled::new(&tables()[table], source, endings))
}

/// A word ready to render: its characters, lower case and capitals.
struct Word {
    chars: Vec<char>,
    lower: Vec<char>,
    capitals: bool,
}

impl Word {
    fn new(word: &str) -> Word {
        let chars: Vec<char> = word.chars().collect();
        Word {
            lower: lower_aligned(word),
            capitals: has_two_capitals(&chars),
            chars,
        }
    }

    fn render(&self, compiled: &Compiled, out: &mut String) {
        if self.capitals {
            compiled.render_capitals(&self.chars, &self.lower, out);
        } else {
            compiled.render_simply_cased(&self.chars, &self.lower, out);
        }
    }
}

/// Transliterate the Cyrillic in `text` into the convention `code` (None:
/// no such convention). Characters outside the table pass through; `source`
/// (empty or None: guessed with `detect_source`) selects the rules of a
/// source language; `endings` the grammatical endings some conventions give
/// a name (Lithuanian `Putinas`).
///
/// A text without Cyrillic in another script with an engine (`scripts`), or
/// a `source` of one (`el`, `hy`, `ka`, `he`, `ar`, `fa`, `ur`, `ko`, `ja`,
/// `zh`), is romanized by that script's conventions instead: `code` one of
/// them, or any code of the Cyrillic conventions for the script's default.
///
/// `Жээнбеков` is `Žeenbekov` in `fi` and `Dscheenbekow` in `de` (from
/// `ky`), `Горбачёв` is `Gorbachev` in `en`.
pub fn transliterate(
    text: &str,
    code: &str,
    source: Option<&str>,
    endings: bool,
) -> Option<String> {
    if let Some(script_source) = source.filter(|s| scripts::is_source(s)) {
        // Greek, Hebrew, Hangul, ...: the script's own conventions; a code of
        // the Cyrillic conventions asks for the script's default.
        let convention = position(code).is_none().then_some(code);
        return scripts::romanize(text, Some(script_source), convention);
    }
    let Some(table) = position(code) else {
        // a convention of another script: of the script of the text
        return (!has_cyrillic(text))
            .then(|| scripts::romanize(text, None, Some(code)))
            .flatten();
    };
    if !has_cyrillic(text) {
        if scripts::has_script(text) {
            return Some(scripts::romanize_all(text));
        }
        return Some(text.to_owned());
    }
    let source = source
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| detect_source(text));
    let compiled = compiled(table, source, source_class(source), endings);
    let mut out = String::with_capacity(text.len() * 2);
    for (k, word) in text.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        Word::new(word).render(compiled, &mut out);
    }
    Some(out)
}

/// `transliterate(text, code, source, endings)` for every code of
/// `tables::codes()`, in order: each word made ready once for all of them.
fn renders(text: &str, source: &str, endings: bool) -> Vec<String> {
    if !has_cyrillic(text) {
        return vec![text.to_owned(); codes().len()];
    }
    let words: Vec<Word> = text.split(' ').map(Word::new).collect();
    let class = source_class(source);
    (0..codes().len())
        .map(|table| {
            let compiled = compiled(table, source, class, endings);
            let mut out = String::with_capacity(text.len() * 2);
            for (k, word) in words.iter().enumerate() {
                if k > 0 {
                    out.push(' ');
                }
                word.render(compiled, &mut out);
            }
            out
        })
        .collect()
}

/// The rules of `forms.tsv` by source language, in file order.
static FORMS: LazyLock<FxHashMap<String, Vec<(Pattern, String)>>> = LazyLock::new(|| {
    parse_forms(include_str!("../../../../src/namenorm/translit/forms.tsv"))
        .unwrap_or_else(|error| panic!("{error}"))
});

/// Read `forms.tsv`: `source<TAB>pattern<TAB>replacement  # comment`.
/// A replacement is taken literally: a backslash (which `regex` would read
/// as a group reference or escape) is an error.
fn parse_forms(text: &str) -> Result<FxHashMap<String, Vec<(Pattern, String)>>, String> {
    let mut rules: FxHashMap<String, Vec<(Pattern, String)>> = FxHashMap::default();
    for (index, raw) in py_splitlines(text).into_iter().enumerate() {
        let number = index + 1;
        let line = raw
            .split('#')
            .next()
            .unwrap_or("")
            .trim_end_matches(super::casefold::is_space);
        if super::casefold::strip(line).is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [source, pattern, replacement] = cols[..] else {
            return Err(format!(
                "forms.tsv:{number}: expected 'source<TAB>pattern<TAB>replacement'"
            ));
        };
        let pattern =
            Pattern::new(pattern).map_err(|error| format!("forms.tsv:{number}: {error}"))?;
        if replacement.contains('\\') {
            return Err(format!(
                "forms.tsv:{number}: a replacement is literal text (no backslash)"
            ));
        }
        rules
            .entry(source.to_owned())
            .or_default()
            .push((pattern, replacement.to_owned()));
    }
    Ok(rules)
}

/// The Russian form of a Ukrainian or Belarusian name, by the regular
/// correspondences of `forms.tsv`; None when it is the same or the source
/// (guessed when None or empty) has no rules. The capitals of the original
/// are kept, word by word.
///
/// `Святлана Ціханоўская` is `Святлана Тихановская`, `Віталій Кличко`
/// `Виталий Кличко`; `Путин` has none.
pub fn russian_form(native: &str, source: Option<&str>) -> Option<String> {
    let source = source
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| detect_source(native));
    apply_forms(native, source)
}

/// The Belarusian form of a Russian name, by the regular consonant
/// correspondences of `forms.tsv` (`ru>be`); None when they change nothing
/// (a name whose only change would be и to і or ы).
///
/// `Путин` is `Пуцін`, `Вадим` `Вадзім`; `Лавров` has none.
pub fn belarusian_form(native: &str) -> Option<String> {
    let form = apply_forms(native, "ru>be")?;
    let back: String = lower(&form)
        .chars()
        .map(|c| if matches!(c, 'і' | 'ы') { 'и' } else { c })
        .collect();
    (back != lower(native)).then_some(form)
}

/// `native` with the rules of `forms.tsv` for `key` applied, capitals kept
/// word by word; None when they change nothing.
fn apply_forms(native: &str, key: &str) -> Option<String> {
    let rules = FORMS.get(key).filter(|rules| !rules.is_empty())?;
    let original = lower(native);
    let mut text = original.clone();
    for rule in rules {
        text = substitute(
            &text.chars().collect::<Vec<_>>(),
            std::slice::from_ref(rule),
        );
    }
    if text == original {
        return None;
    }
    let words: Vec<String> = text
        .split(' ')
        .zip(native.split(' '))
        .map(|(word, was)| {
            if was.chars().next().is_some_and(is_upper) {
                capitalize(word)
            } else {
                word.to_owned()
            }
        })
        .collect();
    Some(words.join(" "))
}

/// A cheap ASCII fold of a rendered spelling: spellings that fold alike have
/// one `keys::ascii_key` (the converse may fail; a duplicate kept costs a
/// little room, no more).
fn ascii_fold(spelling: &str) -> Vec<u8> {
    let mut spelled = String::with_capacity(spelling.len());
    for c in casefold(spelling).chars() {
        match super::keys::spell_out(c) {
            Some(out) => spelled.push_str(out),
            None => spelled.push(c),
        }
    }
    nfd(&spelled).bytes().filter(u8::is_ascii).collect()
}

/// Every Latin spelling of a Cyrillic name under every convention, and of
/// its Russian form (`russian_form`) for a Ukrainian or Belarusian name,
/// and for a Russian name its Belarusian form in Cyrillic (`belarusian_form`,
/// when it differs: Пуцін for Путин); of
/// spellings that fold to one ASCII key (`Žeenbekov`, `Zheenbekov`), only
/// one (the plain-ASCII one when there is one). A name in another script
/// with an engine (`scripts`: Greek, Hebrew, Hangul, ...) has its spelling
/// under each of that script's conventions; a text in none, nothing. In no
/// particular order.
pub fn expand(native: &str, source: Option<&str>, endings: bool) -> Vec<String> {
    if !has_cyrillic(native) {
        // Greek, Armenian, Georgian, Hebrew, Arabic, Hangul, kana, Chinese:
        // the spelling under each of the script's conventions.
        return scripts::spellings(native, source);
    }
    let source = source
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| detect_source(native));
    let mut rendered = renders(native, source, endings);
    if let Some(russian) = russian_form(native, Some(source)) {
        rendered.extend(renders(&russian, "ru", endings));
    }
    if source == "ru" {
        // The Belarusian press's form of a Russian name, in Cyrillic (Пуцін).
        rendered.extend(belarusian_form(native));
    }
    rendered.sort_unstable_by(|a, b| (!a.is_ascii(), a).cmp(&(!b.is_ascii(), b)));
    rendered.dedup();
    let mut seen = FxHashSet::default();
    // A spelling in another script (the Arabic press's, the Belarusian
    // form in Cyrillic) is its own fold.
    rendered.retain(|spelling| {
        seen.insert(if scripts::has_script(spelling) || has_cyrillic(spelling) {
            spelling.as_bytes().to_vec()
        } else {
            ascii_fold(spelling)
        })
    });
    rendered
}

/// The codes of every convention, sorted.
pub fn conventions() -> Vec<&'static str> {
    codes().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(text: &str, code: &str, source: Option<&str>) -> String {
        transliterate(text, code, source, true).unwrap()
    }

    #[test]
    fn docstring_examples() {
        assert!(
            has_cyrillic("Жээнбеков")
                && !has_cyrillic("Žeenbekov")
                && has_cyrillic("Bishkek (Бишкек)")
        );
        assert!(has_cyrillic("Pаvel"));
        assert_eq!(
            ["Жээнбеков", "Нұрсұлтан", "Зеленський"].map(detect_source),
            ["ky", "kk", "uk"]
        );
        assert_eq!(
            ["Віталій Кличко", "Святлана Ціханоўская", "Путин"].map(detect_source),
            ["uk", "be", "ru"]
        );
        assert_eq!(tr("Жээнбеков", "fi", None), "Žeenbekov");
        assert_eq!(tr("Жээнбеков", "de", Some("ky")), "Dscheenbekow");
        assert_eq!(tr("Горбачёв", "en", None), "Gorbachev");
        assert_eq!(tr("Владимир Путин", "lt", None), "Vladimiras Putinas");
        assert_eq!(
            transliterate("Владимир Путин", "lt", None, false).unwrap(),
            "Vladimir Putin"
        );
        assert_eq!(
            ["de", "fi", "pl"].map(|code| tr("Жээнбеков", code, Some("ky"))),
            ["Dscheenbekow", "Žeenbekov", "Żeenbekow"]
        );
        assert_eq!(tr("ЖЭЭНБЕКОВ", "en", None), "ZHEENBEKOV");
        assert_eq!(tr("Putin", "fi", None), "Putin");
        assert!(transliterate("Путин", "xx", None, true).is_none());
        assert_eq!(
            russian_form("Святлана Ціханоўская", None).as_deref(),
            Some("Святлана Тихановская")
        );
        assert_eq!(
            russian_form("Аляксандр Лукашэнка", Some("be")).as_deref(),
            Some("Аляксандр Лукашенко")
        );
        assert_eq!(
            russian_form("Віталій Кличко", None).as_deref(),
            Some("Виталий Кличко")
        );
        assert_eq!(russian_form("Путин", None), None);
        let mut spellings = expand("Атамбаев", None, false);
        spellings.sort();
        assert_eq!(spellings[..3], ["Atambaev", "Atambaiev", "Atambajev"]);
        let spellings = expand("Ціханоўская", None, false);
        assert!(
            ["Tikhanovskaya", "Tichanowskaja"]
                .iter()
                .all(|s| spellings.iter().any(|x| x == s))
        );
        let spellings = expand("Жээнбеков", Some("ky"), false);
        assert!(
            spellings.iter().any(|s| s == "Zheenbekov")
                && !spellings.iter().any(|s| s == "Žeenbekov")
        );
    }

    #[test]
    fn every_sample_renders() {
        for table in tables() {
            for (source, cyrillic, latin) in &table.samples {
                assert_eq!(
                    &tr(cyrillic, &table.code, Some(source)),
                    latin,
                    "{}.tsv",
                    table.code
                );
            }
        }
    }

    #[test]
    fn renders_under_every_convention_at_once_as_one_at_a_time() {
        let words = [
            "Жээнбеков",
            "ЖЭЭНБЕКОВ",
            "Ціханоўская",
            "дьяволъ",
            "ЪЁЖ",
            "İЁж",
            "Сергей Лавров",
            "ΣЖΣ ж",
        ];
        for text in words {
            for source in ["ru", "uk", "be", "ky", "bg", "sr", "xx"] {
                for endings in [false, true] {
                    let one_at_a_time: Vec<String> = codes()
                        .map(|code| transliterate(text, code, Some(source), endings).unwrap())
                        .collect();
                    assert_eq!(
                        renders(text, source, endings),
                        one_at_a_time,
                        "{text} {source}"
                    );
                }
            }
        }
    }

    #[test]
    fn belarusian_forms_of_russian_names() {
        assert_eq!(belarusian_form("Путин").as_deref(), Some("Пуцін"));
        assert_eq!(
            belarusian_form("Владимир Путин").as_deref(),
            Some("Владзімір Пуцін")
        );
        assert_eq!(
            belarusian_form("Жилин Вадим").as_deref(),
            Some("Жылін Вадзім")
        );
        assert_eq!(belarusian_form("Сергей Лавров"), None);
        assert_eq!(belarusian_form("Лимонов"), None); // и alone
    }

    #[test]
    fn ukrainian_is_not_taken_for_belarusian() {
        for text in ["Франція", "Опозиційна платформа", "Дніпродзержинськ"]
        {
            assert_eq!(detect_source(text), "uk", "{text}");
        }
        assert_eq!(detect_source("Уладзімір Пуцін"), "be");
    }

    #[test]
    fn forms_parse_and_are_literal() {
        assert!(FORMS.contains_key("be") && FORMS.contains_key("uk"));
        assert!(parse_forms("be\tx\t\\1\n").is_err());
        assert!(
            parse_forms("be\t(x)\ty\n")
                .unwrap_err()
                .starts_with("forms.tsv:1: a capturing group")
        );
        assert!(
            parse_forms("be\tx\n")
                .unwrap_err()
                .starts_with("forms.tsv:1: expected")
        );
    }
}
