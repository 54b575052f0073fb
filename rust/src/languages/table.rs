//! The language tables: `src/namenorm/languages/tables/*.tsv`, one file per
//! language module, embedded at build time and read once.
//!
//! The format (also in `docs/inflection.md`, "The tables"):
//!
//! - `#` starts a comment line; blank lines are ignored;
//! - `[name]` starts a section, whose first line names its columns;
//! - every other line is one row (one rule), its cells separated by a tab;
//! - `∅` is the empty string (a zero ending, a condition that does not apply);
//! - list cells (`restore`, `before`, `forms`, `languages`, a parameter's
//!   `value` ...) separate their items by a space; in them and in letter-set
//!   cells (`after`, `not_after`, `vowel`, `follows`) `@name` stands for the
//!   value of the parameter `name` and `U+0301` for that character;
//! - a `languages` column says which of the file's languages a row is for
//!   (every one when the column is absent or the cell is `*`).
//!
//! A table that breaks these rules is a bug in the shipped data: reading it
//! panics with the file and line, and `cargo test` reads every table.

use rustc_hash::FxHashMap;

/// The empty string in a cell.
pub const EMPTY: &str = "∅";

/// Every table file, in registry order (the order of the Python modules they
/// replace: by file name). A new table file is added here.
pub const FILES: &[(&str, &str)] = &[
    (
        "bg",
        include_str!("../../../src/namenorm/languages/tables/bg.tsv"),
    ),
    (
        "cs",
        include_str!("../../../src/namenorm/languages/tables/cs.tsv"),
    ),
    (
        "et",
        include_str!("../../../src/namenorm/languages/tables/et.tsv"),
    ),
    (
        "fi",
        include_str!("../../../src/namenorm/languages/tables/fi.tsv"),
    ),
    (
        "germanic",
        include_str!("../../../src/namenorm/languages/tables/germanic.tsv"),
    ),
    (
        "hr",
        include_str!("../../../src/namenorm/languages/tables/hr.tsv"),
    ),
    (
        "hu",
        include_str!("../../../src/namenorm/languages/tables/hu.tsv"),
    ),
    (
        "hy",
        include_str!("../../../src/namenorm/languages/tables/hy.tsv"),
    ),
    (
        "ka",
        include_str!("../../../src/namenorm/languages/tables/ka.tsv"),
    ),
    (
        "lt",
        include_str!("../../../src/namenorm/languages/tables/lt.tsv"),
    ),
    (
        "lv",
        include_str!("../../../src/namenorm/languages/tables/lv.tsv"),
    ),
    (
        "mk",
        include_str!("../../../src/namenorm/languages/tables/mk.tsv"),
    ),
    (
        "pl",
        include_str!("../../../src/namenorm/languages/tables/pl.tsv"),
    ),
    (
        "ru",
        include_str!("../../../src/namenorm/languages/tables/ru.tsv"),
    ),
    (
        "sk",
        include_str!("../../../src/namenorm/languages/tables/sk.tsv"),
    ),
    (
        "sl",
        include_str!("../../../src/namenorm/languages/tables/sl.tsv"),
    ),
    (
        "tr",
        include_str!("../../../src/namenorm/languages/tables/tr.tsv"),
    ),
    (
        "turkic",
        include_str!("../../../src/namenorm/languages/tables/turkic.tsv"),
    ),
];

/// How a column's cells are read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The cell as written (`∅`: empty).
    Scalar,
    /// Space-separated items.
    List,
    /// Letters: the items joined.
    Letters,
}

fn kind(column: &str) -> Kind {
    match column {
        "languages" | "restore" | "before" | "forms" | "endings" | "value" => Kind::List,
        "after" | "not_after" | "vowel" | "follows" => Kind::Letters,
        _ => Kind::Scalar,
    }
}

/// One row: its cells, each as its items (one item for a scalar or letter cell).
#[derive(Clone, Debug)]
pub struct Row {
    /// Where it is: `fi.tsv:42`.
    pub place: String,
    cells: Vec<Vec<String>>,
    columns: std::sync::Arc<Vec<String>>,
}

