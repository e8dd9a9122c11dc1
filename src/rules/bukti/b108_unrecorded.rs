use std::collections::HashMap;

use crate::diag::{Diagnostic, Span};
use crate::i18n::Msg;
use crate::model::period::Period;
use crate::model::{Content, Doc};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas di folder `bukti/` di samping sebuah SKP atau buku catatannya yang tidak tercatat
    /// di buku catatan mana pun (juga bila SKP itu belum punya buku catatan: temuannya ditunjuk
    /// pada berkas SKP) (`.DS_Store`, `Thumbs.db`, `desktop.ini`, `~$*`, berkas tersembunyi dan
    /// berkas yang diabaikan git lewat `.gitignore` diabaikan). Subfolder `bukti/` yang tidak
    /// dapat dibuka juga dilaporkan (argumen `alasan: folder`): berkas di dalamnya tidak dapat
    /// diperiksa.
    ///
    /// ## Mengapa
    /// Berkas yang disalin manual ke `bukti/` tanpa `skp evidence add` tidak memiliki hash, tidak
    /// tertaut ke hasil mana pun, dan tidak dihitung dalam cakupan.
    ///
    /// ## Contoh
    /// `pegawai/…/bukti/2026-TW2/foto-rapat.jpg` yang diunggah lewat antarmuka web git.
    ///
    /// ## Pengaturan
    /// Catat dengan `skp evidence add BERKAS --skp ID-SKP --for ID_IKI --period PERIODE --date
    /// TANGGAL` (berkas di dalam ruang kerja dicatat di tempat), atau hapus berkasnya.
    code: "B108",
    name: "evidence-unrecorded",
    level: Warning,
    summary: ("Berkas di folder bukti yang tidak tercatat", "File in a bukti folder that no ledger records"),
    needs: [Evidence],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let tahun: HashMap<&str, i32> = ws
        .skps()
        .map(|(_, s)| (s.resolved_id.value.as_str(), s.tahun.value))
        .collect();
    // The ledgers and SKPs of each folder, by folder: each file finds its owner in one lookup.
    // An SKP with no ledger yet owns the files copied by hand beside it all the same.
    let mut by_dir: HashMap<&str, Vec<&Doc>> = HashMap::new();
    for d in &ws.docs {
        if matches!(d.content, Content::BuktiDukung(_) | Content::Skp(_)) {
            let rel = ws.rel(d.file);
            by_dir
                .entry(rel.rsplit_once('/').map_or("", |(d, _)| d))
                .or_default()
                .push(d);
        }
    }
    let evidence = cx.facts.evidence();
    for file in &evidence.unrecorded {
        let Some((doc, skp, periode)) = owner_of(&by_dir, &tahun, file) else {
            continue;
        };
        // The help's command names what the file's place says: the SKP of the ledger beside
        // it and the period of its folder.
        let mut d = Diagnostic::new(
            RULE.code,
            doc.file,
            Span::FILE_START,
            Msg::BUnrecorded {
                berkas: file.clone(),
            },
        )
        .arg("berkas", file.as_str())
        .help(
            // What an interrupted `evidence add` left: not evidence to record (add refuses
            // the name), but a half-written copy to delete.
            if file
                .rsplit('/')
                .next()
                .is_some_and(|n| n.starts_with(crate::fsutil::TEMP_PREFIX))
            {
                Msg::HelpBUnrecordedTemp
            } else {
                Msg::HelpBUnrecorded {
                    berkas: shell_word(file),
                    skp: skp.unwrap_or("…").to_string(),
                    periode: periode.unwrap_or("…").to_string(),
                }
            },
        );
        if let Some(skp) = skp {
            d = d.subject(skp, None);
        }
        out.push(d);
    }
    // A bukti/ folder (or one inside it) that could not be listed hides its unrecorded files.
    // A folder the walk itself could not open is F008's, reported by the loader.
    let walked = ws.unlisted_folders();
    for folder in &evidence.unlisted {
        if walked.contains(&folder.as_str()) {
            continue;
        }
        let Some((doc, skp, _)) = owner_of(&by_dir, &tahun, folder) else {
            continue;
        };
        let mut d = Diagnostic::new(
            RULE.code,
            doc.file,
            Span::FILE_START,
            Msg::FolderUnlisted {
                folder: folder.clone(),
            },
        )
        .arg("alasan", "folder")
        .arg("folder", folder.as_str())
        .help(Msg::HelpFolderUnlisted);
        if let Some(skp) = skp {
            d = d.subject(skp, None);
        }
        out.push(d);
    }
}

/// The SKP a ledger or an SKP document is about.
fn skp_of(d: &Doc) -> Option<&str> {
    match &d.content {
        Content::BuktiDukung(l) => Some(l.skp.value.as_str()),
        Content::Skp(s) => Some(s.resolved_id.value.as_str()),
        _ => None,
    }
}

/// The document a finding on `path` is reported in, with its SKP and the period of the path's
/// folder: the ledger next to the bukti/ folder `path` is in whose SKP's year is that
/// period's, else the SKP of that year there (no evidence recorded yet), else any ledger there.
fn owner_of<'a, 'p>(
    by_dir: &HashMap<&str, Vec<&'a Doc>>,
    tahun: &HashMap<&str, i32>,
    path: &'p str,
) -> Option<(&'a Doc, Option<&'a str>, Option<&'p str>)> {
    let (dir, rest) = match path.split_once("/bukti/") {
        Some((dir, rest)) => (dir, rest),
        None => match path.strip_suffix("/bukti") {
            Some(dir) => (dir, ""),
            None => ("", path.strip_prefix("bukti/").unwrap_or(path)),
        },
    };
    let beside = by_dir.get(dir).map(Vec::as_slice).unwrap_or_default();
    let periode = rest
        .split('/')
        .next()
        .filter(|p| Period::parse(p).is_some());
    let year = periode.and_then(Period::parse).map(|p| p.year());
    let is_ledger = |d: &&&Doc| matches!(d.content, Content::BuktiDukung(_));
    let of_year =
        |d: &&&Doc| year.is_some() && skp_of(d).and_then(|s| tahun.get(s)).copied() == year;
    // The period's year decides before the kind of document: a 2026 file beside the 2025
    // ledger and a 2026 plan with no ledger yet is the 2026 plan's (the 2025 SKP refuses it).
    let doc = (beside.iter().filter(is_ledger).find(of_year))
        .or_else(|| beside.iter().find(of_year))
        .or_else(|| beside.iter().find(is_ledger))
        .or(beside.first())?;
    Some((doc, skp_of(doc), periode))
}

/// `path` as one word of a shell command: quoted when it holds anything but letters, digits
/// and `._/-` (a space is common in the names of scanned documents).
fn shell_word(path: &str) -> String {
    if !path.is_empty()
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._/-".contains(&b))
    {
        path.to_string()
    } else {
        format!("'{}'", path.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::shell_word;

    #[test]
    fn a_path_is_one_shell_word() {
        assert_eq!(
            shell_word("pegawai/1/bukti/a-1.pdf"),
            "pegawai/1/bukti/a-1.pdf"
        );
        assert_eq!(shell_word("bukti/foto rapat.jpg"), "'bukti/foto rapat.jpg'");
        assert_eq!(shell_word("bukti/it's.pdf"), r"'bukti/it'\''s.pdf'");
    }
}
