//! Reading and converting every candidate file, in parallel.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::discover::{Candidate, IgnoreReason, declares_ours};
use super::{Config, SourceFile, SourceMap, Workspace};
use crate::base::codes;
use crate::diag::{Diagnostic, FileId, Span};
use crate::i18n::Msg;
use crate::model::Doc;
use crate::model::convert::{Cx, Header, convert_document, header};
use crate::yaml::{Budget, Comments, ParseErrorKind, parse_with};

/// Files larger than this are not read at all (a budget breach, F009).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListingStatus {
    Read,
    Ignored(IgnoreReason),
}

/// One line of `--list-files`.
#[derive(Debug, Clone)]
pub struct Listing {
    pub rel: String,
    pub status: ListingStatus,
}

pub struct Loaded {
    pub source: SourceFile,
    pub docs: Vec<Doc>,
    pub diags: Vec<Diagnostic>,
    pub status: ListingStatus,
}

/// Whether the text of each file is kept after it is parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    /// For commands that show findings: excerpts, suppressions, personal-data scans.
    Keep,
    /// For commands that show only the model (`tree`, `evidence verify`): each file's text is
    /// freed as soon as it is parsed, so an agency's YAML is never held whole, and its comments
    /// are not collected.
    Drop,
}

pub fn load(root: PathBuf, config: Config, candidates: Vec<Candidate>, text: Text) -> Workspace {
    let loaded: Vec<Loaded> = candidates
        .into_par_iter()
        .enumerate()
        .map(|(i, c)| {
            let id = FileId(i as u32);
            let mut l = match c {
                Candidate::File { path, rel } => load_file(id, &path, rel, text),
                Candidate::Skipped { rel, reason } => skipped(id, rel, reason),
            };
            if text == Text::Drop {
                l.source = SourceFile::new(l.source.rel, String::new(), Vec::new());
            }
            l
        })
        .collect();
    let mut ws = Workspace {
        root,
        config,
        sources: SourceMap::default(),
        docs: Vec::new(),
        load_diags: Vec::new(),
        listing: Vec::new(),
        files_read: 0,
        bukti_dirs: Vec::new(),
    };
    for l in loaded {
        if l.status == ListingStatus::Read {
            ws.files_read += 1;
        }
        ws.listing.push(Listing {
            rel: l.source.rel.clone(),
            status: l.status,
        });
        ws.sources.add(l.source);
        ws.docs.extend(l.docs);
        ws.load_diags.extend(l.diags);
    }
    ws
}

fn skipped(id: FileId, rel: String, reason: IgnoreReason) -> Loaded {
    let mut diags = Vec::new();
    if reason == IgnoreReason::Special {
        diags.push(
            Diagnostic::new(codes::UNREADABLE, id, Span::FILE_START, Msg::NotRegularFile)
                .arg("alasan", "special_file"),
        );
    }
    if reason == IgnoreReason::Unlisted {
        diags.push(
            Diagnostic::new(
                codes::UNREADABLE,
                id,
                Span::FILE_START,
                Msg::FolderUnlisted {
                    folder: rel.clone(),
                },
            )
            .arg("alasan", "folder")
            .help(Msg::HelpFolderUnlisted),
        );
    }
    if reason == IgnoreReason::IgnoreFileUnreadable {
        diags.push(
            Diagnostic::new(
                codes::UNREADABLE,
                id,
                Span::FILE_START,
                Msg::IgnoreFileUnreadable { file: rel.clone() },
            )
            .arg("alasan", "ignore_file")
            .help(Msg::HelpIgnoreFileUnreadable { file: rel.clone() }),
        );
    }
    Loaded {
        source: SourceFile::new(rel, String::new(), Vec::new()),
        docs: Vec::new(),
        diags,
        status: ListingStatus::Ignored(reason),
    }
}

/// A file that could not be read as text. `text`: what could be read of it (lossily decoded),
/// so that what it declares (`kind: Realisasi`) is still known to a command that needs that
/// kind and must not go on as if the file were absent.
fn unreadable(
    id: FileId,
    rel: String,
    text: String,
    msg: Msg,
    help: Option<Msg>,
    reason: &str,
) -> Loaded {
    let mut d = Diagnostic::new(codes::UNREADABLE, id, Span::FILE_START, msg).arg("alasan", reason);
    d.help = help;
    Loaded {
        source: SourceFile::new(rel, text, Vec::new()),
        docs: Vec::new(),
        diags: vec![d],
        status: ListingStatus::Read,
    }
}

fn might_be_ours(text: &str) -> bool {
    ["apiVersion", "kind", "hasil_kerja", "pegawai", "bukti"]
        .iter()
        .any(|k| text.contains(k))
}

/// Reads a file of at most [`MAX_FILE_BYTES`]: `Ok(Err(size))` for a larger one. Every reader
/// of plan files and ledgers uses it, so no file can make skp read gigabytes into memory.
pub fn read_limited(path: &Path) -> std::io::Result<Result<Vec<u8>, u64>> {
    crate::fsutil::read_at_most(path, MAX_FILE_BYTES)
}

fn budget(msg: Msg) -> (&'static str, Msg, Msg) {
    (codes::BUDGET, msg, Msg::HelpBudget)
}

