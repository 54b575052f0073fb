//! The patterns of the hand-edited tables `translit/decode.tsv` and
//! `translit/forms.tsv`: a small backtracking matcher for the part of the
//! `regex` module's syntax they are written in, with its semantics (the
//! first alternative that matches wins, greedy repeats, lookarounds of any
//! length, `\b` and `\w` as `regex` reads them).
//!
//! Syntax: literal characters and escaped punctuation; `.`; classes
//! `[...]` and `[^...]` with ranges and `\w \s \d` inside; `\w \W \s \S \d
//! \D`; `\b \B ^ $ \A \Z`; groups `(?:...)` with `|`; lookarounds `(?=...)`,
//! `(?!...)`, `(?<=...)`, `(?<!...)`; repeats `? * + {n} {n,} {n,m}`.
//! Anything else (capturing groups, lazy repeats, flags, backreferences) is
//! an error, reported when the table is read: a table that uses it is a
//! bug the crate's tests find.

use super::unicode_sets::sets;

#[derive(Debug, Clone, Copy)]
enum Shorthand {
    Word,
    Space,
    Digit,
}

impl Shorthand {
    fn contains(self, c: char) -> bool {
        let sets = sets();
        match self {
            Shorthand::Word => sets.regex_word.contains(c),
            Shorthand::Space => sets.regex_space.contains(c),
            Shorthand::Digit => sets.decimal.contains(c),
        }
    }
}

#[derive(Debug)]
struct Class {
    negated: bool,
    ranges: Vec<(char, char)>,
    shorthands: Vec<(Shorthand, bool)>,
}

impl Class {
    fn contains(&self, c: char) -> bool {
        let found = self.ranges.iter().any(|&(a, b)| a <= c && c <= b)
            || self
                .shorthands
                .iter()
                .any(|&(s, negated)| s.contains(c) != negated);
        found != self.negated
    }
}

#[derive(Debug)]
enum Node {
    Char(char),
    Any,
    Class(Class),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: usize,
        max: Option<usize>,
    },
    Look {
        behind: bool,
        negated: bool,
        node: Box<Node>,
    },
    WordBoundary {
        negated: bool,
    },
    Start,
    End,
    EndOfText,
}

impl Node {
    /// The fewest and most characters the node can match (None: no bound).
    fn width(&self) -> (usize, Option<usize>) {
        match self {
            Node::Char(_) | Node::Any | Node::Class(_) => (1, Some(1)),
            Node::Seq(nodes) => nodes.iter().fold((0, Some(0)), |(lo, hi), n| {
                let (a, b) = n.width();
                (lo + a, hi.zip(b).map(|(x, y)| x + y))
            }),
            Node::Alt(nodes) => nodes
                .iter()
                .map(Node::width)
                .fold((usize::MAX, Some(0)), |(lo, hi), (a, b)| {
                    (lo.min(a), hi.zip(b).map(|(x, y)| x.max(y)))
                }),
            Node::Repeat { node, min, max } => {
                let (a, b) = node.width();
                (a * min, b.zip(*max).map(|(x, y)| x * y))
            }
            Node::Look { .. }
            | Node::WordBoundary { .. }
            | Node::Start
            | Node::End
            | Node::EndOfText => (0, Some(0)),
        }
    }
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Pattern {
    node: Node,
}

struct Parser<'a> {
    chars: Vec<char>,
    pos: usize,
    source: &'a str,
}

