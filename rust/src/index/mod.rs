//! Stage 4: the candidate index, built once from a gazetteer.
//!
//! Every name of every entity (canonical name, aliases, native-script names
//! and the spellings generated from Cyrillic ones under every
//! transliteration convention) is folded into its keys ([`crate::text::keys`])
//! and filed in hash maps from a key to the positions of the names that have it:
//!
//! - `exact`, `ascii`, `match` and `compact` (match key without spaces):
//!   whole-name lookups, from most to least precise;
//! - `surname`: the last word of people's names;
//! - `stems`: one-word names under their first letters (all but the last one
//!   or two), for a language-independent fallback;
//! - `blocks`: the consonant skeleton of each name and each surname, with
//!   every one-letter deletion of it (a symmetric-deletion index); a block
//!   filing more than [`BLOCK_LIMIT`] names keeps only `BLOCK_LIMIT + 1`;
//! - `exact_last`, `ascii_last`: people's names under the last word of their
//!   exact key (curated names only) and of their ASCII key.
//!
//! Every lookup is a hash-map hit. The layout is flat ([`store`]): one arena
//! of strings, columns of `u32`, open-addressing maps; so the index of a
//! million aliases is a few hundred megabytes, written to a file and mapped
//! back by a later process ([`Index::save`], [`Index::load`]).

pub mod store;

use std::io;
use std::path::Path;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::score::{clen, is_particle, words};
use crate::text::clean::without_legal_forms;
use crate::text::keys::{ascii_key, exact_key, match_key, skeleton};
use crate::text::translit::{expand, has_cyrillic};
use store::{Column, Interner, KeyMap, Positions, Reader, Strings, Writer};

/// Skeletons this short are not blocked by deletion (too many neighbours).
pub const MIN_BLOCK_LENGTH: usize = 3;
/// One-word names at least this long are filed under their stems.
pub const MIN_STEM_NAME: usize = 4;
/// Stems are the name with up to this many final letters removed.
pub const STEM_CUT: usize = 2;
/// A block filing more names than this keeps only `BLOCK_LIMIT + 1` of them.
pub const BLOCK_LIMIT: usize = 150;
/// The layout of an index file; another layout is another file.
pub const FORMAT: u32 = 2;
/// No string (a name without a surname).
pub const NONE: u32 = u32::MAX;

/// The key maps, in the order the resolver consults them (and the last-word maps).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapId {
    Exact,
    Ascii,
    Match,
    Compact,
    Surname,
    Stems,
    Blocks,
    ExactLast,
    AsciiLast,
}

impl MapId {
    pub const ALL: [MapId; 9] = [
        MapId::Exact,
        MapId::Ascii,
        MapId::Match,
        MapId::Compact,
        MapId::Surname,
        MapId::Stems,
        MapId::Blocks,
        MapId::ExactLast,
        MapId::AsciiLast,
    ];

    pub fn name(self) -> &'static str {
        match self {
            MapId::Exact => "exact",
            MapId::Ascii => "ascii",
            MapId::Match => "match",
            MapId::Compact => "compact",
            MapId::Surname => "surname",
            MapId::Stems => "stems",
            MapId::Blocks => "blocks",
            MapId::ExactLast => "exact_last",
            MapId::AsciiLast => "ascii_last",
        }
    }

    pub fn from_name(name: &str) -> Option<MapId> {
        MapId::ALL.into_iter().find(|m| m.name() == name)
    }
}

/// What a name is to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Name = 0,
    Alias = 1,
    Native = 2,
    Generated = 3,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Name, Kind::Alias, Kind::Native, Kind::Generated];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Name => "name",
            Kind::Alias => "alias",
            Kind::Native => "native",
            Kind::Generated => "generated",
        }
    }

    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// How much a name of this kind is trusted: a generated spelling a little less.
    pub fn factor(self) -> f64 {
        match self {
            Kind::Generated => 0.98,
            _ => 1.0,
        }
    }
}

/// How much a weak alias (a name two entities may share) is trusted.
pub const WEAK_FACTOR: f64 = 0.95;

/// One name of a gazetteer entity, as given to [`Index::build`].
pub struct SourceName {
    pub entity: u32,
    pub text: String,
    pub kind: Kind,
    pub weak: bool,
}

