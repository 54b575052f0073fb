//! The resolver: runs the stages in order and decides.
//!
//! clean -> keys -> inflection hypotheses -> candidate lookup ([`crate::index`])
//! -> scoring ([`crate::score`], [`crate::fuzzy`]) -> a decision: the best
//! candidate, or none when no candidate is confident or two are too close
//! to call.
//!
//! Lookups go from the most to the least precise, and stop at the first
//! level that gives a confident answer: the whole form as written (an alias
//! is never stripped), then the form with endings removed, then people by
//! surname and, last, fuzzy candidates from the blocking index. Every trust
//! factor of a lookup is here, once; `namenorm.resolver` is a thin front.

pub mod steps;

use std::sync::{Arc, LazyLock, Mutex};

use rustc_hash::{FxHashMap, FxHashSet};

use rapidfuzz::distance::levenshtein;

use crate::evidence::{CHANCE_FACTOR, EDIT_LETTERS, Route, letters_needed};
use crate::fuzzy::{
    self, Combo, FuzzyHit, Hypothesis, PRIOR_SHARE, REPORTED, Reading, Word, Words, combinations,
    confidence, product,
};
use crate::index::{Index, Kind, MapId, Name};
use crate::languages::{REGISTRY, chars};
use crate::score::{SURNAME_ALONE_FACTOR, clen, py_max};
use crate::text::clean::{clean_name, normalise};
use crate::text::keys::{ascii_key, exact_key, match_key, skeleton};
pub use steps::Step;

/// How much each lookup level trusts a hit, before the inflection prior.
fn trust(level: MapId) -> f64 {
    match level {
        MapId::Exact => 1.0,
        MapId::Ascii => 0.97,
        MapId::Match => 0.93,
        _ => 0.9, // compact
    }
}

/// The key of `text` at a lookup level.
fn key_of(level: MapId, text: &str) -> String {
    match level {
        MapId::Exact => exact_key(text),
        MapId::Ascii => ascii_key(text),
        MapId::Match => match_key(text, None),
        _ => match_key(text, None).replace(' ', ""),
    }
}

const PRECISE: [MapId; 2] = [MapId::Exact, MapId::Ascii];
const LOOSE: [MapId; 2] = [MapId::Match, MapId::Compact];
/// Loose keys shorter than this are not looked up.
pub const MIN_LOOSE_KEY: usize = 4;
/// A surname alone shorter than this is not looked up.
pub const MIN_SURNAME: usize = 3;
/// At most this many readings of a query.
pub const COMBINATIONS: usize = 64;
// The language-independent stem fallback.
pub const STEM_MIN_PREFIX: usize = 4;
pub const STEM_MIN_SHARE: f64 = 0.6;
pub const STEM_MAX_REMOVED: usize = 2;
pub const STEM_MAX_ADDED: usize = 2;
pub const STEM_BASE: f64 = 0.88;
pub const STEM_PER_REMOVED: f64 = 0.015;
pub const STEM_PER_ADDED: f64 = 0.03;
/// Marks written before an ending: the word says itself where its ending starts.
const MARKS: [char; 3] = [':', '\'', '’'];

/// Endings that make surnames of names (`data/surname_suffixes.txt`).
static SURNAME_SUFFIXES: LazyLock<(FxHashSet<&'static str>, usize)> = LazyLock::new(|| {
    let set: FxHashSet<&'static str> =
        include_str!("../../../src/namenorm/data/surname_suffixes.txt")
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(chars_strip)
            .filter(|line| !line.is_empty())
            .collect();
    let longest = set.iter().map(|s| chars::len(s)).max().unwrap_or(0);
    (set, longest)
});

fn chars_strip(line: &str) -> &str {
    crate::text::casefold::strip(line)
}

fn is_surname_suffix(text: &str) -> bool {
    SURNAME_SUFFIXES.0.contains(text)
}

/// Whether `word` is a stem of at least three letters plus a surname-forming ending.
pub fn surname_shaped(word: &str) -> bool {
    let length = chars::len(word);
    let longest = length.saturating_sub(MIN_SURNAME).min(SURNAME_SUFFIXES.1);
    if length < MIN_SURNAME {
        return false;
    }
    (1..=longest).any(|cut| is_surname_suffix(chars::take_last(word, cut)))
}

/// Whether reading a word shaped like a surname as `base` cuts into its
/// surname-forming ending for a base that is no surname.
pub fn cuts_a_surname(word: &str, base: &str) -> bool {
    if !surname_shaped(word) || surname_shaped(base) {
        return false;
    }
    !(word.starts_with(base) && is_surname_suffix(&word[base.len()..]))
}

/// Whether reading a word shaped like a surname as `base` removes exactly
/// its surname-forming ending (`rahmonov` as `rahmon`).
pub fn strips_surname_suffix(word: &str, base: &str) -> bool {
    surname_shaped(word)
        && !surname_shaped(base)
        && word.starts_with(base)
        && is_surname_suffix(&word[base.len()..])
}

/// Whether two surname keys differ only in vowels, letter for letter.
fn vowel_variant(a: &str, b: &str) -> bool {
    clen(a) == clen(b) && skeleton(a) == skeleton(b) && a.chars().next() == b.chars().next()
}

/// Whether one surname key is the other plus a surname-forming ending.
fn suffix_variant(a: &str, b: &str) -> bool {
    let (short, long) = if clen(b) < clen(a) { (b, a) } else { (a, b) };
    !short.is_empty() && long.starts_with(short) && is_surname_suffix(&long[short.len()..])
}

/// Whether two names have the same ASCII letters, spaces and punctuation aside.
fn same_letters(a_ascii: &str, b_ascii: &str) -> bool {
    a_ascii
        .bytes()
        .filter(|&c| c != b' ')
        .eq(b_ascii.bytes().filter(|&c| c != b' '))
}