impl Parser<'_> {
    fn error<T>(&self, what: &str) -> Result<T, String> {
        Err(format!(
            "{what} at position {} of {:?}",
            self.pos, self.source
        ))
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn alternation(&mut self) -> Result<Node, String> {
        let mut branches = vec![self.sequence()?];
        while self.eat('|') {
            branches.push(self.sequence()?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Seq(Vec::new()))
        } else {
            Node::Alt(branches)
        })
    }

    fn sequence(&mut self) -> Result<Node, String> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            items.push(self.repeat(atom)?);
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Node::Seq(Vec::new()))
        } else {
            Node::Seq(items)
        })
    }

    fn number(&mut self) -> Option<usize> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        self.chars[start..self.pos]
            .iter()
            .collect::<String>()
            .parse()
            .ok()
    }

    fn repeat(&mut self, atom: Node) -> Result<Node, String> {
        let (min, max) = match self.peek() {
            Some('?') => (0, Some(1)),
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('{') => {
                let save = self.pos;
                self.pos += 1;
                let Some(min) = self.number() else {
                    self.pos = save;
                    return Ok(atom); // a literal "{", as in regex
                };
                let max = if self.eat(',') {
                    self.number()
                } else {
                    Some(min)
                };
                if !self.eat('}') {
                    return self.error("an unclosed repeat");
                }
                self.pos -= 1;
                (min, max)
            }
            _ => return Ok(atom),
        };
        self.pos += 1;
        if matches!(self.peek(), Some('?' | '+')) {
            return self.error("a lazy or possessive repeat");
        }
        if matches!(
            atom,
            Node::Look { .. }
                | Node::WordBoundary { .. }
                | Node::Start
                | Node::End
                | Node::EndOfText
        ) {
            return self.error("a repeat of nothing");
        }
        Ok(Node::Repeat {
            node: Box::new(atom),
            min,
            max,
        })
    }

    fn escape(&mut self) -> Result<Result<char, Node>, String> {
        let Some(c) = self.peek() else {
            return self.error("a lone backslash");
        };
        self.pos += 1;
        let class = |shorthand, negated| {
            Node::Class(Class {
                negated: false,
                ranges: Vec::new(),
                shorthands: vec![(shorthand, negated)],
            })
        };
        Ok(match c {
            'w' => Err(class(Shorthand::Word, false)),
            'W' => Err(class(Shorthand::Word, true)),
            's' => Err(class(Shorthand::Space, false)),
            'S' => Err(class(Shorthand::Space, true)),
            'd' => Err(class(Shorthand::Digit, false)),
            'D' => Err(class(Shorthand::Digit, true)),
            'b' => Err(Node::WordBoundary { negated: false }),
            'B' => Err(Node::WordBoundary { negated: true }),
            'A' => Err(Node::Start),
            'Z' => Err(Node::EndOfText),
            't' => Ok('\t'),
            'n' => Ok('\n'),
            'r' => Ok('\r'),
            'f' => Ok('\x0c'),
            'v' => Ok('\x0b'),
            c if !c.is_alphanumeric() && c != '_' => Ok(c),
            _ => return self.error("an escape this matcher does not know"),
        })
    }

    fn class(&mut self) -> Result<Node, String> {
        let negated = self.eat('^');
        let mut class = Class {
            negated,
            ranges: Vec::new(),
            shorthands: Vec::new(),
        };
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return self.error("an unclosed class");
            };
            self.pos += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let low = if c == '\\' {
                match self.escape()? {
                    Ok(c) => c,
                    Err(Node::Class(inner)) => {
                        class.shorthands.extend(inner.shorthands);
                        continue;
                    }
                    Err(_) => return self.error("an anchor in a class"),
                }
            } else if c == '[' {
                return self.error("a nested class");
            } else {
                c
            };
            if self.peek() == Some('-') && self.chars.get(self.pos + 1).is_some_and(|&c| c != ']') {
                self.pos += 1;
                let mut high = self.chars[self.pos];
                self.pos += 1;
                if high == '\\' {
                    high = match self.escape()? {
                        Ok(c) => c,
                        Err(_) => return self.error("a class shorthand ending a range"),
                    };
                }
                if high < low {
                    return self.error("a range out of order");
                }
                class.ranges.push((low, high));
            } else {
                class.ranges.push((low, low));
            }
        }
        Ok(Node::Class(class))
    }

    fn atom(&mut self) -> Result<Node, String> {
        let c = self.chars[self.pos];
        self.pos += 1;
        match c {
            '.' => Ok(Node::Any),
            '^' => Ok(Node::Start),
            '$' => Ok(Node::End),
            '[' => self.class(),
            '\\' => Ok(match self.escape()? {
                Ok(c) => Node::Char(c),
                Err(node) => node,
            }),
            '(' => {
                if !self.eat('?') {
                    return self.error("a capturing group (write (?:...))");
                }
                let (look, behind, negated) = if self.eat(':') {
                    (false, false, false)
                } else if self.eat('=') {
                    (true, false, false)
                } else if self.eat('!') {
                    (true, false, true)
                } else if self.eat('<') && matches!(self.peek(), Some('=' | '!')) {
                    let negated = self.eat('!');
                    if !negated {
                        self.pos += 1;
                    }
                    (true, true, negated)
                } else {
                    return self.error("a group this matcher does not know");
                };
                let inner = self.alternation()?;
                if !self.eat(')') {
                    return self.error("an unclosed group");
                }
                Ok(if look {
                    Node::Look {
                        behind,
                        negated,
                        node: Box::new(inner),
                    }
                } else {
                    inner
                })
            }
            ')' => self.error("an unopened group"),
            '*' | '+' | '?' => self.error("a repeat of nothing"),
            c => Ok(Node::Char(c)),
        }
    }
}

