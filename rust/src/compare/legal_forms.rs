//! Companies' legal forms (`translit/legal_forms.tsv`): found among a name's
//! words, anywhere (`OOO Romashka`, `Romashka OOO`, `Sberbank Strakhovanie
//! OOO SK`), abbreviated or written out (`Obshchestvo s ogranichennoi
//! otvetstvennostyu`), and set aside from the name with their kind.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{is_upper_word, table_rows};
use crate::score::clen;
use crate::text::casefold::casefold;
use crate::text::unicode_sets::sets;

/// The kinds of company a form may say (the table's second column).
pub const KINDS: [&str; 5] = ["limited", "stock", "partnership", "sole", "state"];

/// A legal form of the table: its kind, and whether it needs capitals or
/// dots to count (a form that is also a word or a name: `Sá`, `Pat`, `Spa`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Form {
    pub kind: &'static str,
    pub caps: bool,
}

struct Table {
    /// The form's key (see [`form_key`]) -> the form.
    forms: FxHashMap<String, Form>,
    /// Every beginning of a key: a name's words are read on as one form
    /// only while they spell one.
    prefixes: FxHashSet<String>,
    /// The most letters of a key.
    longest: usize,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut forms: FxHashMap<String, Form> = FxHashMap::default();
    for (line, cells) in table_rows(include_str!(
        "../../../src/namenorm/translit/legal_forms.tsv"
    )) {
        let (form, kind, caps) = match cells[..] {
            [form, kind] => (form, kind, false),
            [form, kind, "caps"] => (form, kind, true),
            _ => panic!(
                "translit/legal_forms.tsv:{line}: write form<TAB>kind[<TAB>caps], not {cells:?}"
            ),
        };
        let kind = KINDS
            .iter()
            .copied()
            .find(|&k| k == kind)
            .unwrap_or_else(|| {
                panic!("translit/legal_forms.tsv:{line}: the kind must be one of {KINDS:?}")
            });
        let key = form_key(form);
        // S.A. and SA share a key: the form needs capitals if any spelling says so.
        let caps = caps || forms.get(&key).is_some_and(|f| f.caps);
        forms.insert(key, Form { kind, caps });
    }
    let mut prefixes = FxHashSet::default();
    for key in forms.keys() {
        for (end, c) in key.char_indices() {
            prefixes.insert(key[..end + c.len_utf8()].to_owned());
        }
    }
    let longest = forms.keys().map(|k| clen(k)).max().unwrap_or(0);
    Table {
        forms,
        prefixes,
        longest,
    }
});

