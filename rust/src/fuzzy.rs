//! Readings of a query, and fuzzy candidates for names no key matched exactly.
//!
//! A *reading* is one way to read a query word: as written, or as the base
//! form an inflection rule proposes, with that rule's prior. The resolver
//! looks up every combination of readings by key; when none is confirmed,
//! this module finds candidates in the blocking index (surnames, consonant
//! skeletons and their one-letter deletions) and scores them: people by
//! aligning name parts ([`score::align_person`]), everything else as one string.

use rapidfuzz::distance::osa;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::index::{Filed, Index, MapId, deletions};
use crate::score::{
    self, GIVEN_MIN, INITIAL_SCORE, Memo, Note, Similar, Sketch, alignment_ceiling,
    bound_from_distance, clen, distance_cutoff, given_bounds, given_needed, is_particle,
    key_similarity, looks_like_patronymic, surname_needed, words,
};
use std::sync::OnceLock;

use crate::text::keys::{ascii_key, exact_key, match_key, skeleton};

/// A fuzzy candidate of a name that is not a person's is trusted as the
/// resolver trusts its compact key, times the similarity.
pub const COMPACT_FACTOR: f64 = 0.9;
/// A block filing more names than this says little about a query.
pub const MAX_BLOCK: usize = 150;
/// Blocks shorter than this are only used when they are the whole skeleton.
pub const MIN_BLOCK: usize = 3;
/// At most this many candidates are scored.
pub const MAX_FUZZY_CANDIDATES: usize = 600;
/// The width of the tiers of surname need in which surnames are bounded.
pub const NEED_TIER: f64 = 0.2;
/// Fuzzy candidates scoring no more than this are not reported.
pub const REPORTED: f64 = 0.5;
/// How much an inflection hypothesis's prior lowers the score of a
/// candidate the gazetteer confirmed.
pub const PRIOR_SHARE: f64 = 0.4;
/// The same for a candidate that only looks like a reading.
pub const FUZZY_PRIOR_SHARE: f64 = 0.8;
/// The most trusted kind of name's factor (a curated name's).
const MOST_TRUSTED: f64 = 1.0;

/// The inflection hypothesis behind a reading.
#[derive(Clone, Debug, PartialEq)]
pub struct Hypothesis {
    pub ending: String,
    pub case: String,
    pub lang: &'static str,
    pub rule: String,
}

/// One reading of a query word: the word itself, or a base form.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// The reading (the word itself, or a proposed base form).
    pub base: String,
    /// Its prior (1.0 for the word itself).
    pub weight: f64,
    pub hypothesis: Option<Hypothesis>,
    /// Whether the base stands for the word only where it is a name's word
    /// exactly: the word is shaped like a surname and the ending removed is
    /// its surname-forming suffix (`Rahmonov` may be `Rahmon`, but `Potanin`
    /// is not a misspelt `Putin` by way of `Potan`: a guessed ending and a
    /// misspelling are two guesses).
    pub exact_only: bool,
    /// The keys of `base` (match, exact, ASCII), made when first asked for.
    keys: [OnceLock<String>; 3],
}

impl Reading {
    pub fn new(base: String, weight: f64, hypothesis: Option<Hypothesis>) -> Reading {
        Reading {
            base,
            weight,
            hypothesis,
            exact_only: false,
            keys: Default::default(),
        }
    }

    /// The match key of `base`.
    pub fn key(&self) -> &str {
        self.keys[0].get_or_init(|| match_key(&self.base, None))
    }

    /// The exact key of `base`.
    pub fn exact(&self) -> &str {
        self.keys[1].get_or_init(|| exact_key(&self.base))
    }

    /// The ASCII key of `base`.
    pub fn ascii(&self) -> &str {
        self.keys[2].get_or_init(|| ascii_key(&self.base))
    }
}

/// A query word (its exact key) and its readings, the word itself first.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    pub word: String,
    pub readings: Vec<Reading>,
}

/// One reading of each word of a query, by its place among the word's readings.
pub type Combo = Vec<u16>;

/// A query's words with their readings (shared with the resolver's cache of them).
pub type Words = [std::sync::Arc<Word>];

/// The score of a candidate found with `trust` through a reading of prior `prior`.
#[inline]
pub fn confidence(trust: f64, prior: f64, share: f64) -> f64 {
    trust * (1.0 - share + share * prior)
}

