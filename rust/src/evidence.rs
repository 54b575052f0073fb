//! Open world: what a candidate must show before it may decide.
//!
//! Most strings a pipeline meets are names the gazetteer does not hold. A
//! candidate found as the query is written (its exact or ASCII key) is the
//! gazetteer speaking; every other way of finding one, a *route*, also
//! finds names by chance, the likelier the shorter the key that matched,
//! the more readings of the query were tried and the more keys the
//! gazetteer has. So each route needs a key of some length before its
//! candidate may decide (the table `src/namenorm/data/routes.tsv`); a
//! larger gazetteer needs more, a smaller one fewer, a prominent entity
//! fewer ([`letters_needed`]). A candidate that falls short keeps its place
//! among the candidates, its score times [`CHANCE_FACTOR`].

use std::sync::LazyLock;

/// How a candidate was found, as far as chance is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Loose,
    Generated,
    HintedEnding,
    HintedEndingLoose,
    GuessedEnding,
    GuessedEndingLoose,
    GuessedEndingSurname,
    Prefix,
    FuzzyWord,
    FuzzyName,
    SurnameKey,
    SurnameShaped,
    SurnameSuffix,
    Spacing,
    SurnameVowels,
    FuzzySurname,
}

impl Route {
    /// Every route, in the table's order.
    pub const ALL: [Route; 16] = [
        Route::Loose,
        Route::Generated,
        Route::HintedEnding,
        Route::HintedEndingLoose,
        Route::GuessedEnding,
        Route::GuessedEndingLoose,
        Route::GuessedEndingSurname,
        Route::Prefix,
        Route::FuzzyWord,
        Route::FuzzyName,
        Route::SurnameKey,
        Route::SurnameShaped,
        Route::SurnameSuffix,
        Route::Spacing,
        Route::SurnameVowels,
        Route::FuzzySurname,
    ];

    /// The route's name in the table (and in `namenorm.evidence.Route`).
    pub fn name(self) -> &'static str {
        match self {
            Route::Loose => "LOOSE",
            Route::Generated => "GENERATED",
            Route::HintedEnding => "HINTED_ENDING",
            Route::HintedEndingLoose => "HINTED_ENDING_LOOSE",
            Route::GuessedEnding => "GUESSED_ENDING",
            Route::GuessedEndingLoose => "GUESSED_ENDING_LOOSE",
            Route::GuessedEndingSurname => "GUESSED_ENDING_SURNAME",
            Route::Prefix => "PREFIX",
            Route::FuzzyWord => "FUZZY_WORD",
            Route::FuzzyName => "FUZZY_NAME",
            Route::SurnameKey => "SURNAME_KEY",
            Route::SurnameShaped => "SURNAME_SHAPED",
            Route::SurnameSuffix => "SURNAME_SUFFIX",
            Route::Spacing => "SPACING",
            Route::SurnameVowels => "SURNAME_VOWELS",
            Route::FuzzySurname => "FUZZY_SURNAME",
        }
    }

    /// The route of a name, if there is one.
    pub fn from_name(name: &str) -> Option<Route> {
        Route::ALL.into_iter().find(|r| r.name() == name)
    }

    fn row(self) -> &'static RouteRow {
        &ROUTES[self as usize]
    }

    /// The fewest letters the route needs at [`BASE_KEYS`] keys (0: none).
    pub fn letters(self) -> u32 {
        self.row().letters
    }

    /// Whether an entity's prominence makes up for letters on this route.
    pub fn prominence_counts(self) -> bool {
        self.row().prominence
    }

    /// What the route is, in words (explanations cite it).
    pub fn description(self) -> &'static str {
        self.row().description
    }
}

/// One row of `routes.tsv`.
#[derive(Debug)]
pub struct RouteRow {
    pub route: Route,
    pub letters: u32,
    pub prominence: bool,
    pub description: &'static str,
}

/// The table, in [`Route::ALL`] order (every route once).
pub static ROUTES: LazyLock<Vec<RouteRow>> = LazyLock::new(|| {
    let text = include_str!("../../src/namenorm/data/routes.tsv");
    let mut rows: Vec<RouteRow> = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let place = format!("routes.tsv:{}", number + 1);
        let [name, letters, prominence, description] = cells[..] else {
            panic!("{place}: expected route, letters, prominence, description");
        };
        let route = Route::from_name(name).unwrap_or_else(|| panic!("{place}: no route {name}"));
        rows.push(RouteRow {
            route,
            letters: letters
                .parse()
                .unwrap_or_else(|_| panic!("{place}: letters must be a count")),
            prominence: match prominence {
                "yes" => true,
                "no" => false,
                other => panic!("{place}: prominence is yes or no, not {other:?}"),
            },
            description,
        });
    }
    let order: Vec<Route> = rows.iter().map(|r| r.route).collect();
    assert_eq!(order, Route::ALL, "routes.tsv: every route once, in order");
    rows
});

/// The number of keys the lengths of the table were chosen at.
pub const BASE_KEYS: f64 = 65_536.0;
/// Bits of evidence one more letter of a key gives (a chance match of a key
/// one letter longer is about this many times rarer): estimated on the
/// development data as the ratio of chance matches at successive lengths.
pub const BITS_PER_LETTER: f64 = 2.0;
/// The most letters an entity's prominence makes up for.
pub const PROMINENCE_LETTERS: f64 = 3.0;
/// A fuzzy match's key counts this many letters fewer for every edit between
/// it and the name's (an edit of a key of L letters can go about 20·L ways,
/// 7 to 8 bits; chosen on the development data: three letters cost a
/// transliterated full name with an ending left on, S. Sargsiano).
pub const EDIT_LETTERS: f64 = 2.5;
/// The score of a candidate whose key is too short for its route is
/// multiplied by this: it stays a candidate, but cannot decide.
pub const CHANCE_FACTOR: f64 = 0.7;

/// The fewest letters a key found by `route` needs in an index of `keys`
/// keys, for an entity of prominence `weight`.
pub fn letters_needed(route: Route, keys: usize, weight: f64) -> f64 {
    let base = route.letters();
    if base == 0 {
        return 0.0;
    }
    let size = (keys.max(1) as f64 / BASE_KEYS).log2() / BITS_PER_LETTER;
    let mut prominence = 0.0;
    if route.prominence_counts() {
        prominence = crate::score::py_min(
            PROMINENCE_LETTERS,
            10f64.log2() * (weight - 1.0) / BITS_PER_LETTER,
        );
    }
    crate::score::py_max(0.0, f64::from(base) + size - prominence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::chars::round;

    #[test]
    fn the_table_reads() {
        assert_eq!(ROUTES.len(), Route::ALL.len());
        assert_eq!(Route::GuessedEnding.letters(), 8);
        assert!(Route::GuessedEndingSurname.prominence_counts());
        assert_eq!(Route::Prefix.description(), "a shared prefix");
    }

    #[test]
    fn letters_grow_with_the_keys() {
        assert_eq!(letters_needed(Route::GuessedEnding, 65_536, 1.0), 8.0);
        assert_eq!(
            round(letters_needed(Route::GuessedEnding, 3_000_000, 1.0), 2),
            10.76
        );
        assert_eq!(letters_needed(Route::GuessedEnding, 65_536, 4.0), 5.0);
        assert_eq!(letters_needed(Route::Loose, 65_536, 4.0), 7.0);
        assert_eq!(letters_needed(Route::HintedEnding, 65_536, 1.0), 3.0);
        assert_eq!(
            round(letters_needed(Route::HintedEnding, 3_000_000, 1.0), 2),
            5.76
        );
    }
}