impl Pattern {
    /// Compile `source`; an error names what is not supported, or is malformed.
    pub fn new(source: &str) -> Result<Pattern, String> {
        let mut parser = Parser {
            chars: source.chars().collect(),
            pos: 0,
            source,
        };
        let node = parser.alternation()?;
        if parser.pos < parser.chars.len() {
            return parser.error("an unopened group");
        }
        if node.width().0 == 0 {
            return Err(format!("{source:?} can match the empty string"));
        }
        Ok(Pattern { node })
    }

    /// Where a match of the pattern at `pos` of `text` ends, if there is one.
    pub fn match_at(&self, text: &[char], pos: usize) -> Option<usize> {
        let mut end = None;
        matches(&self.node, text, pos, &mut |stop| {
            end = Some(stop);
            true
        });
        end
    }

    /// Whether the pattern matches anywhere in `text`.
    pub fn search(&self, text: &[char]) -> bool {
        (0..=text.len()).any(|pos| self.match_at(text, pos).is_some())
    }
}

fn is_word(text: &[char], pos: usize) -> bool {
    text.get(pos)
        .is_some_and(|&c| sets().regex_word.contains(c))
}

/// Whether `node` matches at `pos` with a continuation `then` that accepts
/// where it stops (backtracking: alternatives and repeats are tried in
/// `regex`'s order until `then` accepts).
fn matches(node: &Node, text: &[char], pos: usize, then: &mut dyn FnMut(usize) -> bool) -> bool {
    match node {
        Node::Char(c) => text.get(pos) == Some(c) && then(pos + 1),
        Node::Any => text.get(pos).is_some_and(|&c| c != '\n') && then(pos + 1),
        Node::Class(class) => text.get(pos).is_some_and(|&c| class.contains(c)) && then(pos + 1),
        Node::Seq(nodes) => sequence(nodes, text, pos, then),
        Node::Alt(nodes) => nodes.iter().any(|node| matches(node, text, pos, then)),
        Node::Repeat { node, min, max } => repeat(node, *min, *max, 0, text, pos, then),
        Node::Look {
            behind,
            negated,
            node,
        } => {
            let found = if *behind {
                let (lo, hi) = node.width();
                let nearest = pos.checked_sub(lo);
                let farthest = hi.map_or(0, |hi| pos.saturating_sub(hi));
                nearest.is_some_and(|nearest| {
                    (farthest..=nearest)
                        .rev()
                        .any(|start| matches(node, text, start, &mut |stop| stop == pos))
                })
            } else {
                matches(node, text, pos, &mut |_| true)
            };
            found != *negated && then(pos)
        }
        Node::WordBoundary { negated } => {
            let boundary = (pos > 0 && is_word(text, pos - 1)) != is_word(text, pos);
            boundary != *negated && then(pos)
        }
        Node::Start => pos == 0 && then(pos),
        Node::End => (pos == text.len() || pos + 1 == text.len() && text[pos] == '\n') && then(pos),
        Node::EndOfText => pos == text.len() && then(pos),
    }
}