/// One indexed name (a view of the columns).
#[derive(Clone, Copy, Debug)]
pub struct Name<'a> {
    pub position: u32,
    pub entity: u32,
    pub text: &'a str,
    pub kind: Kind,
    pub weak: bool,
    /// The match key.
    pub key: &'a str,
    /// The exact and ASCII keys of the text.
    pub exact: &'a str,
    pub ascii: &'a str,
    /// The match key of the surname, for people.
    pub surname: Option<&'a str>,
}

impl Name<'_> {
    /// The match-key words.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        words(self.key)
    }

    /// The trust of the name's kind and strength.
    pub fn authority(&self) -> f64 {
        authority(self.kind, self.weak)
    }
}

/// The trust of a name of `kind`, weak or not.
fn authority(kind: Kind, weak: bool) -> f64 {
    kind.factor() * if weak { WEAK_FACTOR } else { 1.0 }
}

/// What the fuzzy stage reads of a person's name before its strings: the
/// ids of its match key and surname (names with one key share them, and
/// score alike) and its trust.
#[derive(Clone, Copy, Debug)]
pub struct Filed {
    pub position: u32,
    pub key: u32,
    pub surname: u32,
    pub authority: f64,
}

/// The candidate index (see the module's docs).
#[derive(Default)]
pub struct Index {
    pub strings: Strings,
    entity: Column<u32>,
    text: Column<u32>,
    key: Column<u32>,
    exact: Column<u32>,
    ascii: Column<u32>,
    surname: Column<u32>,
    /// `kind | weak << 2`.
    flags: Column<u8>,
    maps: Vec<KeyMap>,
    /// How many entities the index was built for.
    pub entities: u32,
    /// Whether a name held a lone surrogate (stood in for by a private-use character).
    pub surrogates: bool,
}

/// The surname among the match-key words of a person's name: the last word,
/// unless it is a patronymic particle (`Kubatbek uulu`) or the only one.
pub fn surname_of(key: &str) -> Option<&str> {
    let mut all = words(key);
    all.next()?;
    let last = all.last()?;
    if is_particle(last) { None } else { Some(last) }
}

/// The key and every string made by deleting one character of it (a key
/// shorter than [`MIN_BLOCK_LENGTH`] alone), each once.
pub fn deletions(key: &str) -> Vec<String> {
    let mut out = vec![key.to_owned()];
    let chars: Vec<(usize, char)> = key.char_indices().collect();
    if chars.len() >= MIN_BLOCK_LENGTH {
        for &(at, c) in &chars {
            let mut deleted = String::with_capacity(key.len());
            deleted.push_str(&key[..at]);
            deleted.push_str(&key[at + c.len_utf8()..]);
            out.push(deleted);
        }
        out.sort_unstable();
        out.dedup();
    }
    out
}

/// The names of one entity to index: `(text, kind, weak)`, each text once:
/// its own names, for an entity that is not a person each also without its
/// legal form (`Huawei Technologies Co., Ltd.`: `Huawei Technologies`, as
/// a query's is set apart), then the spellings generated from its Cyrillic
/// names (for people, with Lithuanian and Latvian nominative endings).
pub fn names_of<'a>(
    own: &'a [SourceName],
    person: bool,
    expand_native: bool,
) -> Vec<(std::borrow::Cow<'a, str>, Kind, bool)> {
    let mut seen: rustc_hash::FxHashSet<std::borrow::Cow<'a, str>> = Default::default();
    let mut out = Vec::with_capacity(own.len());
    for name in own {
        if seen.insert(std::borrow::Cow::Borrowed(name.text.as_str())) {
            out.push((
                std::borrow::Cow::Borrowed(name.text.as_str()),
                name.kind,
                name.weak,
            ));
        }
    }
    // The names without their legal forms, (text, weak).
    let mut bare_names: Vec<(String, bool)> = Vec::new();
    if !person {
        for name in own {
            if let Some(bare) = without_legal_forms(&name.text) {
                let bare: std::borrow::Cow<'a, str> = std::borrow::Cow::Owned(bare);
                if !bare.is_empty() && !seen.contains(&bare) {
                    seen.insert(bare.clone());
                    bare_names.push((bare.to_string(), name.weak));
                    out.push((bare, Kind::Generated, name.weak));
                }
            }
        }
    }
    if expand_native {
        let own_names = own.iter().map(|name| (name.text.as_str(), name.weak));
        let bare = bare_names.iter().map(|(text, weak)| (text.as_str(), *weak));
        for (text, weak) in own_names.chain(bare) {
            if has_cyrillic(text) {
                let mut spellings = expand(text, None, person);
                spellings.sort_unstable();
                for spelling in spellings {
                    let spelling = std::borrow::Cow::Owned(spelling);
                    if !seen.contains(&spelling) {
                        seen.insert(spelling.clone());
                        out.push((spelling, Kind::Generated, weak));
                    }
                }
            }
        }
    }
    out
}