/// The product of the values (1.0 for none), in order.
#[inline]
pub fn product(values: impl IntoIterator<Item = f64>) -> f64 {
    values.into_iter().fold(1.0, |out, v| out * v)
}

fn prior_of(words: &Words, combo: &[u16]) -> f64 {
    product(
        combo
            .iter()
            .enumerate()
            .map(|(w, &r)| words[w].readings[r as usize].weight),
    )
}

/// Readings of a multi-word query, most likely first, at most `limit`.
pub fn combinations(words: &Words, limit: usize) -> Vec<Combo> {
    if words.len() == 1 {
        let n = words[0].readings.len().min(limit);
        return (0..n as u16).map(|r| vec![r]).collect();
    }
    if words.is_empty() {
        return vec![Vec::new()];
    }
    let per_word = 2usize.max((limit as f64).powf(1.0 / words.len() as f64) as usize);
    let sizes: Vec<usize> = words
        .iter()
        .map(|w| w.readings.len().min(per_word))
        .collect();
    let mut combos: Vec<Combo> = Vec::new();
    if sizes.iter().all(|&s| s > 0) {
        let mut at = vec![0u16; words.len()];
        'odometer: while combos.len() < limit * 4 {
            combos.push(at.clone());
            for w in (0..words.len()).rev() {
                at[w] += 1;
                if (at[w] as usize) < sizes[w] {
                    continue 'odometer;
                }
                at[w] = 0;
            }
            break;
        }
    }
    let keyed: Vec<(f64, Combo)> = combos
        .into_iter()
        .map(|c| (-prior_of(words, &c), c))
        .collect();
    let mut keyed = keyed;
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
    keyed.into_iter().take(limit).map(|(_, c)| c).collect()
}

/// The names filed under the key's surname or its skeleton's blocks.
fn blocked(index: &Index, key: &str, found: &mut Vec<u32>) {
    if let Some(hits) = index.get(MapId::Surname, key) {
        found.extend(hits.iter());
    }
    let sk = skeleton(&score::without_spaces(key));
    for block in deletions(&sk) {
        if clen(&block) < MIN_BLOCK && block != sk {
            continue;
        }
        if let Some(hits) = index.get(MapId::Blocks, &block) {
            if hits.len() <= MAX_BLOCK {
                found.extend(hits.iter());
            }
        }
    }
}

/// A fuzzy candidate: an indexed name, its score, and what the scoring did.
#[derive(Clone, Debug, PartialEq)]
pub struct FuzzyHit {
    pub position: u32,
    pub score: f64,
    /// The alignment's notes (the endings removed are the combo's).
    pub notes: Vec<Note>,
    /// The reading of each query word the score was made of.
    pub combo: Combo,
    /// Whether every aligned word's key equals the name's.
    pub exact: bool,
    /// Whether a one-word query was aligned as a person's surname alone.
    pub alone: bool,
    /// Whether the name was aligned word by word as a person's (else it was
    /// compared as one string).
    pub person: bool,
}

/// One reading of the whole query as one string, spaces dropped.
pub struct Compact {
    pub key: String,
    pub prior: f64,
    pub combo: Combo,
}

/// The readings of the whole query as one string: each distinct key with
/// its best prior and the readings behind it, best prior first.
pub fn compact_readings(words: &Words) -> Vec<Compact> {
    let mut best: Vec<Compact> = Vec::new();
    let mut at: FxHashMap<String, usize> = FxHashMap::default();
    for combo in combinations(words, 16) {
        let mut key = String::new();
        for (w, &r) in combo.iter().enumerate() {
            key.push_str(words[w].readings[r as usize].key());
        }
        let key = key.replace(' ', "");
        let prior = prior_of(words, &combo);
        match at.get(&key) {
            Some(&i) => {
                if prior > best[i].prior {
                    best[i].prior = prior;
                    best[i].combo = combo;
                }
            }
            None => {
                at.insert(key.clone(), best.len());
                best.push(Compact { key, prior, combo });
            }
        }
    }
    best.sort_by(|a, b| b.prior.total_cmp(&a.prior));
    best
}