/// How a reading of the query came about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endings {
    /// Endings written after a colon or an apostrophe (`EU:n`, `Putin'in`):
    /// the word says itself where its ending starts, which decides like a
    /// name as written.
    Marked,
    /// Endings of the hinted language removed.
    Hinted,
    /// Endings no hint asked for.
    Guessed,
    /// A guessed ending that cut into a surname-forming ending.
    SurnameShaped,
}

/// The route of a key hit at `level` of a reading with `endings`.
fn key_route(level: MapId, endings: Option<Endings>) -> Option<Route> {
    let loose = LOOSE.contains(&level);
    match endings {
        Some(Endings::SurnameShaped) => Some(Route::SurnameShaped),
        None => loose.then_some(Route::Loose),
        Some(Endings::Marked) => loose.then_some(Route::HintedEndingLoose),
        Some(Endings::Hinted) => Some(if loose {
            Route::HintedEndingLoose
        } else {
            Route::HintedEnding
        }),
        Some(Endings::Guessed) => Some(if loose {
            Route::GuessedEndingLoose
        } else {
            Route::GuessedEnding
        }),
    }
}

/// How the decision went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Matched,
    Ambiguous,
    Unmatched,
    Empty,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Matched => "matched",
            Status::Ambiguous => "ambiguous",
            Status::Unmatched => "unmatched",
            Status::Empty => "empty",
        }
    }
}

/// How a resolver decides (`namenorm.Options`).
#[derive(Clone, Debug)]
pub struct Options {
    pub threshold: f64,
    pub margin: f64,
    pub prominence: f64,
    pub fuzzy: bool,
    pub hypotheses_per_word: usize,
    pub cache_size: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            threshold: 0.8,
            margin: 0.03,
            prominence: 2.0,
            fuzzy: true,
            hypotheses_per_word: 16,
            cache_size: 1 << 16,
        }
    }
}

/// What the ranking needs to know of the gazetteer's entities (not part of
/// the index file: weights and ids may change without a rebuild).
#[derive(Default)]
pub struct Entities {
    pub ids: Vec<String>,
    pub types: Vec<u8>,
    pub type_names: Vec<String>,
    pub countries: Vec<u32>,
    pub country_names: Vec<String>,
    pub weights: Vec<f64>,
}

impl Entities {
    /// The table of entities: `ids`, `types`, `countries` (None: none) and `weights`, in order.
    pub fn new(
        ids: Vec<String>,
        types: &[String],
        countries: &[Option<String>],
        weights: Vec<f64>,
    ) -> Entities {
        let mut out = Entities {
            ids,
            weights,
            ..Entities::default()
        };
        for t in types {
            let at = match out.type_names.iter().position(|n| n == t) {
                Some(at) => at,
                None => {
                    out.type_names.push(t.clone());
                    out.type_names.len() - 1
                }
            };
            out.types.push(at as u8);
        }
        let mut country_at: FxHashMap<String, u32> = FxHashMap::default();
        for c in countries {
            out.countries.push(match c {
                None => u32::MAX,
                Some(c) => *country_at.entry(c.clone()).or_insert_with(|| {
                    out.country_names.push(c.clone());
                    (out.country_names.len() - 1) as u32
                }),
            });
        }
        out
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// Which entities may answer (`namenorm.Scope`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Scope {
    /// Type names (upper case), sorted; None: any.
    pub types: Option<Vec<String>>,
    /// Country codes (upper case), sorted; None: any.
    pub countries: Option<Vec<String>>,
}

impl Scope {
    pub fn is_anything(&self) -> bool {
        self.types.is_none() && self.countries.is_none()
    }
}

/// A scope resolved against the entity table.
struct Admits {
    types: Option<Vec<bool>>,
    countries: Option<FxHashSet<u32>>,
}

impl Admits {
    fn new(scope: &Scope, entities: &Entities) -> Option<Admits> {
        if scope.is_anything() {
            return None;
        }
        Some(Admits {
            types: scope.types.as_ref().map(|types| {
                entities
                    .type_names
                    .iter()
                    .map(|t| types.contains(t))
                    .collect()
            }),
            countries: scope.countries.as_ref().map(|countries| {
                entities
                    .country_names
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| countries.contains(c))
                    .map(|(i, _)| i as u32)
                    .collect()
            }),
        })
    }

    fn admits(&self, entities: &Entities, entity: u32) -> bool {
        let e = entity as usize;
        if let Some(types) = &self.types {
            if !types[entities.types[e] as usize] {
                return false;
            }
        }
        match &self.countries {
            None => true,
            Some(countries) => countries.contains(&entities.countries[e]),
        }
    }
}

/// The explanation of a candidate, made into steps only if it is shown.
#[derive(Clone, Debug)]
struct Why {
    /// Whether the cleaning step comes first.
    first: bool,
    /// The readings whose endings were removed: (pass, combo number).
    combo: Option<(u8, u32)>,
    tail: Vec<Step>,
}

impl Why {
    const NONE: Why = Why {
        first: false,
        combo: None,
        tail: Vec::new(),
    };

    fn with(&self, step: Step) -> Why {
        let mut out = self.clone();
        out.tail.push(step);
        out
    }
}

struct Candidate {
    score: f64,
    name: u32,
    why: Why,
    /// The reading of the query that found it ("" for fuzzy candidates).
    reading: String,
}

/// The candidates found so far, by entity, in the order first found.
struct Found<'a> {
    list: Vec<Candidate>,
    at: FxHashMap<u32, usize>,
    admits: Option<Admits>,
    entities: &'a Entities,
}

