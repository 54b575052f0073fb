//! Python's `unidecode` (the package): an ASCII reading of every character,
//! from its table as the package has it (`rust/data/unidecode.tsv`,
//! generated from the installed package by `scripts/build_core_data.py`).
//! ASCII is itself; a character with no entry (and every character above
//! U+EFFFF) becomes nothing, as under `unidecode(text)`'s default
//! `errors="ignore"`.

use std::sync::LazyLock;

/// Where each code point's reading lies in the table's text: start, length.
type Spans = Box<[(u32, u8); 256]>;

/// The readings, one string, and for each block of 256 code points that has
/// any, where each code point's reading lies in it.
struct Table {
    text: String,
    blocks: Vec<Option<Spans>>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut text = String::new();
    let mut blocks: Vec<Option<Spans>> = vec![None; 0xF00];
    for line in super::data_lines(include_str!("../../data/unidecode.tsv")) {
        let mut fields = line.split('\t');
        let block = fields.next().expect("unidecode.tsv: a block number");
        let block = usize::from_str_radix(block, 16).expect("unidecode.tsv: a hex block number");
        let mut spans: Spans = Box::new([(0, 0); 256]);
        let mut count = 0;
        for (span, field) in spans.iter_mut().zip(fields) {
            let start = text.len();
            let mut chars = field.chars();
            while let Some(c) = chars.next() {
                if c == '\\' {
                    text.push(match chars.next() {
                        Some('n') => '\n',
                        Some('t') => '\t',
                        Some('\\') => '\\',
                        other => panic!("unidecode.tsv: unknown escape {other:?}"),
                    });
                } else {
                    text.push(c);
                }
            }
            let len = u8::try_from(text.len() - start).expect("unidecode.tsv: a short reading");
            *span = (u32::try_from(start).expect("a small table"), len);
            count += 1;
        }
        assert_eq!(
            count, 256,
            "unidecode.tsv: block {block:03X} has {count} entries, not 256"
        );
        blocks[block] = Some(spans);
    }
    Table { text, blocks }
});

/// `unidecode(c)`: the ASCII reading of one character.
pub fn unidecode_char(c: char) -> &'static str {
    let cp = c as u32;
    if cp < 0x80 {
        unreachable!("ASCII is read as itself by the callers")
    }
    let table = &*TABLE;
    match table
        .blocks
        .get((cp >> 8) as usize)
        .and_then(Option::as_ref)
    {
        Some(spans) => {
            let (start, len) = spans[(cp & 0xFF) as usize];
            &table.text[start as usize..start as usize + len as usize]
        }
        None => "",
    }
}

/// `unidecode(text)`.
pub fn unidecode(text: &str) -> String {
    if text.is_ascii() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(unidecode_char(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_as_unidecode_does() {
        assert_eq!(unidecode("Žeenbekov"), "Zeenbekov");
        assert_eq!(unidecode("北亰"), "Bei Jing ");
        assert_eq!(unidecode("Жээнбеков"), "Zheenbekov");
        assert_eq!(unidecode("ხ"), "x");
        assert_eq!(unidecode("\u{F0000}\u{E000}"), "");
        assert_eq!(unidecode("a\u{0378}b"), "ab");
    }
}