impl Row {
    fn position(&self, column: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == column)
    }

    /// The cell's text (the items of a list joined by a space), or `None`
    /// without the column.
    pub fn get(&self, column: &str) -> Option<String> {
        self.position(column).map(|i| self.cells[i].join(" "))
    }

    /// A scalar or letter cell (`default` without the column).
    pub fn text(&self, column: &str, default: &str) -> String {
        match self.position(column) {
            Some(i) => self.cells[i].concat(),
            None => default.to_string(),
        }
    }

    /// A cell the row must have.
    pub fn required(&self, column: &str) -> String {
        match self.position(column) {
            Some(i) => self.cells[i].concat(),
            None => panic!("{}: no column {column:?}", self.place),
        }
    }

    /// A list cell (`default` without the column).
    pub fn list(&self, column: &str, default: &[&str]) -> Vec<String> {
        match self.position(column) {
            Some(i) => self.cells[i].clone(),
            None => default.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// A number (`default` without the column).
    pub fn number(&self, column: &str, default: f64) -> f64 {
        match self.position(column) {
            Some(i) => self.cells[i].concat().parse().unwrap_or_else(|_| {
                panic!(
                    "{}: {column} is not a number: {:?}",
                    self.place, self.cells[i]
                )
            }),
            None => default,
        }
    }

    /// A count (`default` without the column).
    pub fn count(&self, column: &str, default: usize) -> usize {
        match self.position(column) {
            Some(i) => self.cells[i].concat().parse().unwrap_or_else(|_| {
                panic!(
                    "{}: {column} is not a count: {:?}",
                    self.place, self.cells[i]
                )
            }),
            None => default,
        }
    }

    /// `yes` or `no` (`default` without the column).
    pub fn flag(&self, column: &str, default: bool) -> bool {
        match self.position(column).map(|i| self.cells[i].concat()) {
            Some(v) if v == "yes" => true,
            Some(v) if v == "no" => false,
            Some(v) => panic!("{}: {column} is neither yes nor no: {v:?}", self.place),
            None => default,
        }
    }

    /// Whether the row is for language `code`.
    pub fn is_for(&self, code: &str) -> bool {
        match self.position("languages") {
            None => true,
            Some(i) => self.cells[i].iter().any(|c| c == code || c == "*"),
        }
    }

    /// The cells as (column, items) pairs, for the Python side.
    pub fn items(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.columns
            .iter()
            .map(String::as_str)
            .zip(self.cells.iter().map(Vec::as_slice))
    }
}

/// A section: its name, its columns and its rows.
#[derive(Clone, Debug)]
pub struct Section {
    pub name: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

impl Section {
    /// The rows for language `code`, in the table's order.
    pub fn rows_for<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Row> + 'a {
        self.rows.iter().filter(move |r| r.is_for(code))
    }
}

/// One table file, read.
#[derive(Clone, Debug)]
pub struct TableFile {
    pub name: String,
    pub sections: Vec<Section>,
}

impl TableFile {
    /// Read a table file's text (`name` for messages: `fi`).
    pub fn parse(name: &str, text: &str) -> TableFile {
        // First pass: sections with their raw rows (the parameters are
        // needed to read the other sections' cells).
        struct Raw {
            name: String,
            columns: Vec<String>,
            rows: Vec<(usize, Vec<String>)>,
        }
        let mut raw: Vec<Raw> = Vec::new();
        for (number, line) in text.lines().enumerate() {
            let number = number + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(header) = line.strip_prefix('[') {
                let section = header
                    .strip_suffix(']')
                    .unwrap_or_else(|| panic!("{name}.tsv:{number}: a section header ends in ]"));
                raw.push(Raw {
                    name: section.to_string(),
                    columns: Vec::new(),
                    rows: Vec::new(),
                });
                continue;
            }
            let section = raw
                .last_mut()
                .unwrap_or_else(|| panic!("{name}.tsv:{number}: a row before any [section]"));
            let cells: Vec<String> = line.split('\t').map(str::to_string).collect();
            if section.columns.is_empty() {
                section.columns = cells;
                continue;
            }
            assert_eq!(
                cells.len(),
                section.columns.len(),
                "{name}.tsv:{number}: {} cells for {} columns ({:?})",
                cells.len(),
                section.columns.len(),
                section.columns
            );
            for cell in &cells {
                assert!(
                    !cell.is_empty(),
                    "{name}.tsv:{number}: an empty cell (write ∅ for nothing)"
                );
                assert_eq!(
                    cell.trim(),
                    cell,
                    "{name}.tsv:{number}: a cell with spaces around it: {cell:?}"
                );
            }
            section.rows.push((number, cells));
        }
        // The parameters' values, for @name: items with ∅ and U+ read.
        let mut parameters: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for section in raw.iter().filter(|s| s.name == "parameters") {
            let name_at = section.columns.iter().position(|c| c == "name");
            let value_at = section.columns.iter().position(|c| c == "value");
            let (Some(name_at), Some(value_at)) = (name_at, value_at) else {
                panic!("{name}.tsv: [parameters] has the columns name and value");
            };
            for (number, cells) in &section.rows {
                let items = cells[value_at]
                    .split(' ')
                    .map(|item| plain_item(item, name, *number))
                    .collect();
                if parameters.insert(cells[name_at].clone(), items).is_some() {
                    // several languages' values of one name: not for @name
                    parameters.insert(cells[name_at].clone(), Vec::new());
                }
            }
        }
        let mut sections = Vec::new();
        for section in raw {
            let columns = std::sync::Arc::new(section.columns);
            let kinds: Vec<Kind> = columns.iter().map(|c| kind(c)).collect();
            let rows = section
                .rows
                .into_iter()
                .map(|(number, cells)| Row {
                    place: format!("{name}.tsv:{number}"),
                    cells: cells
                        .iter()
                        .zip(&kinds)
                        .map(|(cell, kind)| read_cell(cell, *kind, &parameters, name, number))
                        .collect(),
                    columns: columns.clone(),
                })
                .collect();
            sections.push(Section {
                name: section.name,
                columns: (*columns).clone(),
                rows,
            });
        }
        TableFile {
            name: name.to_string(),
            sections,
        }
    }

    /// The section called `name`, if the file has one.
    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.name == name)
    }

    /// The rows of a section the file must have, for language `code`.
    pub fn rows<'a>(&'a self, name: &str, code: &'a str) -> Vec<&'a Row> {
        match self.section(name) {
            Some(section) => section.rows_for(code).collect(),
            None => panic!("{}.tsv: no [{name}] section", self.name),
        }
    }

    /// The rows of a section, or none without it.
    pub fn optional_rows<'a>(&'a self, name: &str, code: &'a str) -> Vec<&'a Row> {
        self.section(name)
            .map(|section| section.rows_for(code).collect())
            .unwrap_or_default()
    }

    /// The languages of the file: (code, name, engine).
    pub fn languages(&self) -> Vec<(String, String, String)> {
        self.rows("languages", "*")
            .into_iter()
            .map(|r| (r.required("code"), r.required("name"), r.required("engine")))
            .collect()
    }

    /// A parameter of language `code`, as its items (`None` if the file has none).
    pub fn parameter(&self, code: &str, name: &str) -> Option<Vec<String>> {
        let rows = self.optional_rows("parameters", code);
        let mut found = rows.into_iter().filter(|r| r.required("name") == name);
        let first = found.next()?;
        assert!(
            found.next().is_none(),
            "{}: parameter {name} twice for {code}",
            first.place
        );
        Some(first.list("value", &[]))
    }

    /// A parameter the language must have: its items joined (letters, a number, a word).
    pub fn text(&self, code: &str, name: &str) -> String {
        self.parameter(code, name)
            .unwrap_or_else(|| panic!("{}.tsv: no parameter {name} for {code}", self.name))
            .concat()
    }

    /// A numeric parameter the language must have.
    pub fn number(&self, code: &str, name: &str) -> f64 {
        let text = self.text(code, name);
        text.parse().unwrap_or_else(|_| {
            panic!(
                "{}.tsv: parameter {name} is not a number: {text:?}",
                self.name
            )
        })
    }

    /// A yes/no parameter (`default` without it).
    pub fn flag(&self, code: &str, name: &str, default: bool) -> bool {
        match self.parameter(code, name).map(|v| v.concat()) {
            None => default,
            Some(v) if v == "yes" => true,
            Some(v) if v == "no" => false,
            Some(v) => panic!(
                "{}.tsv: parameter {name} is neither yes nor no: {v:?}",
                self.name
            ),
        }
    }

    /// A list parameter the language must have.
    pub fn list(&self, code: &str, name: &str) -> Vec<String> {
        self.parameter(code, name)
            .unwrap_or_else(|| panic!("{}.tsv: no parameter {name} for {code}", self.name))
    }

    /// A range parameter (`U+0370 U+1FFF`): its first and last characters.
    pub fn range(&self, code: &str, name: &str) -> (char, char) {
        let items = self.list(code, name);
        let chars: Vec<char> = items.concat().chars().collect();
        assert_eq!(
            chars.len(),
            2,
            "{}.tsv: parameter {name} is two characters",
            self.name
        );
        (chars[0], chars[1])
    }
}