impl Found<'_> {
    fn offer(&mut self, index: &Index, name: u32, score: f64, why: Why, reading: &str) {
        let entity = index.entity_of(name);
        if let Some(admits) = &self.admits {
            if !admits.admits(self.entities, entity) {
                return;
            }
        }
        match self.at.get(&entity) {
            Some(&i) => {
                if score > self.list[i].score {
                    self.list[i] = Candidate {
                        score,
                        name,
                        why,
                        reading: reading.to_owned(),
                    };
                }
            }
            None => {
                self.at.insert(entity, self.list.len());
                self.list.push(Candidate {
                    score,
                    name,
                    why,
                    reading: reading.to_owned(),
                });
            }
        }
    }

    fn best(&self) -> f64 {
        self.list.iter().map(|c| c.score).fold(0.0, py_max)
    }

    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    fn clear(&mut self) {
        self.list.clear();
        self.at.clear();
    }
}

/// One reading of the whole query, as the key lookups use it.
struct QueryReading {
    text: String,
    weight: f64,
    why: Why,
    endings: Option<Endings>,
    /// Letters of evidence the endings add.
    evidence: i64,
    /// The word readings whose bases `text` is made of, one a word: their
    /// keys are made once (see [`QueryReading::key`]).
    base: Vec<(Arc<Word>, u16)>,
}

impl QueryReading {
    fn as_written(text: &str, why: &Why) -> QueryReading {
        QueryReading {
            text: text.to_owned(),
            weight: 1.0,
            why: why.clone(),
            endings: None,
            evidence: 0,
            base: Vec::new(),
        }
    }

    /// The key of the reading at a lookup level: its word reading's, for a
    /// reading of one word; for several, the match key of an ASCII text is
    /// its words' match keys joined (each word is folded alone: only a text
    /// with Cyrillic is read as a whole), any other key is worked out.
    fn key(&self, level: MapId) -> std::borrow::Cow<'_, str> {
        use std::borrow::Cow;
        match &self.base[..] {
            [(word, r)] => {
                let reading = &word.readings[*r as usize];
                match level {
                    MapId::Exact => Cow::Borrowed(reading.exact()),
                    MapId::Ascii => Cow::Borrowed(reading.ascii()),
                    MapId::Match => Cow::Borrowed(reading.key()),
                    _ => Cow::Owned(reading.key().replace(' ', "")),
                }
            }
            [_, _, ..]
                if matches!(level, MapId::Match | MapId::Compact) && self.text.is_ascii() =>
            {
                let mut key = String::with_capacity(self.text.len());
                let space = if level == MapId::Match { " " } else { "" };
                for (word, r) in &self.base {
                    let part = word.readings[*r as usize].key();
                    if !part.is_empty() {
                        if !key.is_empty() {
                            key.push_str(space);
                        }
                        key.push_str(&part.replace(' ', space));
                    }
                }
                Cow::Owned(key)
            }
            _ => Cow::Owned(key_of(level, &self.text)),
        }
    }
}

/// A ranked candidate, its explanation made.
#[derive(Clone, Debug)]
pub struct Ranked {
    pub entity: u32,
    /// Rounded to six places, at most 1.
    pub score: f64,
    /// The name (a position in the index) that matched.
    pub name: u32,
    pub steps: Vec<Step>,
    pub reading: String,
}

/// A decision over ranked candidates (positions in the ranked list).
#[derive(Clone, Debug)]
pub struct Decision {
    pub status: Status,
    pub matched: Option<usize>,
    pub rivals: Vec<usize>,
    /// The match was chosen over its rivals as the more prominent.
    pub prominent: bool,
}

impl Decision {
    fn of(status: Status) -> Decision {
        Decision {
            status,
            matched: None,
            rivals: Vec::new(),
            prominent: false,
        }
    }
}

/// The answer cache's key.
#[derive(Clone, PartialEq, Eq, Hash)]
struct CacheKey {
    text: String,
    lang: Option<String>,
    scope: Scope,
    decisive: bool,
}

/// Recent answers, remembered from the second time a query is asked.
#[derive(Default)]
struct AnswerCache {
    answers: FxHashMap<CacheKey, (u64, Arc<Vec<Ranked>>)>,
    /// Use order: stamp -> key.
    order: std::collections::BTreeMap<u64, CacheKey>,
    stamp: u64,
    seen: FxHashSet<u64>,
}

/// What one query works on: the query, its passes of readings, the combos.
struct Query<'q> {
    lang: Option<&'q str>,
    /// Word readings of each pass (the hinted one, then every language's).
    passes: Vec<Vec<Arc<Word>>>,
    /// The readings of each combination that found something: (pass, readings).
    combos: Vec<(u8, Combo)>,
    cleaned: Option<(String, Vec<&'static str>)>,
}

/// Resolves names to entities of an index.
pub struct Resolver {
    pub index: Arc<Index>,
    pub entities: Arc<Entities>,
    pub options: Options,
    index_keys: usize,
    cache: Mutex<AnswerCache>,
    /// The readings of recent words, by (word, hinted language, hinted only).
    words: Vec<Mutex<FxHashMap<WordKey, Arc<Word>>>>,
}

