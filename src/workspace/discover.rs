//! Finding the workspace root and the YAML files below it (DESIGN §1).

use std::fs;
use std::path::{Path, PathBuf};

/// Walks up from `start` to the first folder with a `skp.toml`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let start = fs::canonicalize(start).ok()?;
    let mut dir = if start.is_file() {
        start.parent()?.to_path_buf()
    } else {
        start
    };
    loop {
        if dir.join("skp.toml").is_file() {
            return Some(dir);
        }
        if !dir.pop() {
            return None;
        }
    }
}

/// Why a path was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IgnoreReason {
    /// A YAML file without `apiVersion: skp/…`.
    NotOurs,
    /// A folder with its own skp.toml.
    Nested,
    /// A symbolic link that leaves the workspace (or loops).
    SymlinkOutside,
    /// A FIFO, device or socket.
    Special,
    /// A symbolic link to a file that is read under its own name.
    SymlinkDuplicate,
}

/// A path found by the walk.
#[derive(Debug)]
pub enum Candidate {
    /// A regular YAML file (or an in-workspace symlink to one): to be read.
    File { path: PathBuf, rel: String },
    /// Not to be read; listed by `--list-files`.
    Skipped { rel: String, reason: IgnoreReason },
}

fn is_yaml(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

/// `/`-separated path of `path` relative to `root`.
pub fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Lists candidate YAML files: skipping `.git/`, `target/`, hidden folders, `bukti/` folders,
/// git-ignored paths and nested workspaces; never following symlinks out of the workspace;
/// never opening FIFOs or devices. Sorted by relative path, so runs are reproducible.
pub fn walk(root: &Path) -> Vec<Candidate> {
    let canonical_root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut out = Vec::new();
    let walker = ignore::WalkBuilder::new(root)
        .hidden(true)
        .git_ignore(true)
        .git_exclude(true)
        .git_global(false)
        .require_git(false)
        .ignore(false)
        .parents(true)
        .follow_links(false)
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            let is_dir = e.file_type().is_some_and(|t| t.is_dir());
            !(is_dir
                && e.depth() > 0
                && matches!(name.as_ref(), "target" | "bukti" | "node_modules"))
        })
        .build();
    for entry in walker.flatten() {
        let path = entry.path();
        let Some(ft) = entry.file_type() else {
            continue;
        };
        let rel = relative(root, path);
        if ft.is_dir() {
            if entry.depth() > 0 && path.join("skp.toml").is_file() {
                out.push(Candidate::Skipped {
                    rel,
                    reason: IgnoreReason::Nested,
                });
            }
            continue;
        }
        if !is_yaml(path) {
            continue;
        }
        if ft.is_symlink() {
            match fs::canonicalize(path) {
                Ok(target)
                    if target.starts_with(&canonical_root)
                        && fs::metadata(&target).is_ok_and(|m| m.is_file()) =>
                {
                    out.push(Candidate::File { path: target, rel });
                }
                _ => out.push(Candidate::Skipped {
                    rel,
                    reason: IgnoreReason::SymlinkOutside,
                }),
            }
            continue;
        }
        if !ft.is_file() {
            out.push(Candidate::Skipped {
                rel,
                reason: IgnoreReason::Special,
            });
            continue;
        }
        out.push(Candidate::File {
            path: path.to_path_buf(),
            rel,
        });
    }
    // Nested workspaces: drop every file below a folder that has its own skp.toml.
    let nested: Vec<String> = out
        .iter()
        .filter_map(|c| match c {
            Candidate::Skipped {
                rel,
                reason: IgnoreReason::Nested,
            } => Some(format!("{rel}/")),
            _ => None,
        })
        .collect();
    if !nested.is_empty() {
        out.retain(|c| match c {
            Candidate::File { rel, .. } => !nested.iter().any(|n| rel.starts_with(n.as_str())),
            Candidate::Skipped { rel, .. } => !nested.iter().any(|n| rel.starts_with(n.as_str())),
        });
    }
    // A link to a file that is also read directly would load the same documents twice.
    let direct: std::collections::HashSet<PathBuf> = out
        .iter()
        .filter_map(|c| match c {
            Candidate::File { path, rel } if root.join(rel) == *path => fs::canonicalize(path).ok(),
            _ => None,
        })
        .collect();
    for c in &mut out {
        if let Candidate::File { path, rel } = c
            && root.join(rel.as_str()) != *path
            && direct.contains(path)
        {
            *c = Candidate::Skipped {
                rel: rel.clone(),
                reason: IgnoreReason::SymlinkDuplicate,
            };
        }
    }
    out.sort_by(|a, b| rel_of(a).cmp(rel_of(b)));
    out
}

fn rel_of(c: &Candidate) -> &str {
    match c {
        Candidate::File { rel, .. } | Candidate::Skipped { rel, .. } => rel,
    }
}