/// An item of a parameter's value: `∅` is empty, `U+XXXX` a character.
fn plain_item(item: &str, file: &str, line: usize) -> String {
    if item == EMPTY {
        return String::new();
    }
    if let Some(hex) = item.strip_prefix("U+") {
        let c = u32::from_str_radix(hex, 16)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or_else(|| panic!("{file}.tsv:{line}: not a code point: {item:?}"));
        return c.to_string();
    }
    item.to_string()
}

fn read_cell(
    cell: &str,
    kind: Kind,
    parameters: &FxHashMap<String, Vec<String>>,
    file: &str,
    line: usize,
) -> Vec<String> {
    if kind == Kind::Scalar {
        return vec![if cell == EMPTY {
            String::new()
        } else {
            cell.to_string()
        }];
    }
    let mut items = Vec::new();
    for item in cell.split(' ') {
        assert!(
            !item.is_empty(),
            "{file}.tsv:{line}: two spaces in a row: {cell:?}"
        );
        if let Some(name) = item.strip_prefix('@') {
            let value = parameters
                .get(name)
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| panic!("{file}.tsv:{line}: no parameter {name} to read {item}"));
            if kind == Kind::Letters {
                items.push(value.concat());
            } else {
                items.extend(value.iter().cloned());
            }
        } else {
            items.push(plain_item(item, file, line));
        }
    }
    if kind == Kind::Letters {
        vec![items.concat()]
    } else {
        items
    }
}