type WordKey = (String, Option<&'static str>, bool);
/// How many words' readings a resolver remembers, in shards (each emptied when full).
const WORD_CACHE: usize = 1 << 13;
const WORD_SHARDS: usize = 16;

impl Resolver {
    pub fn new(index: Arc<Index>, entities: Arc<Entities>, options: Options) -> Resolver {
        let index_keys = index.keys(MapId::Exact);
        LazyLock::force(&SURNAME_SUFFIXES);
        LazyLock::force(&REGISTRY);
        Resolver {
            index,
            entities,
            options,
            index_keys,
            cache: Mutex::new(AnswerCache::default()),
            words: (0..WORD_SHARDS).map(|_| Mutex::default()).collect(),
        }
    }

    /// The number of answers remembered, and of queries noted as asked.
    pub fn cache_sizes(&self) -> (usize, usize) {
        let cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        (cache.answers.len(), cache.seen.len())
    }

    /// The lowest score that can change a decision.
    fn decisive_floor(&self) -> f64 {
        self.options.threshold - self.options.margin - 1e-6
    }

    /// The ranked candidates of `text` (at most `MAX_NAME_LENGTH`
    /// characters are read), remembered; `decisive`: only those a decision reads.
    pub fn ranked(
        &self,
        text: &str,
        lang: Option<&str>,
        scope: &Scope,
        decisive: bool,
    ) -> Arc<Vec<Ranked>> {
        let text = chars::keep(text, crate::text::clean::MAX_NAME_LENGTH);
        let size = self.options.cache_size;
        let key = (size > 0).then(|| CacheKey {
            text: text.to_owned(),
            lang: lang.map(str::to_owned),
            scope: scope.clone(),
            decisive,
        });
        if let Some(key) = &key {
            let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            cache.stamp += 1;
            let stamp = cache.stamp;
            if let Some((old, found)) = cache.answers.get_mut(key) {
                let (old_stamp, found) = (*old, found.clone());
                *old = stamp;
                cache.order.remove(&old_stamp);
                cache.order.insert(stamp, key.clone());
                return found;
            }
        }
        let floor = decisive.then(|| self.decisive_floor());
        let ranked = Arc::new(self.rank(text, lang, scope, floor));
        if let Some(key) = key {
            let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            let marker = {
                use std::hash::{Hash, Hasher};
                let mut h = rustc_hash::FxHasher::default();
                key.hash(&mut h);
                h.finish()
            };
            if cache.seen.contains(&marker) {
                if !cache.answers.contains_key(&key) {
                    cache.stamp += 1;
                    let stamp = cache.stamp;
                    cache.order.insert(stamp, key.clone());
                    cache.answers.insert(key, (stamp, ranked.clone()));
                    if cache.answers.len() > size {
                        if let Some((_, oldest)) = cache.order.pop_first() {
                            cache.answers.remove(&oldest);
                        }
                    }
                }
            } else {
                if cache.seen.len() >= 4 * size {
                    cache.seen.clear();
                }
                cache.seen.insert(marker);
            }
        }
        ranked
    }

    /// The decision over ranked candidates: the top one, unless it is below
    /// the threshold or has a rival (another entity within the margin that
    /// the same reading found, or any close fuzzy candidate), which a much
    /// more prominent top candidate overrules.
    pub fn decide(&self, ranked: &[Ranked]) -> Decision {
        if ranked.is_empty() || ranked[0].score < self.options.threshold {
            return Decision::of(Status::Unmatched);
        }
        let top = &ranked[0];
        if ranked.len() == 1 {
            return Decision {
                matched: Some(0),
                ..Decision::of(Status::Matched)
            };
        }
        let floor = top.score - self.options.margin;
        let rivals: Vec<usize> = (1..ranked.len())
            .filter(|&i| {
                let m = &ranked[i];
                m.score >= floor
                    && (m.reading == top.reading
                        || m.reading.is_empty()
                        || top.reading.is_empty()
                        || m.score == top.score)
            })
            .collect();
        if rivals.is_empty() {
            return Decision {
                matched: Some(0),
                ..Decision::of(Status::Matched)
            };
        }
        let weights = &self.entities.weights;
        let top_weight = weights[top.entity as usize];
        if rivals
            .iter()
            .all(|&r| top_weight >= self.options.prominence * weights[ranked[r].entity as usize])
        {
            return Decision {
                status: Status::Matched,
                matched: Some(0),
                rivals,
                prominent: true,
            };
        }
        let mut all = vec![0];
        all.extend(rivals);
        Decision {
            status: Status::Ambiguous,
            matched: None,
            rivals: all,
            prominent: false,
        }
    }

    /// Every candidate, best first, each with the reading that found it;
    /// with a `floor` (the decisive one), only those a decision reads.
    fn rank(
        &self,
        text: &str,
        lang: Option<&str>,
        scope: &Scope,
        floor: Option<f64>,
    ) -> Vec<Ranked> {
        let entities = &*self.entities;
        let mut found = Found {
            list: Vec::new(),
            at: FxHashMap::default(),
            admits: Admits::new(scope, entities),
            entities,
        };
        let mut query = Query {
            lang,
            passes: Vec::new(),
            combos: Vec::new(),
            cleaned: None,
        };
        self.lookup(
            &QueryReading::as_written(text, &Why::NONE),
            &mut found,
            &[MapId::Exact],
        );
        if found.is_empty() {
            self.rank_readings(text, &mut query, floor, &mut found);
        }
        let mut ranked: Vec<Candidate> = match floor {
            None => found.list,
            Some(f) => found.list.into_iter().filter(|c| c.score >= f).collect(),
        };
        if ranked.len() > 1 {
            ranked.sort_by(|a, b| {
                let (ea, eb) = (
                    self.index.entity_of(a.name) as usize,
                    self.index.entity_of(b.name) as usize,
                );
                b.score
                    .total_cmp(&a.score)
                    .then_with(|| entities.weights[eb].total_cmp(&entities.weights[ea]))
                    .then_with(|| entities.ids[ea].cmp(&entities.ids[eb]))
            });
        }
        let mut scored: Vec<(Candidate, f64)> = ranked
            .into_iter()
            .map(|c| {
                let score = chars::round(chars::at_most_one(c.score), 6);
                (c, score)
            })
            .collect();
        if floor.is_some() && !scored.is_empty() {
            let best = scored[0].1;
            if best < self.options.threshold {
                return Vec::new();
            }
            scored.retain(|(_, score)| *score >= best - self.options.margin);
        }
        scored
            .into_iter()
            .map(|(c, score)| Ranked {
                entity: self.index.entity_of(c.name),
                score,
                name: c.name,
                steps: self.steps(&query, &c.why),
                reading: c.reading,
            })
            .collect()
    }

    /// The steps of a candidate's explanation.
    fn steps(&self, query: &Query<'_>, why: &Why) -> Vec<Step> {
        let mut out = Vec::new();
        if why.first {
            if let Some((text, fixes)) = &query.cleaned {
                out.push(Step::Cleaned {
                    query: text.clone(),
                    fixes: fixes.clone(),
                });
            }
        }
        if let Some((pass, number)) = why.combo {
            let words = &query.passes[pass as usize];
            let (_, combo) = &query.combos[number as usize];
            for (w, &r) in combo.iter().enumerate() {
                let reading = &words[w].readings[r as usize];
                if let Some(h) = &reading.hypothesis {
                    out.push(Step::Ending {
                        ending: h.ending.clone(),
                        word: words[w].word.clone(),
                        case: h.case.clone(),
                        lang: h.lang,
                        base: reading.base.clone(),
                        weight: reading.weight,
                    });
                }
            }
        }
        out.extend(why.tail.iter().cloned());
        out
    }

    /// The readings of one query word: the word itself, then its base-form
    /// hypotheses, each with its match key (remembered: words recur).
    fn word_options(&self, word: &str, lang: Option<&str>, hinted_only: bool) -> Arc<Word> {
        let code = lang.and_then(registered);
        let key = (word.to_owned(), code, hinted_only);
        let shard = &self.words[{
            use std::hash::{Hash, Hasher};
            let mut h = rustc_hash::FxHasher::default();
            key.hash(&mut h);
            h.finish() as usize % WORD_SHARDS
        }];
        if let Some(found) = shard.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return found.clone();
        }
        let mut readings = vec![Reading::new(word.to_owned(), 1.0, None)];
        for r in REGISTRY
            .hypotheses(word, code, hinted_only)
            .into_iter()
            .take(self.options.hypotheses_per_word)
        {
            let h = r.hypothesis;
            let mut reading = Reading::new(
                h.base,
                h.weight,
                Some(Hypothesis {
                    ending: h.ending,
                    case: h.case,
                    lang: r.lang,
                    rule: h.rule,
                }),
            );
            reading.exact_only = strips_surname_suffix(word, &reading.base);
            readings.push(reading);
        }
        let made = Arc::new(Word {
            word: word.to_owned(),
            readings,
        });
        let mut shard = shard.lock().unwrap_or_else(|e| e.into_inner());
        if shard.len() >= WORD_CACHE / WORD_SHARDS {
            shard.clear();
        }
        shard.insert(key, made.clone());
        made
    }

    /// Tiers (2) and (3) of the ranking, for a form that is no name as written.
    fn rank_readings(
        &self,
        text: &str,
        query: &mut Query<'_>,
        floor: Option<f64>,
        found: &mut Found<'_>,
    ) {
        let (cleaned, fixes) = clean_name(text);
        if !fixes.is_empty() {
            let as_written = normalise(text);
            if !as_written.is_empty() && as_written != text {
                self.lookup(
                    &QueryReading::as_written(&as_written, &Why::NONE),
                    found,
                    &[MapId::Exact],
                );
            }
        }
        if cleaned.is_empty() {
            found.clear();
            return;
        }
        if !found.is_empty() {
            return;
        }
        let first = Why {
            first: true,
            combo: None,
            tail: Vec::new(),
        };
        if !fixes.is_empty() {
            query.cleaned = Some((cleaned.clone(), fixes));
        }
        let lang = query.lang;
        let exact = exact_key(&cleaned);
        let words: Vec<&str> = exact.split(' ').collect();
        let hinted = lang.and_then(registered).is_some();
        let mut tried: FxHashSet<(String, u64)> = FxHashSet::default();
        let passes: &[bool] = if hinted { &[true, false] } else { &[false] };
        let mut readings = Vec::new();
        let mut decided = false;
        for &hinted_only in passes {
            let pass = query.passes.len() as u8;
            let options: Vec<Arc<Word>> = words
                .iter()
                .map(|w| self.word_options(w, lang, hinted_only))
                .collect();
            query.passes.push(options);
            readings = self.readings(&cleaned, &first, query, pass);
            let fresh: Vec<&QueryReading> = readings
                .iter()
                .filter(|r| {
                    tried.is_empty() || !tried.contains(&(r.text.clone(), r.weight.to_bits()))
                })
                .collect();
            if self.precise(&fresh, found) {
                decided = true;
                break;
            }
            tried.extend(
                readings
                    .iter()
                    .map(|r| (r.text.clone(), r.weight.to_bits())),
            );
        }
        if decided {
            return;
        }
        for reading in &readings {
            self.lookup(reading, found, &LOOSE);
        }
        if inflects_names(lang) && words.len() == 1 && found.best() < self.options.threshold {
            self.stem_fallback(words[0], &first, found);
        }
        let compact = match_key(&cleaned, None).replace(' ', "");
        let long_enough = clen(&compact) >= MIN_LOOSE_KEY;
        if found.best() < self.options.threshold && self.options.fuzzy && long_enough {
            let fuzzy_floor = floor.map_or(REPORTED, |f| py_max(REPORTED, f));
            let pass = query.passes.len() - 1;
            let hits = fuzzy::fuzzy_candidates(&self.index, &query.passes[pass], fuzzy_floor);
            let cleaned_ascii = ascii_key(&cleaned);
            for hit in hits {
                let number = query.combos.len() as u32;
                query.combos.push((pass as u8, hit.combo.clone()));
                let mut why = Why {
                    first: true,
                    combo: Some((pass as u8, number)),
                    tail: hit.notes.iter().cloned().map(Step::Note).collect(),
                };
                why.tail.push(Step::Found {
                    exact: hit.exact,
                    name: hit.position,
                });
                let (score, why) =
                    self.weigh_fuzzy(&hit, &cleaned_ascii, &query.passes[pass], lang, why);
                found.offer(&self.index, hit.position, score, why, "");
            }
        }
    }

    /// The query itself and each combination of its words' base forms.
    fn readings(
        &self,
        query_text: &str,
        first: &Why,
        query: &mut Query<'_>,
        pass: u8,
    ) -> Vec<QueryReading> {
        let lang = query.lang;
        let mut out = vec![QueryReading::as_written(query_text, first)];
        let words = &query.passes[pass as usize];
        if words.len() == 1 {
            let word = &words[0];
            let exact = exact_key(query_text);
            for r in 1..word.readings.len().min(COMBINATIONS) {
                let reading = &word.readings[r];
                let combo = vec![r as u16];
                let mut endings = endings_of(words, &combo, lang);
                if endings == Some(Endings::Guessed) && cuts_a_surname(&exact, &reading.base) {
                    endings = Some(Endings::SurnameShaped);
                }
                let evidence = ending_evidence(words, &combo);
                let number = query.combos.len() as u32;
                query.combos.push((pass, combo));
                out.push(QueryReading {
                    text: reading.base.clone(),
                    weight: reading.weight,
                    why: Why {
                        first: first.first,
                        combo: Some((pass, number)),
                        tail: Vec::new(),
                    },
                    endings,
                    evidence,
                    base: vec![(word.clone(), r as u16)],
                });
            }
            return out;
        }
        for combo in combinations(words, COMBINATIONS) {
            let endings = endings_of(words, &combo, lang);
            if endings.is_none() {
                continue;
            }
            let text = combo
                .iter()
                .enumerate()
                .map(|(w, &r)| words[w].readings[r as usize].base.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let weight = product(
                combo
                    .iter()
                    .enumerate()
                    .map(|(w, &r)| words[w].readings[r as usize].weight),
            );
            let evidence = ending_evidence(words, &combo);
            let base = combo
                .iter()
                .enumerate()
                .map(|(w, &r)| (words[w].clone(), r))
                .collect();
            let number = query.combos.len() as u32;
            query.combos.push((pass, combo));
            out.push(QueryReading {
                text,
                weight,
                why: Why {
                    first: first.first,
                    combo: Some((pass, number)),
                    tail: Vec::new(),
                },
                endings,
                evidence,
                base,
            });
        }
        out
    }

    /// Look every reading up by the exact keys, then (if none cleared the
    /// threshold) by the ASCII keys, surnames included; true when one did.
    fn precise(&self, readings: &[&QueryReading], found: &mut Found<'_>) -> bool {
        for level in PRECISE {
            let last_words = if level == MapId::Exact {
                MapId::ExactLast
            } else {
                MapId::AsciiLast
            };
            for reading in readings {
                let key = reading.key(level);
                if let Some(hits) = self.index.get(level, &key) {
                    self.offer_hits(level, &key, hits, reading, found);
                }
                if !reading.text.contains(' ') && clen(&key) >= MIN_SURNAME {
                    if let Some(hits) = self.index.get(last_words, &key) {
                        self.lookup_surname(&key, hits, reading, found, level);
                    }
                }
            }
            if found.best() >= self.options.threshold {
                return true;
            }
        }
        false
    }

    /// Look a reading up by the keys of `levels`; the most precise level that hits decides.
    fn lookup(&self, reading: &QueryReading, found: &mut Found<'_>, levels: &[MapId]) {
        for &level in levels {
            let key = reading.key(level);
            if LOOSE.contains(&level) && clen(&key) < MIN_LOOSE_KEY {
                continue;
            }
            if let Some(hits) = self.index.get(level, &key) {
                if self.offer_hits(level, &key, hits, reading, found) {
                    return;
                }
            }
        }
    }

    /// Offer the names a key of `level` found; false when none counts at that level.
    fn offer_hits(
        &self,
        level: MapId,
        key: &str,
        hits: crate::index::store::Positions<'_>,
        reading: &QueryReading,
        found: &mut Found<'_>,
    ) -> bool {
        let index = &*self.index;
        let mut route = key_route(level, reading.endings);
        if route == Some(Route::Loose)
            && level == MapId::Compact
            && same_letters(&ascii_key(&reading.text), index.name(hits.first()).ascii)
        {
            // The letters as written, only spaced differently (Venemaa, Vene maa).
            route = Some(Route::Spacing);
        }
        if route.is_none() && hits.iter().all(|p| index.kind_of(p) == Kind::Generated) {
            route = Some(Route::Generated);
        }
        let offer = |name: Name<'_>, found: &mut Found<'_>| {
            let score = confidence(trust(level) * name.authority(), reading.weight, PRIOR_SHARE);
            let why = reading.why.with(Step::Key {
                level,
                key: key.to_owned(),
                name: name.position,
            });
            let (score, why) = self.by_chance(route, key, score, why, &name, reading.evidence);
            found.offer(index, name.position, score, why, &reading.text);
        };
        if hits.len() == 1 {
            let name = index.name(hits.first());
            if level == MapId::Exact && name.kind == Kind::Generated {
                return false;
            }
            offer(name, found);
            return true;
        }
        let mut names: Vec<Name<'_>> = hits.iter().map(|p| index.name(p)).collect();
        if level == MapId::Exact {
            names.retain(|n| n.kind != Kind::Generated);
            if names.is_empty() {
                return false;
            }
        }
        // A curated name outranks a generated spelling, a strong name a weak one.
        let tier = |n: &Name<'_>| match (n.kind, n.weak) {
            (Kind::Generated, _) => 2,
            (_, true) => 1,
            _ => 0,
        };
        let best = names.iter().map(tier).min().unwrap_or(0);
        for name in names {
            if tier(&name) == best {
                offer(name, found);
            }
        }
        true
    }

    /// People whose surname is this one-word reading by the key of a
    /// precise `level`: a surname alone.
    fn lookup_surname(
        &self,
        key: &str,
        hits: crate::index::store::Positions<'_>,
        reading: &QueryReading,
        found: &mut Found<'_>,
        level: MapId,
    ) {
        let route = match reading.endings {
            Some(Endings::Guessed) => Some(Route::GuessedEndingSurname),
            Some(Endings::SurnameShaped) => Some(Route::SurnameShaped),
            _ => None,
        };
        let surname = reading.key(MapId::Match);
        for position in hits.iter() {
            let name = self.index.name(position);
            if name.surname != Some(&*surname) {
                continue;
            }
            // A generated spelling's surname is one of many a native name
            // is spelt in: as for a whole name (`offer_hits`), it needs the
            // letters of that route.
            let route = match route {
                None if name.kind == Kind::Generated => Some(Route::Generated),
                route => route,
            };
            let mut trust = trust(level) * SURNAME_ALONE_FACTOR * name.kind.factor();
            trust *= if name.weak {
                crate::index::WEAK_FACTOR
            } else {
                1.0
            };
            let why = reading.why.with(Step::Surname {
                key: key.to_owned(),
                name: position,
            });
            let score = confidence(trust, reading.weight, PRIOR_SHARE);
            let (score, why) = self.by_chance(route, key, score, why, &name, reading.evidence);
            found.offer(&self.index, position, score, why, &reading.text);
        }
    }

    /// Names that share the longest prefix with the word, when no rule of any
    /// language explained it (see `namenorm.resolver`).
    fn stem_fallback(&self, word: &str, first: &Why, found: &mut Found<'_>) {
        let shaped = surname_shaped(word);
        let length = chars::len(word);
        let shortest = STEM_MIN_PREFIX
            .max((length as f64 * STEM_MIN_SHARE + 0.999) as usize)
            .max(length.saturating_sub(STEM_MAX_REMOVED));
        let mut keep = length.saturating_sub(1);
        while keep >= shortest && keep >= 1 {
            let prefix = chars::keep(word, keep);
            if let Some(hits) = self.index.get(MapId::Stems, prefix) {
                for position in hits.iter() {
                    let name = self.index.name(position);
                    if name.kind == Kind::Alias {
                        continue; // aliases gather old, foreign and informal names: a guess on a guess
                    }
                    let target = name.exact;
                    let added = chars::len(target) as i64 - keep as i64;
                    if added > STEM_MAX_ADDED as i64 {
                        continue;
                    }
                    if shaped && (added > 0 || is_surname_suffix(chars::skip(word, keep))) {
                        continue;
                    }
                    let score = STEM_BASE
                        - STEM_PER_REMOVED * (length - keep) as f64
                        - STEM_PER_ADDED * added as f64;
                    let why = first.with(Step::Stem {
                        word: word.to_owned(),
                        prefix: chars::keep(target, keep).to_owned(),
                        name: position,
                    });
                    let (score, why) = self.by_chance(
                        Some(Route::Prefix),
                        prefix,
                        score * name.kind.factor(),
                        why,
                        &name,
                        0,
                    );
                    found.offer(&self.index, position, score, why, &format!("stem:{keep}"));
                }
                return;
            }
            keep -= 1;
        }
    }

    /// The score and steps of a candidate found by `route` with `key` (and
    /// `evidence` letters' worth of endings): lowered, with a step that
    /// says why, when that is too little for the route to decide.
    fn by_chance(
        &self,
        route: Option<Route>,
        key: &str,
        score: f64,
        why: Why,
        name: &Name<'_>,
        evidence: i64,
    ) -> (f64, Why) {
        let Some(route) = route else {
            return (score, why);
        };
        let weight = self.entities.weights[name.entity as usize];
        let needed = letters_needed(route, self.index_keys, weight);
        let guessed = matches!(
            route,
            Route::GuessedEnding | Route::GuessedEndingLoose | Route::GuessedEndingSurname
        );
        // Only where no hint asked for the endings do the letters a rule
        // restores count against the key (the hint vouches for its rules),
        // and on the fuzzy routes the edits a match needed.
        let counted = guessed || matches!(route, Route::FuzzyWord | Route::FuzzyName);
        let evidence = if counted { evidence } else { evidence.max(0) };
        let letters = (clen(key) - key.bytes().filter(|&c| c == b' ').count()) as i64 + evidence;
        if letters as f64 >= needed {
            return (score, why);
        }
        let why = why.with(Step::Chance {
            route,
            key: key.to_owned(),
            needed,
        });
        (score * CHANCE_FACTOR, why)
    }

    /// [`Resolver::by_chance`] for a fuzzy candidate: its route follows from
    /// the readings it was scored with and how it aligned.
    fn weigh_fuzzy(
        &self,
        hit: &FuzzyHit,
        query_ascii: &str,
        words: &Words,
        lang: Option<&str>,
        why: Why,
    ) -> (f64, Why) {
        let name = self.index.name(hit.position);
        if same_letters(query_ascii, name.ascii) {
            // The query as written, only spaced differently.
            let route = if name.kind == Kind::Generated {
                Route::Generated
            } else {
                Route::Spacing
            };
            return self.by_chance(Some(route), query_ascii, hit.score, why, &name, 0);
        }
        let mut endings = endings_of(words, &hit.combo, lang);
        if endings == Some(Endings::Guessed) && hit.combo.len() == 1 {
            let only = &words[0].readings[hit.combo[0] as usize];
            if cuts_a_surname(&words[0].word, &only.base) {
                endings = Some(Endings::SurnameShaped);
            }
        }
        let mut evidence = if endings == Some(Endings::Guessed) {
            ending_evidence(words, &hit.combo)
        } else {
            0
        };
        let key = hit
            .combo
            .iter()
            .enumerate()
            .map(|(w, &r)| words[w].readings[r as usize].key())
            .collect::<Vec<_>>()
            .join(" ");
        let route = fuzzy_route(hit, endings, &key, name.surname.unwrap_or(""));
        let fuzzy = matches!(route, Some(Route::FuzzyWord | Route::FuzzyName));
        let guessed = matches!(
            route,
            Some(Route::GuessedEndingLoose | Route::GuessedEndingSurname)
        );
        if fuzzy || (guessed && !hit.exact) {
            // Every edit is a chance the other way: between the keys as one
            // string, or for a person's name between the surname and the
            // query word nearest it (a patronymic the name lacks is no edit);
            // after a guessed ending, on top of what the ending restored.
            let edits = match name.surname {
                Some(surname) if hit.person && !surname.is_empty() => key
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(|w| levenshtein::distance(w.chars(), surname.chars()))
                    .min()
                    .unwrap_or(0),
                _ => levenshtein::distance(
                    key.chars().filter(|&c| c != ' '),
                    name.key.chars().filter(|&c| c != ' '),
                ),
            };
            let penalty = (EDIT_LETTERS * edits as f64).round_ties_even() as i64;
            evidence = if fuzzy { -penalty } else { evidence - penalty };
        }
        self.by_chance(route, &key, hit.score, why, &name, evidence)
    }
}

