use super::{at_reference, normalized, target_name, target_text};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// `intervensi: { ref: …, teks: … }` yang salinan teksnya tidak lagi sama dengan rumusan
    /// hasil kerja yang diintervensi (perbedaan huruf besar dan spasi diabaikan).
    ///
    /// ## Mengapa
    /// Salinan teks menjaga agar RHK atasan yang dinomori ulang atau dirumuskan ulang
    /// diketahui, bukan diam-diam tertaut ke hasil lain.
    ///
    /// ## Contoh
    /// ```yaml
    ///     intervensi:
    ///       - ref: RHK-1
    ///         teks: Tersedianya layanan aplikasi perizinan daring yang andal
    /// ```
    /// Bila atasan mengubah RHK-1 menjadi "Tersedianya layanan aplikasi perizinan dan
    /// nonperizinan daring", periksa apakah RHK ini masih mengintervensinya, lalu perbarui `teks`.
    ///
    /// ## Pengaturan
    /// Abaikan di tempat: `# skp: abaikan K110 -- alasan`.
    code: "K110",
    name: "snapshot-stale",
    level: Warning,
    summary: ("Salinan teks hasil yang diintervensi sudah berubah", "Snapshot text no longer matches the served result"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    for r in &cx.cascade().references {
        let (Some((teks, span)), Ok(t)) = (&r.snapshot, &r.result) else {
            continue;
        };
        let now = target_text(ws, t);
        if normalized(teks) == normalized(&now) {
            continue;
        }
        let mut d = at_reference(
            ws,
            r,
            RULE.code,
            Msg::KSnapshotStale {
                target: target_name(ws, t),
            },
        )
        .arg("sekarang", now.as_str())
        .help(Msg::HelpKSnapshotStale {
            sekarang: now.clone(),
        });
        d.span = *span;
        out.push(d);
    }
}
