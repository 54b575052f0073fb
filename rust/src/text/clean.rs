//! Cleaning (see `namenorm.clean`): turn whatever arrived into a tidy
//! display form of a name. Each fix is a small function that says why it
//! exists; [`clean_name`] runs them and names the ones that changed the text.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::casefold::{casefold, split_words, strip};
use super::normalize::{is_nfkc, nfc, nfkc};
use super::scripts;
use super::unicode_sets::sets;
use crate::compare::legal_forms;

/// Names longer than this (in characters) are truncated before cleaning: no
/// real name is this long, and bounding the input keeps every later stage
/// linear and fast.
pub const MAX_NAME_LENGTH: usize = 512;

/// The step a truncation is reported as.
pub const TRUNCATED: &str = "truncated to 512 characters";

/// Drop control, format, private-use and unassigned characters (zero-width
/// spaces and joiners, bidi marks, soft hyphens): they are invisible in
/// print but make two equal-looking strings differ.
pub fn fix_invisible(text: &str) -> String {
    let invisible = &sets().invisible;
    text.chars().filter(|&c| !invisible.contains(c)).collect()
}

/// Compose to NFC, after NFKC folding of compatibility characters
/// (full-width letters, ligatures): the same letter must have one encoding.
pub fn fix_unicode_form(text: &str) -> String {
    nfc(&nfkc(text))
}

/// Map typographic apostrophes, quotes and dashes to their ASCII forms: a
/// possessive `Žeenbekov’s` and `Žeenbekov's` must be one form.
pub fn fix_punctuation(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' | '\u{02b9}'
            | '\u{0060}' | '\u{00b4}' | '\u{ff07}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{00ab}' | '\u{00bb}'
            | '\u{2033}' | '\u{ff02}' => '"',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => '-',
            c => c,
        })
        .collect()
}

/// Read the middle dot that Japanese and Chinese write between the words of
/// a foreign name (ウラジーミル・プーチン, 弗拉基米尔·普京) as a space: the words
/// are a given name and a surname. A query's fix only: a gazetteer's native
/// name keeps its dot, and its keys read the dot as a space already.
pub fn fix_middle_dots(text: &str) -> String {
    if !text.contains(['\u{30fb}', '\u{00b7}', '\u{2027}']) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let east_asian = |at: Option<usize>| {
        at.and_then(|i| chars.get(i)).is_some_and(|&c| {
            matches!(
                scripts::script_of(c),
                Some(scripts::Script::Han | scripts::Script::Kana)
            )
        })
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| match c {
            '\u{30fb}' => ' ', // katakana middle dot (nakaguro)
            '\u{00b7}' | '\u{2027}' if east_asian(i.checked_sub(1)) && east_asian(Some(i + 1)) => {
                ' ' // the Chinese separating dot, between Han or kana
            }
            c => c,
        })
        .collect()
}

/// Collapse runs of any kind of space to one ASCII space, trimmed.
pub fn fix_spaces(text: &str) -> String {
    let spaces = &sets().spaces;
    let mut out = String::with_capacity(text.len());
    let mut in_run = false;
    for c in text.chars() {
        if spaces.contains(c) {
            if !in_run {
                out.push(' ');
            }
            in_run = true;
        } else {
            out.push(c);
            in_run = false;
        }
    }
    strip(&out).to_owned()
}

/// Whether `text` has a letter that UTF-8 read as Windows-1252 or Latin-1 leaves.
fn looks_like_mojibake(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(2).any(|pair| {
        matches!(pair[0], 'Ã' | 'Â' | 'Å' | 'Ä' | 'Ð' | 'Ñ' | 'Î' | 'Ï')
            && matches!(
                pair[1],
                '\u{80}'..='\u{bf}'
                    | '\u{152}'
                    | '\u{153}'
                    | '\u{160}'
                    | '\u{161}'
                    | '\u{178}'
                    | '\u{17d}'
                    | '\u{17e}'
                    | '\u{2018}'..='\u{203a}'
            )
    })
}