impl Resolver {
    /// The fuzzy stage alone, for the tests: the hits above `floor` of a
    /// query's words (exact keys) read with `lang` (every language's
    /// hypotheses, as many a word as the options say), as (position, score, steps);
    /// `prune`: with the bounds that skip names that cannot score.
    pub fn fuzzy_hits(
        &self,
        words: &[String],
        lang: Option<&str>,
        floor: f64,
        prune: bool,
    ) -> Vec<(u32, f64, Vec<Step>)> {
        let options: Vec<Arc<Word>> = words
            .iter()
            .map(|w| self.word_options(w, lang, false))
            .collect();
        let hits = fuzzy::candidates(&self.index, &options, floor, prune);
        let mut query = Query {
            lang,
            passes: vec![options],
            combos: Vec::new(),
            cleaned: None,
        };
        hits.into_iter()
            .map(|hit| {
                query.combos.push((0, hit.combo.clone()));
                let mut tail: Vec<Step> = hit.notes.iter().cloned().map(Step::Note).collect();
                tail.push(Step::Found {
                    exact: hit.exact,
                    name: hit.position,
                });
                let why = Why {
                    first: false,
                    combo: Some((0, query.combos.len() as u32 - 1)),
                    tail,
                };
                (hit.position, hit.score, self.steps(&query, &why))
            })
            .collect()
    }
}

