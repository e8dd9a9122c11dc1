use super::entries;
use crate::diag::Diagnostic;
use crate::evidence::add::valid_refs;
use crate::i18n::Msg;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Buku catatan untuk SKP yang tidak ada di ruang kerja, atau entri yang `untuk`-nya
    /// menyebut RHK, IKI, atau `perilaku/<nilai>` yang tidak ada di SKP itu.
    ///
    /// ## Mengapa
    /// Bukti yang tertaut ke hasil yang tidak ada tidak dihitung dalam cakupan mana pun;
    /// biasanya RHK atau IKI atasan dinomori ulang setelah bukti dicatat.
    ///
    /// ## Contoh
    /// `untuk: [IKI-4.1]` padahal SKP hanya memiliki RHK-1 s.d. RHK-3.
    ///
    /// ## Pengaturan
    /// Perbaiki dengan `skp evidence rm` lalu `skp evidence add --for …` yang benar.
    code: "B104",
    name: "evidence-unknown-target",
    level: Error,
    summary: ("Bukti untuk SKP atau hasil yang tidak ada", "Evidence for an SKP or result that does not exist"),
    needs: [Cascade, Evidence],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let c = cx.cascade();
    let skp_of = |id: &str| c.skp_by_id.get(id).and_then(|&i| ws.skp_at(i));
    // Judged per ledger, not per entry: an empty ledger for an SKP that is not there (a NIP
    // or year renamed) is as stale as a full one.
    for d in &ws.docs {
        let crate::model::Content::BuktiDukung(l) = &d.content else {
            continue;
        };
        if skp_of(&l.skp.value).is_some() {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.code,
                d.file,
                l.skp.span,
                Msg::BUnknownSkp {
                    skp: l.skp.value.clone(),
                },
            )
            .subject(&l.skp.value, None)
            .help(match ws.unreadable_skps_beside(d.file).first() {
                // Not a wrong record: the plan beside it did not load.
                Some(file) => Msg::HelpSkpMaybeUnreadable {
                    file: file.to_string(),
                },
                None => Msg::HelpBUnknownSkp,
            }),
        );
    }
    for e in entries(cx) {
        let Some(skp) = skp_of(&e.ledger.skp.value) else {
            continue;
        };
        let refs = valid_refs(skp);
        for u in e.bukti.untuk.iter() {
            if refs.contains(&u.value) || e.suppressed(RULE.code) {
                continue;
            }
            let mut d = e
                .diag(
                    RULE.code,
                    Msg::BUnknownTarget {
                        target: u.value.clone(),
                    },
                )
                .arg("untuk", u.value.as_str())
                .help(Msg::HelpBUnknownTarget);
            d.span = u.span;
            out.push(d);
        }
    }
}