fn sequence(
    nodes: &[Node],
    text: &[char],
    pos: usize,
    then: &mut dyn FnMut(usize) -> bool,
) -> bool {
    match nodes.split_first() {
        None => then(pos),
        Some((first, rest)) => matches(first, text, pos, &mut |stop| {
            sequence(rest, text, stop, then)
        }),
    }
}

fn repeat(
    node: &Node,
    min: usize,
    max: Option<usize>,
    count: usize,
    text: &[char],
    pos: usize,
    then: &mut dyn FnMut(usize) -> bool,
) -> bool {
    if max.is_none_or(|max| count < max)
        && matches(node, text, pos, &mut |stop| {
            stop != pos && repeat(node, min, max, count + 1, text, stop, then)
        })
    {
        return true;
    }
    count >= min && then(pos)
}

/// `pattern.sub(replace, text)` for an alternation of `rules` (in order): at
/// each position from the left, the first rule that matches there is
/// replaced by its replacement, and the search goes on after the match.
pub fn substitute<R: AsRef<str>>(text: &[char], rules: &[(Pattern, R)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    'scan: while pos < text.len() {
        for (pattern, replacement) in rules {
            if let Some(end) = pattern.match_at(text, pos) {
                out.push_str(replacement.as_ref());
                pos = end;
                continue 'scan;
            }
        }
        out.push(text[pos]);
        pos += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    fn sub(rules: &[(&str, &str)], text: &str) -> String {
        let compiled: Vec<(Pattern, &str)> = rules
            .iter()
            .map(|&(p, r)| (Pattern::new(p).unwrap(), r))
            .collect();
        substitute(&chars(text), &compiled)
    }

    #[test]
    fn substitutes_as_regex_does() {
        assert_eq!(
            sub(&[("dzs", "ž"), ("zs", "ž"), ("s", "š")], "dzsazsas"),
            "žažaš"
        );
        assert_eq!(
            sub(&[("(?<=[bcdfghklmnprstvwzł])ie", "e")], "miedwiediew ie"),
            "medwedew ie"
        );
        assert_eq!(
            sub(&[("ine\\b", "in")], "poutine poutines"),
            "poutin poutines"
        );
        assert_eq!(
            sub(&[("(?<![dz])j", "ž")], "jeenbekov dj zj"),
            "žeenbekov dj zj"
        );
        assert_eq!(
            sub(
                &[("(?<=[a-zėšžčų]{3})(?:as|is|us)\\b", "")],
                "putinas sergejus as"
            ),
            "putin sergej as"
        );
        assert_eq!(
            sub(&[("sci(?=[aou])", "šč"), ("c(?=[ei])", "č")], "krusciov ce"),
            "kruščov če"
        );
        assert_eq!(
            sub(&[("(?<=[сц]к)и\\b", "ий")], "цкі скиx ски"),
            "цкі скиx ский"
        );
    }

    #[test]
    fn rejects_what_it_does_not_know() {
        assert!(Pattern::new("(a)").is_err());
        assert!(Pattern::new("a+?").is_err());
        assert!(Pattern::new("a?").is_err());
        assert!(Pattern::new("\\1").is_err());
        assert!(Pattern::new("(?i)a").is_err());
        assert!(Pattern::new("[a").is_err());
        assert!(Pattern::new("a)").is_err());
    }

    #[test]
    fn repeats_backtrack() {
        let p = Pattern::new("a{2,3}b|a+").unwrap();
        assert_eq!(p.match_at(&chars("aaab"), 0), Some(4));
        assert_eq!(p.match_at(&chars("aaaa"), 0), Some(4));
        assert!(Pattern::new("x$").unwrap().search(&chars("ax\n")));
        assert!(!Pattern::new("x\\Z").unwrap().search(&chars("ax\n")));
    }
}
