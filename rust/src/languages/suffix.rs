//! The shared engine: ending tables with restore strings, stem rules, and
//! the Slavic alternations and hyphenated names built on them.
//!
//! An ending rule (`Suffix`) removes its ending and appends each of its
//! restore strings in turn (`Putinille -> Putin`, `Prahy -> Praha`); it
//! fires when the stem left is at least `min_stem` letters long and its last
//! letter is in `after` / not in `not_after`. An ending written after a
//! separator (the colon of `EU:n`, the apostrophe of `Paşinyan'ı`, the
//! hyphen of `Shaw-val`) is removed with the separator. A stem rule
//! (`StemRule`) undoes a change of the stem's end (`Liidu- -> Liit`,
//! `Marka -> Marek`).

use super::Hypothesis;
use super::chars::{self, last};
use super::index::{EndingIndex, TableId};
use super::table::Row;

/// The separators an ending may be written after (`SuffixLanguage.separators`).
pub const SEPARATORS: &str = ":'-";

/// An ending rule: remove `ending`, then append each of `restore` in turn.
#[derive(Clone, Debug, PartialEq)]
pub struct Suffix {
    pub ending: String,
    pub case: String,
    pub restore: Vec<String>,
    pub weight: f64,
    pub min_stem: usize,
    pub after: String,
    pub not_after: String,
    /// A label a language's engine reads (Finnish: the consonant grade the
    /// stem shows before the ending, the table's `grade` column).
    pub tag: String,
    pub example: String,
}

impl Suffix {
    /// A rule from a table row (the defaults of the columns a table leaves out:
    /// restore `∅`, weight 0.8, min_stem 2).
    pub fn from_row(row: &Row) -> Suffix {
        Suffix {
            ending: row.required("ending"),
            case: row.required("case"),
            restore: row.list("restore", &[""]),
            weight: row.number("weight", 0.8),
            min_stem: row.count("min_stem", 2),
            after: row.text("after", ""),
            not_after: row.text("not_after", ""),
            tag: row.text("grade", ""),
            example: row.text("example", ""),
        }
    }

    /// Whether a (non-empty) stem's last letter meets the rule's conditions.
    pub fn fits(&self, stem: &str) -> bool {
        let Some(c) = last(stem) else { return false };
        (self.after.is_empty() || self.after.contains(c))
            && (self.not_after.is_empty() || !self.not_after.contains(c))
    }
}

/// A stem change undone after an ending is removed: a stem that ends in
/// `stem` gets `base` instead (Estonian `Liidu- -> Liit`: `du -> t`).
#[derive(Clone, Debug, PartialEq)]
pub struct StemRule {
    pub stem: String,
    pub base: String,
    pub name: String,
    pub weight: f64,
    pub after: String,
    pub not_after: String,
    pub min_stem: usize,
    pub example: String,
}

impl StemRule {
    /// A rule from a table row (defaults: weight 0.9, min_stem 2).
    pub fn from_row(row: &Row) -> StemRule {
        StemRule {
            stem: row.required("stem"),
            base: row.required("base"),
            name: row.required("name"),
            weight: row.number("weight", 0.9),
            after: row.text("after", ""),
            not_after: row.text("not_after", ""),
            min_stem: row.count("min_stem", 2),
            example: row.text("example", ""),
        }
    }

    /// The base form, or `None` when the rule does not fit `stem`: at least
    /// one letter before the changed part, and that letter in `after` / not
    /// in `not_after`.
    pub fn apply(&self, stem: &str) -> Option<String> {
        let size = chars::len(stem);
        let changed = chars::len(&self.stem);
        if size < changed + 1 || size < self.min_stem || !stem.ends_with(self.stem.as_str()) {
            return None;
        }
        let head = chars::strip(stem, &self.stem);
        let before = last(head)?;
        if (!self.after.is_empty() && !self.after.contains(before))
            || (!self.not_after.is_empty() && self.not_after.contains(before))
        {
            return None;
        }
        Some(format!("{head}{}", self.base))
    }
}

