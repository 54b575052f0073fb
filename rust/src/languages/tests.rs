//! The worked examples of the tables, through the engine.

use super::*;

fn bases(lang: &str, word: &str) -> Vec<(String, String)> {
    let registry = &*REGISTRY;
    let language = registry.get(lang).expect("a registered language");
    registry
        .language_hypotheses(language, word)
        .into_iter()
        .map(|h| (h.base, h.case))
        .collect()
}

fn proposes(lang: &str, word: &str, base: &str) -> bool {
    bases(lang, word).iter().any(|(b, _)| b == base)
}

#[test]
fn every_language_is_registered_once() {
    let codes: Vec<&str> = REGISTRY.languages.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "bg", "cs", "et", "fi", "en", "de", "nl", "sv", "da", "no", "hr", "sr", "bs", "hu",
            "hy", "ka", "lt", "lv", "mk", "pl", "ru", "uk", "be", "sk", "sl", "tr", "kk", "ky",
            "az"
        ]
    );
    assert_eq!(REGISTRY.twins(), ["no", "bs"]);
}

/// The "form -> base" pairs of an example cell (`Putinille -> Putin`,
/// `Sopocie -> Sopot; Marcie -> Marta`, `Internetti, Pinochetti -> Internet, Pinochet`).
fn pairs(example: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for part in example.split("; ") {
        let Some((left, right)) = part.split_once(" -> ") else {
            continue;
        };
        let (lefts, rights): (Vec<&str>, Vec<&str>) =
            (left.split(", ").collect(), right.split(", ").collect());
        if lefts.len() != rights.len() {
            continue;
        }
        for (form, base) in lefts.into_iter().zip(rights) {
            if form.contains(' ') || base.contains(' ') || base.ends_with('-') {
                continue; // a stem, not a base form (Putininsa -> Putini-)
            }
            out.push((form.to_lowercase(), base.to_lowercase()));
        }
    }
    out
}

/// Worked examples the rules do not reach, and why (the rules are as the
/// Python modules had them; these are listed, not changed).
const UNREACHED: &[(&str, &str, &str)] = &[
    // the plural stem of Nieminen is Niemis-: the example's form is not one
    ("fi", "nieminiä", "nieminen"),
    // kutyástul is kutya + -stul (lengthened a): the rule proposes kutya
    ("hu", "kutyástul", "kutyás"),
    // an inner suffix is removed only before a case ending
    ("hu", "tanácsa", "tanács"),
    // the -us restores -i (Jumīši), the singular Jumītis is not proposed
    ("lv", "jumīšus", "jumītis"),
    // the e : a alternation of gwiazda : gwieździe is not undone
    ("pl", "gwieździe", "gwiazda"),
    // -ccy restores -cki: the plural of Kaczyński is Kaczyńscy
    ("pl", "kaczyńccy", "kaczyński"),
    // possessives need a stem of four letters
    ("sk", "kubov", "kuba"),
];

#[test]
fn the_tables_worked_examples_are_proposed() {
    let mut checked = 0;
    let mut missed = Vec::new();
    for file in table::all() {
        let codes: Vec<String> = file
            .languages()
            .into_iter()
            .map(|(code, _, _)| code)
            .collect();
        for section in &file.sections {
            for row in &section.rows {
                let Some(example) = row.get("example") else {
                    continue;
                };
                for code in codes.iter().filter(|c| row.is_for(c)) {
                    for (form, base) in pairs(&example) {
                        if !proposes(code, &form, &base) {
                            missed.push((
                                code.clone(),
                                form.clone(),
                                base.clone(),
                                row.place.clone(),
                            ));
                        }
                        checked += 1;
                    }
                }
            }
        }
    }
    let unexpected: Vec<_> = missed
        .iter()
        .filter(|(code, form, base, _)| {
            !UNREACHED.contains(&(code.as_str(), form.as_str(), base.as_str()))
        })
        .collect();
    assert!(
        unexpected.is_empty(),
        "worked examples not proposed: {unexpected:?}"
    );
    assert_eq!(
        missed.len(),
        UNREACHED.len(),
        "an example listed as unreached is reached now: {missed:?}"
    );
    assert!(checked > 1000, "{checked} examples");
}

