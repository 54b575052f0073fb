//! The compiled core of namenorm.
//!
//! Python generates, Rust consumes: the tables this crate reads are data
//! files (under `rust/data/` or the Python package's table folders),
//! embedded at build time. The hot path (keys, inflection hypotheses, the
//! candidate index, fuzzy candidates, scoring and the decision) runs here
//! and crosses into Python only at coarse entry points (`python/`).

pub mod compare;
pub mod distance;
pub mod evidence;
pub mod fuzzy;
pub mod index;
pub mod languages;
pub mod parallel;
pub mod resolver;
pub mod score;
pub mod text;

#[cfg(feature = "python")]
mod python;