/// The Windows-1252 byte of `c` (Python's `cp1252` codec), if it has one.
fn cp1252_byte(c: char) -> Option<u8> {
    Some(match c {
        '\0'..='\u{7f}' | '\u{a0}'..='\u{ff}' => c as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => return None,
    })
}

/// The Latin-1 byte of `c`, if it has one.
fn latin1_byte(c: char) -> Option<u8> {
    u8::try_from(u32::from(c)).ok()
}

/// `text.encode(codec).decode("utf-8")`, if both succeed.
fn round_trip(text: &str, byte: fn(char) -> Option<u8>) -> Option<String> {
    let bytes: Option<Vec<u8>> = text.chars().map(byte).collect();
    String::from_utf8(bytes?).ok()
}

/// Undo UTF-8 read as Windows-1252 or Latin-1 (`Å½eenbekov` -> `Žeenbekov`):
/// the one round trip that covers the common case, where the text shows a
/// sign of it and the round trip decodes cleanly.
pub fn fix_mojibake(text: &str) -> String {
    if !looks_like_mojibake(text) {
        return text.to_owned();
    }
    round_trip(text, cp1252_byte)
        .or_else(|| round_trip(text, latin1_byte))
        .unwrap_or_else(|| text.to_owned())
}

/// Whether `text` has both Latin and Cyrillic letters.
pub fn mixed_scripts(text: &str) -> bool {
    let sets = sets();
    !text.is_ascii()
        && text.chars().any(|c| sets.cyrillic.contains(c))
        && text.chars().any(|c| sets.latin.contains(c))
}

/// Cyrillic letters that look like Latin ones, and back: a name typed on a
/// mixed keyboard ("Putin" with a Cyrillic "u"), or copied through OCR, has them.
const CYRILLIC_TO_LATIN: (&str, &str) = ("АВЕКМНОРСТУХаеорсухіјѕӏ", "ABEKMHOPCTYXaeopcyxijsl");
const LATIN_TO_CYRILLIC: (&str, &str) = ("ABEKMHOPCTXIaeopcyxi", "АВЕКМНОРСТХІаеорсухі");

fn look_alike(c: char, (from, to): (&str, &str)) -> char {
    from.chars()
        .position(|f| f == c)
        .and_then(|i| to.chars().nth(i))
        .unwrap_or(c)
}

/// Repair words that mix Latin and Cyrillic look-alike letters, writing the
/// minority letters in the script of the majority (a Cyrillic `о` in a
/// Latin word becomes Latin `o`).
pub fn fix_homoglyphs(text: &str) -> String {
    if !mixed_scripts(text) {
        return text.to_owned();
    }
    let sets = sets();
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !sets.regex_word.contains(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && sets.regex_word.contains(chars[i]) {
            i += 1;
        }
        let word = &chars[start..i];
        let latin = word.iter().filter(|&&c| sets.latin.contains(c)).count();
        let cyrillic = word.iter().filter(|&&c| sets.cyrillic.contains(c)).count();
        if latin > 0 && cyrillic > 0 {
            let table = if latin >= cyrillic {
                CYRILLIC_TO_LATIN
            } else {
                LATIN_TO_CYRILLIC
            };
            out.extend(word.iter().map(|&c| look_alike(c, table)));
        } else {
            out.extend(word);
        }
    }
    out
}

/// Whether `pos` of `chars` is where `regex`'s `$` matches (the end, or before a final line feed).
fn at_end(chars: &[char], pos: usize) -> bool {
    pos == chars.len() || (pos + 1 == chars.len() && chars[pos] == '\n')
}

/// What a name keeps at its end when its punctuation is trimmed: a final
/// initial's dot (`A.`, a letter after no word character) or an apostrophe.
fn trailing_keep(chars: &[char]) -> Option<&[char]> {
    let sets = sets();
    let word = |i: usize| chars.get(i).is_some_and(|&c| sets.regex_word.contains(c));
    for p in chars.len().saturating_sub(3)..chars.len() {
        let boundary = (p > 0 && word(p - 1)) != word(p);
        if boundary
            && sets.letter.contains(chars[p])
            && chars.get(p + 1) == Some(&'.')
            && at_end(chars, p + 2)
        {
            return Some(&chars[p..p + 2]);
        }
        if matches!(chars[p], '’' | '\'') && at_end(chars, p + 1) {
            return Some(&chars[p..=p]);
        }
    }
    None
}