#[test]
fn finnish() {
    assert_eq!(
        bases("fi", "helsingissä")[..2],
        [
            ("helsinki".into(), "inessive".into()),
            ("helsingi".into(), "inessive".into())
        ]
    );
    let best = &REGISTRY.hypotheses("putinille", Some("fi"), true)[1];
    assert_eq!(
        (
            best.hypothesis.base.as_str(),
            best.hypothesis.ending.as_str(),
            best.hypothesis.rule.as_str()
        ),
        ("putin", "ille", "fi:allative -lle, connecting i")
    );
    for (form, base) in [
        ("turun", "turku"),
        ("eu:n", "eu"),
        ("bordeaux'hon", "bordeaux"),
        ("yhdysvalloissa", "yhdysvallat"),
        ("putinillekin", "putin"),
        ("euroopassamme", "eurooppa"),
        ("ison-britannian", "iso-britannia"),
        ("uudestakaupungista", "uusikaupunki"),
        ("tehtaan", "tehdas"),
        ("utsjoen", "utsjoki"),
    ] {
        assert!(
            proposes("fi", form, base),
            "{form} -> {base}: {:?}",
            bases("fi", form)
        );
    }
    assert!(
        bases("fi", "путинин").is_empty(),
        "a word in another script is not Finnish"
    );
}

#[test]
fn estonian() {
    assert_eq!(
        bases("et", "putinile")[..2],
        [
            ("putini".into(), "allative".into()),
            ("putin".into(), "allative".into())
        ]
    );
    let luup = REGISTRY.language_hypotheses(REGISTRY.get("et").unwrap(), "luubile");
    let rule = &luup.iter().find(|h| h.base == "luup").unwrap().rule;
    assert_eq!(rule, "et:allative -le, stem vowel -i, gradation p:b");
    for (form, base) in [
        ("tallinnas", "tallinn"),
        ("silverstone'i", "silverstone"),
        ("teatri", "teater"),
        ("ruitlase", "ruitlane"),
    ] {
        assert!(proposes("et", form, base), "{form} -> {base}");
    }
}

#[test]
fn hungarian() {
    assert_eq!(
        bases("hu", "oslóban")[..2],
        [
            ("osló".into(), "inessive".into()),
            ("oslo".into(), "inessive".into())
        ]
    );
    assert!(proposes("hu", "putyinnal", "putyin"));
    assert_eq!(
        bases("hu", "shaw-val")[0],
        ("shaw".into(), "instrumental".into())
    );
    assert!(proposes("hu", "orbánékat", "orbán"));
    let disharmonic = REGISTRY.language_hypotheses(REGISTRY.get("hu").unwrap(), "kandahárben");
    assert!(
        disharmonic
            .iter()
            .any(|h| h.base == "kandahár" && h.rule.ends_with("(disharmonic)"))
    );
}

#[test]
fn slavic() {
    assert_eq!(
        bases("pl", "marka")[..2],
        [
            ("mark".into(), "genitive/accusative".into()),
            ("marek".into(), "genitive/accusative".into())
        ]
    );
    assert!(proposes("pl", "krakowa", "kraków"));
    assert!(proposes("pl", "kasymowi-żomartowi", "kasym-żomart"));
    assert!(proposes("cs", "sedláčka", "sedláček"));
    assert!(proposes("sr", "путину", "путин"));
    assert!(
        !proposes("hr", "путину", "путин"),
        "Croatian is written in Latin only"
    );
    assert!(proposes("bs", "лукашенком", "лукашенко"));
    assert!(proposes("bg", "петре", "петър"));
    assert_eq!(serbian_cyrillic("ljubljanom"), "љубљаном");
    assert_eq!(serbian_cyrillic("džudža"), "џуџа");
}

