//! Every ending of every table in one structure: a trie of the endings
//! written backwards. Walking a word from its last letter visits, in one
//! pass, every ending that ends it, of every table of every language
//! (research note, section 4.1: the reversed-suffix table of Snowball's
//! `find_among_b`, merged over all languages).

/// A table's place in an [`EndingIndex`].
pub type TableId = u32;

/// One ending that ends a word: its table and the rule's place in that table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hit {
    pub table: TableId,
    pub rule: u32,
}

#[derive(Default)]
struct Node {
    /// (letter, child), sorted by letter.
    children: Vec<(char, u32)>,
    /// The rules whose ending is the path to this node, sorted.
    hits: Vec<Hit>,
}

/// The endings of many tables, by their letters read from the end.
#[derive(Default)]
pub struct EndingIndex {
    nodes: Vec<Node>,
    tables: u32,
}

impl EndingIndex {
    pub fn new() -> EndingIndex {
        EndingIndex {
            nodes: vec![Node::default()],
            tables: 0,
        }
    }

    /// Add a table of endings (rule `i` ends in `endings[i]`; an empty ending
    /// ends every word) and return its id.
    pub fn add<'a>(&mut self, endings: impl IntoIterator<Item = &'a str>) -> TableId {
        let table = self.tables;
        self.tables += 1;
        for (rule, ending) in endings.into_iter().enumerate() {
            let mut node = 0usize;
            for c in ending.chars().rev() {
                node = match self.nodes[node]
                    .children
                    .binary_search_by_key(&c, |&(k, _)| k)
                {
                    Ok(at) => self.nodes[node].children[at].1 as usize,
                    Err(at) => {
                        let child = self.nodes.len();
                        self.nodes.push(Node::default());
                        self.nodes[node].children.insert(at, (c, child as u32));
                        child
                    }
                };
            }
            self.nodes[node].hits.push(Hit {
                table,
                rule: rule as u32,
            });
            self.nodes[node].hits.sort_unstable();
        }
        table
    }

    fn child(&self, node: usize, c: char) -> Option<usize> {
        let children = &self.nodes[node].children;
        children
            .binary_search_by_key(&c, |&(k, _)| k)
            .ok()
            .map(|at| children[at].1 as usize)
    }

    /// Every rule of every table whose ending ends `word`, sorted by table
    /// and rule: one walk from the word's last letter.
    pub fn walk(&self, word: &str) -> Hits {
        let mut hits = Vec::new();
        let mut node = 0usize;
        hits.extend_from_slice(&self.nodes[0].hits);
        for c in word.chars().rev() {
            match self.child(node, c) {
                Some(next) => node = next,
                None => break,
            }
            hits.extend_from_slice(&self.nodes[node].hits);
        }
        hits.sort_unstable();
        Hits(hits)
    }

    /// The rules of one table whose ending ends `word`, in the table's order.
    pub fn ending(&self, word: &str, table: TableId) -> Vec<u32> {
        let mut rules = Vec::new();
        let mut node = 0usize;
        push_table(&self.nodes[0].hits, table, &mut rules);
        for c in word.chars().rev() {
            match self.child(node, c) {
                Some(next) => node = next,
                None => break,
            }
            push_table(&self.nodes[node].hits, table, &mut rules);
        }
        rules.sort_unstable();
        rules
    }

    /// The rules of one table whose ending is exactly `word`, in the table's order.
    pub fn exactly(&self, word: &str, table: TableId) -> Vec<u32> {
        let mut node = 0usize;
        for c in word.chars().rev() {
            match self.child(node, c) {
                Some(next) => node = next,
                None => return Vec::new(),
            }
        }
        let mut rules = Vec::new();
        push_table(&self.nodes[node].hits, table, &mut rules);
        rules
    }
}

fn push_table(hits: &[Hit], table: TableId, out: &mut Vec<u32>) {
    let start = hits.partition_point(|h| h.table < table);
    out.extend(
        hits[start..]
            .iter()
            .take_while(|h| h.table == table)
            .map(|h| h.rule),
    );
}

/// The endings that end one word, of every table (from [`EndingIndex::walk`]).
pub struct Hits(Vec<Hit>);

impl Hits {
    /// The rules of one table, in the table's order.
    pub fn of(&self, table: TableId) -> Vec<u32> {
        let start = self.0.partition_point(|h| h.table < table);
        self.0[start..]
            .iter()
            .take_while(|h| h.table == table)
            .map(|h| h.rule)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_walk_finds_the_endings_of_every_table() {
        let mut index = EndingIndex::new();
        let finnish = index.add(["n", "lle", "ille", ""]);
        let estonian = index.add(["le", "ile", "e"]);
        let hits = index.walk("putinille");
        assert_eq!(hits.of(finnish), vec![1, 2, 3]);
        assert_eq!(hits.of(estonian), vec![0, 2]);
        assert_eq!(index.ending("putinin", finnish), vec![0, 3]);
        assert_eq!(index.exactly("lle", finnish), vec![1]);
        assert!(index.exactly("le", finnish).is_empty());
    }
}