/// Every table file, read (in [`FILES`] order).
pub fn all() -> Vec<TableFile> {
    FILES
        .iter()
        .map(|(name, text)| TableFile::parse(name, text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = "# a comment\n\n[parameters]\nname\tvalue\tnote\nvowels\taeiou\tthe vowels\n\
        marks\tU+0301 ∅ x\tmarks\n\n[endings]\nlanguages\tending\trestore\tafter\texample\n\
        xx yy\tn\t∅ a\t@vowels y\tPutinin -> Putin\n*\t∅\t∅\t∅\t∅\n";

    #[test]
    fn cells_are_read_by_their_column() {
        let file = TableFile::parse("example", EXAMPLE);
        let rows = file.rows("endings", "xx");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].required("ending"), "n");
        assert_eq!(rows[0].list("restore", &[""]), vec!["", "a"]);
        assert_eq!(rows[0].text("after", ""), "aeiouy");
        assert_eq!(rows[0].text("not_after", ""), "");
        assert_eq!(rows[0].number("weight", 0.8), 0.8);
        assert_eq!(rows[1].required("ending"), "");
        assert_eq!(file.rows("endings", "zz").len(), 1);
        assert_eq!(file.list("xx", "marks"), vec!["\u{301}", "", "x"]);
        assert_eq!(rows[0].place, "example.tsv:10");
    }

    #[test]
    #[should_panic(expected = "example.tsv:3: 2 cells for 3 columns")]
    fn a_short_row_is_an_error() {
        TableFile::parse("example", "[s]\na\tb\tc\nx\ty\n");
    }

    #[test]
    fn every_table_reads() {
        for file in all() {
            assert!(!file.languages().is_empty(), "{}", file.name);
        }
    }
}
