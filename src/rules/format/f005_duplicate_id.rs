use foldhash::{HashMap, HashMapExt};
use std::path::Path;

use crate::base::codes;
use crate::diag::{Diagnostic, FileId, Span};
use crate::evidence::ledger::ledger_path;
use crate::i18n::Msg;
use crate::model::{Content, Sp};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;
use crate::workspace::relative_path;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Id yang sama dipakai dua kali: dua RHK/IKI dengan id sama dalam satu SKP, dua entri Renstra/PK dengan id sama dalam satu dokumen, atau dua dokumen (SKP, Renstra, PK) dengan id sama dalam satu ruang kerja. Temuan menunjuk kedua tempat.
    ///
    /// Juga dua buku catatan bukti (`BuktiDukung`) untuk satu SKP, misalnya salinan yang
    /// tertinggal sesudah berkas dipindah. Yang ditandai adalah buku yang bukan
    /// `<nama SKP>.bukti.yaml` di samping SKP-nya: `skp evidence add` dan `rm` hanya menulis ke
    /// buku itu, sehingga entri di buku lain tidak pernah diperbarui.
    ///
    /// ## Mengapa
    /// Referensi `DOK/ENTRI` harus menunjuk tepat satu hal; id ganda membuat keselarasan (cascading) dan bukti dukung tertaut ke hal yang salah.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///       - id: IKI-1.1
    ///         teks: Jumlah modul aplikasi yang dirilis
    ///       - id: IKI-1.1
    ///         teks: Persentase modul yang lolos uji keamanan
    /// ```
    /// Benar:
    /// ```yaml
    ///       - id: IKI-1.1
    ///         teks: Jumlah modul aplikasi yang dirilis
    ///       - id: IKI-1.2
    ///         teks: Persentase modul yang lolos uji keamanan
    /// ```
    ///
    /// ## Pengaturan
    /// Tingkat dapat diubah di `[rules.level]`, tetapi id ganda hampir selalu kesalahan.
    code: codes::DUPLICATE_ID,
    name: "duplicate-id",
    level: Error,
    summary: ("Id dipakai lebih dari sekali", "Duplicate id"),
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    // Document ids share one namespace across the workspace.
    let mut seen: HashMap<&str, (FileId, Span)> = HashMap::new();
    let mut docs: Vec<_> = ws
        .docs
        .iter()
        .filter_map(|d| d.id().map(|id| (d, id)))
        .collect();
    docs.sort_by(|(a, _), (b, _)| {
        ws.rel(a.file)
            .cmp(ws.rel(b.file))
            .then(a.span.lo.cmp(&b.span.lo))
    });
    for (doc, id) in docs {
        if let Some(&(file, span)) = seen.get(id.value.as_str()) {
            out.push(duplicate(
                doc.file, id.span, &id.value, &id.value, None, file, span,
            ));
        } else {
            seen.insert(&id.value, (doc.file, id.span));
        }
    }
    duplicate_ledgers(ws, out);
    // Entry ids are unique within their document.
    for doc in &ws.docs {
        let Some(doc_id) = doc.id() else { continue };
        let entries: Vec<&Sp<String>> = match &doc.content {
            Content::Skp(s) => s
                .hasil_kerja
                .iter()
                .flat_map(|r| std::iter::once(&r.id).chain(r.indikator.iter().map(|i| &i.id)))
                .collect(),
            Content::Renstra(r) => r.entries().into_iter().map(|e| e.id).collect(),
            Content::PerjanjianKinerja(p) => p.entries().into_iter().map(|e| e.id).collect(),
            _ => continue,
        };
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for id in entries {
            match seen.get(id.value.as_str()) {
                Some(&first) => out.push(duplicate(
                    doc.file,
                    id.span,
                    &id.value,
                    &doc_id.value,
                    Some(&id.value),
                    doc.file,
                    first,
                )),
                None => {
                    seen.insert(&id.value, id.span);
                }
            }
        }
    }
}

/// A second ledger for one SKP. The one `skp evidence` writes (beside the plan, see
/// [`ledger_path`]) is kept, else the first by path; every other is reported, pointing at it.
fn duplicate_ledgers(ws: &crate::workspace::Workspace, out: &mut Vec<Diagnostic>) {
    let plans: HashMap<&str, FileId> = ws
        .docs
        .iter()
        .filter_map(|d| match &d.content {
            Content::Skp(s) => Some((s.resolved_id.value.as_str(), d.file)),
            _ => None,
        })
        .collect();
    let mut by_skp: HashMap<&str, Vec<(&str, FileId, Span)>> = HashMap::new();
    for d in &ws.docs {
        if let Content::BuktiDukung(b) = &d.content {
            by_skp.entry(b.skp.value.as_str()).or_default().push((
                ws.rel(d.file),
                d.file,
                b.skp.span,
            ));
        }
    }
    for (skp, mut ledgers) in by_skp {
        if ledgers.len() < 2 {
            continue;
        }
        let home = plans
            .get(skp)
            .map(|&f| relative_path(&ledger_path(Path::new(ws.rel(f)))));
        // The ledger at home first, then by path: the first is the one kept.
        ledgers.sort_by_key(|&(rel, _, _)| (Some(rel) != home.as_deref(), rel));
        let (kept, kept_file, kept_span) = ledgers[0];
        let (help, label) = match &home {
            Some(home) if home == kept => (
                Msg::HelpDuplicateLedger { home: home.clone() },
                Msg::LedgerKeptHere,
            ),
            // None beside the plan: `evidence add` will start one there.
            Some(home) => (
                Msg::HelpDuplicateLedger { home: home.clone() },
                Msg::OtherLedgerHere,
            ),
            None => (
                Msg::HelpDuplicateLedgerNoSkp {
                    skp: skp.to_string(),
                },
                Msg::OtherLedgerHere,
            ),
        };
        for &(_, file, span) in &ledgers[1..] {
            out.push(
                Diagnostic::new(
                    codes::DUPLICATE_ID,
                    file,
                    span,
                    Msg::DuplicateLedger {
                        skp: skp.to_string(),
                        other: kept.to_string(),
                    },
                )
                .arg("id", skp)
                .subject(skp, None)
                .help(help.clone())
                .related(kept_file, kept_span, label.clone()),
            );
        }
    }
}

fn duplicate(
    file: FileId,
    span: Span,
    id: &str,
    doc: &str,
    entry: Option<&str>,
    first_file: FileId,
    first: Span,
) -> Diagnostic {
    Diagnostic::new(
        codes::DUPLICATE_ID,
        file,
        span,
        Msg::DuplicateId { id: id.to_string() },
    )
    .arg("id", id)
    .subject(doc, entry)
    .help(Msg::HelpDuplicateId)
    .related(first_file, first, Msg::FirstDefinedHere)
}