/// One name's keys, worked out in parallel before they are filed.
struct Keyed {
    entity: u32,
    text: String,
    kind: Kind,
    weak: bool,
    key: String,
    exact: String,
    ascii: String,
}

fn keyed(entity: u32, text: &str, kind: Kind, weak: bool) -> Keyed {
    Keyed {
        entity,
        text: text.to_owned(),
        kind,
        weak,
        key: match_key(text, None),
        exact: exact_key(text),
        ascii: ascii_key(text),
    }
}

thread_local! {
    /// Names read by this thread (see [`names_read`]).
    static READS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

#[inline]
fn touch() {
    READS.with(|r| r.set(r.get() + 1));
}

/// How many times this thread has read a name of any index: for the tests
/// that check that the work of a query does not grow with the gazetteer.
pub fn names_read() -> u64 {
    READS.with(|r| r.get())
}

/// Entities per parallel batch of an index build.
const BATCH: usize = 1 << 14;

impl Index {
    /// Index the names of `types.len()` entities (`names` grouped by entity,
    /// in order): `types` says which are people (`"PER"`). The names are
    /// dropped once keyed, before the maps are built.
    pub fn build(
        types: &[String],
        names: Vec<SourceName>,
        expand_native: bool,
        surrogates: bool,
    ) -> Index {
        let mut interner = Interner::default();
        let mut entity = Vec::new();
        let mut text = Vec::new();
        let mut key = Vec::new();
        let mut exact = Vec::new();
        let mut ascii = Vec::new();
        let mut surname = Vec::new();
        let mut flags = Vec::new();
        // Where each entity's names start in `names`.
        let mut starts = Vec::with_capacity(types.len() + 1);
        let mut at = 0;
        for e in 0..types.len() {
            starts.push(at);
            while at < names.len() && names[at].entity as usize == e {
                at += 1;
            }
        }
        starts.push(at);
        assert_eq!(at, names.len(), "names grouped by entity, in order");
        // Per name, the ids of what it is filed under besides its own keys.
        let mut compact = Vec::new();
        let mut stems: Vec<[u32; STEM_CUT + 1]> = Vec::new();
        let mut exact_last = Vec::new();
        let mut ascii_last = Vec::new();
        for first in (0..types.len()).step_by(BATCH) {
            let last = (first + BATCH).min(types.len());
            let batch: Vec<Vec<Keyed>> = crate::parallel::install(|| {
                (first..last)
                    .into_par_iter()
                    .map(|e| {
                        let person = types[e] == "PER";
                        names_of(&names[starts[e]..starts[e + 1]], person, expand_native)
                            .into_iter()
                            .map(|(t, kind, weak)| keyed(e as u32, &t, kind, weak))
                            .collect()
                    })
                    .collect()
            });
            for k in batch.into_iter().flatten() {
                let person = types[k.entity as usize] == "PER";
                let key_id = interner.intern(&k.key);
                let surname_text = if person { surname_of(&k.key) } else { None };
                entity.push(k.entity);
                text.push(interner.intern(&k.text));
                key.push(key_id);
                let exact_id = interner.intern(&k.exact);
                exact.push(exact_id);
                let ascii_id = interner.intern(&k.ascii);
                ascii.push(ascii_id);
                surname.push(surname_text.map_or(NONE, |s| interner.intern(s)));
                flags.push(k.kind as u8 | u8::from(k.weak) << 2);
                let mut stem_ids = [NONE; STEM_CUT + 1];
                let length = clen(&k.exact);
                if length >= MIN_STEM_NAME && !k.exact.contains(' ') {
                    for (cut, slot) in stem_ids.iter_mut().enumerate() {
                        *slot =
                            interner.intern(crate::languages::chars::keep(&k.exact, length - cut));
                    }
                }
                stems.push(stem_ids);
                compact.push(if k.key.is_empty() {
                    NONE
                } else {
                    interner.intern(&k.key.replace(' ', ""))
                });
                let last_word = |key: &str| key.rsplit_once(' ').map(|(_, last)| last.to_owned());
                let (mut a_last, mut e_last) = (NONE, NONE);
                if surname_text.is_some() && !k.key.is_empty() {
                    if let Some(w) = last_word(&k.ascii) {
                        a_last = interner.intern(&w);
                    }
                    if k.kind != Kind::Generated {
                        if let Some(w) = last_word(&k.exact) {
                            e_last = interner.intern(&w);
                        }
                    }
                }
                ascii_last.push(a_last);
                exact_last.push(e_last);
            }
        }
        drop(names);
        // The blocks of each distinct compact key and surname, worked out once.
        let mut block_pool: Vec<u32> = Vec::new();
        let mut blocks_of: FxHashMap<u32, (u32, u32)> = FxHashMap::default();
        let mut block_ranges: Vec<[(u32, u32); 2]> = Vec::with_capacity(entity.len());
        for p in 0..entity.len() {
            let mut ranges = [(0, 0); 2];
            if compact[p] != NONE {
                ranges[0] = blocks(compact[p], &mut interner, &mut block_pool, &mut blocks_of);
                if surname[p] != NONE {
                    ranges[1] = blocks(surname[p], &mut interner, &mut block_pool, &mut blocks_of);
                }
            }
            block_ranges.push(ranges);
        }
        drop(blocks_of);
        let strings = interner.finish();
        let n = entity.len();
        // Each map is built when its columns are last needed, and they are
        // dropped at once: the peak of a build is its maps and what is left.
        let blocks_map = KeyMap::capped(
            &strings,
            n,
            |p, out| {
                for (start, stop) in block_ranges[p] {
                    out.extend_from_slice(&block_pool[start as usize..stop as usize]);
                }
            },
            BLOCK_LIMIT + 1,
        );
        drop((block_pool, block_ranges));
        let stems_map = map_of(
            &strings,
            (0..n).flat_map(|p| {
                stems[p]
                    .into_iter()
                    .filter(|&s| s != NONE)
                    .map(move |s| (s, p as u32))
            }),
        );
        drop(stems);
        let empty = |id: u32| id == NONE || strings.get(id).is_empty();
        let one = |column: &[u32]| -> KeyMap {
            map_of(
                &strings,
                (0..n)
                    .filter(|&p| !empty(column[p]))
                    .map(|p| (column[p], p as u32)),
            )
        };
        let exact_last_map = one(&exact_last);
        drop(exact_last);
        let ascii_last_map = one(&ascii_last);
        drop(ascii_last);
        let keyed_only = |column: &[u32]| -> KeyMap {
            map_of(
                &strings,
                (0..n)
                    .filter(|&p| compact[p] != NONE && !empty(column[p]))
                    .map(|p| (column[p], p as u32)),
            )
        };
        let (key_map, surname_map) = (keyed_only(&key), keyed_only(&surname));
        let compact_map = keyed_only(&compact);
        drop(compact);
        let maps = vec![
            one(&exact),
            one(&ascii),
            key_map,
            compact_map,
            surname_map,
            stems_map,
            blocks_map,
            exact_last_map,
            ascii_last_map,
        ];
        Index {
            strings,
            entity: entity.into(),
            text: text.into(),
            key: key.into(),
            exact: exact.into(),
            ascii: ascii.into(),
            surname: surname.into(),
            flags: flags.into(),
            maps,
            entities: types.len() as u32,
            surrogates,
        }
    }

    /// The number of indexed names.
    pub fn len(&self) -> usize {
        self.entity.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entity.is_empty()
    }

    /// Name `position`.
    #[inline]
    pub fn name(&self, position: u32) -> Name<'_> {
        touch();
        let p = position as usize;
        let flags = self.flags[p];
        let surname = self.surname[p];
        Name {
            position,
            entity: self.entity[p],
            text: self.strings.get(self.text[p]),
            kind: Kind::ALL[(flags & 3) as usize],
            weak: flags & 4 != 0,
            key: self.strings.get(self.key[p]),
            exact: self.strings.get(self.exact[p]),
            ascii: self.strings.get(self.ascii[p]),
            surname: (surname != NONE).then(|| self.strings.get(surname)),
        }
    }

    /// Name `position`'s string ids (read with `strings.get`) and trust, its strings not read.
    #[inline]
    pub fn filed(&self, position: u32) -> Filed {
        touch();
        let p = position as usize;
        let flags = self.flags[p];
        Filed {
            position,
            key: self.key[p],
            surname: self.surname[p],
            authority: authority(Kind::ALL[(flags & 3) as usize], flags & 4 != 0),
        }
    }

    /// The entity of name `position`.
    #[inline]
    pub fn entity_of(&self, position: u32) -> u32 {
        touch();
        self.entity[position as usize]
    }

    /// The kind of name `position`.
    #[inline]
    pub fn kind_of(&self, position: u32) -> Kind {
        touch();
        Kind::ALL[(self.flags[position as usize] & 3) as usize]
    }

    /// Whether name `position` is a person's with a surname.
    #[inline]
    pub fn has_surname(&self, position: u32) -> bool {
        touch();
        self.surname[position as usize] != NONE
    }

    /// The positions `map` files under `key`.
    #[inline]
    pub fn get(&self, map: MapId, key: &str) -> Option<Positions<'_>> {
        self.maps[map as usize].get(&self.strings, key)
    }

    /// The number of keys of `map`.
    pub fn keys(&self, map: MapId) -> usize {
        self.maps[map as usize].len()
    }

    /// Sizes: names, and keys and positions per map (the names of `stats()` in Python).
    pub fn stats(&self) -> Vec<(String, usize)> {
        let mut out = vec![("names".to_string(), self.len())];
        for id in MapId::ALL {
            let map = &self.maps[id as usize];
            out.push((format!("{}_keys", id.name()), map.len()));
            out.push((format!("{}_positions", id.name()), map.positions()));
        }
        out.push(("strings".to_string(), self.strings.len()));
        out.push(("bytes".to_string(), self.bytes()));
        out
    }

    /// The names' columns of string ids (and entities), in the order a file holds them.
    fn name_columns(&self) -> [&Column<u32>; 6] {
        [
            &self.entity,
            &self.text,
            &self.key,
            &self.exact,
            &self.ascii,
            &self.surname,
        ]
    }

    /// Bytes the index holds.
    pub fn bytes(&self) -> usize {
        self.strings.bytes.bytes()
            + self.strings.offsets.bytes()
            + self.name_columns().iter().map(|c| c.bytes()).sum::<usize>()
            + self.flags.bytes()
            + self.maps.iter().map(KeyMap::bytes).sum::<usize>()
    }

    /// Every key of `map`, with its positions (for the tests and Python's views).
    pub fn entries(&self, map: MapId) -> impl Iterator<Item = (&str, Positions<'_>)> {
        let map = &self.maps[map as usize];
        (0..map.len()).map(move |e| (self.strings.get(map.keys[e]), map.entry(e)))
    }

    /// Write the index to `path`, for `digest` (what it was built from).
    pub fn save(&self, path: &Path, digest: &str) -> io::Result<()> {
        let mut out = Writer::new(FORMAT, digest);
        out.u64(u64::from(self.entities));
        out.u64(u64::from(self.surrogates));
        out.strings(&self.strings);
        for column in self.name_columns() {
            out.column(column);
        }
        out.column(&self.flags);
        for map in &self.maps {
            out.map(map);
        }
        out.finish(path)
    }

    /// The index saved at `path` for `digest`, mapped; an error if there is
    /// none, or it is of another format or digest, or damaged.
    pub fn load(path: &Path, digest: &str) -> io::Result<Index> {
        let mut input = Reader::open(path, FORMAT, digest)?;
        let entities = u32::try_from(input.u64()?).map_err(|_| damaged())?;
        let surrogates = input.u64()? != 0;
        let strings = input.strings()?;
        let mut columns = Vec::new();
        for _ in 0..6 {
            columns.push(input.column::<u32>()?);
        }
        let flags = input.column::<u8>()?;
        let mut maps = Vec::new();
        for _ in MapId::ALL {
            maps.push(input.map(&strings)?);
        }
        if !input.done() {
            return Err(damaged());
        }
        let [entity, text, key, exact, ascii, surname]: [Column<u32>; 6] =
            columns.try_into().map_err(|_| damaged())?;
        let n = entity.len();
        let count = strings.len() as u32;
        if [&text, &key, &exact, &ascii, &surname]
            .iter()
            .any(|c| c.len() != n)
            || flags.len() != n
            || entity.iter().any(|&e| e >= entities)
            || [&text, &key, &exact, &ascii]
                .iter()
                .any(|c| c.iter().any(|&s| s >= count))
            || surname.iter().any(|&s| s != NONE && s >= count)
            || flags.iter().any(|&f| f > 7)
            || maps
                .iter()
                .any(|m| (0..m.len()).any(|e| m.entry(e).iter().any(|p| p as usize >= n)))
        {
            return Err(damaged());
        }
        Ok(Index {
            strings,
            entity,
            text,
            key,
            exact,
            ascii,
            surname,
            flags,
            maps,
            entities,
            surrogates,
        })
    }
}