/// The route of a fuzzy candidate.
fn fuzzy_route(
    hit: &FuzzyHit,
    endings: Option<Endings>,
    key: &str,
    surname: &str,
) -> Option<Route> {
    match endings {
        Some(Endings::SurnameShaped) => return Some(Route::SurnameShaped),
        Some(Endings::Guessed) => {
            return Some(if hit.alone {
                Route::GuessedEndingSurname
            } else {
                Route::GuessedEndingLoose
            });
        }
        _ => {}
    }
    if hit.alone {
        if hit.exact {
            return Some(Route::SurnameKey);
        }
        if vowel_variant(key, surname) {
            return Some(Route::SurnameVowels);
        }
        return Some(if suffix_variant(key, surname) {
            Route::SurnameSuffix
        } else {
            Route::FuzzySurname
        });
    }
    if hit.exact {
        return Some(match endings {
            Some(Endings::Hinted | Endings::Marked) => Route::HintedEndingLoose,
            _ => Route::Loose,
        });
    }
    Some(if key.contains(' ') {
        Route::FuzzyName
    } else {
        Route::FuzzyWord
    })
}

/// The registered code of a language hint (lower-cased), if it is one.
pub fn registered(lang: &str) -> Option<&'static str> {
    if lang.is_empty() {
        return None;
    }
    let code = crate::text::casefold::lower(lang);
    REGISTRY.get(&code).map(|l| l.code.as_str())
}