#[test]
fn baltic_and_east_slavic() {
    assert_eq!(
        bases("lt", "putinas"),
        [("putin".into(), "nominative (adapted)".into())]
    );
    assert_eq!(
        bases("lt", "kauno")
            .iter()
            .map(|(b, _)| b.as_str())
            .collect::<Vec<_>>(),
        ["kaunas", "kaun"]
    );
    assert!(proposes("lt", "kęstučio", "kęstutis"));
    assert!(proposes("lv", "jāņa", "jānis"));
    assert!(proposes("ru", "павла", "павел"));
    assert!(proposes("uk", "києві", "київ"));
    assert!(proposes("be", "лаўрова", "лаўроў"));
    assert_eq!(bases("ru", "тюме\u{301}нь")[0].0, "тюмень");
}

#[test]
fn turkic() {
    assert_eq!(
        bases("tr", "paşinyan'ı")[0],
        ("paşinyan".into(), "accusative".into())
    );
    let mut found: Vec<String> = bases("tr", "başkadılığı'na")
        .into_iter()
        .map(|(b, _)| b)
        .collect();
    found.sort();
    assert_eq!(found, ["başkadılık", "başkadılığ", "başkadılığı"]);
    assert!(proposes("tr", "müdürlüğü", "müdürlük"));
    assert!(proposes("kk", "назарбаевтың", "назарбаев"));
    assert!(proposes("ky", "мамытовду", "мамытов"));
    assert!(proposes("az", "əliyevin", "əliyev"));
}

#[test]
fn scripts_do_not_mix() {
    assert_eq!(
        bases("ka", "ლუკაშენკომ"),
        [("ლუკაშენკო".into(), "ergative".into())]
    );
    assert!(bases("ka", "putinis").is_empty());
    assert_eq!(
        bases("hy", "փաշինյանի"),
        [("փաշինյան".into(), "genitive/dative".into())]
    );
    assert!(bases("hy", "ლუკაშენკომ").is_empty());
}

#[test]
fn a_hint_keeps_its_language_first() {
    let hinted = REGISTRY.hypotheses("putins", Some("de"), false);
    assert_eq!(
        (hinted[0].lang, hinted[0].hypothesis.base.as_str()),
        ("de", "putin")
    );
    let hinted = REGISTRY.hypotheses("helsingissä", Some("et"), false);
    let foreign = hinted.iter().find(|r| r.lang == "fi").unwrap();
    let own = REGISTRY.language_hypotheses(REGISTRY.get("fi").unwrap(), "helsingissä");
    let same = own
        .iter()
        .find(|h| h.base == foreign.hypothesis.base)
        .unwrap();
    assert_eq!(foreign.hypothesis.weight, same.weight * FOREIGN_PRIOR);
    assert!(
        REGISTRY
            .hypotheses("putins", Some("de"), true)
            .iter()
            .all(|r| r.lang == "de")
    );
}

#[test]
fn no_base_form_is_longer_than_the_word_and_one_letter() {
    for word in [
        "a-a-a-a-ssa",
        "'''",
        "::::n",
        "----",
        "äääällä",
        "იიიის",
        "kauno",
        "jāņa",
    ] {
        for r in REGISTRY.hypotheses(word, None, false) {
            assert!(
                !r.hypothesis.base.is_empty()
                    && chars::len(&r.hypothesis.base) <= chars::len(word) + 1
            );
            assert!(0.0 < r.hypothesis.weight && r.hypothesis.weight <= 1.0);
        }
    }
}

#[test]
fn skipping_a_language_with_an_earlier_ones_tables_changes_no_hypothesis() {
    let stems = [
        "putin",
        "marija",
        "albanc",
        "путин",
        "лукашенк",
        "fn:",
        "marx",
        "srbij",
        "ljubljan",
    ];
    let endings = [
        "", "a", "u", "om", "em", "e", "i", "ova", "ovog", "ima", "s", "'s", "'", ":s", "у", "ом",
        "ови", "-a", "-u",
    ];
    for stem in stems {
        for ending in endings {
            let word = format!("{stem}{ending}");
            for lang in [
                None,
                Some("bs"),
                Some("sr"),
                Some("hr"),
                Some("no"),
                Some("da"),
                Some("pl"),
            ] {
                for hinted_only in [false, true] {
                    assert_eq!(
                        REGISTRY.ranked(&word, lang, hinted_only, true),
                        REGISTRY.ranked(&word, lang, hinted_only, false),
                        "{word} {lang:?} {hinted_only}"
                    );
                }
            }
        }
    }
}
