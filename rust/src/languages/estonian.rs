//! Estonian (table `et.tsv`): clitics, case endings, plural markers,
//! genitive stems and gradation.
//!
//! Sources: EKI keeleabi, "Võõrnimede käänamine"; EKI keelenõuvakk,
//! "Millal käänatakse nime ülakomaga"; Eesti keele käsiraamat (EKK, 2007)
//! on the cases, the plural and gradation (`Astmevaheldus`).
//!
//! An Estonian case form is *genitive stem + ending*: the genitive itself
//! has no ending (`Putini`), and every case but the nominative and the
//! partitive is built on it (`Putini-s`, `Putini-le`). The ending (`[cases]`,
//! or a plural marker -de-/-te- with one, `[plural markers]`) is removed,
//! which leaves the genitive stem; the stem becomes the nominative by
//! `[stem rules]` (the stem vowel -i of foreign names, -se- of -ne names),
//! a weak grade goes back to the strong one (`[gradation]`: `Liidu -> Liit`),
//! and a vowel that fell out comes back (`Teatri -> Teater`). An ending
//! after an apostrophe or a hyphen is on the name as written
//! (`Silverstone'i`, `VKKF-i`).

use super::chars::{self, last, second_last};
use super::index::{EndingIndex, Hits, TableId};
use super::suffix::{StemRule, Suffix};
use super::table::TableFile;
use super::{Hypothesis, best_per_base};

/// The case whose stem has no ending: a consonant stem is never read as it.
const GENITIVE: &str = "genitive";
/// The case that takes no plural marker before it, and whose -t follows an -s name's nominative.
const PARTITIVE: &str = "partitive";
const PARTITIVE_PLURAL: &str = "partitive plural";
/// The letters a stem that lost an e ends in (`Teatri- -> Teater`).
const SYNCOPE_LETTERS: &str = "lrmn";
/// Stem vowels after which a geminate stop stays (`Mätta-`), and those stops.
const GEMINATE_VOWELS: &str = "aeu";
const GEMINATES: &str = "kpt";

struct Gradation {
    weak: String,
    strong: String,
    name: String,
    weight: f64,
    after: String,
}

pub struct Estonian {
    code: String,
    vowels: String,
    other_scripts: (char, char),
    separators: String,
    separated_vowels: Vec<String>,
    separated_bonus: f64,
    cases: Vec<Suffix>,
    cases_table: TableId,
    plural_markers: Vec<Suffix>,
    clitics: Vec<Suffix>,
    clitics_table: TableId,
    stem_rules: Vec<StemRule>,
    gradation: Vec<Gradation>,
    consonant_stem: f64,
    geminate_stem: f64,
    vowel_final_plural: f64,
    syncope: f64,
}

impl Estonian {
    pub fn new(file: &TableFile, code: &str, index: &mut EndingIndex) -> Estonian {
        let suffixes = |section: &str| -> Vec<Suffix> {
            file.rows(section, code)
                .iter()
                .map(|r| Suffix::from_row(r))
                .collect()
        };
        let cases = suffixes("cases");
        let clitics = suffixes("clitics");
        Estonian {
            code: code.to_string(),
            vowels: file.text(code, "vowels"),
            other_scripts: file.range(code, "other_scripts"),
            separators: file.text(code, "separators"),
            separated_vowels: file.list(code, "separated_vowels"),
            separated_bonus: file.number(code, "separated_bonus"),
            cases_table: index.add(cases.iter().map(|s| s.ending.as_str())),
            clitics_table: index.add(clitics.iter().map(|s| s.ending.as_str())),
            cases,
            clitics,
            plural_markers: suffixes("plural markers"),
            stem_rules: file
                .rows("stem rules", code)
                .iter()
                .map(|r| StemRule::from_row(r))
                .collect(),
            gradation: file
                .rows("gradation", code)
                .iter()
                .map(|r| Gradation {
                    weak: r.required("weak"),
                    strong: r.required("strong"),
                    name: r.required("name"),
                    weight: r.number("weight", 0.85),
                    after: r.text("after", ""),
                })
                .collect(),
            consonant_stem: file.number(code, "consonant_stem"),
            geminate_stem: file.number(code, "geminate_stem"),
            vowel_final_plural: file.number(code, "vowel_final_plural"),
            syncope: file.number(code, "syncope"),
        }
    }