/// For each of the `targets`, the OSA distance of each compact reading to
/// it where [`compact_score`] might score the pair above `floor` (None where
/// it cannot). The edits allowed depend on the longer string of the pair, so
/// a target whose length alone puts it out of every reading's reach is
/// passed over before anything else is worked out.
pub fn compact_distances(
    compacts: &[Compact],
    targets: &[&str],
    floor: f64,
) -> Vec<Vec<Option<usize>>> {
    let lowest_floor = floor / (MOST_TRUSTED * COMPACT_FACTOR);
    // Each reading that may score above the floor: (its place, length, the similarity it needs).
    let open: Vec<(usize, usize, f64)> = compacts
        .iter()
        .enumerate()
        .filter(|(_, c)| confidence(1.0, c.prior, PRIOR_SHARE) > lowest_floor)
        .map(|(i, c)| {
            let needed = lowest_floor / confidence(1.0, c.prior, FUZZY_PRIOR_SHARE);
            (i, clen(&c.key), needed)
        })
        .collect();
    let mut comparators: Vec<Option<osa::BatchComparator<char>>> =
        compacts.iter().map(|_| None).collect();
    let sketches: Vec<Sketch> = compacts.iter().map(|c| Sketch::of(&c.key)).collect();
    targets
        .iter()
        .map(|target| {
            let mut near = vec![None; compacts.len()];
            let length = clen(target);
            let mut sketch = None;
            for &(i, own, needed) in &open {
                let cutoff = distance_cutoff(needed, own.max(length));
                if own.abs_diff(length) >= cutoff {
                    continue;
                }
                let sketch = sketch.get_or_insert_with(|| Sketch::of(target));
                if sketches[i].bound(sketch) >= cutoff {
                    continue;
                }
                let comparator = comparators[i]
                    .get_or_insert_with(|| osa::BatchComparator::new(compacts[i].key.chars()));
                let args = osa::Args::default().score_cutoff(cutoff - 1);
                near[i] = comparator.distance_with_args(target.chars(), &args);
            }
            near
        })
        .collect()
}

/// Similarity of the whole query (in its best reading) with a name's
/// compact key; scores at or below `floor` are not worked out (0.0).
/// `distances`: each reading's distance to the name, or None where it is
/// too far. Returns the score, whether the keys are equal, the readings.
pub fn compact_score<'a>(
    compacts: &'a [Compact],
    target: &str,
    mut floor: f64,
    distances: &[Option<usize>],
) -> (f64, bool, Option<&'a Combo>) {
    let (mut best_score, mut best_exact, mut best_combo) = (0.0, false, None);
    for (i, c) in compacts.iter().enumerate() {
        let ceiling = confidence(1.0, c.prior, PRIOR_SHARE);
        if ceiling <= floor {
            break;
        }
        if c.key != target {
            let Some(distance) = distances[i] else {
                continue;
            };
            let bound = bound_from_distance(&c.key, target, distance);
            if confidence(bound, c.prior, FUZZY_PRIOR_SHARE) <= floor {
                continue;
            }
        }
        let similarity = key_similarity(&c.key, target);
        let exact = similarity == 1.0;
        let s = confidence(
            similarity,
            c.prior,
            if exact {
                PRIOR_SHARE
            } else {
                FUZZY_PRIOR_SHARE
            },
        );
        if s > best_score {
            best_score = s;
            best_exact = exact;
            best_combo = Some(&c.combo);
            floor = score::py_max(best_score, floor);
        }
    }
    (best_score, best_exact, best_combo)
}

/// Names that no key matched but that look like the query, scored above
/// `floor`, by position. `entity_is_person`: whether an entity is a person.
pub fn fuzzy_candidates(index: &Index, words: &Words, floor: f64) -> Vec<FuzzyHit> {
    candidates(index, words, floor, true)
}