/// Trim punctuation around a name (quotes, brackets, a final comma),
/// keeping a final initial's dot (`A.`) and a possessive apostrophe
/// (`Marx'`). A name made only of punctuation and symbols (`&`, `+`) is left alone.
pub fn fix_edges(text: &str) -> String {
    let edge = &sets().edge_punct;
    let chars: Vec<char> = text.chars().collect();
    let keep = trailing_keep(&chars);
    let start = chars
        .iter()
        .position(|&c| !edge.contains(c))
        .unwrap_or(chars.len());
    let end = chars
        .iter()
        .rposition(|&c| !edge.contains(c))
        .map_or(chars.len(), |i| i + 1)
        .max(start);
    let trimmed = &chars[start..end];
    if trimmed.is_empty() {
        return text.to_owned(); // a name that is all punctuation is kept as it is
    }
    let mut out: String = trimmed.iter().collect();
    if let Some(keep) = keep {
        if !trimmed.ends_with(keep) {
            out.push(keep[keep.len() - 1]);
        }
    }
    out
}

/// Turn `Surname, Given` (library catalogues, sanctions lists) into `Given
/// Surname`; a comma followed by several words is left alone, since it is
/// more likely a list or a place (`Paris, Texas`) than name order.
pub fn fix_name_order(text: &str) -> String {
    let mut commas = text.match_indices(',');
    let (Some((comma, _)), None) = (commas.next(), commas.next()) else {
        return text.to_owned();
    };
    let (surname, after) = (&text[..comma], &text[comma + 1..]);
    if surname.is_empty() || after.is_empty() {
        return text.to_owned();
    }
    // `,\s*` then at least one character: the spaces after the comma, all but the last character.
    let space = &sets().regex_space;
    let last = after.char_indices().last().map_or(0, |(i, _)| i);
    let skip = after
        .char_indices()
        .find(|&(i, c)| i == last || !space.contains(c))
        .map_or(0, |(i, _)| i);
    let (surname, given) = (strip(surname), strip(&after[skip..]));
    if surname.is_empty()
        || given.is_empty()
        || split_words(given).count() > 2
        || split_words(surname).count() > 2
    {
        return text.to_owned();
    }
    format!("{given} {surname}")
}

/// The titles of `data/titles.txt`, case-folded: those before a name, and
/// those after it (marked `after`: Hungarian `elnök`).
static TITLES: LazyLock<(FxHashSet<String>, FxHashSet<String>)> = LazyLock::new(|| {
    let mut before = FxHashSet::default();
    let mut after = FxHashSet::default();
    for line in include_str!("../../../src/namenorm/data/titles.txt").lines() {
        let line = strip(line.split('#').next().unwrap_or(""));
        if line.is_empty() {
            continue;
        }
        match line.split_once('\t') {
            Some((title, "after")) => after.insert(casefold(strip(title))),
            _ => before.insert(casefold(line)),
        };
    }
    (before, after)
});

/// Whether a word is a title or honorific (`President`, `Mr.`,
/// `presidentti`, `г-н`; `data/titles.txt`), in any case, a dot after it or not.
pub fn is_title(word: &str) -> bool {
    TITLES.0.contains(&casefold(word.trim_end_matches('.')))
}

/// Whether a word is a title that follows a name (`elnök`: `Putyin elnök`).
pub fn is_title_after(word: &str) -> bool {
    TITLES.1.contains(&casefold(word.trim_end_matches('.')))
}

