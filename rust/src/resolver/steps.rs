//! The steps of an explanation, as records: the core says what each stage
//! did and with what, `namenorm.explain` renders them to text (so that the
//! wording, and Python's quoting of strings, live in one place).

use crate::evidence::Route;
use crate::index::MapId;
use crate::score::Note;

/// One step of a candidate's explanation.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Cleaning changed the query: its cleaned text and the fixes that applied.
    Cleaned {
        query: String,
        fixes: Vec<&'static str>,
    },
    /// An ending was removed from a query word.
    Ending {
        ending: String,
        word: String,
        case: String,
        lang: &'static str,
        base: String,
        weight: f64,
    },
    /// A key of a lookup level equals a name's.
    Key {
        level: MapId,
        key: String,
        name: u32,
    },
    /// A person found by the surname alone.
    Surname { key: String, name: u32 },
    /// The prefix fallback: no rule confirmed, the word starts with a name's prefix.
    Stem {
        word: String,
        prefix: String,
        name: u32,
    },
    /// What aligning a query with a person's name did.
    Note(Note),
    /// A fuzzy candidate: whether its keys are equal, and the name.
    Found { exact: bool, name: u32 },
    /// The key was too short for its route to decide.
    Chance {
        route: Route,
        key: String,
        needed: f64,
    },
}