/// Every form of the table by its key, sorted by key.
pub fn legal_forms() -> Vec<(&'static str, Form)> {
    let mut out: Vec<(&'static str, Form)> =
        TABLE.forms.iter().map(|(k, f)| (k.as_str(), *f)).collect();
    out.sort_unstable_by(|a, b| a.0.cmp(b.0));
    out
}

/// A form's key: case-folded, with only its letters, digits and slashes
/// (`S.A.` and `SA` are `sa`, `Sp. z o.o.` is `spzoo` once its words are joined).
pub fn form_key(text: &str) -> String {
    if text.is_ascii() {
        // ASCII case-folds to lower case, and its word characters are letters, digits and _.
        return text
            .bytes()
            .filter(|&c| c.is_ascii_alphanumeric() || c == b'/')
            .map(|c| char::from(c.to_ascii_lowercase()))
            .collect();
    }
    let sets = sets();
    if !text.is_empty() && text.chars().all(crate::languages::chars::is_alnum) {
        return casefold(text); // nothing to remove: the usual case, a plain word
    }
    casefold(text)
        .chars()
        .filter(|&c| c == '/' || (c != '_' && sets.re_word.contains(c)))
        .collect()
}

/// The legal forms among a name's words, anywhere, the longest first from
/// the left: their (start, stop) spans and the kind of the first. A form
/// that needs capitals counts only at either end, in capitals or with dots;
/// at least one word is left to the name.
pub fn find(words: &[&str]) -> (Vec<(usize, usize)>, Option<&'static str>) {
    let n = words.len();
    if n < 2 {
        return (Vec::new(), None);
    }
    let table = &*TABLE;
    let keys: Vec<String> = words.iter().map(|w| form_key(w)).collect();
    if !keys.iter().any(|k| table.prefixes.contains(k)) {
        return (Vec::new(), None); // no word begins a form: most names
    }
    let mut spans = Vec::new();
    let mut kind = None;
    let mut i = 0;
    while i < n {
        let mut key = String::new();
        let mut found = None;
        for stop in i + 1..=n {
            key.push_str(&keys[stop - 1]);
            if !table.prefixes.contains(&key) || clen(&key) > table.longest {
                break;
            }
            let Some(form) = table.forms.get(&key) else {
                continue;
            };
            if form.caps {
                let written = words[i..stop].join(" ");
                if (i > 0 && stop < n) || !(is_upper_word(&written) || written.contains('.')) {
                    continue;
                }
            }
            found = Some((stop, form.kind));
        }
        let Some((stop, form_kind)) = found else {
            i += 1;
            continue;
        };
        spans.push((i, stop));
        kind = kind.or(Some(form_kind));
        i = stop;
    }
    if !spans.is_empty()
        && spans
            .iter()
            .map(|(start, stop)| stop - start)
            .sum::<usize>()
            == n
    {
        // The name is all forms (Limited Liability Company): the last one is its name.
        spans.pop();
        if spans.is_empty() {
            kind = None;
        }
    }
    (spans, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_found_in_any_position() {
        assert_eq!(
            find(&["SBERBANK", "STRAHOVANIE", "OOO", "SK"]),
            (vec![(2, 3)], Some("limited"))
        );
        assert_eq!(find(&["OOO", "Romashka"]), (vec![(0, 1)], Some("limited")));
        assert_eq!(find(&["Romashka", "LLC"]), (vec![(1, 2)], Some("limited")));
        assert_eq!(
            find(&[
                "Obshchestvo",
                "s",
                "ogranichennoi",
                "otvetstvennostyu",
                "Romashka"
            ]),
            (vec![(0, 4)], Some("limited"))
        );
        assert_eq!(
            find(&["Joint-Stock", "Company", "Romashka"]),
            (vec![(0, 2)], Some("stock"))
        );
        assert_eq!(
            find(&["Polimex", "Sp.", "z", "o.o."]),
            (vec![(1, 4)], Some("limited"))
        );
    }

    #[test]
    fn a_form_that_is_also_a_word_counts_only_at_an_end_in_capitals() {
        assert_eq!(find(&["TRANS", "AS", "GROUP"]), (vec![], None));
        assert_eq!(
            find(&["TRANS", "GROUP", "AS"]),
            (vec![(2, 3)], Some("stock"))
        );
        assert_eq!(find(&["Trans", "Group", "As"]), (vec![], None));
    }

    #[test]
    fn a_name_of_forms_alone_keeps_its_last() {
        assert_eq!(find(&["Limited", "Liability", "Company"]), (vec![], None));
        assert_eq!(find(&["Romashka"]), (vec![], None));
    }

    #[test]
    fn keys_and_kinds() {
        assert_eq!(form_key("S.A."), "sa");
        assert_eq!(form_key("Joint-Stock"), "jointstock");
        let forms: FxHashMap<_, _> = legal_forms().into_iter().collect();
        assert_eq!(
            forms["obshchestvosogranichennoiotvetstvennostyu"],
            Form {
                kind: "limited",
                caps: false
            }
        );
        assert_eq!(forms["ag"].kind, "stock");
        assert_eq!(forms["aktiengesellschaft"].kind, "stock");
        assert_eq!(
            forms["sa"],
            Form {
                kind: "stock",
                caps: true
            }
        );
        assert_eq!(forms["spzoo"].kind, "limited");
    }
}