    /// Base-form hypotheses for one lower-case word, best first, one per base form.
    pub fn hypotheses(&self, word: &str, hits: &Hits, index: &EndingIndex) -> Vec<Hypothesis> {
        let (low, high) = self.other_scripts;
        if word.is_empty() || word.chars().any(|c| low <= c && c <= high) {
            return Vec::new();
        }
        let mut found = Vec::new();
        self.cases(word, &hits.of(self.cases_table), "", 1.0, "", &mut found);
        for i in hits.of(self.clitics_table) {
            let c = &self.clitics[i as usize];
            if chars::len(word) - chars::len(&c.ending) >= c.min_stem {
                let rest = chars::strip(word, &c.ending);
                let rule = format!("{}:{}", self.code, c.case);
                found.push(self.hypothesis(
                    rest.to_string(),
                    c.ending.clone(),
                    "nominative",
                    c.weight,
                    rule.clone(),
                ));
                self.cases(
                    rest,
                    &index.ending(rest, self.cases_table),
                    &c.ending,
                    c.weight,
                    &rule,
                    &mut found,
                );
            }
        }
        // A base form is at most one letter longer than the word: the bare
        // genitive of an -as, -gi or -mmas name (Rahva : Rahvas, Emajõe :
        // Emajõgi, Hamba : Hammas) is a letter shorter than its nominative.
        let size = chars::len(word);
        best_per_base(found, |h| {
            !h.base.is_empty() && h.base != word && chars::len(&h.base) <= size + 1
        })
    }

    fn hypothesis(
        &self,
        base: String,
        ending: String,
        case: &str,
        weight: f64,
        rule: String,
    ) -> Hypothesis {
        Hypothesis {
            base,
            ending,
            case: case.to_string(),
            weight: chars::round(chars::at_most_one(weight), 6),
            rule,
        }
    }

    fn is_vowel(&self, c: Option<char>) -> bool {
        c.is_some_and(|c| self.vowels.contains(c))
    }

    fn cases(
        &self,
        word: &str,
        matched: &[u32],
        after: &str,
        weight: f64,
        rule: &str,
        out: &mut Vec<Hypothesis>,
    ) {
        if let Some(at) = word.rfind(|c: char| self.separators.contains(c)) {
            let sep = word[at..].chars().next().expect("a separator");
            let tail = &word[at + sep.len_utf8()..];
            if at > 0 && !tail.is_empty() {
                self.separated(&word[..at], sep, tail, after, weight, rule, out);
            }
        }
        for &i in matched {
            let s = &self.cases[i as usize];
            let stem = chars::strip(word, &s.ending);
            if chars::len(stem) < s.min_stem
                || last(stem).is_some_and(|c| self.separators.contains(c))
            {
                continue;
            }
            let ending = format!("{}{after}", s.ending);
            let w = weight * s.weight;
            let own = if s.ending.is_empty() {
                format!("{}:{}", self.code, s.case)
            } else {
                format!("{}:{} -{}", self.code, s.case, s.ending)
            };
            let name = join(&own, rule);
            self.stems(stem, &ending, &s.case, w, &name, out);
            for p in &self.plural_markers {
                if stem.ends_with(p.ending.as_str())
                    && chars::len(stem) - chars::len(&p.ending) >= p.min_stem
                    && s.case != PARTITIVE
                {
                    let case = if s.ending.is_empty() {
                        format!("{GENITIVE} plural")
                    } else {
                        format!("{} plural", s.case)
                    };
                    let plural_rule = join(
                        &format!("{}:{case} -{}{}", self.code, p.ending, s.ending),
                        rule,
                    );
                    self.stems(
                        chars::strip(stem, &p.ending),
                        &format!("{}{ending}", p.ending),
                        &case,
                        w * p.weight,
                        &plural_rule,
                        out,
                    );
                }
            }
        }
    }

