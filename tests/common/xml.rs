//! A minimal XML 1.0 well-formedness checker for the tests of XML output (JUnit): balanced
//! tags, quoted unique attributes, valid entities and characters.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct Elem {
    pub name: String,
    pub attrs: BTreeMap<String, String>,
    pub children: Vec<Elem>,
    pub text: String,
}

impl Elem {
    pub fn attr(&self, k: &str) -> &str {
        self.attrs
            .get(k)
            .map(String::as_str)
            .unwrap_or_else(|| panic!("<{}> has no {k}", self.name))
    }

    pub fn all<'a>(&'a self, name: &str) -> Vec<&'a Elem> {
        self.children.iter().filter(|c| c.name == name).collect()
    }
}

pub fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Decodes the entities of character data or an attribute value; panics on a bare `&`, `<`
/// or a character XML 1.0 cannot carry.
pub fn xml_text(raw: &str) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        assert!(
            xml_char(c),
            "U+{:04X} is not an XML 1.0 character in {raw:?}",
            c as u32
        );
        assert!(c != '<', "bare `<` in {raw:?}");
        if c == '&' {
            let end = rest
                .find(';')
                .unwrap_or_else(|| panic!("unterminated entity in {raw:?}"));
            let ent = &rest[1..end];
            let ch = match ent {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                _ if ent.starts_with("#x") => {
                    char::from_u32(u32::from_str_radix(&ent[2..], 16).expect("hex")).unwrap()
                }
                _ if ent.starts_with('#') => {
                    char::from_u32(ent[1..].parse().expect("dec")).unwrap()
                }
                _ => panic!("unknown entity &{ent}; in {raw:?}"),
            };
            assert!(xml_char(ch), "&{ent}; is not an XML character");
            out.push(ch);
            rest = &rest[end + 1..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':'))
        && !s.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.')
}

/// Parses `doc` (a declaration, then one element) into a tree, asserting well-formedness:
/// balanced tags, quoted unique attributes, valid entities and characters, nothing after the
/// root.
pub fn parse_xml(doc: &str) -> Elem {
    let mut s = doc;
    if let Some(rest) = s.strip_prefix("<?xml") {
        let end = rest.find("?>").expect("unterminated declaration");
        s = &rest[end + 2..];
    }
    let mut stack: Vec<Elem> = vec![Elem::default()]; // a document node
    loop {
        let lt = s.find('<').unwrap_or(s.len());
        let text = xml_text(&s[..lt]);
        if stack.len() == 1 {
            assert!(text.trim().is_empty(), "text outside the root: {text:?}");
        } else {
            stack.last_mut().unwrap().text.push_str(&text);
        }
        s = &s[lt..];
        if s.is_empty() {
            break;
        }
        let gt = s.find('>').expect("unterminated tag");
        let tag = &s[1..gt];
        s = &s[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let e = stack.pop().expect("a closing tag without an element");
            assert_eq!(e.name, name.trim_end(), "mismatched closing tag");
            stack.last_mut().expect("document").children.push(e);
            continue;
        }
        let (body, empty) = match tag.strip_suffix('/') {
            Some(b) => (b, true),
            None => (tag, false),
        };
        let name_end = body.find(char::is_whitespace).unwrap_or(body.len());
        let mut e = Elem {
            name: body[..name_end].to_string(),
            ..Elem::default()
        };
        assert!(is_name(&e.name), "bad element name {:?}", e.name);
        let mut rest = body[name_end..].trim_start();
        while !rest.is_empty() {
            let eq = rest
                .find('=')
                .unwrap_or_else(|| panic!("attribute without value: {rest}"));
            let key = rest[..eq].trim();
            assert!(is_name(key), "bad attribute name {key:?}");
            let after = rest[eq + 1..].trim_start();
            let q = after.chars().next().expect("attribute value");
            assert!(q == '"' || q == '\'', "unquoted attribute {key}");
            let close = after[1..]
                .find(q)
                .unwrap_or_else(|| panic!("unterminated attribute {key}"));
            let value = xml_text(&after[1..1 + close]);
            assert!(
                e.attrs.insert(key.to_string(), value).is_none(),
                "attribute {key} twice"
            );
            let next = &after[close + 2..];
            assert!(
                next.is_empty() || next.starts_with(char::is_whitespace),
                "attributes must be separated by whitespace: {next}"
            );
            rest = next.trim_start();
        }
        if empty {
            stack.last_mut().unwrap().children.push(e);
        } else {
            stack.push(e);
        }
    }
    assert_eq!(
        stack.len(),
        1,
        "unclosed element <{}>",
        stack.last().unwrap().name
    );
    let mut docnode = stack.pop().unwrap();
    assert_eq!(docnode.children.len(), 1, "exactly one root element");
    docnode.children.pop().unwrap()
}