/// [`fuzzy_candidates`], and with `prune` false the same without the bounds
/// that skip people who cannot score above the floor (for the tests: the
/// hits must be the same).
pub fn candidates<'a>(
    index: &'a Index,
    words: &'a Words,
    floor: f64,
    prune: bool,
) -> Vec<FuzzyHit> {
    let mut positions: FxHashSet<u32> = FxHashSet::default();
    let mut found = Vec::new();
    for word in words {
        blocked(index, word.readings[0].key(), &mut found);
    }
    if words.len() > 1 {
        let whole: String = words.iter().map(|w| w.readings[0].key()).collect();
        blocked(index, &whole, &mut found);
    }
    positions.extend(found.drain(..));
    let mut stripped: Vec<&Reading> = words
        .iter()
        .flat_map(|w| w.readings.iter().skip(1))
        .collect();
    stripped.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    for r in stripped {
        blocked(index, r.key(), &mut found);
        found.retain(|p| !positions.contains(p));
        found.sort_unstable();
        found.dedup();
        if positions.len() + found.len() <= MAX_FUZZY_CANDIDATES {
            positions.extend(found.iter().copied());
        }
        found.clear();
    }
    let compacts = compact_readings(words);
    let mut sorted: Vec<u32> = positions.into_iter().collect();
    sorted.sort_unstable();
    let (people, others): (Vec<u32>, Vec<u32>) =
        sorted.into_iter().partition(|&p| index.has_surname(p));
    let mut parts: Vec<&'a str> = words
        .iter()
        .flat_map(|w| w.readings.iter().flat_map(|r| self::words(r.key())))
        .collect();
    parts.sort_unstable();
    parts.dedup();
    let mut hits = people_hits(index, words, &parts, &people, floor, prune);
    // The other names by match key: names with one key score alike but for their trust.
    let mut keyed: Vec<(std::borrow::Cow<'a, str>, Vec<Filed>)> = Vec::new();
    let mut keyed_at: FxHashMap<u32, usize> = FxHashMap::default();
    for p in others {
        let filed = index.filed(p);
        let at = *keyed_at.entry(filed.key).or_insert_with(|| {
            keyed.push((
                score::without_spaces(index.strings.get(filed.key)),
                Vec::new(),
            ));
            keyed.len() - 1
        });
        keyed[at].1.push(filed);
    }
    let targets: Vec<&str> = keyed.iter().map(|(k, _)| k.as_ref()).collect();
    for (nth, near) in compact_distances(&compacts, &targets, floor)
        .into_iter()
        .enumerate()
    {
        if near.iter().all(Option::is_none) {
            continue; // no reading of the query is near enough to score above the floor
        }
        for filed in &keyed[nth].1 {
            let trust = filed.authority * COMPACT_FACTOR;
            let (score, exact, combo) =
                compact_score(&compacts, targets[nth], floor / trust, &near);
            if score * trust > floor {
                hits.push(FuzzyHit {
                    position: filed.position,
                    score: score * trust,
                    notes: Vec::new(),
                    combo: combo.cloned().unwrap_or_default(),
                    exact,
                    alone: false,
                    person: false,
                });
            }
        }
    }
    hits.sort_by_key(|h| h.position);
    hits
}

/// The given names a query is aligned with: a person's name's words but
/// the last (the surname), particles aside.
fn given_names_of(key: &str) -> Vec<&str> {
    let all: Vec<&str> = words(key).collect();
    all[..all.len().saturating_sub(1)]
        .iter()
        .copied()
        .filter(|w| !is_particle(w))
        .collect()
}

/// Whether the query may be one word, and the given-name score it gets for nothing.
fn alignment_shape(words: &Words) -> (bool, f64) {
    let mut fewest = 0;
    let mut plain = 0;
    for word in words {
        if word.readings.is_empty() {
            continue;
        }
        fewest += word
            .readings
            .iter()
            .map(|r| self::words(r.key()).count())
            .min()
            .unwrap_or(0);
        plain += word
            .readings
            .iter()
            .map(|r| {
                self::words(r.key())
                    .filter(|p| !looks_like_patronymic(p))
                    .count()
            })
            .min()
            .unwrap_or(0);
    }
    (fewest <= 1, if plain < 2 { 0.9 } else { 0.0 })
}

/// The most a query's given names can score against a name's.
fn given_ceiling(
    name_givens: &[&str],
    bounds: &FxHashMap<&str, f64>,
    initial: bool,
    for_nothing: f64,
) -> f64 {
    let mut best = for_nothing;
    for given in name_givens {
        let mut bound = if initial || clen(given) == 1 {
            INITIAL_SCORE
        } else {
            0.0
        };
        bound = score::py_max(bound, bounds.get(given).copied().unwrap_or(0.0));
        if bound > best {
            best = bound;
        }
    }
    best
}

/// People's names among the candidates that share a match key (and so its
/// surname and given names): they score alike, and are scored once.
struct SameKey<'a> {
    key: &'a str,
    surname: &'a str,
    /// Its given names, by place among the distinct sets of them.
    givens: usize,
    /// Each name's position and trust.
    names: Vec<(u32, f64)>,
}

