use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::model::vocab::{JenisJabatan, Vocab};
use crate::rules::rule::RuleCx;
use crate::rules::rule::declare_rule;

declare_rule! {
    /// ## Apa yang diperiksa
    /// SKP yang pejabat penilainya, menurut SKP pejabat itu sendiri di ruang kerja pada tahun
    /// yang sama, menduduki jabatan pelaksana atau fungsional — di bawah jenjang pengawas.
    ///
    /// ## Mengapa
    /// PermenPANRB 6/2022 menetapkan pejabat penilai kinerja sebagai atasan langsung, paling
    /// rendah pejabat pengawas. Ketua tim berjabatan fungsional dapat menjadi atasan kinerja
    /// (`atasan_kinerja`), tetapi penilaiannya ditetapkan oleh pejabat struktural di atasnya.
    ///
    /// ## Contoh
    /// Pranata Komputer Ahli Pertama dengan `pejabat_penilai.nip` seorang Pranata Komputer Ahli
    /// Muda: jadikan ketua tim itu `atasan_kinerja`, dan Kepala Bidang pejabat penilainya.
    ///
    /// ## Pengaturan
    /// Hanya info: struktur organisasi hasil penyederhanaan birokrasi berbeda-beda. Pengecualian
    /// di tempat: `# skp: abaikan N110 -- alasan`.
    code: "N110",
    name: "penilai-below-pengawas",
    level: Info,
    summary: ("Pejabat penilai di bawah jenjang pengawas", "Appraiser below the pengawas level"),
    needs: [Cascade],
    check: Some(check),
}

fn check(cx: &RuleCx, out: &mut Vec<Diagnostic>) {
    let ws = cx.ws;
    let cascade = cx.cascade();
    for (doc, skp) in ws.skps() {
        let (Some(nip), Some(written)) = (
            skp.pejabat_penilai.known_nip(),
            skp.pejabat_penilai.nip.as_ref(),
        ) else {
            continue;
        };
        let penilai = cascade
            .skps_by_nip
            .get(nip)
            .into_iter()
            .flatten()
            .filter_map(|&i| ws.skp_at(i))
            .find(|s| s.tahun.value == skp.tahun.value);
        let Some(penilai) = penilai else { continue };
        let jenis = penilai.pegawai.jenis_jabatan.value;
        if !matches!(jenis, JenisJabatan::Pelaksana | JenisJabatan::Fungsional) {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.code,
                doc.file,
                written.span,
                Msg::NPenilaiBelowPengawas {
                    jabatan: penilai.pegawai.jabatan.value.clone(),
                    jenis: jenis.label().to_string(),
                },
            )
            .subject(&skp.resolved_id.value, None)
            .arg("jenis_jabatan", jenis.code())
            .help(Msg::HelpNPenilaiBelowPengawas),
        );
    }
}