/// Remove titles and honorifics (`President`, `Mr.`, `presidentti`,
/// `г-н`; Hungarian `elnök` after the name): they are not part of the
/// name. A title is only removed when a name follows it (or, for one that
/// follows the name, precedes it).
pub fn strip_titles(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let mut start = 0;
    while start + 1 < words.len() && is_title(words[start]) {
        start += 1;
    }
    let mut end = words.len();
    while end > start + 1 && is_title_after(words[end - 1]) {
        end -= 1;
    }
    if start == 0 && end == words.len() {
        text.to_owned()
    } else {
        words[start..end].join(" ")
    }
}

type Fix = fn(&str) -> String;

/// The fixes that keep a name as it was written, only encoded consistently
/// (applied to gazetteer names too), with the step each is reported as.
const NORMALISING: &[(&str, Fix)] = &[
    ("invisible characters removed", fix_invisible),
    ("mojibake repaired", fix_mojibake),
    ("unicode normalised", fix_unicode_form),
    ("punctuation normalised", fix_punctuation),
    ("spaces collapsed", fix_spaces),
    ("mixed-script letters repaired", fix_homoglyphs),
];

/// The fixes that take a query apart from its surroundings, after those.
const SEPARATING: &[(&str, Fix)] = &[
    ("middle dot between words read as a space", fix_middle_dots),
    ("surrounding punctuation trimmed", fix_edges),
    ("'Surname, Given' reordered", fix_name_order),
    ("title removed", strip_titles),
];

/// Every fix of [`clean_name`], in order, with its step.
pub fn fixes() -> impl Iterator<Item = &'static (&'static str, Fix)> {
    NORMALISING.iter().chain(SEPARATING)
}

fn is_plain_char(chars: &[char], i: usize) -> bool {
    let sets = sets();
    let c = chars[i];
    sets.letter.contains(c)
        || sets.mark.contains(c)
        || sets.decimal.contains(c)
        || matches!(c, '\'' | '.' | '-')
        || (c == ' ' && chars.get(i + 1) != Some(&' '))
}

/// Whether no fix could change `text`: letters, digits and single inner
/// spaces, apostrophes, dots and hyphens, in one script, normalised, without
/// a leading title. Most names are; this check is far cheaper than the fixes.
pub fn already_clean(text: &str) -> bool {
    let sets = sets();
    let chars: Vec<char> = text.chars().collect();
    let (Some(&first), Some(&last)) = (chars.first(), chars.last()) else {
        return false;
    };
    if chars.len() > MAX_NAME_LENGTH
        || !(sets.letter.contains(first) || sets.decimal.contains(first))
        || !(sets.letter.contains(last) || sets.mark.contains(last) || sets.decimal.contains(last))
        || !(1..chars.len()).all(|i| is_plain_char(&chars, i))
    {
        return false;
    }
    if !text.is_ascii() && (!is_nfkc(text) || looks_like_mojibake(text) || mixed_scripts(text)) {
        return false;
    }
    match (text.split_once(' '), text.rsplit_once(' ')) {
        (Some((first, _)), Some((_, last))) => !is_title(first) && !is_title_after(last),
        _ => true,
    }
}

fn truncated(text: &str) -> Option<String> {
    text.char_indices()
        .nth(MAX_NAME_LENGTH)
        .map(|(end, _)| text[..end].to_owned())
}

/// Clean a name for display and matching, and say which fixes changed it
/// (a name longer than `MAX_NAME_LENGTH` characters is truncated first).
///
/// `  President  Žeenbekov’s\u{200b} ` is `Žeenbekov's`; `Akayev, Askar` is `Askar Akayev`.
pub fn clean_name(text: &str) -> (String, Vec<&'static str>) {
    let (text, mut steps) = set_apart(text);
    if already_clean(&text) {
        return (text, steps);
    }
    let mut text = match truncated(&text) {
        Some(cut) => {
            steps.push(TRUNCATED);
            cut
        }
        None => text.to_owned(),
    };
    for _round in 0..3 {
        // one fix can expose work for another: "Akayev:, Askar"
        let before = text.clone();
        for &(step, fix) in fixes() {
            let fixed = fix(&text);
            if fixed != text {
                if !steps.contains(&step) {
                    steps.push(step);
                }
                text = fixed;
            }
        }
        if text == before {
            break;
        }
    }
    (text, steps)
}