fn load_file(id: FileId, path: &Path, rel: String, keep: Text) -> Loaded {
    let bytes = match read_limited(path) {
        Ok(Ok(b)) => b,
        Ok(Err(_)) => {
            let d = Diagnostic::new(
                codes::BUDGET,
                id,
                Span::FILE_START,
                Msg::BudgetSize {
                    limit_mb: MAX_FILE_BYTES / (1024 * 1024),
                },
            )
            .arg("batas", "bytes")
            .help(Msg::HelpBudget);
            return Loaded {
                source: SourceFile::new(rel, String::new(), Vec::new()),
                docs: Vec::new(),
                diags: vec![d],
                status: ListingStatus::Read,
            };
        }
        Err(e) => {
            return unreadable(
                id,
                rel,
                String::new(),
                Msg::Unreadable {
                    error: crate::i18n::io_error(&e),
                },
                None,
                "io",
            );
        }
    };
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            return unreadable(
                id,
                rel,
                lossy,
                Msg::NotUtf8 { line },
                Some(Msg::HelpNotUtf8),
                "encoding",
            );
        }
    };
    let comments = match keep {
        Text::Keep => Comments::Keep,
        // Nothing could use them: the text they belong to is freed once the file is loaded.
        Text::Drop => Comments::Skip,
    };
    parse_text(id, rel, text, comments)
}

/// Parses and converts one file's text: the second half of loading, shared with `import`, which
/// checks the YAML it generates before writing it.
pub fn load_text(id: FileId, rel: String, text: String) -> Loaded {
    parse_text(id, rel, text, Comments::Keep)
}

fn parse_text(id: FileId, rel: String, text: String, comments: Comments) -> Loaded {
    if !might_be_ours(&text) {
        return not_ours(rel, Vec::new());
    }
    let parsed = parse_with(&text, Budget::default(), comments);
    let mut diags = Vec::new();
    let mut cx = Cx {
        file: id,
        diags: &mut diags,
        plan_year: None,
    };
    let ours_by_text = declares_ours(&text);
    for e in &parsed.errors {
        if !e.kind.is_budget() && !ours_by_text {
            continue;
        }
        let (code, msg, help) = match &e.kind {
            ParseErrorKind::Syntax(detail) => (
                codes::YAML_SYNTAX,
                Msg::YamlSyntax {
                    detail: detail.clone(),
                },
                match detail {
                    crate::base::SyntaxProblem::Tag(_) => Msg::HelpYamlTag,
                    _ => Msg::HelpYamlSyntax,
                },
            ),
            ParseErrorKind::Tab => (codes::YAML_SYNTAX, Msg::YamlTab, Msg::HelpTab),
            ParseErrorKind::Depth(limit) => budget(Msg::BudgetDepth { limit: *limit }),
            ParseErrorKind::Nodes(limit) => budget(Msg::BudgetNodes { limit: *limit }),
            ParseErrorKind::Aliases(limit) => budget(Msg::BudgetAliases { limit: *limit }),
            ParseErrorKind::Documents(limit) => budget(Msg::BudgetDocuments { limit: *limit }),
        };
        let budget = match &e.kind {
            ParseErrorKind::Depth(_) => Some("depth"),
            ParseErrorKind::Nodes(_) => Some("nodes"),
            ParseErrorKind::Aliases(_) => Some("aliases"),
            ParseErrorKind::Documents(_) => Some("documents"),
            _ => None,
        };
        let d = cx.diag(code, e.span, msg);
        d.help = Some(help);
        if let Some(b) = budget {
            d.args.insert("batas", b.into());
        }
    }
    let mut docs = Vec::new();
    let mut ours = ours_by_text && !parsed.errors.is_empty();
    // The file is told by its first document with content (a leading `---` and a comment make
    // an empty one), or by any later one that declares itself ours: a note put on top of a
    // plan must not drop the plan from every check.
    let first = parsed.documents.iter().position(|d| !d.root.is_null());
    let declared_later = parsed
        .documents
        .iter()
        .skip(first.map_or(0, |f| f + 1))
        .any(|d| {
            d.root
                .get("apiVersion")
                .and_then(|v| v.as_str())
                .is_some_and(|v| v.trim().starts_with("skp/"))
        });
    for (i, document) in parsed.documents.iter().enumerate() {
        match header(&mut cx, &document.root) {
            Header::Ours(kind) => {
                ours = true;
                let before = cx.diags.len();
                let doc = convert_document(&mut cx, kind, &document.root);
                if let Some(doc) = doc {
                    if let Some(id) = doc.id() {
                        let subject = id.value.clone();
                        for d in &mut cx.diags[before..] {
                            if d.subject.is_none() {
                                d.subject = Some(subject.clone());
                                d.subject_id = Some(subject.clone());
                            }
                        }
                    }
                    docs.push(doc);
                }
            }
            Header::Unsupported => ours = true,
            Header::Foreign { looks_like_ours } => {
                if looks_like_ours {
                    cx.diag(
                        codes::NOT_DECLARED,
                        crate::model::convert::first_line(document.root.span),
                        Msg::LooksLikeOurs,
                    )
                    .help = Some(Msg::HelpLooksLikeOurs);
                } else if first == Some(i) && !ours && !declared_later {
                    // A foreign file (a CI config, a data file): not ours, not reported.
                    return not_ours(rel, Vec::new());
                }
            }
        }
    }
    let status = if ours {
        ListingStatus::Read
    } else {
        ListingStatus::Ignored(IgnoreReason::NotOurs)
    };
    if !ours && diags.is_empty() {
        return not_ours(rel, Vec::new());
    }
    Loaded {
        source: SourceFile::new(rel, text, parsed.comments),
        docs,
        diags,
        status,
    }
}

fn not_ours(rel: String, diags: Vec<Diagnostic>) -> Loaded {
    Loaded {
        source: SourceFile::new(rel, String::new(), Vec::new()),
        docs: Vec::new(),
        diags,
        status: ListingStatus::Ignored(IgnoreReason::NotOurs),
    }
}