/// An ending table run as it is (`SuffixLanguage`), with the Slavic
/// alternations of bare stems and hyphenated names (`SlavicLanguage`) when
/// `slavic` is set.
pub struct SuffixEngine {
    pub code: String,
    /// The rules, longest ending first (in table order for one length).
    pub rules: Vec<Suffix>,
    pub table: TableId,
    pub separators: String,
    pub slavic: Option<Slavic>,
}

/// What the Slavic languages add to an ending table.
pub struct Slavic {
    pub alternations: Vec<StemRule>,
}

/// Both parts of a hyphenated Slavic name are stripped when each has at
/// least this many letters (`Kasymowi-Żomartowi`, `Bielsku-Białej`).
const PART: usize = 3;
/// The best this many readings of each part are paired.
const PAIRED: usize = 4;

impl SuffixEngine {
    /// An engine for `rules` (sorted here, longest ending first), its endings
    /// added to `index`.
    pub fn new(
        code: &str,
        mut rules: Vec<Suffix>,
        slavic: Option<Slavic>,
        index: &mut EndingIndex,
    ) -> SuffixEngine {
        rules.sort_by_key(|s| std::cmp::Reverse(chars::len(&s.ending)));
        let table = index.add(rules.iter().map(|s| s.ending.as_str()));
        SuffixEngine {
            code: code.to_string(),
            rules,
            table,
            separators: SEPARATORS.to_string(),
            slavic,
        }
    }

    /// The hypotheses of the rules `matched` (the rules whose ending ends
    /// `word`, from the index), in the order the rules are in.
    pub fn strip(&self, word: &str, matched: &[u32], out: &mut Vec<Hypothesis>) {
        for &i in matched {
            let s = &self.rules[i as usize];
            if s.ending.is_empty() && self.slavic.is_none() {
                continue; // a zero ending is a Slavic table's only
            }
            let mut stem = chars::strip(word, &s.ending);
            let separator = last(stem).filter(|c| self.separators.contains(*c));
            if let Some(c) = separator {
                stem = chars::strip(stem, c.encode_utf8(&mut [0; 4]));
            }
            if chars::len(stem) < s.min_stem {
                continue;
            }
            if (!s.after.is_empty() || !s.not_after.is_empty()) && !s.fits(stem) {
                continue;
            }
            for tail in &s.restore {
                let base = format!("{stem}{tail}");
                if !base.is_empty() && base != word {
                    let ending = match separator {
                        Some(c) => format!("{c}{}", s.ending),
                        None => s.ending.clone(),
                    };
                    let rule = if tail.is_empty() {
                        format!("{}:{} -{}", self.code, s.case, s.ending)
                    } else {
                        format!("{}:{} -{} (+{tail})", self.code, s.case, s.ending)
                    };
                    out.push(Hypothesis {
                        base,
                        ending,
                        case: s.case.clone(),
                        weight: s.weight,
                        rule,
                    });
                }
            }
        }
    }

    /// The language's hypotheses for `word`; `matched` are the rules whose
    /// ending ends it.
    pub fn hypotheses(&self, word: &str, matched: &[u32], index: &EndingIndex) -> Vec<Hypothesis> {
        let Some(slavic) = &self.slavic else {
            let mut out = Vec::new();
            self.strip(word, matched, &mut out);
            return out;
        };
        let mut out = self.word_hypotheses(word, matched, slavic);
        if let Some((left, right)) = chars::rpartition(word, '-') {
            if chars::len(left) >= PART && chars::len(right) >= PART && !left.contains('-') {
                self.both_parts(left, right, slavic, index, &mut out);
            }
        }
        out
    }