/// Whether names of the language may take endings its table lacks.
pub fn inflects_names(lang: Option<&str>) -> bool {
    lang.and_then(registered)
        .is_some_and(|code| !crate::languages::closed(code))
}

/// Whether a combination of word readings removed endings, and whose.
fn endings_of(words: &Words, combo: &[u16], lang: Option<&str>) -> Option<Endings> {
    let mut langs: Vec<&str> = Vec::new();
    let mut any = false;
    for (w, &r) in combo.iter().enumerate() {
        if let Some(h) = &words[w].readings[r as usize].hypothesis {
            any = true;
            if !h.ending.starts_with(MARKS) && !langs.contains(&h.lang) {
                langs.push(h.lang);
            }
        }
    }
    if langs.is_empty() {
        return any.then_some(Endings::Marked);
    }
    match lang {
        Some(lang) if langs.len() == 1 && langs[0] == lang => Some(Endings::Hinted),
        _ => Some(Endings::Guessed),
    }
}

/// What the endings removed add to the key's evidence, in letters.
fn ending_evidence(words: &Words, combo: &[u16]) -> i64 {
    let mut letters = 0i64;
    for (w, &r) in combo.iter().enumerate() {
        let word = &words[w];
        let reading = &word.readings[r as usize];
        let Some(h) = &reading.hypothesis else {
            continue;
        };
        let ending = h.ending.trim_start_matches(MARKS);
        let stem = chars::len(&word.word) as i64 - chars::len(&h.ending) as i64;
        letters += chars::len(ending) as i64 - 1 - 0.max(chars::len(&reading.base) as i64 - stem);
    }
    letters
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod key_tests {
    use crate::text::keys::match_key;

    /// The match key of an ASCII text of several words is its words' keys
    /// joined, which `QueryReading::key` relies on.
    #[test]
    fn ascii_match_keys_compose_word_by_word() {
        let words = [
            "putin",
            "a.b",
            "o'brien",
            "zhenbekov",
            "x&y",
            "route-66",
            "jeen-bekov",
            "shch",
            "tsch",
            "",
            "-",
            "j",
            "ch",
            "dž",
            "  ",
            "mac_donald",
            "sergeyevich",
        ];
        for a in words {
            for b in words {
                let joined = format!("{a} {b}");
                if !joined.is_ascii() {
                    continue;
                }
                let parts: Vec<String> = [a, b]
                    .iter()
                    .map(|w| match_key(w, None))
                    .filter(|k| !k.is_empty())
                    .collect();
                assert_eq!(match_key(&joined, None), parts.join(" "), "{joined:?}");
            }
        }
    }
}
