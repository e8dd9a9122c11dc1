use super::lexicon::{ABSOLUTE_SET, TIME_WORDS, Word, accepted, words};
use super::{indicators, is_admin_format, sub_span};
use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::skp::Target;
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// Pada SKP administrasi/fungsional, indikator atau target yang mutlak karena mengukur
    /// seluruh objeknya: `semua`, `seluruh`, `selalu`, `setiap`, `tidak pernah`, `tidak ada`
    /// ("Semua berkas permohonan diverifikasi", "Tidak ada keluhan"). `setiap` yang diikuti
    /// satuan waktu ("setiap bulan", "setiap triwulan") adalah frekuensi biasa dan tidak
    /// ditandai, begitu pula `tidak ada`/`tidak pernah` yang menyifati apa yang dihitung
    /// sebuah ukuran ("Persentase putusan yang tidak ada kesalahan administrasinya",
    /// "Jumlah pegawai yang tidak pernah terlambat").
    ///
    /// ## Mengapa
    /// Target JA/JF tidak ditulis mutlak kecuali pekerjaannya menyangkut nyawa, cedera,
    /// keamanan nasional, atau kerugian besar (PermenPANRB 8/2021, yang prinsipnya masih dipakai dalam pelatihan SKP): target mutlak
    /// tidak menyisakan ruang realistis dan membuat satu kegagalan sama dengan nol.
    ///
    /// ## Contoh
    /// Salah:
    /// ```yaml
    ///         teks: Semua berkas permohonan diverifikasi
    /// ```
    /// Benar:
    /// ```yaml
    ///         teks: Persentase berkas permohonan yang diverifikasi paling lambat 2 hari kerja
    ///         target: 95 %
    /// ```
    /// Bila pekerjaan memang menyangkut keselamatan:
    /// ```yaml
    ///         # skp: abaikan S111 -- identifikasi pasien menyangkut keselamatan pasien
    ///         teks: Persentase pasien yang diidentifikasi dengan dua penanda sebelum tindakan
    ///         target: 100 %
    /// ```
    ///
    /// ## Pengaturan
    /// Abaikan di tempat wajib memberi alasan: `# skp: abaikan S111 -- alasan`.
    code: "S111",
    name: "absolute-target",
    level: Warning,
    summary: ("Target mutlak (semua, selalu, setiap, tidak pernah)", "Absolute target (all, always, every, never)"),
    check: Some(check),
}

/// Nouns of places: "seluruh wilayah" is a scope, not an absolute target.
const REGIONS: &[&str] = &[
    "kota",
    "kabupaten",
    "wilayah",
    "kecamatan",
    "desa",
    "kelurahan",
    "provinsi",
    "indonesia",
    "daerah",
    "negeri",
];

/// The first absolute word that quantifies an object (not `setiap` + a time unit).
fn absolute(ws: &[Word]) -> Option<(&'static str, (usize, usize))> {
    for (a, range) in ABSOLUTE_SET.all(ws) {
        let idx = ws.iter().position(|w| w.start == range.0)?;
        let next = ws.get(idx + 1).map(|n| n.text.as_str());
        let before = idx
            .checked_sub(1)
            .and_then(|i| ws.get(i))
            .map(|w| w.text.as_str());
        // "setiap bulan", "setiap 3 bulan", "setiap akhir bulan", "setiap tanggal 10".
        if a == "setiap"
            && next.is_some_and(|n| {
                TIME_WORDS.contains(&n)
                    || n.chars().all(|c| c.is_ascii_digit())
                    || matches!(n, "akhir" | "awal" | "tanggal")
            })
        {
            continue;
        }
        // "Persentase putusan yang tidak ada kesalahan administrasi": a property of what a
        // share or count counts, not a promise about all of it.
        if matches!(a, "tidak ada" | "tidak pernah")
            && before == Some("yang")
            && ws
                .first()
                .is_some_and(|w| super::lexicon::HEADS.contains(&w.text.as_str()))
        {
            continue;
        }
        // "di seluruh Kota Contoh" names a place, not every object.
        if matches!(a, "seluruh" | "semua")
            && (matches!(before, Some("di" | "ke" | "se"))
                || next.is_some_and(|n| REGIONS.contains(&n)))
        {
            continue;
        }
        return Some((a, range));
    }
    None
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let accept = cx.exemptions.accept();
    for cx in indicators(ws) {
        if !is_admin_format(cx.skp) || accepted(&cx.iki.teks.value, accept) {
            continue;
        }
        let teks = &cx.iki.teks;
        let found = absolute(&words(&teks.value))
            .map(|(a, r)| (a, sub_span(ws, cx.doc, teks, r)))
            .or_else(|| {
                // A numeric target is not absolute by its wording.
                let raw = match &cx.iki.target.value {
                    Target::Quantity { .. } | Target::Kategori(_) | Target::Tenggat { .. } => {
                        return None;
                    }
                    Target::Invalid { raw, .. } => raw.as_str(),
                    Target::Deskripsi(s) => s.as_str(),
                };
                absolute(&words(raw)).map(|(a, _)| (a, cx.iki.target.span))
            });
        let Some((kata, span)) = found else { continue };
        out.push(
            cx.diag(
                RULE.code,
                span,
                Msg::SAbsolute {
                    kata: kata.to_string(),
                },
            )
            .arg("kata", kata)
            .help(Msg::HelpSAbsolute),
        );
    }
}
