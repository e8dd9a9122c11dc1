//! `skp approve`: the appraiser agrees the plan (*menyepakati target kinerja*). Appends the
//! hash of the plan's normalised content and its indicators as approved to
//! `<skp>.persetujuan.yaml`, a machine-owned file beside the SKP: where its list ends, only
//! when the file is one record of this SKP's approvals, under the record's lock so that two
//! approvals at once never lose one, and written atomically.

use crate::cli::ApproveArgs;
use crate::i18n::Msg;
use crate::model::approval::content_hash;
use crate::model::date::Date;
use crate::model::skp::Skp;
use crate::model::vocab::Vocab;
use crate::model::{Content, Doc};
use crate::workspace::Workspace;

use super::{EXIT_OK, Ui};

const HEADER: &str = "# Dikelola oleh skp (`skp approve`) — jangan disunting manual.\n";

/// One approval as the flow mapping of its list item.
fn line(skp: &Skp, hash: &str, by: &str, date: Date, note: Option<&str>) -> String {
    let q = crate::yaml::quote;
    let isi: Vec<String> = skp
        .hasil_kerja
        .iter()
        .flat_map(|r| r.indikator.iter().map(move |i| (r, i)))
        .map(|(r, i)| {
            // The unit, when written apart from the target, is part of what was agreed: A102
            // compares `3` `hari kerja` with a later `2` `minggu` by it.
            let satuan = i
                .satuan
                .as_ref()
                .filter(|s| !s.value.trim().is_empty())
                .map(|s| format!("satuan: {}, ", q(&s.value)))
                .unwrap_or_default();
            // Periodic targets are agreed too: A101 names the one that changed.
            // Written even when empty: periods added later are then named too.
            let periodik: Vec<String> = i
                .target_periodik
                .iter()
                .flat_map(|l| l.iter())
                .map(|(p, t)| format!("{}: {}", q(&p.value.to_string()), q(&t.value.text())))
                .collect();
            let periodik = format!(", target_periodik: {{ {} }}", periodik.join(", "));
            // How the periods add up to the year, when written: A102 names a change that
            // raises the year's result from the same quarters.
            let perhitungan = i
                .perhitungan
                .as_ref()
                .map(|p| format!(", perhitungan: {}", p.value.code()))
                .unwrap_or_default();
            format!(
                "{{ id: {}, rhk: {}, teks: {}, target: {}, {satuan}polaritas: {}{perhitungan}{periodik} }}",
                q(&i.id.value),
                q(&r.id.value),
                q(&i.teks.value),
                q(&i.target.value.text()),
                i.polaritas().code()
            )
        })
        .collect();
    let hasil_kerja: Vec<String> = skp
        .hasil_kerja
        .iter()
        .map(|r| format!("{{ id: {}, rhk: {} }}", q(&r.id.value), q(&r.rhk.value)))
        .collect();
    format!(
        "{{ sha256: {hash}, bentuk: {}, oleh: {}, tanggal: {}, {}hasil_kerja: [{}], isi: [{}], sha256_lain: {}, sidik_lain: {{ {} }} }}",
        crate::model::approval::Form::CURRENT_NUMBER,
        q(by),
        q(&date.to_string()),
        note.map(|n| format!("catatan: {}, ", q(n)))
            .unwrap_or_default(),
        hasil_kerja.join(", "),
        isi.join(", "),
        crate::model::approval::other_hash(skp),
        crate::model::approval::other_parts(skp)
            .iter()
            // Quoted: sixteen hex digits may all be digits, which YAML reads as a number.
            .map(|(part, hex)| format!("{part}: {}", q(hex)))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

pub fn run(ui: &Ui, a: ApproveArgs) -> Result<u8, u8> {
    let (root, cfg) = super::check::open_at(ui, a.workspace.as_deref())?;
    if let Some(note) = &a.note {
        super::refuse_personal_data(ui, &cfg.privacy.allow, "--note", note)?;
    }
    let tz = cfg.workspace.timezone;
    let ws = Workspace::load(root, cfg);
    let nip: String = a.nip.chars().filter(|c| !c.is_whitespace()).collect();
    let by: String = a.by.chars().filter(|c| !c.is_whitespace()).collect();
    if a.skp.is_none() {
        super::refuse_unreadable_skp(ui, &ws, &nip)?;
    }
    let mut skps: Vec<(&Doc, &Skp)> = ws
        .skps()
        .filter(|(_, s)| {
            s.nip() == Some(nip.as_str())
                && a.skp.as_ref().is_none_or(|id| s.resolved_id.value == *id)
        })
        .collect();
    skps.sort_by_key(|(_, s)| (s.tahun.value, s.period().0));
    let Some((doc, skp)) = skps.last().copied() else {
        return Err(ui.fatal(&Msg::RenderNoSkp { nip }, None));
    };
    let penilai = skp
        .pejabat_penilai
        .nip
        .as_ref()
        .map(|n| n.value.as_str().to_string())
        .unwrap_or_default();
    // A plan that names no appraiser has nobody to agree it with: "X is not the appraiser
    // ()" would leave the user guessing what to fix.
    if penilai.is_empty() || penilai == crate::model::nip::UNKNOWN {
        return Err(ui.fatal(
            &Msg::ApproveNoPenilai {
                file: ws.rel(doc.file).to_string(),
            },
            Some(&Msg::HelpApproveNoPenilai),
        ));
    }
    if penilai != by {
        return Err(ui.fatal(&Msg::ApproveNotPenilai { by, penilai }, None));
    }
    let date = match a.date.as_deref() {
        None => super::today::today(tz),
        Some(d) => Date::parse(d).ok_or_else(|| super::bad_date(ui, d))?,
    };
    let skp_file = ws.root.join(ws.rel(doc.file));
    let stem = skp_file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("skp")
        .to_string();
    let path = skp_file.with_file_name(format!("{stem}.persetujuan.yaml"));
    let rel = ws
        .rel(doc.file)
        .rsplit_once('/')
        .map_or(format!("{stem}.persetujuan.yaml"), |(d, _)| {
            format!("{d}/{stem}.persetujuan.yaml")
        });
    // A record skp cannot read whole is never rewritten.
    if ws.load_diags.iter().any(|d| ws.rel(d.file) == rel) {
        return Err(ui.fatal(&Msg::ApproveUnreadable { file: rel }, None));
    }
    // What is approved must be the plan as written: one the loader found errors in (a value it
    // could not read is left out of the model, and so of the approval) is fixed first.
    // Judged at the level `check` shows (the workspace's `[rules]`), not as loaded.
    let settings = crate::rules::Settings::new(&ws.config.rules, &[], &[]).ok();
    let rel_plan = ws.rel(doc.file);
    let plan_errors =
        ws.load_diags
            .iter()
            .filter(|d| d.file == doc.file)
            .filter(|d| match &settings {
                Some(s) => s.severity(d.code, rel_plan) == Some(crate::base::Severity::Error),
                None => crate::rules::find(d.code)
                    .is_some_and(|r| r.level == crate::rules::Level::Error),
            })
            .count();
    if plan_errors > 0 {
        let file = rel_plan.to_string();
        return Err(ui.fatal(
            &Msg::ApprovePlanErrors {
                file: file.clone(),
                n: plan_errors,
            },
            Some(&Msg::HelpSkpUnreadable { file }),
        ));
    }
    // The record names results and indicators by id: with one id twice, a later change would
    // be compared with the wrong one.
    let mut seen = std::collections::HashSet::new();
    let ids = skp
        .hasil_kerja
        .iter()
        .flat_map(|r| std::iter::once(&r.id.value).chain(r.indikator.iter().map(|i| &i.id.value)));
    if let Some(id) = ids.into_iter().find(|id| !seen.insert(id.as_str())) {
        return Err(ui.fatal(
            &Msg::ApproveDuplicateId {
                file: rel_plan.to_string(),
                id: id.clone(),
            },
            None,
        ));
    }
    super::warn_example_text(ui, skp);
    // The approval is recorded all the same; the terminal has the warning.
    let _ = super::warn_plan_errors(ui, &ws, skp, doc.file);
    // An approval is dated when it is given: not in the future, not before the last one.
    if date > super::today::today(tz) {
        return Err(ui.fatal(
            &Msg::ApproveFuture {
                tanggal: date.to_string(),
            },
            None,
        ));
    }
    let hash = content_hash(skp);
    let item = line(skp, &hash, &by, date, a.note.as_deref());
    let io = |e: std::io::Error| {
        ui.fatal(
            &Msg::OutputFailed {
                error: format!("{rel}: {}", crate::i18n::io_error(&e)),
            },
            None,
        )
    };
    // One approval at a time per record: read, judge and write under its lock, so that two
    // approvals given at once are both kept.
    let lock = crate::fsutil::lock_path(&ws.root, &path).map_err(io)?;
    let _lock = crate::fsutil::Lock::acquire(&ws.root, &lock).map_err(io)?;
    let before = match std::fs::read(&path) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io(e)),
    };
    // A record of this SKP kept under another name (the plan was renamed after an approval)
    // is the one to add to: a second record would judge nothing against the first.
    if before.is_none()
        && let Some(other) = ws.docs.iter().find(|d| {
            matches!(&d.content, Content::Persetujuan(p) if p.skp.value == skp.resolved_id.value)
        })
    {
        return Err(ui.fatal(
            &Msg::ApproveRecordElsewhere {
                file: rel,
                other: ws.rel(other.file).to_string(),
            },
            None,
        ));
    }
    let text = match &before {
        None => format!(
            "{HEADER}apiVersion: skp/v1\nkind: Persetujuan\nskp: {}\npersetujuan:\n  - {item}\n",
            crate::yaml::quote(&skp.resolved_id.value)
        ),
        Some(b) => {
            let Ok(old) = std::str::from_utf8(b) else {
                return Err(ui.fatal(&Msg::ApproveNotRecord { file: rel }, None));
            };
            let record = match Record::read(old, &skp.resolved_id.value) {
                Ok(r) => r,
                Err(RecordError::Unreadable) => {
                    return Err(ui.fatal(&Msg::ApproveNotRecord { file: rel }, None));
                }
                Err(RecordError::OtherSkp(named)) => {
                    return Err(ui.fatal(
                        &Msg::ApproveOtherSkp {
                            file: rel,
                            named,
                            skp: skp.resolved_id.value.clone(),
                        },
                        None,
                    ));
                }
            };
            // An approval is dated when it is given: not before the last one.
            if let Some(last) = record.last_date
                && date < last
            {
                return Err(ui.fatal(
                    &Msg::ApproveBeforeLast {
                        tanggal: date.to_string(),
                        last: last.to_string(),
                    },
                    None,
                ));
            }
            // Only an identical record is "already approved": a record made before the unit
            // counted is renewed, so that it sees a change of unit from now on.
            if record.last_sha.as_deref() == Some(hash.as_str()) {
                ui.err_text(&format!(
                    "{}\n",
                    Msg::ApproveSame {
                        skp: skp.resolved_id.value.clone()
                    }
                    .render(ui.lang)
                ));
                return Ok(EXIT_OK);
            }
            match record.appended(old, &item, &skp.resolved_id.value, &hash) {
                Some(text) => text,
                None => return Err(ui.fatal(&Msg::ApproveNotRecord { file: rel }, None)),
            }
        }
    };
    // The lock keeps skp's own writers apart; the compare-and-swap catches an editor that
    // saved the file meanwhile.
    let written = crate::fsutil::write_atomic_if(
        &ws.root,
        &path,
        text.as_bytes(),
        "approve",
        Some(before.as_deref()),
    )
    .map_err(io)?;
    if !written {
        return Err(ui.fatal(&Msg::ApproveChanged { file: rel }, None));
    }
    ui.err_text(&format!(
        "{}\n",
        Msg::ApproveDone {
            skp: skp.resolved_id.value.clone(),
            by,
            tanggal: date.to_string(),
            sha: hash.chars().take(12).collect(),
        }
        .render(ui.lang)
    ));
    // The plan's own `status` is the user's text, never rewritten; a reader of the file alone
    // would see it contradict the record just made.
    if let Some(status) = &skp.status
        && status.value != crate::model::vocab::StatusSkp::Disetujui
    {
        let at = ws.sources.locate(doc.file, status.span);
        ui.err_line(&Msg::ApproveStatusLeft {
            file: format!("{}:{}", ws.rel(doc.file), at.line),
            status: status.value.code().to_string(),
        });
    }
    Ok(EXIT_OK)
}

