use crate::diag::{Diagnostic, Span};
use crate::i18n::Msg;
use crate::model::Content;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Berkas di folder `bukti/` di samping sebuah buku catatan yang tidak tercatat di buku
    /// catatan mana pun (`.DS_Store`, `Thumbs.db`, `desktop.ini`, `~$*`, berkas tersembunyi dan
    /// berkas yang diabaikan git lewat `.gitignore` diabaikan).
    ///
    /// ## Mengapa
    /// Berkas yang disalin manual ke `bukti/` tanpa `skp evidence add` tidak memiliki hash, tidak
    /// tertaut ke hasil mana pun, dan tidak dihitung dalam cakupan.
    ///
    /// ## Contoh
    /// `pegawai/…/bukti/2026-TW2/foto-rapat.jpg` yang diunggah lewat antarmuka web git.
    ///
    /// ## Pengaturan
    /// Catat dengan `skp evidence add BERKAS --skp ID-SKP --for IKI --period PERIODE --date
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
    let tahun: std::collections::HashMap<&str, i32> = ws
        .skps()
        .map(|(_, s)| (s.resolved_id.value.as_str(), s.tahun.value))
        .collect();
    // The ledgers of each folder, by folder: each file finds its own in one lookup.
    let mut by_dir: std::collections::HashMap<&str, Vec<&crate::model::Doc>> =
        std::collections::HashMap::new();
    for d in &ws.docs {
        if matches!(d.content, Content::BuktiDukung(_)) {
            let rel = ws.rel(d.file);
            by_dir
                .entry(rel.rsplit_once('/').map_or("", |(d, _)| d))
                .or_default()
                .push(d);
        }
    }
    for file in &cx.facts.evidence().unrecorded {
        // Report at the ledger next to the bukti/ folder the file is in; of several (one per
        // year), the one whose SKP's year is that of the file's period folder.
        let (dir, rest) = match file.split_once("/bukti/") {
            Some((dir, rest)) => (dir, rest),
            None => ("", file.strip_prefix("bukti/").unwrap_or(file)),
        };
        let beside = by_dir.get(dir).map(Vec::as_slice).unwrap_or_default();
        let year = rest
            .split('/')
            .next()
            .and_then(crate::model::period::Period::parse)
            .map(|p| p.year());
        let skp_year = |d: &&crate::model::Doc| match &d.content {
            Content::BuktiDukung(l) => tahun.get(l.skp.value.as_str()).copied(),
            _ => None,
        };
        let ledger = beside
            .iter()
            .find(|d| year.is_some() && skp_year(d) == year)
            .or(beside.first());
        let Some(doc) = ledger else { continue };
        let skp = match &doc.content {
            Content::BuktiDukung(l) => Some(l.skp.value.as_str()),
            _ => None,
        };
        // The help's command names what the file's place says: the SKP of the ledger beside
        // it and the period of its folder.
        let periode = rest
            .split('/')
            .next()
            .filter(|p| crate::model::period::Period::parse(p).is_some());
        let mut d = Diagnostic::new(
            RULE.code,
            doc.file,
            Span::FILE_START,
            Msg::BUnrecorded {
                berkas: file.clone(),
            },
        )
        .arg("berkas", file.as_str())
        .help(Msg::HelpBUnrecorded {
            berkas: shell_word(file),
            skp: skp.unwrap_or("…").to_string(),
            periode: periode.unwrap_or("…").to_string(),
        });
        if let Some(skp) = skp {
            d = d.subject(skp, None);
        }
        out.push(d);
    }
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