    /// A word's hypotheses, each bare stem followed by its alternations undone.
    fn word_hypotheses(&self, word: &str, matched: &[u32], slavic: &Slavic) -> Vec<Hypothesis> {
        let mut stripped = Vec::new();
        self.strip(word, matched, &mut stripped);
        let mut out = Vec::with_capacity(stripped.len());
        for h in stripped {
            let bare = chars::drop_last(word, chars::len(&h.ending)) == h.base;
            let stem_end = last(&h.base);
            let mut alternated = Vec::new();
            if bare {
                for alt in &slavic.alternations {
                    if last(&alt.stem) != stem_end {
                        continue;
                    }
                    if let Some(base) = alt.apply(&h.base) {
                        alternated.push(Hypothesis {
                            base,
                            ending: h.ending.clone(),
                            case: h.case.clone(),
                            weight: chars::round(h.weight * alt.weight, 4),
                            rule: format!("{}, {}", h.rule, alt.name),
                        });
                    }
                }
            }
            out.push(h);
            out.extend(alternated);
        }
        out
    }

    /// Readings of a hyphenated name with an ending on both parts.
    fn both_parts(
        &self,
        left: &str,
        right: &str,
        slavic: &Slavic,
        index: &EndingIndex,
        out: &mut Vec<Hypothesis>,
    ) {
        let best = |part: &str| {
            let mut hs = self.word_hypotheses(part, &index.ending(part, self.table), slavic);
            hs.sort_by(|a, b| b.weight.total_cmp(&a.weight));
            hs.truncate(PAIRED);
            hs
        };
        let rights = best(right);
        for lh in best(left) {
            for rh in &rights {
                out.push(Hypothesis {
                    base: format!("{}-{}", lh.base, rh.base),
                    ending: format!("{}-{}", lh.ending, rh.ending),
                    case: rh.case.clone(),
                    weight: chars::round(lh.weight * rh.weight, 4),
                    rule: format!("{} + {}", lh.rule, rh.rule),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suffix(ending: &str, case: &str, restore: &[&str]) -> Suffix {
        Suffix {
            ending: ending.into(),
            case: case.into(),
            restore: restore.iter().map(|s| s.to_string()).collect(),
            weight: 0.8,
            min_stem: 2,
            after: String::new(),
            not_after: String::new(),
            tag: String::new(),
            example: String::new(),
        }
    }

    fn stem_rule(stem: &str, base: &str, after: &str) -> StemRule {
        StemRule {
            stem: stem.into(),
            base: base.into(),
            name: "mobile e".into(),
            weight: 0.9,
            after: after.into(),
            not_after: String::new(),
            min_stem: 2,
            example: String::new(),
        }
    }

    #[test]
    fn a_stem_rule_needs_a_letter_before_the_change() {
        assert_eq!(
            stem_rule("du", "t", "").apply("liidu").as_deref(),
            Some("liit")
        );
        assert_eq!(stem_rule("du", "t", "aeiou").apply("kandu"), None);
        assert_eq!(stem_rule("du", "t", "").apply("du"), None);
    }

    #[test]
    fn endings_after_a_separator_take_it_along() {
        let mut index = EndingIndex::new();
        let engine = SuffixEngine::new(
            "xx",
            vec![
                suffix("n", "genitive", &[""]),
                suffix("lle", "allative", &[""]),
            ],
            None,
            &mut index,
        );
        let hs = engine.hypotheses("eu:lle", &index.ending("eu:lle", engine.table), &index);
        assert_eq!(hs.len(), 1);
        assert_eq!(
            (
                hs[0].base.as_str(),
                hs[0].ending.as_str(),
                hs[0].rule.as_str()
            ),
            ("eu", ":lle", "xx:allative -lle")
        );
    }

    #[test]
    fn alternations_follow_a_bare_stem_only() {
        let mut index = EndingIndex::new();
        let slavic = Slavic {
            alternations: vec![stem_rule("k", "ek", "rz")],
        };
        let rules = vec![
            suffix("a", "genitive", &[""]),
            suffix("i", "genitive", &["a"]),
        ];
        let engine = SuffixEngine::new("xx", rules, Some(slavic), &mut index);
        let bases = |word: &str| -> Vec<String> {
            engine
                .hypotheses(word, &index.ending(word, engine.table), &index)
                .into_iter()
                .map(|h| h.base)
                .collect()
        };
        assert_eq!(bases("marka"), vec!["mark", "marek"]);
        assert_eq!(bases("marki"), vec!["marka"]);
    }
}