/// The step of [`clean_name`] that sets a bracketed qualifier apart.
pub const QUALIFIER: &str = "qualifier in brackets set apart";
/// The step of [`clean_name`] that sets a generational suffix apart.
pub const GENERATIONAL: &str = "generational suffix set apart";
/// The step of [`clean_name`] that sets a company's legal form apart.
pub const LEGAL_FORM: &str = "legal form set apart";
/// Generational suffixes after a name, after a comma, a space or a hyphen
/// (`Иванов-младший`), lower case, and the generation each names: 1 the
/// father, 2 the son. The Slavic words are those of the press (Russian
/// младший / старший, Ukrainian молодший, Belarusian малодшы / старэйшы).
const JUNIOR_SENIOR: [(&str, u8); 10] = [
    ("jr", 2),
    ("jnr", 2),
    ("sr", 1),
    ("snr", 1),
    ("младший", 2),
    ("мл", 2),
    ("старший", 1),
    ("молодший", 2),
    ("малодшы", 2),
    ("старэйшы", 1),
];
/// Regnal-style numerals and their generations, a suffix only after a name
/// of two words or more (`Charles III` is a name, `John Smith III` a name
/// and its suffix).
const NUMERALS: [(&str, u8); 3] = [("ii", 2), ("iii", 3), ("iv", 4)];

/// The name without a qualifier in brackets after it (`Vladimir Putin
/// (Russia)`, `Putin, Vladimir [President]`: notes about the name, not a part
/// of it), a company's legal form (`Gazprom Neft PJSC`) and a generational
/// suffix (`Jr.`, `Sr.`, `III`), with the steps
/// that say so; the text as it was when no letter would be left (`(Putin)`)
/// or it is longer than [`MAX_NAME_LENGTH`] (cut short, it is cleaned as the
/// truncation leaves it). Brackets inside a name (`Cocos (Keeling) Islands`)
/// are the name's own.
pub fn set_apart(text: &str) -> (String, Vec<&'static str>) {
    let mut steps = Vec::new();
    if text.chars().nth(MAX_NAME_LENGTH).is_some() {
        return (text.to_owned(), steps);
    }
    let has_letter = |t: &str| t.chars().any(|c| sets().letter.contains(c));
    let mut text = text.to_owned();
    if text.contains(['(', '[']) {
        let kept = without_qualifiers(&text).trim();
        if kept != text.trim() && has_letter(kept) {
            text = kept.to_owned();
            steps.push(QUALIFIER);
        }
    }
    if let Some(kept) = without_legal_forms(&text) {
        if has_letter(&kept) {
            text = kept;
            steps.push(LEGAL_FORM);
        }
    }
    if let Some((kept, _)) = generational_suffix(&text) {
        let kept = kept.trim();
        if kept != text.trim() && has_letter(kept) {
            text = kept.to_owned();
            steps.push(GENERATIONAL);
        }
    }
    (text, steps)
}

/// Punctuation around a word that is not part of a legal form's key.
const AROUND_A_WORD: &[char] = &[',', ';', '«', '»', '"', '“', '”', '„', '\''];

/// `text` without the legal forms among its words (`Gazprom Neft PJSC`,
/// `ООО «Ромашка»`, `Huawei Technologies Co., Ltd.`: the table and the
/// rules of `namenorm.compare`, [`legal_forms::find`]), if it has one; a
/// form is not part of the name a gazetteer files a company under.
pub fn without_legal_forms(text: &str) -> Option<String> {
    if !text.trim().contains(char::is_whitespace) {
        return None; // one word: a name, not a form (most queries)
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(AROUND_A_WORD))
        .collect();
    let (spans, _) = legal_forms::find(&bare);
    if spans.is_empty() {
        return None;
    }
    let inside = |i: usize| {
        spans
            .iter()
            .any(|&(start, stop)| (start..stop).contains(&i))
    };
    let kept: Vec<&str> = (0..words.len())
        .filter(|&i| !inside(i))
        .map(|i| words[i])
        .collect();
    Some(kept.join(" ").trim_matches([',', ';', ' ']).to_owned())
}

