//! How the index is stored: flat columns of integers and one arena of
//! strings, either owned (built in this process) or memory-mapped from a
//! file written by an earlier one ([`Writer`], [`Reader`]), and hash maps
//! from a string to a list of positions laid out in such columns
//! ([`KeyMap`]). Nothing here is a pointer: a file is read back by mapping
//! it, checking it, and slicing it.
//!
//! The hash of a key ([`key_hash`]) is this crate's own, fixed function, so
//! that a map written by one process finds its keys in another.

use std::fs::File;
use std::io::{self, Write};
use std::marker::PhantomData;
use std::ops::Deref;
use std::path::Path;
use std::sync::Arc;

use memmap2::Mmap;

/// The fixed hash of a key: word-at-a-time multiply-rotate, then a 64-bit
/// finaliser (murmur3's), so that the high bits (the slot tags) and the low
/// ones (the slot numbers) are both well mixed.
#[inline]
pub fn key_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        h = (h.rotate_left(5) ^ word).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buffer = [0u8; 8];
        buffer[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buffer)).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Open addressing over `slots` (any length but 0; a slot is
/// `hash tag << 32 | (entry + 1)`, 0 when empty): from the slot of hash `h`
/// on, the first slot whose entry `is_key` accepts (`Ok(entry)`), else the
/// empty slot where the key would go (`Err(slot)`). The first slot is the
/// low half of the hash scaled to the length (a multiply, no modulo), so a
/// table need not be a power of two long: it is sized to its load.
#[inline]
fn probe(slots: &[u64], h: u64, mut is_key: impl FnMut(usize) -> bool) -> Result<usize, usize> {
    let tag = h >> 32;
    let mut i = (((h & 0xFFFF_FFFF) * slots.len() as u64) >> 32) as usize;
    loop {
        let slot = slots[i];
        if slot == 0 {
            return Err(i);
        }
        if slot >> 32 == tag {
            let entry = (slot as u32 - 1) as usize;
            if is_key(entry) {
                return Ok(entry);
            }
        }
        i += 1;
        if i == slots.len() {
            i = 0;
        }
    }
}

/// Slots for `entries` keys: at most 70 % of them used, so that a probe
/// for a missing key ends soon.
pub fn table_size(entries: usize) -> usize {
    (entries * 10 / 7).max(8)
}

/// The slot of an entry of hash `h`.
#[inline]
fn slot(h: u64, entry: usize) -> u64 {
    (h >> 32) << 32 | (entry as u64 + 1)
}

/// The element types a column holds (plain little-endian integers).
pub trait Pod: Copy + Default + Send + Sync + 'static {
    const SIZE: usize;
    fn put(self, out: &mut Vec<u8>);
}

impl Pod for u8 {
    const SIZE: usize = 1;
    fn put(self, out: &mut Vec<u8>) {
        out.push(self);
    }
}

