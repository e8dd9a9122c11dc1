//! `kind: BuktiDukung` — the machine-owned evidence ledger of one SKP.

use schemars::JsonSchema;

use super::Sp;
use super::date::Date;
use super::period::Period;
use crate::diag::Span;

/// Buku catatan bukti dukung satu SKP (dikelola oleh `skp evidence`).
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct BuktiDukung {
    /// Id SKP pemilik buku catatan ini.
    pub skp: Sp<String>,
    /// Entri bukti dukung, satu per baris, urut menurut (periode, berkas).
    pub bukti: Sp<Vec<Bukti>>,
}

/// Satu bukti dukung.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Bukti {
    /// SHA-256 isi berkas (64 digit heksadesimal).
    #[schemars(pattern(SHA256_PATTERN))]
    pub sha256: Option<Sp<String>>,
    /// Lokasi berkas relatif terhadap akar ruang kerja, dipisah "/".
    pub berkas: Option<Sp<String>>,
    /// Tautan http/https (untuk bukti berupa tautan).
    #[schemars(pattern(WEB_URL_PATTERN))]
    pub url: Option<Sp<String>>,
    /// Ukuran berkas dalam bita.
    pub ukuran: Option<Sp<i64>>,
    /// RHK, IKI, atau `perilaku/<nilai>` yang didukung.
    pub untuk: Sp<Vec<Sp<String>>>,
    /// Periode bukti.
    pub periode: Sp<Period>,
    /// Jenis bukti (daftar bawaan ditambah `extra_types`).
    pub jenis: Sp<String>,
    /// Tanggal dokumen/pekerjaan (bukan tanggal berkas).
    pub tanggal: Option<Sp<Date>>,
    /// Waktu pencatatan (RFC 3339).
    pub ditambahkan: Option<Sp<String>>,
    /// Keterangan.
    pub keterangan: Option<Sp<String>>,
    /// Dokumen bersama tim (SK, notulen) yang wajar diklaim beberapa pegawai.
    pub bersama: Option<Sp<bool>>,
    /// Pengecualian temuan B untuk entri ini, masing-masing dengan alasan.
    pub abaikan: Option<Sp<Vec<Abaikan>>>,
    #[schemars(skip)]
    pub span: Span,
}

/// Pengecualian satu kode temuan.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Abaikan {
    /// Kode aturan, misalnya B105.
    pub kode: Sp<String>,
    /// Alasan pengecualian (wajib).
    pub alasan: Sp<String>,
    /// Untuk B101: SHA-256 isi berubah yang diterima (dicatat `skp evidence abaikan`). Bila
    /// isinya berubah lagi, atau kolom ini tidak ada, pengecualian B101 tidak berlaku.
    #[schemars(pattern(SHA256_PATTERN))]
    pub sha256: Option<Sp<String>>,
}

/// [`is_web_url`] for editors (ECMA-262, as JSON Schema's `pattern`): an editor flags a
/// `javascript:` link as the user types, not only `skp check` (F004).
pub const WEB_URL_PATTERN: &str = r"^[Hh][Tt][Tt][Pp][Ss]?://[^/\s\u0000-\u001F\u007F-\u009F\uFEFF][^\s\u0000-\u001F\u007F-\u009F\uFEFF]*$";

/// What `convert` accepts as a recorded hash: 64 hexadecimal digits, either case.
pub const SHA256_PATTERN: &str = "^[0-9a-fA-F]{64}$";

/// Whether `url` is a web address a ledger may hold and a printed form may link to: `http://`
/// or `https://` (any case, as browsers accept), a host, and no whitespace or control
/// character. Anything else (`javascript:`, `file:`, a pasted line break) is never a link.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    !rest.is_empty()
        && !rest.starts_with('/')
        // U+FEFF too: JSON Schema's `\s` (ECMA-262) counts it as a space.
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::{WEB_URL_PATTERN, is_web_url};

    const WEB: [&str; 3] = [
        "https://drive.example/x",
        "HTTPS://Contoh.go.id/a?b=c#d",
        "http://10.0.0.1:8080/",
    ];
    const NOT_WEB: [&str; 13] = [
        "javascript:alert(1)//",
        "file:///etc/passwd",
        "https://",
        "https:///path",
        "https://contoh.go.id/a b",
        "https://contoh.go.id/\nx",
        "https://contoh.go.id/\u{85}x",
        "https://contoh.go.id/\u{7f}",
        "https://contoh.go.id/\u{feff}x",
        "ftp://x",
        "//x",
        "",
        "https",
    ];

    #[test]
    fn web_urls_only() {
        assert!(WEB.iter().all(|u| is_web_url(u)));
        for bad in NOT_WEB {
            assert!(!is_web_url(bad), "{bad:?}");
        }
    }

    #[test]
    fn the_schema_pattern_agrees_with_is_web_url() {
        // Rust's regex reads the pattern's `\uXXXX` as ECMA-262 does; its `\s` lacks U+FEFF,
        // which the pattern therefore names itself.
        let re = regex::Regex::new(WEB_URL_PATTERN).unwrap();
        for u in WEB.iter().chain(&NOT_WEB) {
            assert_eq!(re.is_match(u), is_web_url(u), "{u:?}");
        }
    }
}