/// `text` without the groups in brackets at its end, each after a space,
/// none with a bracket inside.
fn without_qualifiers(text: &str) -> &str {
    let mut kept = text;
    loop {
        let end = kept.trim_end();
        let opener = match end.chars().last() {
            Some(')') => '(',
            Some(']') => '[',
            _ => return kept,
        };
        let Some(open) = end.rfind(opener) else {
            return kept;
        };
        let inside = &end[open + 1..end.len() - 1];
        if inside.contains(['(', ')', '[', ']']) {
            return kept;
        }
        let before = &end[..open];
        if !before.ends_with(char::is_whitespace) {
            return kept;
        }
        kept = before.trim_end();
    }
}

/// `text` without a generational suffix at its end and the generation
/// the suffix names, if it has one (`John Smith Jr.`: `John Smith`, 2).
pub fn generational_suffix(text: &str) -> Option<(&str, u8)> {
    let end = text.trim_end();
    let dotted = end.ends_with('.');
    let end = end.strip_suffix('.').unwrap_or(end);
    let cut = end
        .rfind(|c: char| !c.is_alphanumeric())
        .map_or(0, |i| i + end[i..].chars().next().map_or(0, char::len_utf8));
    let (before, word) = end.split_at(cut);
    // No allocation for the common word that is no suffix, and no letter
    // read unless the lengths agree (lower case keeps these letters' lengths).
    let is = |suffix: &str| {
        word.len() == suffix.len() && word.chars().flat_map(char::to_lowercase).eq(suffix.chars())
    };
    let generation = |list: &[(&str, u8)]| list.iter().find(|(s, _)| is(s)).map(|&(_, g)| g);
    if let Some(generation) = generation(&JUNIOR_SENIOR) {
        let trimmed = before.trim_end();
        if let Some(head) = trimmed.strip_suffix([',', '-']) {
            return Some((head, generation));
        }
        if trimmed.len() < before.len() {
            return Some((trimmed, generation));
        }
        return None;
    }
    if let (Some(generation), false) = (generation(&NUMERALS), dotted) {
        let trimmed = before.trim_end();
        // `\S\s+\S+` before the numeral: two words or more.
        let previous = trimmed.rfind(char::is_whitespace)?;
        let head = trimmed[..previous].trim_end();
        if trimmed.len() < before.len() && !head.is_empty() {
            return Some((trimmed, generation));
        }
    }
    None
}

/// Only the encoding fixes of [`clean_name`] (invisible characters,
/// mojibake, Unicode form, typographic punctuation, spaces, mixed scripts):
/// the name as written, encoded one way. Used for gazetteer names, whose
/// display form is kept. `St.\u{a0}Petersburg’s` is `St. Petersburg's`.
pub fn normalise(text: &str) -> String {
    let mut text = truncated(text).unwrap_or_else(|| text.to_owned());
    for _round in 0..3 {
        // NFKC can expose mojibake, and the repair a non-NFC letter
        let before = text.clone();
        for &(_, fix) in NORMALISING {
            text = fix(&text);
        }
        if text == before {
            break;
        }
    }
    text
}

