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
    let mut reported_ledgers = std::collections::HashSet::new();
    for e in entries(cx) {
        let skp = c
            .skp_by_id
            .get(&e.ledger.skp.value)
            .and_then(|&i| ws.skp_at(i));
        let Some(skp) = skp else {
            if reported_ledgers.insert(e.doc.file) {
                out.push(
                    crate::diag::Diagnostic::new(
                        RULE.code,
                        e.doc.file,
                        e.ledger.skp.span,
                        Msg::BUnknownSkp {
                            skp: e.ledger.skp.value.clone(),
                        },
                    )
                    .subject(&e.ledger.skp.value, None)
                    .help(
                        match ws.unreadable_skps_beside(e.doc.file).first() {
                            // Not a wrong record: the plan beside it did not load.
                            Some(file) => Msg::HelpSkpMaybeUnreadable {
                                file: file.to_string(),
                            },
                            None => Msg::HelpBUnknownTarget,
                        },
                    ),
                );
            }
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
