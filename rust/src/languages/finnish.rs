//! Finnish (table `fi.tsv`): clitics, possessives, case endings, plural
//! stems, stem types and consonant gradation.
//!
//! Sources: Kotus, "Vieraskielisten erisnimien taivutus"; the EU
//! Interinstitutional Style Guide (fi) 10.10; Kielitoimiston ohjepankki on
//! abbreviations (`EU:n`, `THL:ssä`) and on foreign names (no gradation:
//! `Snellmanin`, `Rigoletton`); Kielikello, "Pari perusasiaa nimien
//! taivuttamisesta" (native names gradate); Iso suomen kielioppi (VISK)
//! §41-§80 (gradation, stem types), §83-§89 (plural stems), §1277-§1278
//! (possessive suffixes), §829-§841 (clitics).
//!
//! A Finnish noun form is *stem + (plural i) + case ending + (possessive) +
//! (clitic)*. The form is undone from the right, in that order:
//!
//! 1. a clitic (`[clitics]`: `Putinillekin`) and a possessive suffix
//!    (`[possessives]`: `Euroopassamme`) are removed, or not;
//! 2. a case ending (`[cases]`) is removed, leaving the inflection stem; its
//!    tag says which consonant grade the stem shows (weak before a closed
//!    syllable: -n, -ssa, -lla; strong before an open one: -a, -na, the
//!    illative); a plural ending (`[plural cases]`) leaves a plural stem,
//!    which `[plural stems]` turn back into a singular one; an ending after
//!    a colon or an apostrophe (`[separated]`: `EU:n`, `Bordeaux'hon`)
//!    leaves the stem as written;
//! 3. the stem becomes a dictionary form by its stem type (`[stem types]`:
//!    `Putini- -> Putin`, `Suome- -> Suomi`, `Virtase- -> Virtanen`), and a
//!    weak grade goes back to the strong one (`[gradation]`: `Helsingi- ->
//!    Helsinki`, `Turu- -> Turku`, `Euroopa- -> Eurooppa`).
//!
//! A hyphenated name may inflect in both parts (`Ison-Britannian`), and so
//! may a closed compound (`Uudestakaupungista -> Uusikaupunki`). Weights
//! rank the readings the gazetteer confirms: a rule that explains the shape
//! of the stem (a weak `ng` or `hd`, a single stop after a long vowel)
//! outranks the reading that leaves it unexplained.

use rustc_hash::FxHashMap;

use super::chars::{self, last};
use super::index::{EndingIndex, Hits, TableId};
use super::suffix::{StemRule, Suffix};
use super::table::{Row, TableFile};
use super::{Hypothesis, best_per_base};

/// The stem type whose stem is the dictionary form: not cited in a rule,
/// and not taken to a strong grade when the stem ends in e (an e-final name
/// that alternates has a long e-stem instead: `Tampere : Tampereen`).
const VOWEL_STEM: &str = "vowel stem";
/// The stem type whose i belongs to the ending (`Putin-in`).
const CONNECTING_I: &str = "connecting i";
/// The only case whose ending follows a consonant stem: the partitive -ta/-tä (`Tacitus-ta`).
const CONSONANT_STEM_CASE: &str = "partitive";
/// The translative -ksi is -kse- before a 3rd-person possessive (`Putinikseen`).
const TRANSLATIVE_BEFORE_POSSESSIVE: &str = "kse";
/// The separators of `EU:n` and `Bordeaux'hon`.
const SEPARATORS: [char; 2] = [':', '\''];
/// The shortest plural stem and the shortest singular stem made of it.
const MIN_PLURAL_STEM: usize = 3;
const MIN_SINGULAR_STEM: usize = 2;
/// A gradation's `before` item meaning "no consonant at all": a k that
/// vanished between two vowels (`joki : joen`).
const NO_CONSONANT: &str = "-";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Grade {
    /// As written (after a separator).
    None,
    Weak,
    Strong,
}