/// Case-fold for comparison, recomposed: `İ` and `ß` fold consistently.
pub fn fold_case(text: &str) -> String {
    nfc(&casefold(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str) -> String {
        clean_name(text).0
    }

    #[test]
    fn cleans_the_table_of_test_clean() {
        let cases = [
            ("Žeenbekov", "Žeenbekov"),
            ("  Žeenbekov  ", "Žeenbekov"),
            ("Že\u{200b}eenbekov", "Žeeenbekov"),
            ("Suvanaliyev’s", "Suvanaliyev's"),
            ("Nagorno–Karabakh", "Nagorno-Karabakh"),
            ("Å½eenbekov", "Žeenbekov"),
            ("Puti\u{301}n", "Putín"),
            ("Рutin", "Putin"),
            ("Путiн", "Путін"),
            ("President Vladimir Putin", "Vladimir Putin"),
            ("presidentti Sauli Niinistö", "Sauli Niinistö"),
            ("Mr. Akayev", "Akayev"),
            ("President", "President"),
            ("Akayev, Askar", "Askar Akayev"),
            ("Paris, Texas, USA", "Paris, Texas, USA"),
            ("«Reuters»", "Reuters"),
            ("A. Lukashenko", "A. Lukashenko"),
            ("Marx'", "Marx'"),
            ("ウラジーミル・プーチン", "ウラジーミル プーチン"),
            ("弗拉基米尔·普京", "弗拉基米尔 普京"),
            ("Col·lecció", "Col·lecció"),
            ("(", "("),
            ("ＦＳＢ", "FSB"),
        ];
        for (raw, expected) in cases {
            assert_eq!(clean(raw), expected, "{raw:?}");
        }
    }

    #[test]
    fn docstring_examples() {
        let (text, steps) = clean_name("  President  Žeenbekov’s\u{200b} ");
        assert_eq!(text, "Žeenbekov's");
        assert!(steps.contains(&"title removed") && steps.contains(&"punctuation normalised"));
        assert_eq!(normalise("St.\u{a0}Petersburg’s"), "St. Petersburg's");
        assert_eq!(normalise("President Putin"), "President Putin");
        assert_eq!(clean("Ž\u{200b}eenbekov"), "Žeenbekov");
        let (text, steps) = clean_name(&"a".repeat(1000));
        assert_eq!(text.len(), MAX_NAME_LENGTH);
        assert_eq!(steps, [TRUNCATED]);
        assert_eq!(
            TRUNCATED,
            format!("truncated to {MAX_NAME_LENGTH} characters")
        );
        assert!(
            is_title("Mr.") && is_title("PRESIDENTTI") && is_title("г-н") && !is_title("Putin")
        );
        assert_eq!(fold_case("İSTANBUL"), "i\u{307}stanbul");
    }

    #[test]
    fn generational_suffixes_name_their_generation() {
        assert_eq!(
            generational_suffix("Smith, John, Jr."),
            Some(("Smith, John", 2))
        );
        assert_eq!(
            generational_suffix("John Smith SR"),
            Some(("John Smith", 1))
        );
        assert_eq!(
            generational_suffix("John Smith III"),
            Some(("John Smith", 3))
        );
        assert_eq!(generational_suffix("Иванов-Младший"), Some(("Иванов", 2)));
        assert_eq!(generational_suffix("Charles III"), None); // a name
        assert_eq!(generational_suffix("John Smith III."), None);
        assert_eq!(generational_suffix("Mladshiy"), None);
        assert_eq!(generational_suffix("Jr."), None);
    }

    #[test]
    fn legal_forms_are_set_apart() {
        let bare = |text: &str| without_legal_forms(text);
        assert_eq!(bare("Gazprom Neft PJSC").as_deref(), Some("Gazprom Neft"));
        assert_eq!(bare("Romashka, OOO").as_deref(), Some("Romashka"));
        assert_eq!(
            bare("Huawei Technologies Co., Ltd.").as_deref(),
            Some("Huawei Technologies")
        );
        assert_eq!(bare("Mário Sá"), None); // a surname, not S.A.
        assert_eq!(bare("Gazprom"), None);
        assert_eq!(
            set_apart("ООО «Ромашка»"),
            ("«Ромашка»".to_owned(), vec![LEGAL_FORM])
        );
    }

    #[test]
    fn repairs_mojibake_both_ways() {
        assert_eq!(fix_mojibake("Å½eenbekov"), "Žeenbekov");
        assert_eq!(fix_mojibake("Ã\u{81}lvaro"), "Álvaro"); // 0x81 has no cp1252 character: Latin-1
        assert_eq!(fix_mojibake("Ã plain"), "Ã plain");
    }
}
