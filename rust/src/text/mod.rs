//! Text folding: the keys names are compared by.

pub mod casefold;
pub mod keys;