fn grade(tag: &str, place: &str) -> Grade {
    match tag {
        "" => Grade::None,
        "weak" => Grade::Weak,
        "strong" => Grade::Strong,
        _ => panic!("{place}: a grade is weak, strong or ∅: {tag:?}"),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Change {
    /// The type does not alternate (foreign names, -nen names).
    None,
    /// A weak grade in the stem goes back to the strong one (`Turu- -> Turku`).
    Strengthen,
    /// The dictionary form has the weak grade (`Tehtaa- -> Tehdas`).
    Weaken,
}

/// A stem type: how a stem ending in `rule.stem` becomes a dictionary form.
struct StemType {
    rule: StemRule,
    change: Change,
    /// The type reads a consonant-final stem (only the partitive -ta/-tä and
    /// the separated endings leave one).
    consonant: bool,
}

/// One pair of consonant grades, read from the weak side.
struct Gradation {
    strong: String,
    weak: String,
    name: String,
    weight: f64,
    /// The consonants allowed before the weak grade.
    before: Vec<String>,
    /// If set, the stem's last vowel is one of these.
    vowel: String,
    /// Whether the weak grade shows that the stem alternates (`Helsingi-`).
    signature: bool,
}

/// One analysis of the word's tail: what is left, and how it was read.
struct Reading {
    stem: String,
    ending: String,
    case: String,
    grade: Grade,
    weight: f64,
    rule: String,
    plural: bool,
}

pub struct Finnish {
    code: String,
    vowels: String,
    one_syllable: Vec<String>,
    other_scripts: (char, char),
    vn_hosts: Vec<String>,
    cases: Vec<Suffix>,
    cases_table: TableId,
    plural_cases: Vec<Suffix>,
    plural_cases_table: TableId,
    separated: Vec<Suffix>,
    separated_table: TableId,
    clitics: Vec<Suffix>,
    clitics_table: TableId,
    possessives: Vec<Suffix>,
    possessives_table: TableId,
    stem_types: Vec<StemType>,
    stem_types_table: TableId,
    gradation: Vec<Gradation>,
    plural_stems: Vec<StemRule>,
    plural_j_stems: Vec<StemRule>,
    compound_endings: Vec<Vec<String>>,
    plural: f64,
    plural_name: f64,
    hyphen_agreement: f64,
    min_base: usize,
    min_part: usize,
    agreeing_heads: usize,
    closed_compound: f64,
    unexplained: f64,
    explained: f64,
}

/// The word and the endings that end it, when a string is the word itself.
type Top<'a> = Option<(&'a str, &'a Hits)>;

impl Finnish {
    pub fn new(file: &TableFile, code: &str, index: &mut EndingIndex) -> Finnish {
        let suffixes = |section: &str| -> Vec<Suffix> {
            file.rows(section, code)
                .iter()
                .map(|r| Suffix::from_row(r))
                .collect()
        };
        let stem_rules = |section: &str| -> Vec<StemRule> {
            file.rows(section, code)
                .iter()
                .map(|r| StemRule::from_row(r))
                .collect()
        };
        let cases = suffixes("cases");
        let plural_cases = suffixes("plural cases");
        let separated = suffixes("separated");
        let clitics = suffixes("clitics");
        let possessives = suffixes("possessives");
        let stem_types: Vec<StemType> = file
            .rows("stem types", code)
            .iter()
            .map(|r| stem_type(r))
            .collect();
        let number = |name: &str| file.number(code, name);
        let count = |name: &str| number(name) as usize;
        Finnish {
            code: code.to_string(),
            vowels: file.text(code, "vowels"),
            one_syllable: file.list(code, "one_syllable"),
            other_scripts: file.range(code, "other_scripts"),
            vn_hosts: file.list(code, "vn_hosts"),
            cases_table: index.add(cases.iter().map(|s| s.ending.as_str())),
            plural_cases_table: index.add(plural_cases.iter().map(|s| s.ending.as_str())),
            separated_table: index.add(separated.iter().map(|s| s.ending.as_str())),
            clitics_table: index.add(clitics.iter().map(|s| s.ending.as_str())),
            possessives_table: index.add(possessives.iter().map(|s| s.ending.as_str())),
            stem_types_table: index.add(stem_types.iter().map(|t| t.rule.stem.as_str())),
            cases,
            plural_cases,
            separated,
            clitics,
            possessives,
            stem_types,
            gradation: file
                .rows("gradation", code)
                .iter()
                .map(|r| Gradation {
                    strong: r.required("strong"),
                    weak: r.required("weak"),
                    name: r.required("name"),
                    weight: r.number("weight", 1.0),
                    before: r.list("before", &[""]),
                    vowel: r.text("vowel", ""),
                    signature: r.flag("signature", false),
                })
                .collect(),
            plural_stems: stem_rules("plural stems"),
            plural_j_stems: stem_rules("plural j stems"),
            compound_endings: file
                .rows("compound endings", code)
                .iter()
                .map(|r| r.list("endings", &[]))
                .collect(),
            plural: number("plural"),
            plural_name: number("plural_name"),
            hyphen_agreement: number("hyphen_agreement"),
            min_base: count("min_base"),
            min_part: count("min_part"),
            agreeing_heads: count("agreeing_heads"),
            closed_compound: number("closed_compound"),
            unexplained: number("unexplained"),
            explained: number("explained"),
        }
    }

    /// Base-form hypotheses for one lower-case word, best first, one per base form.
    pub fn hypotheses(&self, word: &str, hits: &Hits, index: &EndingIndex) -> Vec<Hypothesis> {
        let (low, high) = self.other_scripts;
        if word.is_empty() || word.chars().any(|c| low <= c && c <= high) {
            return Vec::new();
        }
        let mut found = self.analyse(word, Some((word, hits)), index);
        if word.contains('-') {
            self.agreeing(word, index, &mut found);
        } else if chars::len(word) >= 2 * self.min_part + 3 {
            self.closed_compound(word, index, &mut found);
        }
        let size = chars::len(word);
        best_per_base(found, |h| {
            let n = chars::len(&h.base);
            n >= self.min_base && h.base != word && n <= size
        })
    }

    fn matching(&self, s: &str, table: TableId, top: Top, index: &EndingIndex) -> Vec<u32> {
        match top {
            Some((word, hits)) if word == s => hits.of(table),
            _ => index.ending(s, table),
        }
    }

    fn hypothesis(
        &self,
        base: String,
        ending: String,
        case: &str,
        weight: f64,
        rule: String,
    ) -> Hypothesis {
        let rule = if rule.is_empty() {
            format!("{}:{case}", self.code)
        } else {
            rule
        };
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

    // -- the layers, right to left ------------------------------------------------

    fn analyse(&self, word: &str, top: Top, index: &EndingIndex) -> Vec<Hypothesis> {
        let mut out = Vec::new();
        // the word as it is, and the word without each clitic that ends it
        let mut peeled = vec![(word.to_string(), String::new(), 1.0, String::new())];
        for i in self.matching(word, self.clitics_table, top, index) {
            let s = &self.clitics[i as usize];
            if chars::len(word) - chars::len(&s.ending) >= s.min_stem {
                peeled.push((
                    chars::strip(word, &s.ending).to_string(),
                    s.ending.clone(),
                    s.weight,
                    format!("{}:{}", self.code, s.case),
                ));
            }
        }
        for (rest, clitic, weight, rule) in peeled {
            if !clitic.is_empty() {
                // the word without its clitic may itself be the base form (Salolainenkin)
                out.push(self.hypothesis(
                    rest.clone(),
                    clitic.clone(),
                    "nominative",
                    weight,
                    rule.clone(),
                ));
            }
            for (stem_word, possessive, pweight, prule) in self.possessives(&rest, top, index) {
                let ending = format!("{possessive}{clitic}");
                let w = weight * pweight;
                let r = [prule.as_str(), rule.as_str()]
                    .iter()
                    .filter(|x| !x.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ");
                if !possessive.is_empty() {
                    // nominative or genitive + possessive: the strong stem itself (Eurooppamme)
                    let reading = Reading {
                        stem: stem_word.clone(),
                        ending: ending.clone(),
                        case: "nominative/genitive".to_string(),
                        grade: Grade::Strong,
                        weight: w,
                        rule: r.clone(),
                        plural: false,
                    };
                    self.stems(&reading, index, &mut out);
                }
                for reading in self.case_readings(&stem_word, &ending, w, &r, top, index) {
                    self.stems(&reading, index, &mut out);
                }
            }
        }
        out
    }

    fn possessives(
        &self,
        word: &str,
        top: Top,
        index: &EndingIndex,
    ) -> Vec<(String, String, f64, String)> {
        let mut out = vec![(word.to_string(), String::new(), 1.0, String::new())];
        for i in self.matching(word, self.possessives_table, top, index) {
            let s = &self.possessives[i as usize];
            if chars::len(word) - chars::len(&s.ending) < s.min_stem {
                continue;
            }
            let mut rest = chars::strip(word, &s.ending).to_string();
            if !s.after.is_empty() {
                // 3rd person -Vn: only after a case ending in that vowel
                if !self.vn_hosts.iter().any(|h| rest.ends_with(h.as_str()))
                    || chars::take_last(&rest, 1) != s.after
                {
                    continue;
                }
                if rest.ends_with(TRANSLATIVE_BEFORE_POSSESSIVE) {
                    rest = format!("{}i", chars::drop_last(&rest, 1)); // Putinikseen
                }
            } else if !self.is_vowel(last(&rest)) {
                continue;
            }
            out.push((
                rest,
                s.ending.clone(),
                s.weight,
                format!("{}:{} -{}", self.code, s.case, s.ending),
            ));
        }
        out
    }

    /// Every way to remove one case ending: separated, singular or plural.
    fn case_readings(
        &self,
        word: &str,
        after: &str,
        weight: f64,
        rule: &str,
        top: Top,
        index: &EndingIndex,
    ) -> Vec<Reading> {
        let mut out = Vec::new();
        if let Some((stem, sep, ending)) = split_separator(word) {
            for i in index.exactly(ending, self.separated_table) {
                let s = &self.separated[i as usize];
                if chars::len(stem) >= s.min_stem {
                    out.push(Reading {
                        stem: stem.to_string(),
                        ending: format!("{sep}{ending}{after}"),
                        case: s.case.clone(),
                        grade: Grade::None,
                        weight: weight * s.weight,
                        rule: join(&format!("{}:{} {sep}{ending}", self.code, s.case), rule),
                        plural: false,
                    });
                }
            }
            if !out.is_empty() {
                return out;
            }
        }
        for i in self.matching(word, self.cases_table, top, index) {
            let s = &self.cases[i as usize];
            let stem = chars::strip(word, &s.ending);
            if chars::len(stem) < s.min_stem || (!s.after.is_empty() && !s.fits(stem)) {
                continue;
            }
            out.push(Reading {
                stem: stem.to_string(),
                ending: format!("{}{after}", s.ending),
                case: s.case.clone(),
                grade: grade(&s.tag, "fi.tsv [cases]"),
                weight: weight * s.weight,
                rule: join(&format!("{}:{} -{}", self.code, s.case, s.ending), rule),
                plural: s.case.contains("plural"),
            });
        }
        for i in self.matching(word, self.plural_cases_table, top, index) {
            let s = &self.plural_cases[i as usize];
            let plural_stem = chars::strip(word, &s.ending);
            if chars::len(plural_stem) < MIN_PLURAL_STEM
                || (!s.after.is_empty() && !s.fits(plural_stem))
            {
                continue;
            }
            let rules = if s.ending.starts_with('j') {
                if !self.is_vowel(last(plural_stem)) {
                    continue;
                }
                &self.plural_j_stems
            } else {
                &self.plural_stems
            };
            for r in rules {
                let singular = if r.stem.is_empty() {
                    Some(format!("{plural_stem}{}", r.base))
                } else {
                    r.apply(plural_stem)
                };
                let Some(singular) = singular.filter(|s| chars::len(s) >= MIN_SINGULAR_STEM) else {
                    continue;
                };
                out.push(Reading {
                    stem: singular,
                    ending: format!("{}{after}", s.ending),
                    case: s.case.clone(),
                    grade: grade(&s.tag, "fi.tsv [plural cases]"),
                    weight: weight * s.weight * r.weight,
                    rule: join(
                        &format!("{}:{} -{}, {}", self.code, s.case, s.ending, r.name),
                        rule,
                    ),
                    plural: true,
                });
            }
        }
        out
    }

    /// Dictionary forms of one inflection stem, by stem type and gradation.
    fn stems(&self, reading: &Reading, index: &EndingIndex, out: &mut Vec<Hypothesis>) {
        let stem = reading.stem.as_str();
        if reading.grade == Grade::None {
            // separated: the stem as written
            out.push(self.hypothesis(
                stem.to_string(),
                reading.ending.clone(),
                &reading.case,
                reading.weight,
                reading.rule.clone(),
            ));
            return;
        }
        let consonant_final = !self.is_vowel(last(stem));
        if consonant_final
            && !(reading.case == CONSONANT_STEM_CASE && reading.ending.starts_with('t'))
        {
            return; // only the partitive -ta/-tä follows a consonant stem (Tacitus-ta)
        }
        let mut strong: Vec<(String, &Gradation, f64)> = Vec::new();
        let mut unexplained = 1.0;
        if reading.grade == Grade::Weak {
            for (changed, g) in self.strengthen(stem) {
                if g.signature || self.is_signature(stem, g) {
                    strong.push((changed, g, g.weight.max(self.explained)));
                    unexplained = self.unexplained; // a reading that keeps the weak grade leaves it unexplained
                } else {
                    strong.push((changed, g, g.weight));
                }
            }
        }
        for i in index.ending(stem, self.stem_types_table) {
            let t = &self.stem_types[i as usize];
            if t.consonant != consonant_final {
                continue;
            }
            let base = if t.rule.stem.is_empty() {
                Some(stem.to_string())
            } else {
                t.rule.apply(stem)
            };
            let Some(base) = base.filter(|b| !b.is_empty()) else {
                continue;
            };
            let mut weight =
                reading.weight * t.rule.weight * if reading.plural { self.plural } else { 1.0 };
            let rule = if t.rule.name == VOWEL_STEM {
                reading.rule.clone()
            } else {
                format!("{}, {}", reading.rule, t.rule.name)
            };
            let ending = if t.rule.name == CONNECTING_I {
                format!("i{}", reading.ending)
            } else {
                reading.ending.clone()
            };
            if t.change == Change::Strengthen
                && !(t.rule.name == VOWEL_STEM && last(stem) == Some('e'))
            {
                // (an e-final name that alternates has a long e-stem instead: Tampere : Tampereen)
                for (changed, g, factor) in &strong {
                    let changed_base = if t.rule.stem.is_empty() {
                        Some(changed.clone())
                    } else {
                        t.rule.apply(changed)
                    };
                    if let Some(changed_base) = changed_base.filter(|b| !b.is_empty()) {
                        out.push(self.hypothesis(
                            changed_base,
                            ending.clone(),
                            &reading.case,
                            weight * factor,
                            format!("{rule}, {}", g.name),
                        ));
                    }
                }
            } else if t.change == Change::Weaken {
                let head = chars::strip(stem, &t.rule.stem);
                for (weak, g) in self.weaken(head) {
                    out.push(self.hypothesis(
                        format!("{weak}{}", t.rule.base),
                        ending.clone(),
                        &reading.case,
                        weight,
                        format!("{rule}, {}", g.name),
                    ));
                    weight *= self.unexplained;
                }
            }
            out.push(self.hypothesis(base, ending, &reading.case, weight * unexplained, rule));
        }
        if reading.plural && !consonant_final {
            // a plural name (Yhdysvallat, Alankomaat): the weak singular stem + -t
            let weight = reading.weight * self.plural_name;
            let rule = format!("{}, plural name", reading.rule);
            out.push(self.hypothesis(
                format!("{stem}t"),
                reading.ending.clone(),
                &reading.case,
                weight,
                rule.clone(),
            ));
            let vowel = last(stem).expect("a vowel-final stem");
            for (weak, g) in self.weaken(chars::drop_last(stem, 1)) {
                out.push(self.hypothesis(
                    format!("{weak}{vowel}t"),
                    reading.ending.clone(),
                    &reading.case,
                    weight,
                    format!("{rule}, {}", g.name),
                ));
            }
        }
    }

    /// A hyphenated name whose parts both inflect (`Ison-Britannian -> Iso-Britannia`).
    fn agreeing(&self, word: &str, index: &EndingIndex, out: &mut Vec<Hypothesis>) {
        let Some((head, tail)) = chars::rpartition(word, '-') else {
            return;
        };
        if chars::len(head) < 2 || chars::len(tail) < 2 {
            return;
        }
        let (prefix, first) = chars::rpartition(head, '-').unwrap_or(("", head));
        let prefix = if prefix.is_empty() {
            String::new()
        } else {
            format!("{prefix}-")
        };
        self.agree(&prefix, first, "-", tail, index, out);
    }

    /// A compound written as one word whose first part inflects too, in the
    /// same case (`Uudestakaupungista -> Uusikaupunki`): the word splits
    /// after an earlier occurrence of its own case ending.
    fn closed_compound(&self, word: &str, index: &EndingIndex, out: &mut Vec<Hypothesis>) {
        let letters: Vec<char> = word.chars().collect();
        for group in &self.compound_endings {
            if !group.iter().any(|e| word.ends_with(e.as_str())) {
                continue;
            }
            for s in group {
                // the first part may take the other vowel-harmony variant
                let ending: Vec<char> = s.chars().collect();
                let start = self.min_part as isize - ending.len() as isize;
                let end = letters.len() as isize - ending.len() as isize - self.min_part as isize;
                let mut at = find(&letters, &ending, start, end);
                while let Some(found) = at {
                    let cut = found + ending.len();
                    let head: String = letters[..cut].iter().collect();
                    let tail: String = letters[cut..].iter().collect();
                    self.agree("", &head, "", &tail, index, out);
                    at = find(&letters, &ending, found as isize + 1, end);
                }
            }
        }
    }

    /// Both parts read in the same case, joined back into one base form.
    fn agree(
        &self,
        prefix: &str,
        head: &str,
        joint: &str,
        tail: &str,
        index: &EndingIndex,
        out: &mut Vec<Hypothesis>,
    ) {
        let mut heads = self.analyse(head, None, index);
        heads.sort_by(|a, b| b.weight.total_cmp(&a.weight));
        let mut by_case: FxHashMap<&str, Vec<&Hypothesis>> = FxHashMap::default();
        for h in &heads {
            by_case.entry(h.case.as_str()).or_default().push(h);
        }
        let factor = if joint.is_empty() {
            self.closed_compound
        } else {
            1.0
        };
        for t in self.analyse(tail, None, index) {
            let Some(firsts) = by_case.get(t.case.as_str()) else {
                continue;
            };
            for h in firsts.iter().take(self.agreeing_heads) {
                out.push(Hypothesis {
                    base: format!("{prefix}{}{joint}{}", h.base, t.base),
                    ending: t.ending.clone(),
                    case: t.case.clone(),
                    weight: t.weight * self.hyphen_agreement * factor,
                    rule: format!("{}; first part {}", t.rule, h.rule),
                });
            }
        }
    }

    // -- consonant gradation ---------------------------------------------------------

    /// `stem` as (head ending in a vowel, consonant cluster, last vowel).
    fn split_last_syllable(&self, stem: &[char]) -> Option<(usize, usize)> {
        if stem.len() < 2 || !self.vowels.contains(stem[stem.len() - 1]) {
            return None;
        }
        let i = stem.len() - 1;
        let mut j = i;
        while j > 0 && !self.vowels.contains(stem[j - 1]) {
            j -= 1;
        }
        if j == 0 {
            return None;
        }
        Some((j, i)) // head = stem[..j], cluster = stem[j..i], vowel = stem[i]
    }

    fn one_syllable(&self, a: char, b: char) -> bool {
        let pair: String = [a, b].iter().collect();
        self.one_syllable.contains(&pair)
    }

    /// Stems with the weak grade before the last vowel taken back to the strong one.
    fn strengthen(&self, stem: &str) -> Vec<(String, &Gradation)> {
        let letters: Vec<char> = stem.chars().collect();
        let Some((j, i)) = self.split_last_syllable(&letters) else {
            return Vec::new();
        };
        let head: String = letters[..j].iter().collect();
        let cluster: String = letters[j..i].iter().collect();
        let vowel = letters[i];
        let mut out = Vec::new();
        for g in &self.gradation {
            if !g.vowel.is_empty() && !g.vowel.contains(vowel) {
                continue;
            }
            if !cluster.ends_with(g.weak.as_str()) {
                continue;
            }
            let rest = chars::strip(&cluster, &g.weak);
            if g.weak.is_empty() && cluster.is_empty() {
                // a vanished k between two vowels that do not make one syllable (joki : joen)
                if !g.before.iter().any(|b| b == NO_CONSONANT)
                    || self.one_syllable(letters[j - 1], vowel)
                {
                    continue;
                }
            } else if !g.before.iter().any(|b| b == rest) {
                continue;
            }
            if let Some(weak_last) = last(&g.weak) {
                if last(rest) == Some(weak_last) {
                    continue; // already a geminate
                }
            }
            out.push((format!("{head}{rest}{}{vowel}", g.strong), g));
        }
        out
    }

    /// Stems whose last consonant cluster is taken from the strong grade to the weak one.
    fn weaken(&self, stem: &str) -> Vec<(String, &Gradation)> {
        let letters: Vec<char> = stem.chars().collect();
        let mut j = letters.len();
        while j > 0 && !self.vowels.contains(letters[j - 1]) {
            j -= 1;
        }
        let head: String = letters[..j].iter().collect();
        let cluster: String = letters[j..].iter().collect();
        if head.is_empty() || cluster.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for g in &self.gradation {
            if g.weak.is_empty() || !g.vowel.is_empty() || !cluster.ends_with(g.strong.as_str()) {
                continue;
            }
            let rest = chars::strip(&cluster, &g.strong);
            if !g.before.iter().any(|b| b == rest) {
                continue;
            }
            out.push((format!("{head}{rest}{}", g.weak), g));
        }
        out
    }

    /// Whether a single stop after a long vowel, a diphthong or a consonant marks a weak grade.
    fn is_signature(&self, head: &str, g: &Gradation) -> bool {
        if !matches!(g.strong.as_str(), "kk" | "pp" | "tt") {
            return false;
        }
        let letters: Vec<char> = head.chars().collect();
        let Some((j, i)) = self.split_last_syllable(&letters) else {
            return false;
        };
        i - j > 1 || (j >= 2 && self.one_syllable(letters[j - 2], letters[j - 1]))
    }
}

fn stem_type(r: &Row) -> StemType {
    StemType {
        rule: StemRule::from_row(r),
        change: match r.text("gradation", "").as_str() {
            "" => Change::None,
            "strengthen" => Change::Strengthen,
            "weaken" => Change::Weaken,
            other => panic!(
                "{}: a stem type's grade is strengthen, weaken or ∅: {other:?}",
                r.place
            ),
        },
        consonant: r.flag("consonant", false),
    }
}

/// `split_separator(word, ":'")`: split at the last separator that has
/// something on either side.
fn split_separator(word: &str) -> Option<(&str, char, &str)> {
    let at = word.rfind(SEPARATORS)?;
    let sep = word[at..].chars().next()?;
    let tail = &word[at + sep.len_utf8()..];
    if at == 0 || tail.is_empty() {
        return None;
    }
    Some((&word[..at], sep, tail))
}

/// `f"{first}, {rest}" if rest else first`
fn join(first: &str, rest: &str) -> String {
    if rest.is_empty() {
        first.to_string()
    } else {
        format!("{first}, {rest}")
    }
}

/// Python's `str.find(sub, start, end)` over characters (`None` for -1).
fn find(letters: &[char], sub: &[char], start: isize, end: isize) -> Option<usize> {
    let size = letters.len() as isize;
    let clamp = |x: isize| {
        if x < 0 {
            (x + size).max(0)
        } else {
            x.min(size)
        }
    };
    let (start, end) = (clamp(start) as usize, clamp(end) as usize);
    if end < start || end - start < sub.len() {
        return None;
    }
    (start..=end - sub.len()).find(|&at| letters[at..at + sub.len()] == *sub)
}