/// The hits among people's names (positions), aligned word by word (see
/// `namenorm.fuzzy`).
fn people_hits<'a>(
    index: &'a Index,
    words: &'a Words,
    parts: &[&'a str],
    people: &[u32],
    floor: f64,
    prune: bool,
) -> Vec<FuzzyHit> {
    if people.is_empty() {
        return Vec::new();
    }
    let (alone, for_nothing) = if prune {
        alignment_shape(words)
    } else {
        (true, 1.0)
    };
    let initial = parts.iter().any(|p| clen(p) == 1);
    // The names by key; each distinct set of given names once, by its place in `distinct`.
    let mut keyed: Vec<SameKey<'a>> = Vec::new();
    let mut keyed_at: FxHashMap<u64, usize> = FxHashMap::default();
    let mut distinct: Vec<Vec<&'a str>> = Vec::new();
    let mut distinct_at: FxHashMap<Vec<&'a str>, usize> = FxHashMap::default();
    for &position in people {
        let filed = index.filed(position);
        let at = *keyed_at
            .entry(u64::from(filed.key) << 32 | u64::from(filed.surname))
            .or_insert_with(|| {
                let key = index.strings.get(filed.key);
                let givens = given_names_of(key);
                let g = *distinct_at.entry(givens.clone()).or_insert_with(|| {
                    distinct.push(givens);
                    distinct.len() - 1
                });
                keyed.push(SameKey {
                    key,
                    surname: index.strings.get(filed.surname),
                    givens: g,
                    names: Vec::new(),
                });
                keyed.len() - 1
            });
        keyed[at].names.push((position, filed.authority));
    }
    let all_givens: Vec<&str> = distinct.iter().flatten().copied().collect();
    let bounds: FxHashMap<&str, f64> = if prune {
        given_bounds(parts, &all_givens, given_needed(floor))
            .into_iter()
            .collect()
    } else {
        all_givens.iter().map(|&g| (g, 1.0)).collect()
    };
    let ceiling_of: Vec<f64> = distinct
        .iter()
        .map(|found| given_ceiling(found, &bounds, initial, for_nothing))
        .collect();
    if !alone {
        keyed.retain(|k| alignment_ceiling(1.0, ceiling_of[k.givens], alone) >= floor - 1e-9);
    }
    let reach = if prune {
        surname_reach_tiers(parts, &keyed, &ceiling_of, floor, alone)
    } else {
        keyed
            .iter()
            .map(|k| (k.surname, (1.0, parts.to_vec())))
            .collect()
    };
    let memo = Memo::default();
    let mut similarity: FxHashMap<&str, f64> = FxHashMap::default();
    let mut hits = Vec::new();
    for same in &keyed {
        let Some((bound, near)) = reach.get(same.surname) else {
            continue; // no reading comes near the surname
        };
        let given = ceiling_of[same.givens];
        let mut scored = None;
        for &(position, authority) in &same.names {
            // A person's name aligned word by word is trusted at its calibrated
            // similarity: the alignment already weighs every word.
            if alignment_ceiling(*bound, given, alone) * authority < floor - 1e-9 {
                continue;
            }
            let surname_score = *similarity.entry(same.surname).or_insert_with(|| {
                near.iter()
                    .map(|part| memo.surname(part, same.surname))
                    .fold(f64::NEG_INFINITY, score::py_max)
            });
            if alignment_ceiling(surname_score, given, alone) * authority < floor - 1e-9 {
                continue;
            }
            let (score, exact, notes, combo, alone_hit) =
                scored.get_or_insert_with(|| person_score_with(words, same.key, &memo));
            if *score * authority > floor {
                hits.push(FuzzyHit {
                    position,
                    score: *score * authority,
                    notes: notes.clone(),
                    combo: combo.clone(),
                    exact: *exact,
                    alone: *alone_hit,
                    person: true,
                });
            }
        }
    }
    hits
}