    /// Endings after an apostrophe or a hyphen: the stem as written, a stem
    /// vowel perhaps between (`Silverstone'i`, `Online'ile`, `X-le`).
    #[allow(clippy::too_many_arguments)]
    fn separated(
        &self,
        stem: &str,
        sep: char,
        tail: &str,
        after: &str,
        weight: f64,
        rule: &str,
        out: &mut Vec<Hypothesis>,
    ) {
        for vowel in &self.separated_vowels {
            let Some(rest) = tail.strip_prefix(vowel.as_str()) else {
                continue;
            };
            for s in &self.cases {
                if rest == s.ending && (!vowel.is_empty() || !s.ending.is_empty()) {
                    let bonus = chars::at_most_one(s.weight + self.separated_bonus);
                    out.push(self.hypothesis(
                        stem.to_string(),
                        format!("{sep}{tail}{after}"),
                        &s.case,
                        weight * bonus,
                        join(&format!("{}:{} {sep}{tail}", self.code, s.case), rule),
                    ));
                }
            }
        }
    }

    /// Nominatives of one genitive stem.
    fn stems(
        &self,
        stem: &str,
        ending: &str,
        case: &str,
        weight: f64,
        rule: &str,
        out: &mut Vec<Hypothesis>,
    ) {
        let end = last(stem);
        if self.is_vowel(end) {
            // (the partitive plural -id follows the stem vowel of a consonant-final
            // name: Orav : Oravaid, Putin : Putineid)
            let factor = if case == PARTITIVE_PLURAL {
                self.vowel_final_plural
            } else {
                1.0
            };
            out.push(self.hypothesis(
                stem.to_string(),
                ending.to_string(),
                case,
                weight * factor,
                rule.to_string(),
            ));
        } else if case != GENITIVE {
            // an abbreviation takes the ending directly (USAs, TVMKs, ETVd)
            // (the partitive -t of an -s name is on the nominative: Juudas : Juudast)
            let factor = if case == PARTITIVE && end == Some('s') {
                1.0
            } else {
                self.consonant_stem
            };
            out.push(self.hypothesis(
                stem.to_string(),
                ending.to_string(),
                case,
                weight * factor,
                format!("{rule}, consonant stem"),
            ));
        }
        for r in &self.stem_rules {
            let Some(base) = r.apply(stem) else { continue };
            let mut w = weight * r.weight;
            let b = last(&base);
            if r.base.is_empty()
                && GEMINATE_VOWELS.contains(r.stem.as_str())
                && chars::len(&base) > 2
                && b == second_last(&base)
                && b.is_some_and(|c| GEMINATES.contains(c))
            {
                w *= self.geminate_stem;
            }
            let name = format!("{rule}, {}", r.name);
            let with_vowel = format!("{}{ending}", r.stem);
            let rule_ending = if r.base.is_empty() {
                with_vowel.clone()
            } else {
                ending.to_string()
            };
            out.push(self.hypothesis(base.clone(), rule_ending, case, w, name.clone()));
            if !r.base.is_empty() || self.is_vowel(b) {
                continue;
            }
            for g in &self.gradation {
                if base.ends_with(g.weak.as_str()) && chars::len(&base) > chars::len(&g.weak) {
                    let head = chars::strip(&base, &g.weak);
                    let before = last(head).expect("a letter before the weak grade");
                    if !g.after.is_empty() && !g.after.contains(before) {
                        continue;
                    }
                    out.push(self.hypothesis(
                        format!("{head}{}", g.strong),
                        with_vowel.clone(),
                        case,
                        w * g.weight,
                        format!("{name}, {}", g.name),
                    ));
                }
            }
            if let Some(restored) = self.syncope_restored(&base) {
                out.push(self.hypothesis(
                    restored,
                    with_vowel,
                    case,
                    w * self.syncope,
                    format!("{name}, vowel restored"),
                ));
            }
        }
    }

    /// The nominative of a stem that lost an e before its last l, r, m or n (`Teatri- -> Teater`).
    fn syncope_restored(&self, stem: &str) -> Option<String> {
        let (end, before) = (last(stem)?, second_last(stem)?);
        if chars::len(stem) < 4
            || !SYNCOPE_LETTERS.contains(end)
            || self.vowels.contains(before)
            || before == end
        {
            return None;
        }
        Some(format!("{}e{end}", chars::drop_last(stem, 1)))
    }
}

/// `f"{first}, {rest}" if rest else first`
fn join(first: &str, rest: &str) -> String {
    if rest.is_empty() {
        first.to_string()
    } else {
        format!("{first}, {rest}")
    }
}