impl Pod for u32 {
    const SIZE: usize = 4;
    fn put(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

impl Pod for u64 {
    const SIZE: usize = 8;
    fn put(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

/// A column of `T`: owned, or a slice of a mapped file.
pub enum Column<T: Pod> {
    Owned(Vec<T>),
    Mapped {
        map: Arc<Mmap>,
        offset: usize,
        len: usize,
        marker: PhantomData<T>,
    },
}

impl<T: Pod> Deref for Column<T> {
    type Target = [T];

    #[inline]
    fn deref(&self) -> &[T] {
        match self {
            Column::Owned(values) => values,
            Column::Mapped {
                map, offset, len, ..
            } => {
                // SAFETY: `Reader::column` checked that `offset..offset + len *
                // T::SIZE` lies in the map and that `offset` is aligned for
                // `T` (the map starts on a page boundary); `T` is a plain
                // integer, valid for any bytes, and the target is little-endian
                // (a file is never mapped on another). The file is written
                // whole and renamed into place, never changed in place.
                unsafe { std::slice::from_raw_parts(map.as_ptr().add(*offset).cast::<T>(), *len) }
            }
        }
    }
}

impl<T: Pod> Default for Column<T> {
    fn default() -> Self {
        Column::Owned(Vec::new())
    }
}

impl<T: Pod> From<Vec<T>> for Column<T> {
    fn from(values: Vec<T>) -> Self {
        Column::Owned(values)
    }
}

impl<T: Pod> Column<T> {
    /// Bytes this column holds (owned or mapped).
    pub fn bytes(&self) -> usize {
        self.len() * T::SIZE
    }
}

/// Strings in one arena: string `i` is `bytes[offsets[i]..offsets[i + 1]]`.
#[derive(Default)]
pub struct Strings {
    pub bytes: Column<u8>,
    pub offsets: Column<u32>,
}

impl Strings {
    /// The number of strings.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// String `id`.
    #[inline]
    pub fn get(&self, id: u32) -> &str {
        let id = id as usize;
        let (start, end) = (self.offsets[id] as usize, self.offsets[id + 1] as usize);
        // SAFETY: the arena is UTF-8 and every offset a character boundary:
        // checked when a file is read (`Reader::strings`), true by
        // construction when built (`Interner`).
        unsafe { std::str::from_utf8_unchecked(&self.bytes[start..end]) }
    }
}

/// A growing set of strings in one arena, each with its id.
pub struct Interner {
    bytes: Vec<u8>,
    offsets: Vec<u32>,
    /// Open addressing: `hash tag << 32 | (id + 1)`, 0 for an empty slot.
    slots: Vec<u64>,
}

impl Default for Interner {
    fn default() -> Self {
        Interner {
            bytes: Vec::new(),
            offsets: vec![0],
            slots: vec![0; 1 << 10],
        }
    }
}

impl Interner {
    fn get(&self, id: usize) -> &[u8] {
        &self.bytes[self.offsets[id] as usize..self.offsets[id + 1] as usize]
    }

    /// The number of strings.
    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    /// String `id`.
    pub fn text(&self, id: u32) -> &str {
        // SAFETY: only whole `&str`s are ever added, one after another.
        unsafe { std::str::from_utf8_unchecked(self.get(id as usize)) }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The id of `text`, added if it is new.
    pub fn intern(&mut self, text: &str) -> u32 {
        let h = key_hash(text.as_bytes());
        let i = match probe(&self.slots, h, |id| self.get(id) == text.as_bytes()) {
            Ok(id) => return id as u32,
            Err(empty) => empty,
        };
        let id = self.len();
        assert!(
            id < u32::MAX as usize - 1 && self.bytes.len() + text.len() < u32::MAX as usize,
            "an index of more than 4 GiB of strings"
        );
        self.bytes.extend_from_slice(text.as_bytes());
        self.offsets.push(self.bytes.len() as u32);
        self.slots[i] = slot(h, id);
        if self.len() * 10 > self.slots.len() * 7 {
            self.grow();
        }
        id as u32
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let mut slots = vec![0u64; size];
        for id in 0..self.len() {
            let h = key_hash(self.get(id));
            let Err(i) = probe(&slots, h, |_| false) else {
                unreachable!("a probe that accepts no entry ends at an empty slot")
            };
            slots[i] = slot(h, id);
        }
        self.slots = slots;
    }

    /// The strings, the lookup table dropped.
    pub fn finish(self) -> Strings {
        Strings {
            bytes: self.bytes.into(),
            offsets: self.offsets.into(),
        }
    }
}

/// A value of [`KeyMap`] with this bit set is a single position.
const SINGLE: u32 = 1 << 31;

/// The positions filed under one key: increasing.
#[derive(Clone, Copy, Debug)]
pub enum Positions<'a> {
    One(u32),
    Many(&'a [u32]),
}

impl<'a> Positions<'a> {
    pub fn len(&self) -> usize {
        match self {
            Positions::One(_) => 1,
            Positions::Many(found) => found.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn first(&self) -> u32 {
        match self {
            Positions::One(p) => *p,
            Positions::Many(found) => found[0],
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = u32> + 'a {
        let (one, many): (Option<u32>, &'a [u32]) = match *self {
            Positions::One(p) => (Some(p), &[]),
            Positions::Many(found) => (None, found),
        };
        one.into_iter().chain(many.iter().copied())
    }

    pub fn to_vec(&self) -> Vec<u32> {
        self.iter().collect()
    }
}

/// A hash map from a string (an id of the index's [`Strings`]) to the
/// increasing positions filed under it, in flat columns.
#[derive(Default)]
pub struct KeyMap {
    /// Open addressing ([`probe`]): `hash tag << 32 | (entry + 1)`, 0 empty.
    pub slots: Column<u64>,
    /// Each entry's key (a string id).
    pub keys: Column<u32>,
    /// Each entry's positions: `SINGLE | position`, or where in `pool` its
    /// count is, followed by the positions.
    pub values: Column<u32>,
    pub pool: Column<u32>,
}

impl KeyMap {
    /// A map from `(key, positions)` entries, each key once, positions increasing.
    pub fn build<'a>(strings: &Strings, entries: impl Iterator<Item = (u32, &'a [u32])>) -> KeyMap {
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let mut pool = Vec::new();
        for (key, positions) in entries {
            keys.push(key);
            if let [one] = positions {
                values.push(SINGLE | *one);
            } else {
                values.push(pool.len() as u32);
                pool.push(positions.len() as u32);
                pool.extend_from_slice(positions);
            }
        }
        KeyMap::from_columns(strings, keys, values, pool)
    }

    /// A map from filings `key << 32 | position`, sorted and each once: the
    /// columns are written straight from them (no list of runs between).
    pub fn from_sorted(strings: &Strings, filings: &[u64]) -> KeyMap {
        let (mut keys, mut values, mut pool) = (Vec::new(), Vec::new(), Vec::new());
        for run in filings.chunk_by(|a, b| a >> 32 == b >> 32) {
            keys.push((run[0] >> 32) as u32);
            if let [one] = run {
                values.push(SINGLE | *one as u32);
            } else {
                values.push(pool.len() as u32);
                pool.push(run.len() as u32);
                pool.extend(run.iter().map(|&f| f as u32));
            }
        }
        KeyMap::from_columns(strings, keys, values, pool)
    }

    /// A map from each key to the first positions filed under it, at most
    /// `cap`, where `keys_of(position, out)` puts the keys of each of `count`
    /// positions in `out`. Built by counting, in two passes over the
    /// positions, rather than by sorting every filing: the blocks file tens
    /// of millions, more than the map keeps, and they are never held at once.
    pub fn capped(
        strings: &Strings,
        count: usize,
        keys_of: impl Fn(usize, &mut Vec<u32>),
        cap: usize,
    ) -> KeyMap {
        let each_key = |position: usize, out: &mut Vec<u32>| {
            out.clear();
            keys_of(position, out);
            out.sort_unstable();
            out.dedup();
        };
        let mut found = Vec::new();
        // Per string: how many positions it files (at most `cap`), then its entry.
        let mut filed = vec![0u32; strings.len()];
        for p in 0..count {
            each_key(p, &mut found);
            for &key in &found {
                let n = &mut filed[key as usize];
                if (*n as usize) < cap {
                    *n += 1;
                }
            }
        }
        let (mut keys, mut values, mut sizes) = (Vec::new(), Vec::new(), Vec::new());
        let mut pool_length = 0;
        for (key, n) in filed.iter_mut().enumerate() {
            if *n == 0 {
                continue;
            }
            keys.push(key as u32);
            sizes.push(*n);
            if *n == 1 {
                values.push(SINGLE);
            } else {
                values.push(pool_length as u32);
                pool_length += 1 + *n as usize;
            }
            *n = (keys.len() - 1) as u32;
        }
        let mut pool = vec![0u32; pool_length];
        for p in 0..count {
            each_key(p, &mut found);
            for &key in &found {
                let entry = filed[key as usize] as usize;
                if sizes[entry] == 1 {
                    values[entry] = SINGLE | p as u32;
                } else {
                    let at = values[entry] as usize;
                    let so_far = pool[at];
                    if so_far < sizes[entry] {
                        pool[at + 1 + so_far as usize] = p as u32;
                        pool[at] = so_far + 1;
                    }
                }
            }
        }
        KeyMap::from_columns(strings, keys, values, pool)
    }

    /// A map of these columns (see the fields), its slots made.
    fn from_columns(strings: &Strings, keys: Vec<u32>, values: Vec<u32>, pool: Vec<u32>) -> KeyMap {
        let mut slots = vec![0u64; table_size(keys.len())];
        for (entry, &key) in keys.iter().enumerate() {
            let h = key_hash(strings.get(key).as_bytes());
            let Err(i) = probe(&slots, h, |_| false) else {
                unreachable!("a probe that accepts no entry ends at an empty slot")
            };
            slots[i] = slot(h, entry);
        }
        KeyMap {
            slots: slots.into(),
            keys: keys.into(),
            values: values.into(),
            pool: pool.into(),
        }
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The positions filed under `key`.
    #[inline]
    pub fn get<'a>(&'a self, strings: &Strings, key: &str) -> Option<Positions<'a>> {
        if self.keys.is_empty() {
            return None;
        }
        let h = key_hash(key.as_bytes());
        probe(&self.slots, h, |entry| strings.get(self.keys[entry]) == key)
            .ok()
            .map(|entry| self.entry(entry))
    }

    /// The positions of entry `entry`.
    #[inline]
    pub fn entry(&self, entry: usize) -> Positions<'_> {
        let value = self.values[entry];
        if value & SINGLE != 0 {
            Positions::One(value & !SINGLE)
        } else {
            let at = value as usize;
            let count = self.pool[at] as usize;
            Positions::Many(&self.pool[at + 1..at + 1 + count])
        }
    }

    /// Every position filed, counted.
    pub fn positions(&self) -> usize {
        (0..self.len()).map(|e| self.entry(e).len()).sum()
    }

    /// Bytes held.
    pub fn bytes(&self) -> usize {
        self.slots.bytes() + self.keys.bytes() + self.values.bytes() + self.pool.bytes()
    }

    fn write(&self, out: &mut Writer) {
        out.column(&self.slots);
        out.column(&self.keys);
        out.column(&self.values);
        out.column(&self.pool);
    }

    fn read(input: &mut Reader, strings: &Strings) -> io::Result<KeyMap> {
        let map = KeyMap {
            slots: input.column()?,
            keys: input.column()?,
            values: input.column()?,
            pool: input.column()?,
        };
        let bad = || io::Error::new(io::ErrorKind::InvalidData, "a damaged key map");
        if map.slots.len() < table_size(map.keys.len()) || map.keys.len() != map.values.len() {
            return Err(bad());
        }
        let (entries, strings_count) = (map.keys.len() as u64, strings.len() as u32);
        if map
            .slots
            .iter()
            .any(|&s| s != 0 && (s as u32 == 0 || u64::from(s as u32) > entries))
            || map.keys.iter().any(|&k| k >= strings_count)
        {
            return Err(bad());
        }
        for &value in map.values.iter() {
            if value & SINGLE == 0 {
                let at = value as usize;
                let count = *map.pool.get(at).ok_or_else(bad)? as usize;
                if at + 1 + count > map.pool.len() {
                    return Err(bad());
                }
            }
        }
        Ok(map)
    }
}

/// The file's first bytes.
const MAGIC: &[u8; 8] = b"NNINDEX\0";

/// Writes columns one after another, each 8-byte aligned:
/// `element size (u32), 0 (u32), length (u64), the elements, padding`.
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    /// A file of format `version`, for `digest`.
    pub fn new(version: u32, digest: &str) -> Writer {
        let mut bytes = Vec::new();
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&version.to_le_bytes());
        bytes.extend_from_slice(&(digest.len() as u32).to_le_bytes());
        bytes.extend_from_slice(digest.as_bytes());
        let mut out = Writer { bytes };
        out.pad();
        out
    }

    fn pad(&mut self) {
        while self.bytes.len() % 8 != 0 {
            self.bytes.push(0);
        }
    }

    pub fn u64(&mut self, value: u64) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    pub fn column<T: Pod>(&mut self, values: &[T]) {
        self.bytes
            .extend_from_slice(&(T::SIZE as u32).to_le_bytes());
        self.bytes.extend_from_slice(&0u32.to_le_bytes());
        self.u64(values.len() as u64);
        self.bytes.reserve(values.len() * T::SIZE);
        for &v in values {
            v.put(&mut self.bytes);
        }
        self.pad();
    }

    pub fn strings(&mut self, strings: &Strings) {
        self.column(&strings.bytes);
        self.column(&strings.offsets);
    }

    pub fn map(&mut self, map: &KeyMap) {
        map.write(self);
    }

    /// The bytes, a checksum of them appended, written to `path`.
    pub fn finish(mut self, path: &Path) -> io::Result<()> {
        let sum = checksum(&self.bytes);
        self.u64(sum);
        let mut file = File::create(path)?;
        file.write_all(&self.bytes)?;
        file.sync_all()
    }
}

/// A fast checksum of whole 8-byte words (the file is padded to them).
fn checksum(bytes: &[u8]) -> u64 {
    let mut sums = [0u64; 4];
    let mut chunks = bytes.chunks_exact(32);
    for chunk in &mut chunks {
        for (k, sum) in sums.iter_mut().enumerate() {
            let word = u64::from_le_bytes(chunk[k * 8..k * 8 + 8].try_into().unwrap_or([0; 8]));
            *sum = (sum.rotate_left(7) ^ word).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    let mut h = bytes.len() as u64;
    for word in chunks.remainder().chunks(8) {
        let mut buffer = [0u8; 8];
        buffer[..word.len()].copy_from_slice(word);
        h = (h.rotate_left(7) ^ u64::from_le_bytes(buffer)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    for sum in sums {
        h = (h ^ sum)
            .wrapping_mul(0xff51_afd7_ed55_8ccd)
            .rotate_left(29);
    }
    h
}

/// Reads what a [`Writer`] wrote, from a mapped file.
pub struct Reader {
    map: Arc<Mmap>,
    at: usize,
    end: usize,
}

fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_string())
}

impl Reader {
    /// The file at `path`, if it is of format `version` for `digest` and
    /// its checksum holds.
    pub fn open(path: &Path, version: u32, digest: &str) -> io::Result<Reader> {
        if cfg!(target_endian = "big") {
            return Err(invalid(
                "an index file is read on little-endian machines only",
            ));
        }
        let file = File::open(path)?;
        // SAFETY: the file is only ever replaced whole (written under another
        // name, then renamed), never changed in place, so the mapping stays
        // what was checked.
        let map = unsafe { Mmap::map(&file)? };
        let header = 8 + 4 + 4 + digest.len();
        if map.len() < header + 8 || map.len() % 8 != 0 || &map[..8] != MAGIC {
            return Err(invalid("not an index file"));
        }
        let word = |at: usize| u32::from_le_bytes(map[at..at + 4].try_into().unwrap_or([0; 4]));
        if word(8) != version
            || word(12) as usize != digest.len()
            || &map[16..header] != digest.as_bytes()
        {
            return Err(invalid("an index file of another format or gazetteer"));
        }
        let end = map.len() - 8;
        let stored = u64::from_le_bytes(map[end..].try_into().unwrap_or([0; 8]));
        if checksum(&map[..end]) != stored {
            return Err(invalid("a damaged index file"));
        }
        Ok(Reader {
            map: Arc::new(map),
            at: header.div_ceil(8) * 8,
            end,
        })
    }

    pub fn u64(&mut self) -> io::Result<u64> {
        if self.at + 8 > self.end {
            return Err(invalid("a truncated index file"));
        }
        let value = u64::from_le_bytes(self.map[self.at..self.at + 8].try_into().unwrap_or([0; 8]));
        self.at += 8;
        Ok(value)
    }

    pub fn column<T: Pod>(&mut self) -> io::Result<Column<T>> {
        let size = self.u64()?;
        if size != T::SIZE as u64 {
            return Err(invalid("a column of another type"));
        }
        let len = usize::try_from(self.u64()?).map_err(|_| invalid("a column too long"))?;
        let bytes = len
            .checked_mul(T::SIZE)
            .ok_or_else(|| invalid("a column too long"))?;
        let offset = self.at;
        if offset.checked_add(bytes).is_none_or(|stop| stop > self.end) {
            return Err(invalid("a truncated index file"));
        }
        self.at = (offset + bytes).div_ceil(8) * 8;
        Ok(Column::Mapped {
            map: Arc::clone(&self.map),
            offset,
            len,
            marker: PhantomData,
        })
    }

    pub fn strings(&mut self) -> io::Result<Strings> {
        let bytes: Column<u8> = self.column()?;
        let offsets: Column<u32> = self.column()?;
        let text = std::str::from_utf8(&bytes).map_err(|_| invalid("strings not UTF-8"))?;
        if offsets.first() != Some(&0)
            || offsets.last().copied() != Some(bytes.len() as u32)
            || offsets.windows(2).any(|w| w[0] > w[1])
            || offsets.iter().any(|&o| !text.is_char_boundary(o as usize))
        {
            return Err(invalid("damaged strings"));
        }
        Ok(Strings { bytes, offsets })
    }

    pub fn map(&mut self, strings: &Strings) -> io::Result<KeyMap> {
        KeyMap::read(self, strings)
    }

    /// Whether everything was read.
    pub fn done(&self) -> bool {
        self.at == self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interned_strings_are_stored_once() {
        let mut interner = Interner::default();
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        let ids: Vec<u32> = words.iter().map(|w| interner.intern(w)).collect();
        assert_eq!(
            words.iter().map(|w| interner.intern(w)).collect::<Vec<_>>(),
            ids
        );
        assert_eq!(interner.intern("žeenbekov"), 5000);
        let strings = interner.finish();
        assert_eq!(strings.get(ids[1234]), "w1234");
        assert_eq!(strings.get(5000), "žeenbekov");
    }

    #[test]
    fn maps_find_their_keys_and_no_other() {
        let mut interner = Interner::default();
        let keys: Vec<u32> = ["a", "bb", "ccc"]
            .iter()
            .map(|k| interner.intern(k))
            .collect();
        let strings = interner.finish();
        let positions: [&[u32]; 3] = [&[1], &[2, 5, 9], &[7]];
        let map = KeyMap::build(&strings, keys.iter().copied().zip(positions));
        assert_eq!(
            map.get(&strings, "bb").map(|p| p.to_vec()),
            Some(vec![2, 5, 9])
        );
        assert_eq!(map.get(&strings, "a").map(|p| p.to_vec()), Some(vec![1]));
        assert!(map.get(&strings, "d").is_none());
        assert_eq!(map.positions(), 5);
    }

    #[test]
    fn a_file_reads_back_and_a_damaged_one_does_not() {
        let dir = std::env::temp_dir().join(format!("nn-store-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("index");
        let mut interner = Interner::default();
        let keys: Vec<u32> = ["bishkek", "biškek"]
            .iter()
            .map(|k| interner.intern(k))
            .collect();
        let strings = interner.finish();
        let positions: [&[u32]; 2] = [&[0, 3], &[4]];
        let map = KeyMap::build(&strings, keys.iter().copied().zip(positions));
        let mut out = Writer::new(7, "abc");
        out.u64(42);
        out.strings(&strings);
        out.map(&map);
        out.finish(&path).unwrap();
        let mut input = Reader::open(&path, 7, "abc").unwrap();
        assert_eq!(input.u64().unwrap(), 42);
        let strings = input.strings().unwrap();
        let map = input.map(&strings).unwrap();
        assert!(input.done());
        assert_eq!(
            map.get(&strings, "biškek").map(|p| p.to_vec()),
            Some(vec![4])
        );
        assert!(Reader::open(&path, 8, "abc").is_err());
        assert!(Reader::open(&path, 7, "abd").is_err());
        let mut bytes = std::fs::read(&path).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 1;
        std::fs::write(&path, &bytes).unwrap();
        assert!(Reader::open(&path, 7, "abc").is_err());
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        assert!(Reader::open(&path, 7, "abc").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