/// [`score::surname_reach`] of the people's surnames, bounded in tiers of
/// their need ([`NEED_TIER`] wide), each at the lowest need of its tier.
fn surname_reach_tiers<'a>(
    parts: &[&'a str],
    people: &[SameKey<'a>],
    ceiling_of: &[f64],
    floor: f64,
    alone: bool,
) -> FxHashMap<&'a str, (f64, Vec<&'a str>)> {
    let need_of_givens: Vec<f64> = ceiling_of
        .iter()
        .map(|&c| surname_needed(floor, c, alone))
        .collect();
    let mut need_of: Vec<(&str, f64)> = Vec::new();
    let mut need_at: FxHashMap<&str, usize> = FxHashMap::default();
    for same in people {
        let need = need_of_givens[same.givens];
        let surname = same.surname;
        match need_at.get(surname) {
            Some(&i) => {
                if need < need_of[i].1 {
                    need_of[i].1 = need;
                }
            }
            None => {
                if need < 2.0 {
                    need_at.insert(surname, need_of.len());
                    need_of.push((surname, need));
                }
            }
        }
    }
    let mut tiers: Vec<(i64, Vec<&str>, f64)> = Vec::new();
    for &(surname, need) in &need_of {
        let tier = (need / NEED_TIER) as i64;
        match tiers.iter_mut().find(|t| t.0 == tier) {
            Some(t) => {
                t.1.push(surname);
                t.2 = score::py_min(t.2, need);
            }
            None => tiers.push((tier, vec![surname], need)),
        }
    }
    let mut reach = FxHashMap::default();
    for (_, surnames, lowest) in tiers {
        for (surname, bound, near) in score::surname_reach(parts, &surnames, lowest) {
            reach.insert(surname, (bound, near));
        }
    }
    reach
}

/// How well a reading fits some word of a name, weighed by its prior.
fn fit<'a>(reading: &'a Reading, name_words: &[&'a str], similar: &impl Similar<'a>) -> (f64, f64) {
    let mut similarity = 0.0;
    let mut any = false;
    for part in words(reading.key()) {
        for w in name_words {
            let s = similar.key(part, w);
            if !any || s > similarity {
                similarity = s;
                any = true;
            }
        }
    }
    if reading.exact_only && similarity < 1.0 {
        similarity = 0.0;
    }
    let first = if similarity >= GIVEN_MIN {
        similarity * reading.weight
    } else {
        0.0
    };
    (first, reading.weight)
}

fn greater(a: (f64, f64), b: (f64, f64)) -> bool {
    a.0 > b.0 || (a.0 == b.0 && a.1 > b.1)
}

/// The first reading of the best fit.
fn best_reading<'a>(word: &'a Word, name_words: &[&'a str], similar: &impl Similar<'a>) -> u16 {
    let mut best = 0u16;
    let mut best_fit = fit(&word.readings[0], name_words, similar);
    for (i, reading) in word.readings.iter().enumerate().skip(1) {
        if !greater((reading.weight, reading.weight), best_fit) {
            continue;
        }
        let f = fit(reading, name_words, similar);
        if greater(f, best_fit) {
            best = i as u16;
            best_fit = f;
        }
    }
    best
}

/// Align the query with a person's name (its match key), each query word in
/// its best reading: the score, whether every aligned word's key equals the
/// name's, the alignment's notes, the readings chosen, and whether the query
/// was aligned as the surname alone.
pub fn person_score(words: &Words, name_key: &str) -> (f64, bool, Vec<Note>, Combo, bool) {
    person_score_with(words, name_key, &score::Direct)
}

fn person_score_with<'a>(
    words: &'a Words,
    name_key: &'a str,
    similar: &impl Similar<'a>,
) -> (f64, bool, Vec<Note>, Combo, bool) {
    let name_words: Vec<&'a str> = self::words(name_key).collect();
    let chosen: Combo = words
        .iter()
        .map(|w| best_reading(w, &name_words, similar))
        .collect();
    let query: Vec<&'a str> = chosen
        .iter()
        .enumerate()
        .flat_map(|(w, &r)| self::words(words[w].readings[r as usize].key()))
        .collect();
    let alignment = score::align_person_with(&query, &name_words, None, similar);
    let prior = if chosen.is_empty() {
        1.0
    } else {
        prior_of(words, &chosen).powf(1.0 / chosen.len() as f64)
    };
    let exact = alignment.surname_score == 1.0 && alignment.given_score.is_none_or(|g| g == 1.0);
    let score = confidence(
        alignment.score,
        prior,
        if exact {
            PRIOR_SHARE
        } else {
            FUZZY_PRIOR_SHARE
        },
    );
    (
        score,
        exact,
        alignment.notes,
        chosen,
        alignment.given_score.is_none(),
    )
}