fn damaged() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, "a damaged index file")
}

/// The blocks of key `id` (its skeleton and the skeleton's deletions), as a
/// range of `pool`: worked out once per key.
fn blocks(
    id: u32,
    interner: &mut Interner,
    pool: &mut Vec<u32>,
    done: &mut FxHashMap<u32, (u32, u32)>,
) -> (u32, u32) {
    if let Some(&range) = done.get(&id) {
        return range;
    }
    let start = pool.len() as u32;
    for block in deletions(&skeleton(interner.text(id))) {
        pool.push(interner.intern(&block));
    }
    let range = (start, pool.len() as u32);
    done.insert(id, range);
    range
}

/// A key map from `(key, position)` filings (positions increasing per key
/// in the order given), each position once per key.
fn map_of(strings: &Strings, filings: impl Iterator<Item = (u32, u32)>) -> KeyMap {
    let mut pairs: Vec<u64> = filings
        .map(|(k, p)| u64::from(k) << 32 | u64::from(p))
        .collect();
    crate::parallel::install(|| pairs.par_sort_unstable());
    pairs.dedup();
    KeyMap::from_sorted(strings, &pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(records: &[(&str, &[&str])]) -> (Vec<String>, Vec<SourceName>) {
        let mut types = Vec::new();
        let mut names = Vec::new();
        for (e, (kind, texts)) in records.iter().enumerate() {
            types.push(kind.to_string());
            for (i, t) in texts.iter().enumerate() {
                names.push(SourceName {
                    entity: e as u32,
                    text: t.to_string(),
                    kind: if i == 0 { Kind::Name } else { Kind::Alias },
                    weak: false,
                });
            }
        }
        (types, names)
    }

    fn entities_of(index: &Index, map: MapId, key: &str) -> Vec<u32> {
        index
            .get(map, key)
            .map(|p| {
                let mut found: Vec<u32> = p.iter().map(|p| index.entity_of(p)).collect();
                found.dedup();
                found
            })
            .unwrap_or_default()
    }

    #[test]
    fn keys_find_their_entities() {
        let (types, names) = source(&[
            ("PER", &["Almazbek Atambayev", "Алмазбек Атамбаев"]),
            ("LOC", &["Bishkek", "Frunze"]),
        ]);
        let index = Index::build(&types, names, true, false);
        assert_eq!(entities_of(&index, MapId::Match, "almazbek atambaev"), [0]);
        assert_eq!(entities_of(&index, MapId::Surname, "atambaev"), [0]);
        assert_eq!(entities_of(&index, MapId::Exact, "алмазбек атамбаев"), [0]);
        assert_eq!(entities_of(&index, MapId::Stems, "bishk"), [1]);
        assert_eq!(entities_of(&index, MapId::Blocks, "bšk"), [1]);
        assert_eq!(entities_of(&index, MapId::AsciiLast, "atambayev"), [0]);
        assert!(index.len() > 4, "spellings were generated");
        assert_eq!(index.name(0).surname, Some("atambaev"));
    }

    #[test]
    fn a_common_block_keeps_only_enough_to_say_so() {
        let records: Vec<String> = (0..400)
            .map(|i| {
                format!(
                    "Kalam{}{}",
                    (b'a' + (i % 26) as u8) as char,
                    (b'a' + (i / 26 % 26) as u8) as char
                )
            })
            .collect();
        let types = vec!["LOC".to_string(); records.len()];
        let names: Vec<SourceName> = records
            .iter()
            .enumerate()
            .map(|(e, t)| SourceName {
                entity: e as u32,
                text: t.clone(),
                kind: Kind::Name,
                weak: false,
            })
            .collect();
        let index = Index::build(&types, names, true, false);
        assert_eq!(
            index.get(MapId::Blocks, "klm").map(|p| p.len()),
            Some(BLOCK_LIMIT + 1)
        );
        assert_eq!(index.get(MapId::Stems, "kalam").map(|p| p.len()), Some(400));
    }

    #[test]
    fn deletions_of_a_key() {
        assert_eq!(deletions("abc"), ["ab", "abc", "ac", "bc"]);
        assert_eq!(deletions("ab"), ["ab"]);
        assert_eq!(deletions("žnb"), ["nb", "žb", "žn", "žnb"]);
    }
}