/// Why an existing record cannot take another approval.
#[derive(Debug, PartialEq)]
enum RecordError {
    /// Not exactly one `Persetujuan` document with a `persetujuan` list, read without error.
    Unreadable,
    /// A record of another SKP (the `skp` it names): copied from a colleague's folder.
    OtherSkp(String),
}

/// An existing `*.persetujuan.yaml`, read to append to it where its list ends.
#[derive(Debug)]
struct Record {
    /// How many approvals the list holds.
    items: usize,
    last_sha: Option<String>,
    last_date: Option<Date>,
    /// Byte offset of the insertion, and the text to insert around the new item.
    at: usize,
    before: String,
    after: String,
}

impl Record {
    fn read(text: &str, skp_id: &str) -> Result<Record, RecordError> {
        use crate::yaml::NodeKind;
        let parsed = crate::yaml::parse(text, crate::yaml::Budget::default());
        let [doc] = parsed.documents.as_slice() else {
            return Err(RecordError::Unreadable);
        };
        if !parsed.errors.is_empty() {
            return Err(RecordError::Unreadable);
        }
        let root = &doc.root;
        if root.get("kind").and_then(|k| k.as_str()) != Some("Persetujuan") {
            return Err(RecordError::Unreadable);
        }
        let named = root
            .get("skp")
            .and_then(|k| k.as_str())
            .unwrap_or("")
            .trim();
        if named.is_empty() {
            return Err(RecordError::Unreadable);
        }
        if named != skp_id {
            return Err(RecordError::OtherSkp(named.to_string()));
        }
        let NodeKind::Map(entries) = &root.kind else {
            return Err(RecordError::Unreadable);
        };
        let Some(entry) = entries
            .iter()
            .find(|e| e.key.as_str() == Some("persetujuan"))
        else {
            return Err(RecordError::Unreadable);
        };
        let list = &entry.value;
        let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
        let line_end = |at: usize| text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
        let (items, at, before, after) = match &list.kind {
            NodeKind::Seq(items) if text[list.span.lo as usize..].starts_with('[') => {
                // A flow list (`[]`, `[ {…} ]`): the item goes before its closing bracket.
                let close = text[..list.span.hi as usize]
                    .rfind(']')
                    .ok_or(RecordError::Unreadable)?;
                let sep = if items.is_empty() { "" } else { ", " };
                (items.as_slice(), close, sep.to_string(), String::new())
            }
            NodeKind::Seq(items) => {
                // A block list: a line after its last item, indented as its first.
                let first = items.first().ok_or(RecordError::Unreadable)?;
                let lo = first.span.lo as usize;
                let start = text[..lo].rfind('\n').map_or(0, |i| i + 1);
                let dash = text[start..lo].find('-').ok_or(RecordError::Unreadable)?;
                let last = items.last().ok_or(RecordError::Unreadable)?;
                // A block mapping's span may end on the next line already, or at the end of
                // the file: never inside a character.
                let hi = last.span.hi as usize;
                let at = if text[..hi].ends_with('\n') {
                    hi
                } else {
                    line_end(hi)
                };
                let lead = if text[..at].ends_with('\n') { "" } else { eol };
                (
                    items.as_slice(),
                    at,
                    format!("{lead}{}- ", " ".repeat(dash)),
                    eol.to_string(),
                )
            }
            // `persetujuan:` with nothing after it yet (read as a null of no width).
            NodeKind::Scalar { .. } if list.span.lo == list.span.hi => {
                let at = line_end(entry.key.span.lo as usize);
                let lead = if text[..at].ends_with('\n') { "" } else { eol };
                (&[][..], at, format!("{lead}  - "), eol.to_string())
            }
            _ => return Err(RecordError::Unreadable),
        };
        let last = items.last();
        Ok(Record {
            items: items.len(),
            last_sha: last
                .and_then(|l| l.get("sha256"))
                .and_then(|v| v.as_str())
                .map(|s| s.trim().to_string()),
            last_date: last
                .and_then(|l| l.get("tanggal"))
                .and_then(|v| v.as_str())
                .and_then(|d| Date::parse(d.trim())),
            at,
            before,
            after,
        })
    }

