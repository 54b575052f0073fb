//! The resolver on small gazetteers (its answers on large ones are held to
//! the Python implementation's by `tests/golden/core/resolver.tsv.gz`).

use std::sync::Arc;

use super::*;
use crate::index::SourceName;

fn resolver(records: &[(&str, &str, &[&str])]) -> Resolver {
    let mut types = Vec::new();
    let mut names = Vec::new();
    let mut ids = Vec::new();
    for (e, (id, kind, texts)) in records.iter().enumerate() {
        ids.push(id.to_string());
        types.push(kind.to_string());
        for (i, t) in texts.iter().enumerate() {
            names.push(SourceName {
                entity: e as u32,
                text: t.to_string(),
                kind: if i == 0 { Kind::Name } else { Kind::Native },
                weak: false,
            });
        }
    }
    let index = Index::build(&types, names, true, false);
    let weights = vec![1.0; ids.len()];
    let countries = vec![None; ids.len()];
    let entities = Entities::new(ids, &types, &countries, weights);
    Resolver::new(Arc::new(index), Arc::new(entities), Options::default())
}

fn answer(r: &Resolver, text: &str, lang: Option<&str>) -> Option<String> {
    let ranked = r.ranked(text, lang, &Scope::default(), true);
    let decision = r.decide(&ranked);
    decision
        .matched
        .map(|i| r.entities.ids[ranked[i].entity as usize].clone())
}

#[test]
fn inflected_and_transliterated_names_resolve() {
    let r = resolver(&[
        ("Q1", "PER", &["Almazbek Atambayev", "Алмазбек Атамбаев"]),
        ("bishkek", "LOC", &["Bishkek", "Бишкек"]),
    ]);
    assert_eq!(answer(&r, "Atambajev", None).as_deref(), Some("Q1"));
    assert_eq!(answer(&r, "Atambajevin", Some("fi")).as_deref(), Some("Q1"));
    assert_eq!(
        answer(&r, "Bishkekissä", Some("fi")).as_deref(),
        Some("bishkek")
    );
    assert_eq!(answer(&r, "Bakiyev", None), None);
    assert_eq!(answer(&r, "  ", None), None);
}

#[test]
fn two_people_of_one_surname_are_a_tie() {
    let r = resolver(&[
        ("a", "PER", &["Sooronbay Jeenbekov"]),
        ("b", "PER", &["Asylbek Jeenbekov"]),
    ]);
    let ranked = r.ranked("Jeenbekov", None, &Scope::default(), true);
    let decision = r.decide(&ranked);
    assert_eq!(decision.status, Status::Ambiguous);
    assert_eq!(decision.rivals.len(), 2);
}

#[test]
fn the_scope_keeps_other_entities_out() {
    let r = resolver(&[("p", "PER", &["Georgia Smith"]), ("g", "LOC", &["Georgia"])]);
    assert_eq!(answer(&r, "Georgia", None).as_deref(), Some("g"));
    let people = Scope {
        types: Some(vec!["PER".to_string()]),
        countries: None,
    };
    let ranked = r.ranked("Georgia", None, &people, true);
    assert!(
        ranked
            .iter()
            .all(|c| r.entities.ids[c.entity as usize] == "p")
    );
}

#[test]
fn surname_shapes() {
    assert!(surname_shaped("romanov"));
    assert!(!surname_shaped("roman"));
    assert!(cuts_a_surname("pavlov", "pavel"));
    assert!(!cuts_a_surname("rahmonov", "rahmon"));
}