    /// `text` with `item` appended to its list.
    fn with(&self, text: &str, item: &str) -> String {
        format!(
            "{}{}{item}{}{}",
            &text[..self.at],
            self.before,
            self.after,
            &text[self.at..]
        )
    }

    /// `text` with the approval `item` (of content `sha`) appended, read back: `None` when the
    /// result is not this record with one approval more, the new one last (a layout the
    /// splice did not foresee, such as a trailing comma in a flow list). What skp writes is
    /// never a record it cannot read.
    fn appended(&self, text: &str, item: &str, skp_id: &str, sha: &str) -> Option<String> {
        let new = self.with(text, item);
        let back = Record::read(&new, skp_id).ok()?;
        (back.items == self.items + 1 && back.last_sha.as_deref() == Some(sha)).then_some(new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn appended(text: &str) -> String {
        Record::read(text, "S-2026")
            .unwrap_or_else(|e| panic!("{e:?}: {text:?}"))
            .appended(text, "{ sha256: b }", "S-2026", "b")
            .unwrap_or_else(|| panic!("not read back: {text:?}"))
    }

    #[test]
    fn an_item_goes_where_the_list_ends_whatever_follows() {
        let head = "apiVersion: skp/v1\nkind: Persetujuan\n";
        // Block mappings as items, then another key.
        let text = format!("{head}persetujuan:\n  - sha256: a\n    oleh: x\nskp: S-2026\n");
        assert_eq!(
            appended(&text),
            format!(
                "{head}persetujuan:\n  - sha256: a\n    oleh: x\n  - {{ sha256: b }}\nskp: S-2026\n"
            )
        );
        // Flow items at column 0, a comment after them.
        let text = format!("{head}skp: S-2026\npersetujuan:\n- {{ sha256: a }}\n# akhir\n");
        assert_eq!(
            appended(&text),
            format!(
                "{head}skp: S-2026\npersetujuan:\n- {{ sha256: a }}\n- {{ sha256: b }}\n# akhir\n"
            )
        );
        // A flow list over lines; an empty one; nothing yet; no line end at the end.
        let text = format!("{head}skp: S-2026\npersetujuan: [\n  {{ sha256: a }}\n]\n");
        assert_eq!(
            appended(&text),
            format!("{head}skp: S-2026\npersetujuan: [\n  {{ sha256: a }}\n, {{ sha256: b }}]\n")
        );
        let text = format!("{head}skp: S-2026\npersetujuan: []\n");
        assert_eq!(
            appended(&text),
            format!("{head}skp: S-2026\npersetujuan: [{{ sha256: b }}]\n")
        );
        let text = format!("{head}skp: S-2026\npersetujuan:\n");
        assert_eq!(
            appended(&text),
            format!("{head}skp: S-2026\npersetujuan:\n  - {{ sha256: b }}\n")
        );
        let text = format!("{head}skp: S-2026\npersetujuan:\n  - {{ sha256: a }}");
        assert_eq!(
            appended(&text),
            format!("{head}skp: S-2026\npersetujuan:\n  - {{ sha256: a }}\n  - {{ sha256: b }}\n")
        );
    }

    #[test]
    fn a_layout_the_splice_does_not_foresee_is_refused_never_written_broken() {
        let head = "apiVersion: skp/v1\nkind: Persetujuan\nskp: S-2026\n";
        // The last value ends in a character of several bytes, with no line end after it.
        let text = format!("{head}persetujuan:\n  - sha256: a\n    catatan: disetujui — café");
        assert_eq!(appended(&text), format!("{text}\n  - {{ sha256: b }}\n"));
        // A trailing comma in a flow list: the splice would write `, ,`; refused instead.
        for text in [
            format!("{head}persetujuan: [ {{ sha256: a }}, ]\n"),
            format!("{head}persetujuan: [\n  {{ sha256: a }},\n]\n"),
        ] {
            let r = Record::read(&text, "S-2026").expect("a record");
            let out = r.appended(&text, "{ sha256: b }", "S-2026", "b");
            if let Some(out) = out {
                // Written only when it reads back whole with the new approval last.
                let back = Record::read(&out, "S-2026").expect("reads back");
                assert_eq!(back.items, 2, "{out}");
            }
        }
    }

    #[test]
    fn only_one_record_of_this_skp_takes_an_item() {
        let ok = "kind: Persetujuan\nskp: S-2026\npersetujuan: []\n";
        assert!(Record::read(ok, "S-2026").is_ok());
        assert_eq!(
            Record::read(ok, "T-2026").err(),
            Some(RecordError::OtherSkp("S-2026".into()))
        );
        for bad in [
            "",
            "catatan\n",
            "kind: Realisasi\nskp: S-2026\npersetujuan: []\n",
            "kind: Persetujuan\nskp: S-2026\npersetujuan: []\n---\nx: 1\n",
            "kind: Persetujuan\nskp: S-2026\npersetujuan: ~\n",
            "kind: Persetujuan\nskp: S-2026\n",
            "kind: Persetujuan\nskp: S-2026\npersetujuan: [\n",
        ] {
            assert_eq!(
                Record::read(bad, "S-2026").err(),
                Some(RecordError::Unreadable),
                "{bad:?}"
            );
        }
    }
}
