//! Indonesian words for the SMART rules, recognised through morphology rather than exact
//! strings: case, punctuation, numbering and bullets are ignored; words a PDF conversion glued
//! ("Dokumenyang", "PersentaseKPU", "Cakupanpelayanan") are split; `-nya` and the `ter-…-nya` /
//! `me(N)-…-nya` condition forms are recognised by shape; reduplication (`rata-rata`, `rata2`)
//! is normalised; one-letter typos are forgiven only for words of six letters or more and only
//! against the closed list of head nouns (so `nila`, the fish, is never `nilai`).

use foldhash::{HashMap, HashMapExt, HashSet};
use std::sync::LazyLock;

use crate::workspace::config::VocabSection;

/// A word of the text, lower-cased, with its position in the original text.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub text: String,
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
}

/// Splits text into words: letters and digits, keeping inner hyphens (`rata-rata`,
/// `ter-updatenya`) and `%` as a word of its own. Leading numbering (`1.a.1.`, `2)`, `•`) is
/// dropped.
pub fn words(text: &str) -> Vec<Word> {
    // Real indicators and RHKs are a sentence; hostile megabytes are read only at their start.
    // (A text of 2 000 bytes or fewer has no more than 2 000 characters to count.)
    let text = match (text.len() > 2000)
        .then(|| text.char_indices().nth(2000))
        .flatten()
    {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    // The word being read: where it starts, and how many characters its lower case has. Its
    // text is made once, from the slice, when it ends: pushing character by character into a
    // growing string was a tenth of the tokenizer's time (it runs on every indicator, in
    // eleven rules).
    let mut cur: Option<usize> = None;
    let mut cur_chars = 0;
    let word = |start: usize, end: usize| Word {
        text: expand(lower(&text[start..end])),
        start,
        end,
    };
    let mut chars = text.char_indices().peekable();
    let mut after_lower = false;
    while let Some((pos, c)) = chars.next() {
        let inner_hyphen =
            c == '-' && cur.is_some() && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        // "PersentaseKPU": a capital after a run of four small letters or more parts two
        // words, a space lost when the table was copied from a PDF ("AvLOS", "eKinerja" stay).
        if c.is_uppercase()
            && after_lower
            && cur_chars >= 4
            && let Some(start) = cur.take()
        {
            out.push(word(start, pos));
        }
        after_lower = c.is_lowercase();
        if c.is_alphanumeric() || inner_hyphen {
            if cur.is_none() {
                cur = Some(pos);
                cur_chars = 0;
            }
            cur_chars += if c.is_ascii() {
                1
            } else {
                c.to_lowercase().count()
            };
        } else {
            if let Some(start) = cur.take() {
                out.push(word(start, pos));
            }
            if c == '%' {
                out.push(Word {
                    text: "%".into(),
                    start: pos,
                    end: pos + 1,
                });
            }
        }
    }
    if let Some(start) = cur {
        out.push(word(start, text.len()));
    }
    split_glued(&mut out);
    join_split_passives(text, &mut out);
    // Drop outline numbering: `1`, `a`, `1a`, `i`, `ii` before the first real word.
    let skip = out
        .iter()
        .take_while(|w| {
            w.text.chars().all(|c| c.is_ascii_digit())
                || (w.text.len() == 1 && w.text != "%")
                || matches!(w.text.as_str(), "ii" | "iii" | "iv" | "vi" | "vii")
        })
        .count();
    if skip < out.len() {
        out.drain(..skip);
    }
    out
}

/// Splits what a PDF conversion glued when it lost the spaces of a lowercase run: a head noun
/// at the start of a word ("Cakupanpelayanan", "Indekskualitas") and the connectives between
/// words ("Dokumenyang Difasilitasidalamrangka", "Pembinaandan Pengawasan"). Each split is
/// guarded by the shape of the words that really contain those letters ("peserta", "kerangka",
/// "memperdalam", "pemandangan", "sembahyang"), so ordinary words stay whole. Capitals are
/// split earlier ("PersentaseKPU").
fn split_glued(out: &mut Vec<Word>) {
    // Words this short are never two glued words worth reading.
    const MIN_GLUED: usize = 8;
    let mut i = 0;
    while i < out.len() {
        let w = &out[i];
        let plain = w.text.len() >= MIN_GLUED
            && w.end - w.start == w.text.len()
            && w.text.bytes().all(|b| b.is_ascii_lowercase());
        match plain.then(|| glue_point(&w.text)).flatten() {
            Some((at, len)) => {
                let (start, text) = (w.start, w.text.clone());
                let mut parts = vec![(0, at), (at, at + len)];
                if at + len < text.len() {
                    parts.push((at + len, text.len()));
                }
                let parts: Vec<Word> = parts
                    .into_iter()
                    .filter(|(a, b)| a < b)
                    .map(|(a, b)| Word {
                        text: text[a..b].to_string(),
                        start: start + a,
                        end: start + b,
                    })
                    .collect();
                // The first part is whole (a head or a word before a connective); what follows
                // may hold more glue, so the loop reads it again.
                let n = parts.len();
                out.splice(i..=i, parts);
                i += n - 1;
            }
            None => i += 1,
        }
    }
}

/// Where `word` (lowercase ASCII) holds a glued head noun or connective: the byte offset and
/// length of the piece to split off as a word of its own.
fn glue_point(word: &str) -> Option<(usize, usize)> {
    /// Head nouns long enough not to begin ordinary words ("tingkatan", "jumlahnya" keep a
    /// short tail and stay whole).
    const GLUED_HEADS: &[&str] = &[
        "persentase",
        "prosentase",
        "presentase",
        "cakupan",
        "jumlah",
        "tingkat",
        "indeks",
    ];
    for head in GLUED_HEADS {
        // Only suffixes after the head ("tingkatannya", "tingkatkanlah") keep the word whole;
        // "Persentaseanak", "Jumlahanggota" are glued.
        if let Some(rest) = word.strip_prefix(head)
            && rest.len() >= 4
            && !is_suffix_chain(rest)
        {
            return Some((0, head.len()));
        }
    }
    // "yangditangani", "yangterdaftar": a relative clause glued to its verb. No word begins
    // with "yang" and a prefixed verb.
    if let Some(rest) = word.strip_prefix("yang")
        && rest.len() >= 5
        && ["di", "ter", "me", "ber"]
            .iter()
            .any(|p| rest.starts_with(p))
    {
        return Some((0, "yang".len()));
    }
    let mut best: Option<(usize, usize)> = None;
    // One pass of an automaton over the word: this runs on every long word of every text the
    // rules read, many times per check, and eight substring searches per word cost a tenth of
    // the whole check.
    for m in CONNECTIVES_AC.find_overlapping_iter(word) {
        let (conn, guard) = CONNECTIVES[m.pattern().as_usize()];
        let (left, right) = (&word[..m.start()], &word[m.end()..]);
        // A suffix after the letters makes them part of a word: "kesayangan",
        // "ditayangkan", "menyertakan", "mengikutsertakan".
        let suffixed = ["an", "kan", "nya"].iter().any(|s| right.starts_with(s));
        let fits = left.len() >= 4
            && (right.is_empty() || right.len() >= 3 && !suffixed)
            && guard(left, right);
        if fits && best.is_none_or(|(b, _)| m.start() < b) {
            best = Some((m.start(), conn.len()));
        }
    }
    best
}

/// Whether `rest` is only suffixes ("annya", "kanlah", "nyapun"): what follows a word, not a
/// word of its own.
fn is_suffix_chain(mut rest: &str) -> bool {
    while !rest.is_empty() {
        match ["kan", "an", "nya", "lah", "pun", "i"]
            .iter()
            .find_map(|s| rest.strip_prefix(s))
        {
            Some(r) => rest = r,
            None => return false,
        }
    }
    true
}

/// A guard of a glued connective: what must hold of the word before it (`left`) and after it
/// (`right`, possibly empty) for the letters to be a connective and not part of a word.
type Guard = fn(&str, &str) -> bool;

/// The connectives [`glue_point`] splits off, each with its guard.
const CONNECTIVES: &[(&str, Guard)] = &[
    // "sembahyang", "terbayang", "melayang", "bergoyang", "penyayang".
    ("yang", |l, _| {
        !["h", "ba", "la", "go", "ya"].iter().any(|e| l.ends_with(e))
    }),
    // Only after a "-an" noun ("pembinaandan"): "pemandangan", "perundangan" go on with a g.
    ("dan", |l, r| {
        l.len() >= 5 && l.ends_with("an") && !r.starts_with('g')
    }),
    // "memperdalam", "pendalaman", "mendalami".
    ("dalam", |l, _| {
        !["per", "pen", "men", "ke"].iter().any(|e| l.ends_with(e))
    }),
    ("dengan", |_, _| true),
    // "peserta", "kepesertaan"; "menyertai", "keikutsertaan".
    ("serta", |l, _| {
        !l.ends_with("pe") && !l.ends_with("ny") && !l.ends_with("ikut")
    }),
    ("terhadap", |_, _| true),
    ("melalui", |_, _| true),
    ("untuk", |_, _| true),
];

static CONNECTIVES_AC: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new(CONNECTIVES.iter().map(|(c, _)| c))
        .expect("a handful of short literal patterns always builds")
});

/// Joins the passive prefix written apart from its verb, a common slip ("yang di selesaikan",
/// "di tindaklanjuti"), so that "di selesaikan" reads as "diselesaikan". Only before a verb
/// form: a passive the rules know ("di bina", "di latih", "di tangani"), or any "-kan" after
/// "yang"; "di wilayah", "di pendidikan" stay places, and so does a name written with a capital
/// after a small "di" ("di Tarakan").
fn join_split_passives(text: &str, out: &mut Vec<Word>) {
    let mut i = 0;
    while i + 1 < out.len() {
        let next = &out[i + 1];
        let name = text[out[i].start..].starts_with('d')
            && text[next.start..].starts_with(char::is_uppercase);
        // Any "-kan" verb after "yang" ("yang di laksanakan"); elsewhere only a known passive,
        // since "di pendidikan", "di peternakan" are places too.
        let after_yang = i > 0 && out[i - 1].text == "yang";
        let verb = after_yang && next.text.chars().count() >= 6 && next.text.ends_with("kan")
            || SPLIT_PASSIVES.contains(next.text.as_str());
        if out[i].text == "di" && verb && !name {
            let next = out.remove(i + 1);
            out[i].text.push_str(&next.text);
            out[i].end = next.end;
        }
        i += 1;
    }
}

/// The stems of the passives the rules read ("dibina" → "bina"), and a few more that plans write
/// apart from their prefix: what [`join_split_passives`] joins besides "-kan" verbs.
static SPLIT_PASSIVES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let known = ACTIVITY_PASSIVES
        .iter()
        .chain(DECREASE_HANDLED)
        .chain(RESULT_VERBS)
        .chain(CHECKED)
        .filter_map(|v| v.strip_prefix("di"))
        .filter(|stem| !stem.contains(' ') && stem.chars().count() >= 3);
    known
        .chain([
            "tanggapi", "respon", "respons", "perbaiki", "rujuk", "obati", "layani", "kunjungi",
            "ikuti", "hadiri", "terima", "akomodir", "proses", "kelola",
        ])
        .collect()
});

/// A word's lower case, character by character (as the rules compare it; `str::to_lowercase`
/// would give a Greek final sigma its own form).
fn lower(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.chars().flat_map(char::to_lowercase).collect()
    }
}

/// Expands the abbreviations people type in plans (`yg`, `dgn`, `utk`, `tdk`).
fn expand(w: String) -> String {
    match w.as_str() {
        "yg" => "yang".into(),
        "dgn" | "dg" => "dengan".into(),
        "utk" => "untuk".into(),
        "tdk" => "tidak".into(),
        "thd" => "terhadap".into(),
        "dlm" => "dalam".into(),
        // Table shorthand: "Jml penduduk miskin", "Jumlah Lap. monev", "6 Keg".
        "jml" | "jlh" => "jumlah".into(),
        // "Luasan lahan siap tanam": the derived noun of the same measure.
        "luasan" => "luas".into(),
        "lap" => "laporan".into(),
        "keg" => "kegiatan".into(),
        "sd" => "sd".into(),
        _ => w,
    }
}

/// Normalises reduplication and common spellings: `rata2`/`rerata` → `rata-rata`.
pub fn norm(word: &str) -> String {
    let lower = word.to_lowercase();
    let w = lower.trim_matches('-');
    match w {
        "rata2" | "rerata" | "ratarata" => "rata-rata".into(),
        _ => {
            if let Some(base) = w.strip_suffix('2')
                && base.chars().all(char::is_alphabetic)
                && base.len() > 2
            {
                return format!("{base}-{base}");
            }
            w.to_string()
        }
    }
}

/// Head nouns that make an indicator a measure (domain.md §5), by canonical form.
pub const HEADS: &[&str] = &[
    "jumlah",
    "persentase",
    "indeks",
    "tingkat",
    "nilai",
    "rasio",
    "rata-rata",
    "waktu",
    "ketepatan",
    "lama",
    "skor",
    "capaian",
    "predikat",
    "opini",
    "angka",
    "proporsi",
    "luas",
    "kontribusi",
    "cakupan",
    "frekuensi",
    "volume",
    "prevalensi",
    "laju",
    "pertumbuhan",
    "banyaknya",
    "besaran",
    "kecepatan",
    "durasi",
    "derajat",
    "kadar",
    "level",
    "peringkat",
    "realisasi",
    "akumulasi",
    "total",
    "prosentase",
    "score",
    "index",
    "indek",
    "presentase",
    "panjang",
    "produktivitas",
    "produksi",
    "kapasitas",
    // "Biaya rata-rata pengurusan izin": a cost, measured in rupiah.
    "biaya",
    // "Perbandingan jumlah laporan yang …": a ratio.
    "perbandingan",
    // A rate of compliance or completeness, as the national quality indicators of health
    // services name theirs ("Kepatuhan kebersihan tangan", "Kelengkapan pengisian rekam
    // medis 24 jam").
    "kepatuhan",
    "kelengkapan",
    // Statistics of a population or a resource: "Populasi ternak sapi", "Kepadatan penduduk",
    // "Debit air baku", "Konsumsi ikan per kapita".
    "populasi",
    "kepadatan",
    "debit",
    "konsumsi",
];

/// Real words one edit away from a head noun: never read as a typo of it.
const NOT_HEADS: &[&str] = &["presentasi", "nila", "nilah", "jumlahan"];

/// Spelling variants that mean a canonical head.
fn canonical_head(w: &str) -> Option<&'static str> {
    Some(match w {
        "jumlah" => "jumlah",
        "persentase" | "prosentase" | "presentase" | "persen" | "%" => "persentase",
        "indeks" | "indek" | "index" => "indeks",
        "skor" | "score" => "skor",
        "rata-rata" => "rata-rata",
        "banyak" => "banyaknya",
        "rate" | "ratio" => "rasio",
        other => return HEADS.iter().find(|h| **h == other).copied(),
    })
}

/// The canonical head noun `word` stands for, if any: exact, with `-nya`, or (for words of six
/// letters or more) one edit away from a head noun.
pub fn head_noun(word: &str, accept: &[String]) -> Option<String> {
    let w = norm(word);
    if let Some(h) = canonical_head(&w) {
        return Some(h.to_string());
    }
    if accept.iter().any(|a| a.to_lowercase() == w) {
        return Some(w);
    }
    if let Some(base) = w.strip_suffix("nya")
        && let Some(h) = canonical_head(base)
    {
        return Some(h.to_string());
    }
    if w.chars().count() >= 6 && !NOT_HEADS.contains(&w.as_str()) {
        return typo_of_head(&w);
    }
    None
}

/// The head noun `w` is one edit away from, memoised per thread: plan texts repeat the same
/// words thousands of times across a workspace.
fn typo_of_head(w: &str) -> Option<String> {
    use std::cell::RefCell;
    thread_local! {
        static MEMO: RefCell<HashMap<String, Option<String>>> = RefCell::new(HashMap::new());
    }
    if let Some(hit) = MEMO.with(|m| m.borrow().get(w).cloned()) {
        return hit;
    }
    // Against canonical heads only (not spelling variants), so that a typo of a variant is not
    // two edits from the real word.
    let n = w.chars().count();
    let found = HEADS
        .iter()
        .filter(|h| canonical_head(h) == Some(**h))
        .find(|h| {
            let hn = h.chars().count();
            hn >= 6 && hn.abs_diff(n) <= 1 && strsim::damerau_levenshtein(w, h) == 1
        })
        .and_then(|h| canonical_head(h).map(str::to_string));
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        // Bounded: a hostile text cannot grow the memo without limit.
        if m.len() < 100_000 {
            m.insert(w.to_string(), found.clone());
        }
    });
    found
}

/// Condition words that are fine in an RHK or sasaran but are not a measure (domain.md §5).
const NORMATIVE: &[&str] = &[
    "meningkatnya",
    "menurunnya",
    "meningkatkan",
    "menurunkan",
    "mewujudkan",
    "optimalnya",
    "optimalisasi",
    "terwujudnya",
    "terlaksananya",
    "tersusunnya",
    "terselenggaranya",
    "tercapainya",
    "terpenuhinya",
    "tersedianya",
    "terlaksanakannya",
    "tertibnya",
    "lancarnya",
    "membaiknya",
    "berkurangnya",
    "bertambahnya",
    "terjaminnya",
    "terkendalinya",
];

/// Whether `word` is a normative condition word: listed, added by `[vocab] extra_normative`,
/// or shaped `ter-…-nya`, `me(N)-…-nya`, `ber-…-nya` (e.g. `ter-updatenya`).
pub fn is_normative(word: &str, vocab: &VocabSection) -> bool {
    let w = word.replace('-', "");
    if NORMATIVE.contains(&w.as_str())
        || vocab.extra_normative.iter().any(|e| e.to_lowercase() == w)
    {
        return true;
    }
    let n = w.chars().count();
    n >= 8
        && w.ends_with("nya")
        && (w.starts_with("ter") || w.starts_with("me") || w.starts_with("ber"))
}

/// `ter-X-nya` → `ter-X`, `me-X-nya` → `me-X`: the participle for a rewrite suggestion.
pub fn participle(normative: &str) -> String {
    let w = normative.replace('-', "");
    match w.strip_suffix("nya") {
        Some(base) => base.to_string(),
        None => w,
    }
}

/// Operational verbs that should not lead an RHK (domain.md §5), beyond the me(N)- shape.
const NOT_VERBS: &[&str] = &[
    "media",
    "meja",
    "menteri",
    "metode",
    "mekanisme",
    "merdeka",
    "menara",
    "mental",
    "medis",
    "meteorologi",
    "mesin",
    "menu",
    "merek",
    "meter",
    "mediasi",
    "memori",
    "museum",
    "memorandum",
    "mentor",
    "merger",
];

/// Activity categories that are not results when they lead an RHK (domain.md §5, PUPR).
const ACTIVITY_CATEGORIES: &[&str] = &[
    "sosialisasi",
    "monitoring",
    "monev",
    "fasilitasi",
    "koordinasi",
    "pembinaan",
    "pengawasan",
    "pelaksanaan",
    "penyusunan",
    "pengelolaan",
    "penyelenggaraan",
    "pengumpulan",
    "pendampingan",
    "penyiapan",
    "pembuatan",
    "supervisi",
    "rapat",
    "kegiatan",
    "pelatihan",
    // Sub-kegiatan names of the budget copied as results: "Penyediaan Peralatan Rumah
    // Tangga", "Pemeliharaan Barang Milik Daerah", "Penatausahaan Keuangan SKPD".
    "penyediaan",
    "pemeliharaan",
    "perawatan",
    "penatausahaan",
    "pengadaan",
    // Duties copied as results, named by the process as an activity verb would be
    // ("Pemantauan harga bahan pokok" is "Memantau harga bahan pokok").
    "pelayanan",
    "pengamanan",
    "pemantauan",
    "pendataan",
    "penertiban",
    "pengolahan",
    "inventarisasi",
    "verifikasi",
    "validasi",
    "evaluasi",
    "identifikasi",
    "rekapitulasi",
    "pencatatan",
    "pelaporan",
    "penginputan",
    "pengecekan",
    "pemeriksaan",
    "pemutakhiran",
    "pengarsipan",
    "pendistribusian",
];

/// The state an activity leaves, as an RHK opens with it: "Terkelolanya administrasi
/// kepegawaian", "Terpantaunya harga bahan pokok", "Terdampinginya KPM PKH". Like
/// "Terlaksananya", it says the work was done, not what it achieved. ("Terselesaikannya
/// sengketa" and "Tersusunnya laporan keuangan" name results; "Terlatihnya kader" and
/// "Terdatanya penduduk" may be either; "Terverifikasinya berkas permohonan" is a verifier's
/// own output, as S110 reads "berkas yang diverifikasi" in an individual's plan.)
pub const ACTIVITY_STATES: &[&str] = &[
    "terkelolanya",
    "terfasilitasinya",
    "terpantaunya",
    "termonitornya",
    "terawasinya",
    "terbinanya",
    "terdampinginya",
    "tersosialisasikannya",
    "tersosialisasinya",
    "terkoordinasinya",
    "terinventarisasinya",
    "terevaluasinya",
    "teredukasinya",
];

/// Routine work that an RHK says was merely carried out ("Terlaksananya layanan administrasi
/// sekolah", "Terlaksananya pemeliharaan kebersihan"): only after `terlaksana-` or
/// `terselenggara-`, since "Tersedianya layanan …" names a result.
pub const DONE_ROUTINES: &[&str] = &[
    "administrasi",
    "layanan",
    "pelayanan",
    "pemeliharaan",
    "perawatan",
    "tugas",
    "laporan",
];

/// Words by which a result says the standard its work met ("tepat sasaran", "secara akurat",
/// "sesuai ketentuan", "memenuhi standar"): work carried out *to a standard* is a result.
pub const MET_STANDARD: &[&str] = &[
    "tepat", "akurat", "sesuai", "memenuhi", "standar", "valid", "lengkap", "benar",
];

/// Whether `word` is an operational me(N)- verb ("melaksanakan", "menyusun"): after
/// "laporan" it makes a report of doing something ("Laporan melaksanakan pengawasan").
pub fn is_operational_verb(word: &str) -> bool {
    is_activity_lead(word) && !ACTIVITY_CATEGORIES.contains(&word)
}

/// Whether the first word of an RHK is an operational activity verb (`melaksanakan`,
/// `menyusun`, any `me(N)-` verb) or an activity category (`Sosialisasi`, `Monitoring`).
pub fn is_activity_lead(word: &str) -> bool {
    let w = word.replace('-', "");
    if ACTIVITY_CATEGORIES.contains(&w.as_str()) {
        return true;
    }
    if NOT_VERBS.contains(&w.as_str()) || w.ends_with("nya") || w.chars().count() < 6 {
        return false;
    }
    // me(N)- prefixes: me-l/r/w/y…, mem-, men-, meng-, meny-, mempe-, memper-.
    w.starts_with("mem")
        || w.starts_with("men")
        || w.starts_with("mel")
        || w.starts_with("mer")
        || w.starts_with("mew")
        || w.starts_with("mey")
}

/// Nouns of activities (events, meetings, participation) rather than results.
pub const ACTIVITY_NOUNS: &[&str] = &[
    "rapat",
    "kegiatan",
    "sosialisasi",
    "koordinasi",
    "pertemuan",
    "bimtek",
    "workshop",
    "lokakarya",
    "seminar",
    "fgd",
    "diskusi",
    "sarasehan",
    "monitoring",
    "monev",
    "pencatatan",
    "pendataan",
    "pelaporan",
    "pemantauan",
    "pengawasan",
    "kunjungan",
    "pembinaan",
    "fasilitasi",
    "pendampingan",
    "penyuluhan",
    "kampanye",
    "rakor",
    "rakornis",
    "rakortek",
    "rakorda",
    "roadshow",
    "safari",
    "asistensi",
    // "Jumlah giat patroli": the police and Satpol PP's word for a kegiatan.
    "giat",
    "apel",
    "peserta",
    "narasumber",
    "pelatihan",
    // A briefing: "Jumlah daerah yang diberikan pembekalan …".
    "pembekalan",
    "diklat",
    "acara",
    "agenda",
    "partisipasi",
    "keikutsertaan",
    "webinar",
    "bimbingan",
    "konsultasi",
    "pengembangan",
    "pengendalian",
    "mutasi",
    "penyediaan",
    "pelayanan",
    "edukasi",
    "penguatan",
    "supervisi",
    "bina",
    "pertemuan",
    // Enforcement rounds: "Jumlah patroli", "Jumlah razia" count the rounds, not order kept.
    "patroli",
    "razia",
    "sidak",
    "inspeksi",
    // Events held: "Jumlah event promosi pariwisata" counts the events, not the visitors.
    "event",
    "pameran",
    "festival",
    "upacara",
    "advokasi",
    "audiensi",
    "lomba",
    "pentas",
    "pagelaran",
    "pergelaran",
    "jambore",
    "expo",
    "bazar",
    "talkshow",
    // Deliberations held: "Jumlah rembuk stunting", "Jumlah musyawarah desa" count meetings,
    // not what they agreed.
    "rembuk",
    "musyawarah",
    "dialog",
    "konferensi",
    "raker",
    "rakornas",
    "rakorda",
    // Exercises, contests and spreading of practice held: "Jumlah simulasi bencana", "Jumlah
    // turnamen", "Jumlah diseminasi hasil penelitian" count the holding, not what it changed.
    "simulasi",
    "gladi",
    "turnamen",
    "kompetisi",
    "pawai",
    "karnaval",
    "diseminasi",
    "desiminasi",
    "ekspose",
    "coaching",
    "temu",
];

/// Activities named in two words, counted as [`ACTIVITY_NOUNS`] are: "Jumlah studi banding",
/// "Jumlah operasi pasar", "Jumlah bakti sosial". (Each word alone names other things: a
/// feasibility "studi", a surgical "operasi", an academic "gelar".)
pub const ACTIVITY_NOUN_PAIRS: &[(&str, &str)] = &[
    ("studi", "banding"),
    ("bakti", "sosial"),
    ("kerja", "bakti"),
    ("operasi", "pasar"),
    ("operasi", "yustisi"),
    ("operasi", "penertiban"),
    ("operasi", "pemberantasan"),
    ("stock", "opname"),
    ("stok", "opname"),
    ("gelar", "produk"),
    ("gelar", "perkara"),
    ("gelar", "budaya"),
    ("uji", "petik"),
    ("in", "house"),
    ("jalan", "sehat"),
    ("senam", "bersama"),
    ("perjalanan", "dinas"),
];

/// Phrases saying that something was *done*, not what it achieved.
pub const ACTIVITY_PHRASES: &[&str] = &[
    "yang dilaksanakan",
    "yang terlaksana",
    "yang diselenggarakan",
    "yang terselenggara",
    "yang diikuti",
    "yang dilakukan",
    "yang diadakan",
    "yang dihadiri",
    // "Jumlah aparatur desa yang ditingkatkan kapasitasnya": people who were trained, the
    // nomenclature's wording for a capacity-building activity.
    "yang ditingkatkan kapasitasnya",
    "yang ditingkatkan kapasitas",
];

/// Verbs of taking part in an activity: "yang mendapat pembinaan", "yang melaksanakan
/// edukasi" (an activity noun must follow).
pub const PARTICIPATION: &[&str] = &[
    "mendapat",
    "mendapatkan",
    "menerima",
    "diberi",
    "diberikan",
    "dilibatkan",
    "melaksanakan",
    "menyelenggarakan",
    "melakukan",
];

/// Verbs of attending or taking part, whatever the occasion: "yang mengikuti peningkatan
/// kapasitas", "lembaga yang berkoordinasi".
pub const ATTENDING: &[&str] = &["ikut", "mengikuti", "menghadiri", "hadir", "berkoordinasi"];

/// Nouns of what an activity produces: counting these is counting results.
pub const RESULT_NOUNS: &[&str] = &[
    "laporan",
    "dokumen",
    "naskah",
    "rekomendasi",
    "kajian",
    "produk",
    "rancangan",
    "usulan",
    "keputusan",
    "sertifikat",
    "izin",
    "data",
    "publikasi",
    "modul",
    "aplikasi",
    "sistem",
];

/// Words that make a target absolute when they quantify the object (domain.md §5).
pub const ABSOLUTE: &[&str] = &[
    "semua",
    "seluruh",
    "selalu",
    "setiap",
    "tidak pernah",
    "tidak ada",
];

/// Time units: `setiap bulan` is an ordinary frequency, not an absolute.
pub const TIME_WORDS: &[&str] = &[
    "hari",
    "minggu",
    "pekan",
    "bulan",
    "triwulan",
    "semester",
    "tahun",
    "periode",
    "jam",
    "kuartal",
    "caturwulan",
    "bulannya",
    "tahunnya",
    "harinya",
    "minggunya",
    "triwulannya",
];

/// Vague qualifiers with no measure.
pub const VAGUE: &[&str] = &[
    // In an indicator, a verdict with nothing to check it by ("Persentase administrasi
    // perkantoran yang tertib"); an RHK may state the orderly result ("tata kelola arsip yang
    // tertib").
    "yang tertib",
    "dengan baik",
    "secara baik",
    "dengan benar",
    "secara benar",
    "berjalan baik",
    "dengan lancar",
    "secara lancar",
    "berjalan lancar",
    "lancar",
    "optimal",
    "secara optimal",
    "maksimal",
    "secara maksimal",
    "sesuai ketentuan",
    "sesuai dengan ketentuan",
    "sebaik-baiknya",
    "efektif dan efisien",
];

/// Abstract nouns that make `Persentase …` unmeasurable ("persentase kualitas layanan").
pub const ABSTRACT_AFTER_HEAD: &[&str] = &[
    "kesejahteraan",
    "ketahanan",
    "ekonomi",
    "mutu",
    "kualitas",
    "kecukupan",
    "meningkatnya",
    "optimalnya",
    "kinerja",
    // Qualities of governance or of a place, a share of which names nothing to count
    // ("Persentase efektivitas koordinasi", "Persentase akuntabilitas kinerja", "Persentase
    // kondusivitas wilayah"); their index is a measure ("Indeks efektivitas …").
    "efektivitas",
    "efektifitas",
    "optimalisasi",
    "sinergitas",
    "sinergi",
    "akuntabilitas",
    "transparansi",
    "harmonisasi",
    "keharmonisan",
    "kondusivitas",
    "kondusifitas",
    "profesionalisme",
    "kenyamanan",
    "stabilitas",
    "keberdayaan",
];

/// Verbs of checking something. Done by an organisation to documents it counts, they are its
/// activity ("Jumlah RKA-SKPD yang diverifikasi" in a PK), as "yang dievaluasi" is; for an
/// individual verifier, or for polarity, the checked things are a result ("diverifikasi" is
/// also one of the [`RESULT_VERBS`]).
pub const CHECKED: &[&str] = &["diverifikasi", "divalidasi"];

/// Results verbs: an indicator counting what was *finished* should go up.
pub const RESULT_VERBS: &[&str] = &[
    "diselesaikan",
    "terselesaikan",
    "selesai",
    "ditindaklanjuti",
    "diterbitkan",
    "tersedia",
    "lolos",
    "memenuhi",
    "terverifikasi",
    "diverifikasi",
    "dirilis",
    "terbit",
    "tercapai",
    "terpenuhi",
    "disetujui",
    "diterima",
    "terlayani",
    "dilayani",
];

/// Words that let a percentage exceed 100 (growth, ratio, realisation above plan).
pub const OVER_100_OK: &[&str] = &[
    // A gross enrolment ratio counts pupils of any age against the school-age population.
    "kasar",
    "apk",
    "pertumbuhan",
    "peningkatan",
    "kenaikan",
    "rasio",
    "laju",
    "perbandingan",
    "indeks",
    "realisasi",
    "capaian",
];

/// Stop words ignored when comparing an indicator with its RHK.
pub const STOP: &[&str] = &[
    "yang", "dan", "atau", "di", "ke", "dari", "pada", "dalam", "untuk", "dengan", "oleh", "bagi",
    "serta", "terhadap", "sesuai", "secara", "tahun", "per", "setiap", "para", "the",
];

/// Whether `phrase` (lower-case, words separated by single spaces) occurs in `words`.
pub fn contains_phrase(words: &[Word], phrase: &str) -> Option<(usize, usize)> {
    // Called for every phrase of every list on every indicator: matches the first word before
    // looking at the rest, and never collects the phrase's parts.
    let (first, rest) = phrase.split_once(' ').unwrap_or((phrase, ""));
    let len = if rest.is_empty() {
        1
    } else {
        1 + rest.split(' ').count()
    };
    if len > words.len() {
        return None;
    }
    (0..=words.len() - len).find_map(|i| {
        (words[i].text == first
            && (rest.is_empty()
                || rest
                    .split(' ')
                    .zip(&words[i + 1..])
                    .all(|(p, w)| w.text == p)))
        .then(|| (words[i].start, words[i + len - 1].end))
    })
}

/// A list of phrases looked up by their first word: an indicator of ten words is checked
/// against a list of a hundred phrases in ten lookups, not a hundred scans (every rule asks
/// its lists of every indicator of an agency).
pub struct Phrases {
    list: Vec<&'static str>,
    /// Indices into `list`, ascending, by first word.
    by_first: HashMap<&'static str, Vec<usize>>,
}

impl Phrases {
    /// `list`: lower-case phrases, words separated by single spaces, in the order of preference.
    pub fn new(list: impl IntoIterator<Item = &'static str>) -> Phrases {
        let list: Vec<&'static str> = list.into_iter().collect();
        let mut by_first: HashMap<&'static str, Vec<usize>> = HashMap::new();
        for (i, p) in list.iter().enumerate() {
            let first = p.split(' ').next().unwrap_or(p);
            by_first.entry(first).or_default().push(i);
        }
        Phrases { list, by_first }
    }

    /// Every phrase of the list that occurs in `words`, in list order, each at its first
    /// occurrence: what `list.iter().filter_map(|p| contains_phrase(words, p))` gives.
    pub fn all(&self, words: &[Word]) -> Vec<(&'static str, (usize, usize))> {
        let mut found: Vec<(usize, (usize, usize))> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let Some(candidates) = self.by_first.get(w.text.as_str()) else {
                continue;
            };
            for &k in candidates {
                if found.iter().any(|(f, _)| *f == k) {
                    continue;
                }
                if let Some(end) = phrase_at(words, i, self.list[k]) {
                    found.push((k, (w.start, end)));
                }
            }
        }
        found.sort_unstable_by_key(|(k, _)| *k);
        found.into_iter().map(|(k, r)| (self.list[k], r)).collect()
    }

    /// The first phrase of the list (in list order) that occurs in `words`.
    pub fn first(&self, words: &[Word]) -> Option<(&'static str, (usize, usize))> {
        let mut best: Option<(usize, (usize, usize))> = None;
        for (i, w) in words.iter().enumerate() {
            let Some(candidates) = self.by_first.get(w.text.as_str()) else {
                continue;
            };
            for &k in candidates {
                if best.is_some_and(|(b, _)| b <= k) {
                    break;
                }
                if let Some(end) = phrase_at(words, i, self.list[k]) {
                    best = Some((k, (w.start, end)));
                }
            }
        }
        best.map(|(k, r)| (self.list[k], r))
    }
}

/// The end of `phrase` when it occurs in `words` starting at word `i`.
fn phrase_at(words: &[Word], i: usize, phrase: &str) -> Option<usize> {
    let mut end = None;
    for (at, part) in (i..).zip(phrase.split(' ')) {
        let w = words.get(at)?;
        if w.text != part {
            return None;
        }
        end = Some(w.end);
    }
    end
}

/// [`DECREASING`], [`DECREASE_HANDLED`], [`ACTIVITY_PHRASES`], [`ABSOLUTE`] and
/// [`VAGUE_OBJECTS`] indexed as [`Phrases`].
pub static DECREASING_SET: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(DECREASING.iter().copied()));
pub static DECREASE_HANDLED_SET: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(DECREASE_HANDLED.iter().copied()));
pub static ACTIVITY_PHRASES_SET: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(ACTIVITY_PHRASES.iter().copied()));
pub static ABSOLUTE_SET: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(ABSOLUTE.iter().copied()));
pub static VAGUE_OBJECTS_SET: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(VAGUE_OBJECTS.iter().copied()));

/// Whether an accepted term of `[vocab] accept` occurs in the text as whole words
/// (case-insensitive): such text is never flagged by the wording rules. Whole words, so that
/// accepting "IKM" does not also accept "pelaksanaan IKM-nya" by accident inside "IKMA" or
/// another word that merely contains it.
pub fn accepted(text: &str, accept: &[String]) -> bool {
    if accept.is_empty() {
        return false;
    }
    let text_words: Vec<String> = words(text).iter().map(|w| norm(&w.text)).collect();
    accept.iter().any(|a| {
        let term: Vec<String> = words(a).iter().map(|w| norm(&w.text)).collect();
        !term.is_empty()
            && text_words
                .windows(term.len())
                .any(|win| win == term.as_slice())
    })
}

/// Content words for overlap comparisons (no stop words, heads or normative prefixes).
pub fn content_words(text: &str, vocab: &VocabSection) -> Vec<String> {
    words(text)
        .into_iter()
        .map(|w| norm(&w.text))
        .filter(|w| !STOP.contains(&w.as_str()) && w != "%")
        .filter(|w| head_noun(w, &[]).is_none())
        .map(|w| {
            if is_normative(&w, vocab) {
                // "tersusunnya dokumen" and "dokumen yang tersusun" say the same.
                participle(&w)
            } else {
                w
            }
        })
        .collect()
}

/// The root of an Indonesian word, roughly: common prefixes and suffixes removed, so that
/// "kepegawaian", "pegawai" and "pegawainya" meet. Used only to ask whether two texts share a
/// subject, never to report a word.
pub fn root(word: &str) -> String {
    let mut w = word.replace('-', "");
    for suffix in ["nya", "kan", "an"] {
        if w.chars().count() > suffix.len() + 4
            && let Some(base) = w.strip_suffix(suffix)
        {
            w = base.to_string();
            break;
        }
    }
    for (prefix, replace) in [
        ("peny", "s"),
        ("meny", "s"),
        ("peng", ""),
        ("meng", ""),
        ("pem", ""),
        ("mem", ""),
        ("pen", ""),
        ("men", ""),
        ("per", ""),
        ("pe", ""),
        ("me", ""),
        ("ke", ""),
        ("di", ""),
        ("ter", ""),
        ("ber", ""),
    ] {
        if w.chars().count() > prefix.len() + 3
            && let Some(base) = w.strip_prefix(prefix)
        {
            w = format!("{replace}{base}");
            break;
        }
    }
    w
}

/// Groups of words that name the same subject in plans: an IKI about "aparatur" measures an
/// RHK about "kepegawaian"; one about "aplikasi" an RHK about a "sistem informasi".
pub const RELATED: &[&[&str]] = &[
    &[
        "pegawai", "aparatur", "asn", "sdm", "personil", "personel", "karyawan", "pns", "pppk",
    ],
    &[
        "anggaran", "uang", "dana", "belanja", "biaya", "spj", "spm", "sp2d", "kas", "apbd",
    ],
    &["dokumen", "laporan", "naskah", "berkas", "arsip", "surat"],
    &["layan", "servis", "pengadu", "adu", "keluh", "puas"],
    &[
        "sistem",
        "aplikasi",
        "informasi",
        "data",
        "website",
        "situs",
        "digital",
        "elektronik",
        "spbe",
        "tik",
        "jaringan",
        "server",
    ],
    &["masyarakat", "warga", "publik", "penduduk", "rakyat"],
    &[
        "siswa",
        "murid",
        "didik",
        "pelajar",
        "sekolah",
        "madrasah",
        "ajar",
        "belajar",
        "pembelajar",
        "kurikulum",
        "guru",
    ],
    &[
        "sehat",
        "pasien",
        "puskesmas",
        "rawat",
        "medis",
        "obat",
        "gizi",
    ],
    &[
        "rencana", "program", "renja", "renstra", "rkpd", "rka", "dpa",
    ],
    &["izin", "perizin", "nonperizin"],
    &[
        "kinerja",
        "capai",
        "realisasi",
        "sakip",
        "lkjip",
        "akuntabilitas",
    ],
    &[
        "hukum",
        "peraturan",
        "perda",
        "perkada",
        "regulasi",
        "kebijak",
    ],
    &["aset", "barang", "bmd", "inventaris"],
];

/// Whether two word roots name the same subject: equal, one inside the other (at least four
/// letters), or in one group of [`RELATED`].
pub fn related(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.chars().count() >= 4 && long.contains(short) {
        return true;
    }
    same_group(a, b)
}

/// Whether two word roots are in one group of [`RELATED`] (no substring matching: "berita"
/// and "beritahu" are not related).
pub fn same_group(a: &str, b: &str) -> bool {
    let group = |w: &str| {
        RELATED.iter().position(|g| {
            g.iter().any(|x| {
                w == *x || (x.len() >= 4 && w.starts_with(x)) || (w.len() >= 4 && x.starts_with(w))
            })
        })
    };
    matches!((group(a), group(b)), (Some(x), Some(y)) if x == y)
}

/// Words that say how something is measured, not what: never a link between two texts.
pub const MEASURE_WORDS: &[&str] = &[
    "tepat",
    "waktu",
    "ketepatan",
    "sesuai",
    "standar",
    "target",
    "hasil",
    "kegiatan",
    "pelaksanaan",
    "capaian",
    "tingkat",
    "kualitas",
    "mutu",
    "baik",
    "tersedia",
    "tersedianya",
    "meningkat",
    "meningkatnya",
    "terwujud",
    "terwujudnya",
    "optimal",
    "efektif",
    "efisien",
    "kinerja",
    "unit",
    "bidang",
    "seksi",
    "subbagian",
    "organisasi",
    "perangkat",
    "daerah",
    "tahun",
    "bulan",
    "triwulan",
    "semester",
    "akurat",
    "lengkap",
    "kelengkapan",
    "benar",
    "layanan",
    "pelayanan",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The index of standard measures finds what scanning the list in order finds.
    #[test]
    fn standard_measure_index_agrees_with_scanning_the_list() {
        fn scanned(words: &[Word]) -> Option<&'static Standard> {
            let lower: Vec<String> = words.iter().take(8).map(|w| norm(&w.text)).collect();
            let at_start = |name: &str| {
                name.split(' ').count() <= lower.len()
                    && name.split(' ').zip(&lower).all(|(p, w)| p == w)
            };
            STANDARD_MEASURES
                .iter()
                .find(|s| at_start(s.name))
                .or_else(|| {
                    STANDARD_MEASURES
                        .iter()
                        .filter(|s| !s.name.contains(' ') && !START_ONLY.contains(&s.name))
                        .find(|s| lower.iter().take(3).any(|w| w == s.name))
                })
        }
        for (i, s) in STANDARD_MEASURES.iter().enumerate() {
            let other = STANDARD_MEASURES[(i + 5) % STANDARD_MEASURES.len()].name;
            for t in [
                s.name.to_string(),
                format!("Nilai {}", s.name),
                format!("Capaian nilai {} dan {other}", s.name),
                format!("{other} {}", s.name),
                format!("Persentase kenaikan indeks {}", s.name),
            ] {
                let w = words(&t);
                assert_eq!(
                    standard_measure(&w).map(|s| s.name),
                    scanned(&w).map(|s| s.name),
                    "{t}"
                );
            }
        }
    }

    /// The indexed lists answer exactly what scanning them with `contains_phrase` answers: on
    /// texts made of the lists' own phrases, their neighbours and repeats.
    #[test]
    fn phrase_sets_agree_with_scanning_the_lists() {
        let lists: [&[&'static str]; 4] = [DECREASING, ACTIVITY_PHRASES, ABSOLUTE, VAGUE_OBJECTS];
        let mut texts: Vec<String> = Vec::new();
        for list in lists {
            for (i, p) in list.iter().enumerate() {
                let next = list[(i + 7) % list.len()];
                texts.push(format!("Jumlah {p} dan {next} serta {p}"));
                texts.push(format!("{next} {p}"));
                texts.push(p.split(' ').next().unwrap_or(p).to_string());
            }
        }
        for (list, set) in [
            (DECREASING, &*DECREASING_SET),
            (ACTIVITY_PHRASES, &*ACTIVITY_PHRASES_SET),
            (ABSOLUTE, &*ABSOLUTE_SET),
            (VAGUE_OBJECTS, &*VAGUE_OBJECTS_SET),
        ] {
            for t in &texts {
                let w = words(t);
                let scanned: Vec<(&str, (usize, usize))> = list
                    .iter()
                    .filter_map(|p| contains_phrase(&w, p).map(|r| (*p, r)))
                    .collect();
                assert_eq!(set.all(&w), scanned, "{t}");
                assert_eq!(set.first(&w), scanned.first().copied(), "{t}");
            }
        }
    }

    fn v() -> VocabSection {
        VocabSection::default()
    }

    /// Text whose spaces a PDF conversion lost reads as the words it was; words that only
    /// contain those letters stay whole.
    #[test]
    fn words_split_what_a_pdf_conversion_glued() {
        let texts = |t: &str| -> Vec<String> { words(t).into_iter().map(|w| w.text).collect() };
        for (glued, split) in [
            (
                "Jumlah Dokumenyang Difasilitasidalamrangka Penyusunan",
                "jumlah dokumen yang difasilitasi dalam rangka penyusunan",
            ),
            (
                "Persentase Desayang Terfasilitasi Rekomendasiserta Pembinaandan Pengawasan",
                "persentase desa yang terfasilitasi rekomendasi serta pembinaan dan pengawasan",
            ),
            ("Cakupanpelayanan bencana", "cakupan pelayanan bencana"),
            (
                "Persentaseanak usia sekolah",
                "persentase anak usia sekolah",
            ),
            (
                "HasilPengukuranIndekskualitasAir",
                "hasil pengukuran indeks kualitas air",
            ),
            (
                "Laporan Sinergitasdengan Polri",
                "laporan sinergitas dengan polri",
            ),
            (
                "Tingkat Cakupanpembinaandanpengawasan",
                "tingkat cakupan pembinaan dan pengawasan",
            ),
        ] {
            assert_eq!(texts(glued).join(" "), split, "{glued}");
        }
        for whole in [
            "peserta",
            "kepesertaan",
            "memperdalam",
            "pendalaman",
            "pemandangan",
            "perundang-undangan",
            "sembahyang",
            "terbayang",
            "kesayangan",
            "ditayangkan",
            "tingkatannya",
            "tingkatkanlah",
            "jumlahnya",
            "persentasenya",
            "kerangka",
            "pendanaan",
            "keberangkatan",
            "menyertakan",
            "mengikutsertakan",
            "keikutsertaan",
            "membayangkan",
            "pedalaman",
        ] {
            assert_eq!(texts(whole), vec![whole.to_string()], "{whole}");
        }
        // The byte ranges still point into the original text.
        let t = "Jumlah Dokumenyang Difasilitasi";
        let w = words(t);
        assert_eq!(&t[w[1].start..w[1].end], "Dokumen");
        assert_eq!(&t[w[2].start..w[2].end], "yang");
    }

    #[test]
    fn words_drop_numbering_and_keep_reduplication() {
        let w: Vec<String> = words("1.b.2. Rata-rata waktu (%) penyelesaian")
            .into_iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(w, vec!["rata-rata", "waktu", "%", "penyelesaian"]);
        assert_eq!(words("• Jumlah dokumen")[0].text, "jumlah");
    }

    #[test]
    fn head_nouns_by_morphology_not_exact_strings() {
        assert_eq!(head_noun("Persentase", &[]).as_deref(), Some("persentase"));
        assert_eq!(head_noun("presentase", &[]).as_deref(), Some("persentase"));
        assert_eq!(head_noun("prosentase", &[]).as_deref(), Some("persentase"));
        assert_eq!(head_noun("jumlahnya", &[]).as_deref(), Some("jumlah"));
        assert_eq!(head_noun("rerata", &[]).as_deref(), Some("rata-rata"));
        assert_eq!(head_noun("rata2", &[]).as_deref(), Some("rata-rata"));
        assert_eq!(head_noun("indek", &[]).as_deref(), Some("indeks"));
        assert_eq!(head_noun("%", &[]).as_deref(), Some("persentase"));
        assert_eq!(head_noun("Ketepatn", &[]).as_deref(), Some("ketepatan"));
        // Short words get no typo tolerance: the fish is not a value.
        assert_eq!(head_noun("nila", &[]), None);
        assert_eq!(head_noun("jumlh", &[]), None);
        assert_eq!(head_noun("laporan", &[]), None);
        assert_eq!(
            head_noun("ketuntasan", &["ketuntasan".into()]).as_deref(),
            Some("ketuntasan")
        );
    }

    #[test]
    fn normative_by_shape() {
        for w in [
            "terlaksananya",
            "terupdatenya",
            "meningkatnya",
            "tersedianya",
            "bertambahnya",
        ] {
            assert!(is_normative(w, &v()), "{w}");
        }
        for w in ["jumlah", "terlaksana", "teknis", "menteri"] {
            assert!(!is_normative(w, &v()), "{w}");
        }
        assert_eq!(participle("tersusunnya"), "tersusun");
    }

    #[test]
    fn verbs_forgive_one_typo_in_long_words_only() {
        assert!(is_verb_of("terlayani", SERVED));
        assert!(is_verb_of("tterlayani", SERVED));
        assert!(is_verb_of("disediakn", SERVICE_PROVIDED));
        assert!(!is_verb_of("terlaksana", SERVED));
        assert!(!is_verb_of("layani", SERVED));
    }

    #[test]
    fn count_kinds_contradict_across_people_documents_and_activities() {
        let k = |w| count_kind(w).unwrap();
        assert!(kinds_contradict(k("layanan"), k("orang")));
        assert!(kinds_contradict(k("laporan"), k("jiwa")));
        assert!(kinds_contradict(k("sosialisasi"), k("orang")));
        assert!(kinds_contradict(k("pegawai"), k("berkas")));
        assert!(!kinds_contradict(k("laporan"), k("dokumen")));
        assert!(!kinds_contradict(k("kegiatan"), k("layanan")));
        assert!(!kinds_contradict(k("layanan"), k("laporan")));
        assert!(!kinds_contradict(k("koordinasi"), k("dokumen")));
        assert!(!kinds_contradict(k("asn"), k("orang")));
        assert!(kinds_contradict(k("lansia"), k("laporan")));
        assert!(kinds_contradict(k("kampung"), k("laporan")));
        assert!(kinds_contradict(k("desa"), k("orang")));
        assert!(!kinds_contradict(k("laporan"), k("opd")));
        assert!(!kinds_contradict(k("desa"), k("kelurahan")));
        // Visits are counted in visitors; a count of visits names no kind.
        assert_eq!(count_kind("kunjungan"), None);
        assert_eq!(count_kind("prodi"), None);
    }

    #[test]
    fn activity_leads() {
        for w in [
            "melaksanakan",
            "menyusun",
            "mengikuti",
            "mengoordinasikan",
            "memonitor",
            "sosialisasi",
        ] {
            assert!(is_activity_lead(w), "{w}");
        }
        for w in [
            "meningkatnya",
            "menteri",
            "tersedianya",
            "permohonan",
            "pemerintah",
        ] {
            assert!(!is_activity_lead(w), "{w}");
        }
    }
}

/// What a standard government measure is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureClass {
    /// An index or score (points, or a 0–100 scale written with `%`).
    Index,
    /// A rate or share (%, per 1 000 births, per 100 000 people).
    Rate,
    /// An amount of money or output (rupiah, tonnes).
    Amount,
    /// A grade or category (WTP, AA, Paripurna).
    Category,
}

/// A standard measure named by its acronym or its name: these are measures whatever their
/// first word, with a known class and, for some, a known direction.
pub struct Standard {
    /// Lower case; several words separated by single spaces.
    pub name: &'static str,
    pub class: MeasureClass,
    /// Lower is better (mortality, unemployment, inequality).
    pub decreasing: bool,
}

const fn std_measure(name: &'static str, class: MeasureClass, decreasing: bool) -> Standard {
    Standard {
        name,
        class,
        decreasing,
    }
}

/// Standard indices and rates of Indonesian planning (RPJMD/Renstra/IKU manuals, BPS, SAKIP).
pub const STANDARD_MEASURES: &[Standard] = &[
    // Human development and welfare (BPS).
    std_measure("ipm", MeasureClass::Index, false),
    std_measure("ipg", MeasureClass::Index, false),
    std_measure("idg", MeasureClass::Index, false),
    std_measure("ikk", MeasureClass::Index, false),
    std_measure("uhh", MeasureClass::Amount, false),
    std_measure("ahh", MeasureClass::Amount, false),
    std_measure("usia harapan hidup", MeasureClass::Amount, false),
    std_measure("angka harapan hidup", MeasureClass::Amount, false),
    std_measure("harapan lama sekolah", MeasureClass::Amount, false),
    std_measure("umur harapan hidup", MeasureClass::Amount, false),
    std_measure("pengeluaran per kapita", MeasureClass::Amount, false),
    // Population and family planning (BKKBN).
    std_measure("tfr", MeasureClass::Rate, true),
    std_measure("total fertility rate", MeasureClass::Rate, true),
    std_measure("unmet need", MeasureClass::Rate, true),
    std_measure("median usia kawin pertama", MeasureClass::Amount, false),
    std_measure("rls", MeasureClass::Amount, false),
    std_measure("hls", MeasureClass::Amount, false),
    std_measure("apk", MeasureClass::Rate, false),
    std_measure("apm", MeasureClass::Rate, false),
    std_measure("angka partisipasi kasar", MeasureClass::Rate, false),
    std_measure("angka partisipasi murni", MeasureClass::Rate, false),
    std_measure("angka partisipasi sekolah", MeasureClass::Rate, false),
    std_measure("pmtb", MeasureClass::Rate, false),
    std_measure("pembentukan modal tetap bruto", MeasureClass::Rate, false),
    std_measure("tpt", MeasureClass::Rate, true),
    std_measure("tpak", MeasureClass::Rate, false),
    std_measure("gini", MeasureClass::Index, true),
    // Indeks Ketimpangan Gender (BPS).
    std_measure("ikg", MeasureClass::Index, true),
    std_measure("rasio gini", MeasureClass::Index, true),
    // Regional inequality (BPS), lower when regions are more equal.
    std_measure("indeks williamson", MeasureClass::Index, true),
    std_measure("inflasi", MeasureClass::Rate, false),
    std_measure("pdrb", MeasureClass::Amount, false),
    std_measure("pad", MeasureClass::Amount, false),
    std_measure("lpe", MeasureClass::Rate, false),
    std_measure("ntp", MeasureClass::Index, false),
    std_measure("ntn", MeasureClass::Index, false),
    // Health (Kemenkes), with the national quality indicators of health services named by
    // name.
    std_measure("kepuasan pasien", MeasureClass::Rate, false),
    std_measure("penundaan operasi elektif", MeasureClass::Rate, true),
    std_measure("pelaporan hasil kritis", MeasureClass::Rate, false),
    std_measure("keberhasilan pengobatan", MeasureClass::Rate, false),
    std_measure("aki", MeasureClass::Rate, true),
    std_measure("akb", MeasureClass::Rate, true),
    std_measure("akn", MeasureClass::Rate, true),
    std_measure("akaba", MeasureClass::Rate, true),
    // Case fatality rate of an outbreak (DBD, COVID-19, diare).
    std_measure("cfr", MeasureClass::Rate, true),
    // Times and error rates named in English (port, supply and service metrics).
    std_measure("dwelling time", MeasureClass::Amount, true),
    std_measure("lead time", MeasureClass::Amount, true),
    std_measure("waiting time", MeasureClass::Amount, true),
    std_measure("door to needle time", MeasureClass::Amount, true),
    std_measure("error rate", MeasureClass::Rate, true),
    std_measure("bounce rate", MeasureClass::Rate, true),
    std_measure("crude death rate", MeasureClass::Rate, true),
    std_measure("cdr", MeasureClass::Rate, true),
    // Water a utility produced but could not bill (leaks, theft, meter errors).
    std_measure("non revenue water", MeasureClass::Rate, true),
    std_measure("nrw", MeasureClass::Rate, true),
    // Emergency response time (minutes), better shorter, as the plans spell it too.
    std_measure("response time", MeasureClass::Amount, true),
    std_measure("respon time", MeasureClass::Amount, true),
    std_measure("respons time", MeasureClass::Amount, true),
    // A hospital's (BLUD) income over its cost, a standard financial ratio.
    std_measure("cost recovery", MeasureClass::Rate, false),
    std_measure("bor", MeasureClass::Rate, false),
    std_measure("alos", MeasureClass::Amount, false),
    std_measure("avlos", MeasureClass::Amount, false),
    std_measure("toi", MeasureClass::Amount, false),
    std_measure("bto", MeasureClass::Amount, false),
    std_measure("gdr", MeasureClass::Rate, true),
    std_measure("ndr", MeasureClass::Rate, true),
    // Governance and accountability (MenPANRB, BPK, KPK, BPKP, Kemendagri).
    std_measure("ikm", MeasureClass::Index, false),
    std_measure("skm", MeasureClass::Index, false),
    std_measure("sakip", MeasureClass::Category, false),
    std_measure("akip", MeasureClass::Category, false),
    std_measure("lppd", MeasureClass::Index, false),
    std_measure("ekppd", MeasureClass::Index, false),
    std_measure("spip", MeasureClass::Category, false),
    std_measure("maturitas spip", MeasureClass::Category, false),
    std_measure("kapabilitas apip", MeasureClass::Category, false),
    std_measure(
        "kapabilitas aparat pengawas intern pemerintah",
        MeasureClass::Category,
        false,
    ),
    // Education quality (Kemendikbudristek's Rapor Pendidikan): indices of a school's climate.
    std_measure("iklim keamanan", MeasureClass::Index, false),
    std_measure("iklim inklusivitas", MeasureClass::Index, false),
    std_measure("iklim kebinekaan", MeasureClass::Index, false),
    std_measure("iklim kebhinekaan", MeasureClass::Index, false),
    std_measure("iklim keamanan sekolah", MeasureClass::Index, false),
    std_measure("iklim satuan pendidikan", MeasureClass::Index, false),
    std_measure("mcp", MeasureClass::Index, false),
    std_measure("spi", MeasureClass::Index, false),
    std_measure("irb", MeasureClass::Index, false),
    std_measure("spbe", MeasureClass::Index, false),
    std_measure("ikpa", MeasureClass::Index, false),
    std_measure("ipkd", MeasureClass::Index, false),
    std_measure("iga", MeasureClass::Index, false),
    std_measure("kami", MeasureClass::Index, false),
    std_measure("opini", MeasureClass::Category, false),
    std_measure("wtp", MeasureClass::Category, false),
    std_measure("status akreditasi", MeasureClass::Category, false),
    std_measure("akreditasi", MeasureClass::Category, false),
    // Villages, environment, disaster.
    std_measure("idm", MeasureClass::Index, false),
    std_measure("iklh", MeasureClass::Index, false),
    std_measure("ikl", MeasureClass::Index, false),
    std_measure("ika", MeasureClass::Index, false),
    std_measure("iku", MeasureClass::Index, false),
    std_measure("irbi", MeasureClass::Index, true),
    std_measure("ibi", MeasureClass::Index, false),
    // Transport (Kemenhub): punctuality and occupancy of a service.
    std_measure("otp", MeasureClass::Rate, false),
    std_measure("on-time performance", MeasureClass::Rate, false),
    std_measure("on time performance", MeasureClass::Rate, false),
    std_measure("load factor", MeasureClass::Rate, false),
];

/// One-word names in [`STANDARD_MEASURES`] that are also ordinary words, so a measure only at
/// the start of a text ("OTP" further in is a one-time password: "Penggunaan OTP untuk login
/// SIMPEG").
const START_ONLY: &[&str] = &[
    "akreditasi",
    "opini",
    "gini",
    "inflasi",
    "kami",
    "pad",
    "otp",
];

/// The standard measure `words` start with (or, for an acronym, name within their first
/// three words, as in "Nilai AKIP" or "Indeks kepuasan masyarakat (IKM)").
pub fn standard_measure(words: &[Word]) -> Option<&'static Standard> {
    /// The list by first word, and its one-word names that may stand anywhere in the first
    /// three words (by lowest position in the list): asked of every indicator by several rules.
    struct Index {
        by_first: HashMap<&'static str, Vec<usize>>,
        anywhere: HashMap<&'static str, usize>,
    }
    static INDEX: LazyLock<Index> = LazyLock::new(|| {
        let mut index = Index {
            by_first: HashMap::new(),
            anywhere: HashMap::new(),
        };
        for (i, s) in STANDARD_MEASURES.iter().enumerate() {
            let first = s.name.split(' ').next().unwrap_or(s.name);
            index.by_first.entry(first).or_default().push(i);
            if !s.name.contains(' ') && !START_ONLY.contains(&s.name) {
                index.anywhere.entry(s.name).or_insert(i);
            }
        }
        index
    });
    // Only the first words are compared: names are at most four words, read at the start.
    let lower: Vec<String> = words.iter().take(8).map(|w| norm(&w.text)).collect();
    let at_start = |name: &str| {
        name.split(' ').count() <= lower.len() && name.split(' ').zip(&lower).all(|(p, w)| p == w)
    };
    lower
        .first()
        .and_then(|first| INDEX.by_first.get(first.as_str()))
        .and_then(|candidates| {
            candidates
                .iter()
                .map(|&i| &STANDARD_MEASURES[i])
                .find(|s| at_start(s.name))
        })
        .or_else(|| {
            lower
                .iter()
                .take(3)
                .filter_map(|w| INDEX.anywhere.get(w.as_str()))
                .min()
                .map(|&i| &STANDARD_MEASURES[i])
        })
}

/// Things that are better when fewer or lower: an indicator that counts or rates them should
/// have `polaritas: turun` (domain.md §5, kondisi khusus).
pub const DECREASING: &[&str] = &[
    "kematian",
    "mortalitas",
    "kesakitan",
    "morbiditas",
    "kemiskinan",
    "miskin",
    "pengangguran",
    "putus sekolah",
    "buta aksara",
    "gizi buruk",
    "gizi kurang",
    "stunting",
    "wasting",
    "kumuh",
    "pencemaran",
    "sengketa",
    "konflik",
    "keluhan",
    "aduan",
    "pengaduan",
    "kasus",
    "kecelakaan",
    "kriminalitas",
    "kejahatan",
    "pelanggaran",
    "temuan",
    "tunggakan",
    "kerugian",
    "kerusakan",
    "kebakaran",
    "korupsi",
    "pungli",
    "penyalahgunaan",
    "emisi",
    "defisit",
    "insiden",
    "kesalahan",
    "keterlambatan",
    "genangan",
    "banjir",
    "kekerasan",
    "prevalensi",
    "tidak diinginkan",
    "perkawinan anak",
    "pernikahan dini",
    "perkawinan usia anak",
    "lahan kritis",
    "kemacetan",
    "ketimpangan",
    "kerawanan",
    "rawan pangan",
    "gangguan",
    "komplain",
    "kesenjangan",
    "disparitas",
    "tidak layak huni",
    "rtlh",
    "buta huruf",
    "tidak sekolah",
    "tidak terkelola",
    "merokok",
    "kejadian bencana",
    "risiko bencana",
    "kejadian luar biasa",
    "klb",
    "korban",
    "fatalitas",
    "residivis",
    "overkapasitas",
    "over kapasitas",
    "pekerja anak",
    "dispensasi kawin",
    "titik panas",
    "hotspot",
    "deforestasi",
    "kebocoran",
    "timbulan sampah",
    "terbakar",
    "tercemar",
    "rusak",
    "terlambat",
    "drop out",
    "backlog",
    "tinggal kelas",
    "angka mengulang",
    "mengulang kelas",
    // Sufferers and cases in the health statistics' own words ("Jumlah penderita HIV baru",
    // "Incidence rate DBD", "Case fatality rate"); open defecation; patients who fall.
    "penderita",
    "incidence rate",
    "case fatality",
    "buang air besar sembarangan",
    "babs",
    "pasien jatuh",
    // Losses of any kind ("Persentase kehilangan pascapanen"), lawsuits and objections
    // against the organisation.
    "kehilangan",
    "gugatan",
    "keberatan",
    // Wrongdoing and failure in an organisation's own work.
    "penyimpangan",
    "kecurangan",
    "fraud",
    "maladministrasi",
    "kegagalan",
    "bermasalah",
    "pelanggar",
    "hukuman disiplin",
    "kredit macet",
    "npl",
    // Health and nutrition conditions counted or shared in a population.
    "anemia",
    // Patient-safety incidents of the hospital quality indicators: pressure sores, infusion
    // inflammation.
    "dekubitus",
    "phlebitis",
    "flebitis",
    "obesitas",
    "gizi lebih",
    "bblr",
    "berat badan lahir rendah",
    "insidensi",
    "pasung",
    "dipasung",
    "pemasungan",
    // Social and regional disadvantage.
    "pmks",
    "gelandangan",
    "pengemis",
    "anak jalanan",
    "desa tertinggal",
    "daerah tertinggal",
    "rasio ketergantungan",
    // Environmental harm and disasters.
    "polusi",
    "longsor",
    "abrasi",
    "kekeringan",
    "puso",
    // Unlawful or unregulated things ("Jumlah kasus illegal fishing", "Jumlah bangunan liar",
    // "pekerja migran non prosedural"). "Liar" only in pairs: "satwa liar" are wild animals.
    "ilegal",
    "illegal",
    "non prosedural",
    "nonprosedural",
    "bangunan liar",
    "parkir liar",
    "pembalakan liar",
    "penebangan liar",
    "penambangan liar",
    "pertambangan liar",
    "permukiman liar",
    "pemukiman liar",
    "pungutan liar",
    "reklame liar",
    "pembuangan sampah liar",
    "balap liar",
    "over dimensi",
    "over dimension",
    "overload",
    "over load",
    "odol",
    // Harm suffered by people, goods and services. The states among them ("anak yang
    // terlantar", "berkas yang ditolak") are also in NOT_ACTED_ON: after "yang" they are the
    // bad thing, not something done about it.
    "infeksi",
    "terjangkit",
    "terlantar",
    "telantar",
    "perokok",
    "perceraian",
    "laka",
    "lakalantas",
    "serangan",
    "downtime",
    "kedaluwarsa",
    "kadaluwarsa",
    "kadaluarsa",
    "mangkrak",
    "ditolak",
    "tidak laik",
    "tidak memenuhi syarat",
    "tidak memenuhi standar",
    // Bad events written as verbs after "yang" ("penduduk yang meninggal akibat DBD", "pegawai
    // yang melanggar disiplin", "wajib pajak yang menunggak", "rumah yang terendam banjir").
    "meninggal",
    "menganggur",
    "melanggar",
    "menunggak",
    "terendam",
    "melarikan diri",
    "gagal",
    "putus kontrak",
    "hilang",
    "dibatalkan",
    // A good state denied ("jalan yang tidak mantap", "siswa yang tidak tuntas"), and the
    // patient-safety incidents named by what was not expected.
    "tidak lulus",
    "tidak tuntas",
    "tidak mantap",
    "tidak puas",
    "tidak lengkap",
    "tidak bersertifikat",
    "tidak naik kelas",
    "tidak naik berat badannya",
    "tidak terangkut",
    "tidak memenuhi",
    "tidak diharapkan",
    // The worst grades of a bad state ("desa sangat tertinggal", "balita sangat pendek").
    "sangat tertinggal",
    "balita pendek",
    "sangat pendek",
    "balita kurus",
    "sangat kurus",
    // Shortages and vacancies ("kekurangan guru", "kekosongan obat", "jabatan yang lowong").
    "kekurangan",
    "kekosongan",
    "lowong",
    "kosong",
    "stockout",
    // Health-service incidents and conditions by their acronyms (healthcare-associated and
    // surgical-site infections, near misses, chronic energy deficiency of pregnant women).
    "hais",
    "ido",
    "ktd",
    "knc",
    "kpc",
    "kek",
    "kurang energi kronis",
    "ispa",
    "readmisi",
    "kembali dirawat",
    "pulang paksa",
    "pulang atas permintaan sendiri",
    // Courts: cases appealed or left over, judgements overturned.
    "sisa perkara",
    "diajukan banding",
    "mengajukan banding",
    "perkara banding",
    "kasasi",
    "upaya hukum",
    // Environment, land and food safety.
    "susut",
    "alih fungsi lahan",
    "terdegradasi",
    "residu",
    "melebihi ambang batas",
    "melebihi kapasitas",
    "overcrowding",
    // Order, statistics and systems: brawls, crime, survey non-response, errata, software
    // defects, bid objections.
    "tawuran",
    "crime",
    "nonrespons",
    "non respons",
    "ralat",
    "bug",
    "sanggahan",
    "pengungsi",
    "residivisme",
    "piutang",
    "deviasi",
    "silpa",
    // Claims or files held back ("Angka pending klaim BPJS").
    "pending",
    "beban tanggungan",
    "penyandang masalah",
];

/// Whether `word` is a ketidak-…-an noun ("ketidaksesuaian", "ketidakhadiran",
/// "ketidakpatuhan"): the lack of something good, which is better when less.
pub fn is_lack(word: &str) -> bool {
    word.starts_with("ketidak") && word.ends_with("an") && word.chars().count() >= 12
}

/// Words that may name a bad thing in general, beyond [`DECREASING`]: a good thing denied or
/// lacking, an incident, a wrong, work sent back. A text with one of them may aim at zero with
/// its polarity left at the default (S103 keeps quiet on a target of 0 there).
pub const BAD_MARKERS: &[&str] = &[
    "tidak",
    "tak",
    "belum",
    "tanpa",
    "bukan",
    "non",
    "kurang",
    "kejadian",
    "insiden",
    "salah",
    "kesalahan",
    "melanggar",
    "pelanggar",
    "hilang",
    "rusak",
    "gagal",
    "ganda",
    "selisih",
    "negatif",
    "teguran",
    "revisi",
    "komplikasi",
    "meninggal",
    "kabur",
    "mangkir",
    "terlambat",
    "tertunda",
    "ditunda",
    "dikembalikan",
    "ditolak",
    "sanksi",
    "dibatalkan",
];

/// What a payroll pays: "Jumlah orang yang menerima gaji dan tunjangan ASN" counts the routine
/// of paying them (S110), unlike aid received ("keluarga miskin yang menerima bantuan").
pub const PAYROLL: &[&str] = &[
    "gaji",
    "tunjangan",
    "honorarium",
    "honor",
    "penghasilan",
    "tpp",
];

/// Who a government payroll pays, as the standard outputs name them ("Jumlah orang yang
/// menerima gaji …", "Jumlah pimpinan dan anggota DPRD …"); workers, veterans or the disabled
/// receiving their due are results (S110).
pub const PAYROLL_PAID: &[&str] = &[
    "orang", "asn", "pns", "pegawai", "pimpinan", "anggota", "pejabat", "kepala", "aparatur",
    // Kepala daerah and wakil kepala daerah, as the payroll sub-activities abbreviate them.
    "kdh", "wkdh",
];

/// What people may "have" that is no good state ("penduduk yang memiliki hipertensi"): a
/// share of them is not a share of things in a good state (S103).
pub const BAD_POSSESSIONS: &[&str] = &[
    "hipertensi",
    "diabetes",
    "penyakit",
    "gangguan",
    "masalah",
    "riwayat",
    "risiko",
    "resiko",
    "faktor",
    "keluhan",
    "tunggakan",
    "utang",
    "hutang",
    "kasus",
];

/// Good states of the things a share or count is of ("BUMDes yang aktif", "jalan yang layak",
/// "kepemilikan KIA", "kepatuhan lalu lintas"): more of them is better, so a target of none of
/// them expects nothing (S103). Read as the measure's first word, right after the thing
/// counted ("posyandu aktif") or after "yang": further on ("titik api aktif", "pasien isolasi
/// mandiri") the word may qualify a bad thing.
pub const GOOD_STATES: &[&str] = &[
    "aktif",
    "layak",
    "lengkap",
    "kelengkapan",
    "laik",
    "kepemilikan",
    "memiliki",
    "kepatuhan",
    "patuh",
    "terpenuhi",
    "tersedia",
    "ketersediaan",
    "terakreditasi",
    "tersertifikasi",
    "bersertifikat",
    "berfungsi",
    "mandiri",
    "tuntas",
];

/// Words that turn a count of bad things into a count of good work: cases *handled*,
/// complaints *followed up*, a *reduction* in poverty.
pub const DECREASE_HANDLED: &[&str] = &[
    "ditangani",
    "tertangani",
    "penanganan",
    "ditindaklanjuti",
    // "tindak lanjut", not "tindak pidana" (a crime is the bad thing itself).
    "tindak lanjut",
    "tindak lanjuti",
    "tindaklanjut",
    "diselesaikan",
    "terselesaikan",
    "penyelesaian",
    "pengentasan",
    "dientaskan",
    "penurunan",
    "pengurangan",
    "penanggulangan",
    "pencegahan",
    "dicegah",
    "rehabilitasi",
    "direhabilitasi",
    // Replanting old and damaged crops ("Luas peremajaan kakao untuk tanaman tua dan rusak").
    "peremajaan",
    "diremajakan",
    "dipulihkan",
    "pemulihan",
    "penertiban",
    "ditertibkan",
    "pemberantasan",
    "diberantas",
    "ditemukan",
    "terdeteksi",
    "diobati",
    "dilayani",
    "terlayani",
    "direspon",
    "direspons",
    "ditanggapi",
    "bebas",
    "tanpa",
    "akta",
    "diterima",
    "dimediasi",
    "mediasi",
    "diperbaiki",
    "perbaikan",
    "pengawasan",
    "dipantau",
    "pemantauan",
    // Watched or examined is handled too ("Memonitor serangan hama", "kasus yang diperiksa");
    // the nouns are not: "temuan hasil pemeriksaan" are the bad thing the audit found.
    "memantau",
    "memonitor",
    "dimonitor",
    "diperiksa",
    "memeriksa",
    "penegakan",
    "pengendalian",
    "pemenuhan",
    "intervensi",
    "mendapat",
    "mendapatkan",
    "memperoleh",
    "menerima",
    "dirawat",
    "perawatan",
    "pelayanan",
    // Cured, treated, found: a disease handled ("Angka kesembuhan TBC", "Cakupan penemuan
    // kasus TBC").
    "sembuh",
    "kesembuhan",
    "pengobatan",
    "penemuan",
    // Out of the bad state: "desa tertinggal yang naik status menjadi desa berkembang", "orang
    // yang keluar dari kemiskinan", "desa yang lepas dari status tertinggal", "korban yang
    // pulih", "balita stunting yang membaik status gizinya".
    "naik status",
    "keluar dari",
    "lepas dari",
    "terlepas dari",
    "terbebas",
    "terbebas dari",
    "pulih",
    "membaik",
    // Quitting: "Persentase perokok yang berhenti merokok".
    "berhenti",
    // Recipients ("siswa miskin penerima PIP"); a condition brought under control or back to
    // normal ("gula darahnya terkontrol", "berat badannya naik", "bersekolah kembali").
    "penerima",
    "terkontrol",
    "berat badannya naik",
    "naik berat badannya",
    "naik berat badan",
    "bersekolah kembali",
    "kembali bersekolah",
    "berkembang",
    "mandiri",
    // The handling verbs in their active form ("sekolah yang merehabilitasi ruang kelas rusak").
    "menangani",
    "menindaklanjuti",
    "menyelesaikan",
    "mengentaskan",
    "menurunkan",
    "mengurangi",
    "menanggulangi",
    "mencegah",
    "merehabilitasi",
    "memperbaiki",
    "memulihkan",
    "menertibkan",
    "menghapus",
    "dihapus",
    "dihapuskan",
    "penghapusan",
    // Enforcement (cases uncovered, acted on, goods seized and destroyed), pests and disease
    // kept in check ("tidak terkendali" is denied: see S108), people rescued.
    "diungkap",
    "terungkap",
    "pengungkapan",
    "ditindak",
    "penindakan",
    "disita",
    "penyitaan",
    "diamankan",
    "dimusnahkan",
    "pemusnahan",
    "dikendalikan",
    "terkendali",
    "diselamatkan",
    "penyelamatan",
];

/// Passive verbs that describe the bad thing itself, not what was done about it ("kasus yang
/// terjadi", "kehamilan yang tidak diinginkan").
pub const NOT_ACTED_ON: &[&str] = &[
    "terjadi",
    "dilaporkan",
    "terlapor",
    "tercatat",
    "terdampak",
    "terkena",
    "terinfeksi",
    "terpapar",
    "diinginkan",
    "dialami",
    "diderita",
    // States that are the bad thing itself: "hutan yang terbakar", "sungai yang tercemar",
    // "pegawai yang terlambat".
    "terbakar",
    "tercemar",
    "terlambat",
    // A sanction imposed is the bad thing itself ("pegawai yang dijatuhi hukuman disiplin").
    "dijatuhi",
    "dikenai",
    "dikenakan",
    "ditolak",
    "dibatalkan",
    "terendam",
    "terlibat",
    "tertunda",
    "terhambat",
    "terserang",
    "terlantar",
    "telantar",
    "terjangkit",
];

/// Abstract qualities: measured by an index or a share meeting a standard, never counted.
pub const QUALITIES: &[&str] = &[
    "kualitas",
    "mutu",
    "kinerja",
    "kepuasan",
    "akuntabilitas",
    "kapasitas",
    "kompetensi",
    "efektivitas",
    "efisiensi",
    "keandalan",
    "ketersediaan",
    "profesionalisme",
    "integritas",
    "kesejahteraan",
];

/// Evaluative adjectives that promise quality without saying how it is checked.
pub const EVALUATIVE: &[&str] = &[
    "berkualitas",
    "bermutu",
    "optimal",
    "maksimal",
    "prima",
    "memadai",
    "kondusif",
    "efektif",
    "efisien",
    "yang baik",
    "yang memuaskan",
    "dengan baik",
    "lebih baik",
    "semakin baik",
    "sebaik-baiknya",
];

/// Objects that name no output: "pemenuhan kebutuhan", "tugas khusus", "direktif pimpinan".
pub const VAGUE_OBJECTS: &[&str] = &[
    "tugas khusus",
    "tugas lain",
    "tugas lainnya",
    "tugas tambahan",
    "tugas kedinasan",
    "kedinasan lain",
    "tugas yang diberikan",
    "tugas-tugas yang diberikan",
    "yang diberikan oleh pimpinan",
    "yang diberikan pimpinan",
    "yang diberikan oleh atasan",
    "direktif pimpinan",
    "arahan pimpinan",
    "disposisi pimpinan",
    "perintah pimpinan",
    "sesuai dengan penugasan",
    "sesuai penugasan",
    "yang dibutuhkan",
    "yang diperlukan",
    "tertib administrasi",
    // Unnamed administration or support: "jasa penunjang urusan pemerintahan daerah",
    // "administrasi umum perangkat daerah" say which budget line, not which output.
    "penunjang urusan",
    "administrasi umum",
    // The routine support programmes of the older budget code (Permendagri 13/2006), named
    // where an output should be: "Persentase cakupan pelayanan administrasi perkantoran",
    // "… sarana dan prasarana (pelayanan) aparatur".
    "administrasi perkantoran",
    "prasarana aparatur",
    "prasarana pelayanan aparatur",
    // Support for running an office, with no output named ("Persentase dukungan manajemen",
    // "Persentase kelancaran operasional kantor"). "Manajemen risiko" is a named output.
    "dukungan manajemen",
    "kelancaran operasional",
    // Needs and support of the office itself, unnamed: "Terpenuhinya kebutuhan operasional
    // kantor", "Persentase layanan penunjang yang terpenuhi". (Named needs — "kebutuhan dasar
    // bidang pendidikan", "kebutuhan konsumsi pangan" — are not listed.)
    "kebutuhan operasional",
    "kebutuhan kantor",
    "kebutuhan perkantoran",
    "layanan penunjang",
    // The same for the office's goods and support by their kind, still unnamed: "Terpenuhinya
    // kebutuhan sarana dan prasarana kantor", "… kebutuhan ATK", "Tersedianya dukungan teknis
    // operasional", "Terdukungnya pelaksanaan tugas pimpinan". ("Kebutuhan pupuk bersubsidi"
    // and "dukungan psikososial" name what is needed.)
    "kebutuhan sarana dan prasarana kantor",
    "kebutuhan sarana prasarana kantor",
    "kebutuhan sarana kantor",
    "kebutuhan perlengkapan kantor",
    "kebutuhan peralatan kantor",
    "kebutuhan atk",
    "kebutuhan alat tulis kantor",
    "kebutuhan rumah tangga kantor",
    "kebutuhan logistik kantor",
    "dukungan teknis",
    "dukungan kesekretariatan",
    "layanan pendukung",
    "terdukungnya",
    "kebutuhan administrasi",
    // Work finished with nothing said of which: "Persentase tugas yang diselesaikan".
    "tugas yang diselesaikan",
    "penugasan yang diselesaikan",
    "pekerjaan yang diselesaikan",
];

/// After a head noun, what makes a share unmeasurable: fulfilling unnamed needs, raising
/// abstract qualities ("persentase pemenuhan sarana", "persentase peningkatan kualitas"), in
/// the noun or in the state it leaves ("persentase terpenuhinya kebutuhan operasional").
pub const VAGUE_AFTER_HEAD: &[&str] = &[
    "pemenuhan",
    "terpenuhinya",
    // "Persentase terkelolanya sarana …": managed by what standard?
    "terkelolanya",
    // "Persentase dukungan administrasi", "Persentase kelancaran pelayanan": support or
    // smoothness of something unnamed.
    "dukungan",
    "kelancaran",
    "peningkatan",
    "meningkatnya",
    "kelengkapan",
    "tertib",
];

/// Ratings of a physical condition ("kondisi baik", "kondisi mantap", "rusak berat", "siap
/// pakai"): a measure of "kondisi" with none of them (nor a standard or a number) says nothing
/// of which condition counts.
pub const CONDITION_RATINGS: &[&str] = &[
    "baik",
    "mantap",
    "sedang",
    "rusak",
    "ringan",
    "berat",
    "layak",
    "laik",
    "prima",
    "bagus",
    "buruk",
    "kritis",
    "stabil",
    "normal",
    "sehat",
    "aman",
    "berfungsi",
    "fungsional",
    "optimal",
    "memadai",
    "terpelihara",
    "tercemar",
    "membahayakan",
    "darurat",
    "siap",
    "bersih",
    "kemantapan",
    // The standard road and irrigation condition indices.
    "iri",
    "iksi",
];

/// Measure words that rate a thing themselves: "Indeks kondisi jalan", "Predikat kondisi
/// jembatan" need no rating word beside them.
pub const RATING_HEADS: &[&str] = &["indeks", "nilai", "skor", "predikat"];

/// Abstract things whose "peningkatan" or "pemenuhan" cannot be counted as such.
pub const ABSTRACT_OBJECTS: &[&str] = &[
    "kualitas",
    "mutu",
    "kinerja",
    "ekonomi",
    "kesejahteraan",
    "ketahanan",
    "kapasitas",
    "pelayanan",
    "layanan",
    "sarana",
    "prasarana",
    // "Persentase pemenuhan fasilitas …": facilities, like "sarana", unnamed.
    "fasilitas",
    "kebutuhan",
    "administrasi",
    "fasilitasi",
    "pengurusan",
    "dukungan",
    "koperasi",
    "kompetensi",
    "profesionalisme",
    "tata",
];

/// Passive forms of activity verbs: "… yang dievaluasi", "… yang diawasi", "… yang dibina"
/// describe what was *done* to the counted things, not what changed.
pub const ACTIVITY_PASSIVES: &[&str] = &[
    "dievaluasi",
    "direviu",
    "direview",
    "diawasi",
    "difasilitasi",
    "dibina",
    "dimonitor",
    "dimonitoring",
    // The same, as a state reached: "… yang terfasilitasi" was facilitated. (Not "terlatih":
    // "tenaga kesehatan terlatih" names a qualification.)
    "terfasilitasi",
    "tersosialisasi",
    "terbina",
    "teredukasi",
    "terdampingi",
    // Not "dipantau": "balita yang dipantau pertumbuhannya" is the growth-monitoring service
    // children receive (an SPM coverage), not the unit's rounds.
    "dimonev",
    "dikunjungi",
    "disosialisasikan",
    "dilatih",
    "didampingi",
    "dikoordinasikan",
    "dibimbing",
    "disupervisi",
    "dilaksanakan",
    "diselenggarakan",
    // Information material spread: "Jumlah leaflet yang didistribusikan", "… baliho yang
    // dipasang", "… konten yang diunggah".
    "didistribusikan",
    "disebarkan",
    "disebarluaskan",
    "dipasang",
    "diunggah",
    "ditempel",
    "diikuti",
    "dilakukan",
    "diadakan",
    "dihadiri",
    "diikutsertakan",
    "diinventarisasi",
    "didata",
    "diaudit",
    "ditinjau",
    "diinspeksi",
    "diobservasi",
    "divisitasi",
    "diasistensi",
    "disuluh",
    "diedukasi",
    "dibimtek",
];

/// Activity nouns that make a report a report *about an activity* ("Laporan Kegiatan …",
/// "Laporan Hasil Koordinasi …"), or that people merely take part in.
pub const REPORTED_ACTIVITIES: &[&str] = &[
    "kegiatan",
    "pelaksanaan",
    "penyelenggaraan",
    "koordinasi",
    "rapat",
    "monitoring",
    "monev",
    "pemantauan",
    "pengawasan",
    "asistensi",
    "musrenbang",
    "forum",
    "konsultasi",
    "rakor",
    "sosialisasi",
    "pembinaan",
    "kunjungan",
    "perjalanan",
    "keaktifan",
    "kehadiran",
    "pertemuan",
    "fasilitasi",
    "pendampingan",
    "supervisi",
    "seminar",
    "webinar",
    "workshop",
    "lokakarya",
    "bimtek",
    "diklat",
    "pelatihan",
    "bimbingan",
    "advokasi",
    "diseminasi",
    "desiminasi",
];

/// The state of work carried out, after a measure word: "Persentase terlaksananya program
/// kerja", "Tingkat keterlaksanaan kegiatan" measure work done, as "… yang dilaksanakan" does.
pub const CARRIED_OUT_STATES: &[&str] = &[
    "terlaksananya",
    "terlaksanakannya",
    "terselenggaranya",
    "keterlaksanaan",
    "keterselenggaraan",
];

/// The words by which an RHK says a routine was reached (see [`REACHED_ROUTINES`]).
pub const REACHED_LEADS: &[&str] = &["tercapainya", "terwujudnya"];

/// Routines an RHK may say were "reached" ("Tercapainya pengelolaan keuangan BOS",
/// "Terwujudnya penatausahaan keuangan"): a routine reached is a routine carried out, as
/// "Terlaksananya pengelolaan …" is. (A report reached is a deliverable.)
pub const REACHED_ROUTINES: &[&str] = &[
    "pengelolaan",
    "penatausahaan",
    "administrasi",
    "layanan",
    "pelayanan",
    "pemeliharaan",
    "perawatan",
    "tugas",
];

/// Words by which an RHK states the standard a routine reached, beyond [`MET_STANDARD`]:
/// "Tercapainya pengelolaan keuangan daerah yang akuntabel" is a governance goal (if vague,
/// S113's concern), not a routine reported.
pub const GOVERNANCE_STANDARDS: &[&str] =
    &["akuntabel", "transparan", "tertib", "efektif", "efisien"];

/// Contests, which can be won: "Jumlah kompetisi yang dimenangkan" counts outcomes.
pub const CONTESTS: &[&str] = &["lomba", "kompetisi", "turnamen"];

/// Records named after a process that are themselves the product a law or a budget cycle asks
/// for: the DPA and DPPA are the budget a unit carries out, the LPPD the regional government's
/// statutory report. Read whole, before a record is judged by the process it names.
pub const RECORD_PRODUCTS: &[&str] = &[
    "dokumen pelaksanaan anggaran",
    "dokumen pelaksanaan perubahan anggaran",
    "laporan penyelenggaraan pemerintahan",
    // UKL-UPL and RKL-RPL: the environmental management documents a permit requires.
    "dokumen pengelolaan lingkungan",
];

/// Routine work a *document* can be named after and still only record that the routine ran:
/// "Jumlah dokumen pengelolaan kerumahtanggaan …", "Tersusunnya dokumen pengelolaan
/// administrasi keuangan sekolah". Other routines name the document a routine produces
/// ("dokumen penatausahaan keuangan" are the SPP and SPM; "dokumen pelayanan perizinan" a
/// permit), so the list stays this short; the products named after "pengelolaan" itself (the
/// UKL-UPL) are among the [`RECORD_PRODUCTS`].
pub const DOCUMENTED_ROUTINES: &[&str] = &["pengelolaan"];

/// Routine work a *report* can be about ("Jumlah laporan pengelolaan aset sekolah", "Laporan
/// penatausahaan keuangan"): a report that only records that the routine ran, not what it
/// achieved. Only after "laporan" (a "dokumen pelayanan perizinan" is a permit issued).
/// "laporan keuangan", "laporan kinerja", "laporan pertanggungjawaban" and "laporan hasil
/// pemeriksaan" name products and never start with these words.
pub const REPORTED_ROUTINES: &[&str] = &[
    "pengelolaan",
    "administrasi",
    "pelayanan",
    "layanan",
    "penyusunan",
    "pengumpulan",
    "penatausahaan",
    "penyediaan",
    "pemeliharaan",
    "perawatan",
    "pengadaan",
    "jasa",
    "tugas",
    // The standing administrative functions of an office, reported as they run.
    "kepegawaian",
    "ketatausahaan",
    "kerumahtanggaan",
    "kearsipan",
    "kesekretariatan",
    "ketatalaksanaan",
    "tatalaksana",
    "kehumasan",
    "humas",
    "keprotokolan",
    "kerjasama",
];

/// The same standing functions named in two words ("Laporan Rumah Tangga", "Laporan Tata
/// Usaha", "Laporan Hubungan Masyarakat").
pub const REPORTED_ROUTINE_PAIRS: &[(&str, &str)] = &[
    ("rumah", "tangga"),
    ("tata", "usaha"),
    ("tata", "laksana"),
    ("hubungan", "masyarakat"),
    ("kerja", "sama"),
];

/// Process nouns whose report *is* the product: a financial or accountability statement, an
/// audit, research, test, investigation or case-handling report, an appraisal, a revenue or
/// stock account.
pub const REPORT_PRODUCTS: &[&str] = &[
    "pertanggungjawaban",
    "pemeriksaan",
    "penanganan",
    "penelitian",
    "pengujian",
    "penyidikan",
    "penyelidikan",
    "pendapatan",
    "penerimaan",
    "pengeluaran",
    "persediaan",
    "perhitungan",
    "penilaian",
    "pengaduan",
    "pengkajian",
    "perkara",
];

/// Process nouns (pe(N)-…-an) that name what a process yields, not its doing: "Jumlah
/// pendapatan", "Jumlah penghargaan", "Jumlah penempatan tenaga kerja" count results.
pub const PROCESS_RESULTS: &[&str] = &[
    "pendapatan",
    "penerimaan",
    "pengeluaran",
    "penjualan",
    "penghargaan",
    "pengaduan",
    "penempatan",
    "penyerapan",
    "pemukiman",
    "penginapan",
    "pengetahuan",
    "penanaman",
    "pembiayaan",
    "pemenuhan",
    "pengangguran",
    "peningkatan",
    "penurunan",
    "penyelesaian",
    // People, not a doing: "Jumlah pensiunan yang menerima tunjangan hari tua".
    "pensiunan",
];

/// Whether a report named by `word` (the word after "laporan") only records work carried out:
/// a routine of [`REPORTED_ROUTINES`], or any process noun pe(N)-/per-…-an ("Laporan
/// Pengelolaan Aset", "Laporan Perencanaan Anggaran", "Laporan Pembinaan …") other than the
/// [`REPORT_PRODUCTS`]. The morphology carries it, not a list of every routine there is.
/// `next` is the word after, for the functions named in two words.
pub fn reports_routine(word: &str, next: Option<&str>) -> bool {
    if REPORTED_ROUTINES.contains(&word)
        || next.is_some_and(|n| REPORTED_ROUTINE_PAIRS.contains(&(word, n)))
    {
        return true;
    }
    let process = word.chars().count() >= 8
        && word.ends_with("an")
        && ["pe", "pem", "pen", "peng", "peny", "per", "pel"]
            .iter()
            .any(|p| word.starts_with(p));
    process && !REPORT_PRODUCTS.contains(&word)
}

/// Words that name an outcome achieved by people who took part ("peserta yang lulus").
pub const OUTCOMES: &[&str] = &[
    "mencapai",
    "memenuhi",
    "lulus",
    "kelulusan",
    "berhasil",
    "tersertifikasi",
    "bersertifikat",
    "kompeten",
    "ditempatkan",
    "bekerja",
    "membentuk",
    "meningkat",
    "menerapkan",
    "mandiri",
    // Competitions won: "Jumlah lomba yang dimenangkan", "… meraih juara".
    "dimenangkan",
    "menang",
    "juara",
    "dijuarai",
];

/// Target values that are grades or categories, not numbers.
pub const CATEGORICAL_TARGETS: &[&str] = &[
    "aa",
    "a",
    "bb",
    "b",
    "cc",
    "c",
    "wtp",
    "wdp",
    "tmp",
    "tw",
    "paripurna",
    "utama",
    "madya",
    "dasar",
    "perdana",
    "unggul",
    "baik",
    "sangat baik",
    "baik sekali",
    "memuaskan",
    "istimewa",
    "terakreditasi",
    "akreditasi",
    "level",
    "tingkat",
    "predikat",
    "kategori",
    "nilai",
    "opini",
    "maju",
    "mandiri",
    "berkembang",
    "internasional",
    "nasional",
    "zona",
    "wbk",
    "wbbm",
    "informatif",
    "menuju",
    "sehat",
    "layak",
    "tinggi",
    "sedang",
    "hijau",
    "kuning",
    "merah",
];

/// What an RHK says was merely *done* after "Terlaksananya" (an activity, not a result).
pub const DONE_ACTIVITIES: &[&str] = &[
    "kolaborasi",
    "pendampingan",
    "keterlibatan",
    "supervisi",
    "fasilitasi",
    "monitoring",
    "monev",
    "kunjungan",
    "kegiatan",
    "rapat",
    "pertemuan",
    "sosialisasi",
    "koordinasi",
    "bimtek",
    "workshop",
    "seminar",
    "pelatihan",
    "penyusunan",
    "pembinaan",
    "penyebaran",
    "fgd",
    "monitoring",
    "monev",
    "kunjungan",
    "acara",
];

/// Routine office provision with no named output: counting these "… yang disediakan / yang
/// terlayani" counts months of service provided, not results ("Jumlah layanan umum kantor yang
/// disediakan", "Jumlah pemeliharaan barang milik daerah yang terlayani").
pub const SERVICE_OBJECTS: &[&str] = &[
    "layanan",
    "administrasi",
    "jasa",
    "pengadaan",
    "pemeliharaan",
];

/// Verbs saying a service was provided or handled, with no output named.
pub const SERVICE_PROVIDED: &[&str] = &[
    "disediakan",
    "terlayani",
    "dilayani",
    "tersedia",
    "diselesaikan",
];

/// Whether the words after "laporan" say what the report is of was provided ("Laporan paket
/// bahan logistik kantor yang disediakan"): a record of routine provision, with nothing said of
/// what it made possible. Returns the verb.
pub fn reports_provision(after_report: &[Word]) -> Option<&Word> {
    let at = after_report
        .windows(2)
        .position(|p| p[0].text == "yang" && is_verb_of(&p[1].text, &["disediakan"]))?;
    // What was provided are goods or services ("paket bahan logistik"), not the report itself
    // ("laporan statistik sektoral yang disediakan bagi pimpinan" is the product).
    after_report[..at]
        .iter()
        .any(|w| PROVIDED_GOODS.contains(&w.text.as_str()))
        .then(|| &after_report[at + 1])
}

/// Goods and services an office provides to itself: a report of their provision records the
/// routine.
const PROVIDED_GOODS: &[&str] = &[
    "paket",
    "bahan",
    "barang",
    "logistik",
    "peralatan",
    "perlengkapan",
    "atk",
    "jasa",
    "layanan",
    "konsumsi",
];

/// "Served": said of people and requests. A report or an administration "yang terlayani" is
/// an administrative service provided ("Jumlah laporan administrasi keuangan yang terlayani").
pub const SERVED: &[&str] = &["terlayani", "dilayani"];

/// Whether `word` is one of `verbs`, forgiving one typo in words of eight letters or more
/// (`tterlayani`, `disediakn`).
pub fn is_verb_of(word: &str, verbs: &[&str]) -> bool {
    verbs.contains(&word)
        || (word.chars().count() >= 8
            && verbs.iter().any(|v| {
                v.chars().count() >= 8
                    && v.chars().count().abs_diff(word.chars().count()) <= 1
                    && strsim::damerau_levenshtein(word, v) == 1
            }))
}

/// Words that state a criterion for what is counted (a condition, a standard, a deadline, a
/// share of a need): "Persentase dokumen perencanaan *yang* disahkan", "Persentase laporan
/// keuangan *sesuai* SAP". Without one, a share of documents says nothing about what makes a
/// document count.
pub const CRITERIA: &[&str] = &[
    "yang",
    "sesuai",
    "dengan",
    "tepat",
    "layak",
    "memenuhi",
    "standar",
    "kondisi",
    "baik",
    "berfungsi",
    "terhadap",
    "dari",
    "mantap",
    "tanpa",
    "kurang",
    "paling",
    "dalam",
    "minimal",
];

/// What an indicator counts, or what a unit counts, by kind: a count of services is not
/// measured in people, nor a count of activities in documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountKind {
    /// People: orang, jiwa, pegawai, peserta, pasien.
    Person,
    /// Documents and reports.
    Document,
    /// Events and activities: kegiatan, rapat, sosialisasi.
    Event,
    /// Services: layanan.
    Service,
    /// Places and bodies counted whole: desa, kampung, sekolah, puskesmas, OPD.
    Place,
    /// Built or made things: sistem, aplikasi, gedung, kendaraan, alat.
    Thing,
}

const PERSON_COUNTS: &[&str] = &[
    "orang",
    "jiwa",
    "pegawai",
    "asn",
    "pns",
    "peserta",
    "pasien",
    "siswa",
    "murid",
    "penduduk",
    "aparatur",
    "mahasiswa",
    "guru",
    "lansia",
    "balita",
    "baduta",
    "bayi",
    "anak",
    "remaja",
    "ibu",
    "ayah",
    "pengasuh",
    "kader",
    "petani",
    "nelayan",
    "wisatawan",
    "pengunjung",
    "akseptor",
    "penyuluh",
    "pendamping",
    "relawan",
    "warga",
    "masyarakat",
    "keluarga",
    "kk",
    "pelajar",
    "santri",
    "lulusan",
    "pemuda",
    "perempuan",
    "pekerja",
    "tenaga",
    "pengantin",
    "pengrajin",
    "peternak",
    "pembudidaya",
    "atlet",
    "penyandang",
    "narapidana",
    "tahanan",
    "dokter",
    "bidan",
    "perawat",
    "nakes",
    // The abbreviation planning tables write as a unit ("12 Org").
    "org",
];
const DOCUMENT_COUNTS: &[&str] = &[
    "dokumen",
    "laporan",
    "naskah",
    "berkas",
    "surat",
    "sk",
    "buku",
    "rekomendasi",
    "kajian",
    // Abbreviations of units in planning tables ("11 Lap", "2 Dok").
    "lap",
    "dok",
];
// Not "kunjungan": visits are counted in visitors ("Jumlah kunjungan wisatawan", 5 000 orang).
const EVENT_COUNTS: &[&str] = &[
    "kegiatan",
    "rapat",
    "koordinasi",
    "sosialisasi",
    "pertemuan",
    "bimtek",
    "workshop",
    "seminar",
    "rakor",
    "rakornis",
    "rakortek",
    "rakorda",
    "roadshow",
    "monev",
    "monitoring",
    "keg",
];
const SERVICE_COUNTS: &[&str] = &["layanan"];
const THING_COUNTS: &[&str] = &[
    "sistem",
    "aplikasi",
    "website",
    "situs",
    "gedung",
    "bangunan",
    "kendaraan",
    "kapal",
    "alat",
    "peralatan",
    "mesin",
    "komputer",
    "server",
    "jembatan",
    "embung",
    "bendungan",
    "sumur",
];
const PLACE_COUNTS: &[&str] = &[
    // "Jumlah daerah yang …", "Jumlah provinsi yang …": regions, in a national ministry's PK.
    "daerah",
    "provinsi",
    "desa",
    "kelurahan",
    "kampung",
    "nagari",
    "gampong",
    "kecamatan",
    "kabupaten",
    "kota",
    "sekolah",
    "madrasah",
    "puskesmas",
    "posyandu",
    "opd",
    "koperasi",
    "dusun",
    "lembaga",
    "instansi",
    "perusahaan",
    "pasar",
    // Offices counted whole in a ministry's or a regency's PK ("Jumlah satker yang …").
    "satker",
    "upt",
    "uptd",
    "skpd",
    "kpu",
    "bumdes",
    "bumdesa",
];

/// Offices written out in words, counted whole as their abbreviations are ("Jumlah perangkat
/// daerah yang …", "Jumlah satuan kerja yang …"); each alone means something else (a device,
/// a unit of measure).
const PLACE_PHRASES: &[&[&str]] = &[
    &["satuan", "kerja"],
    &["unit", "kerja"],
    &["perangkat", "daerah"],
    &["organisasi", "perangkat", "daerah"],
    &["unit", "pelaksana", "teknis"],
    &["satuan", "pendidikan"],
];

/// The kind of thing counted by the words from `i` on, and the words that name it: an office
/// written out, else the word at `i` ([`count_kind`]).
pub fn count_kind_at(ws: &[Word], i: usize) -> Option<(CountKind, String)> {
    let rest = ws.get(i..)?;
    if let Some(p) = PLACE_PHRASES
        .iter()
        .find(|p| p.len() <= rest.len() && p.iter().zip(rest).all(|(a, w)| *a == w.text))
    {
        return Some((CountKind::Place, p.join(" ")));
    }
    let w = rest.first()?;
    count_kind(&w.text).map(|k| (k, w.text.clone()))
}

/// The kind of thing `word` counts, when it names one.
pub fn count_kind(word: &str) -> Option<CountKind> {
    let w = norm(word);
    let w = w.as_str();
    if PERSON_COUNTS.contains(&w) {
        Some(CountKind::Person)
    } else if DOCUMENT_COUNTS.contains(&w) {
        Some(CountKind::Document)
    } else if EVENT_COUNTS.contains(&w) {
        Some(CountKind::Event)
    } else if SERVICE_COUNTS.contains(&w) {
        Some(CountKind::Service)
    } else if PLACE_COUNTS.contains(&w) {
        Some(CountKind::Place)
    } else if THING_COUNTS.contains(&w) {
        Some(CountKind::Thing)
    } else {
        None
    }
}

/// Whether a count of `object` cannot be written in a unit of `unit`: people are not counted
/// in documents, services or activities, nor those in people. Activities, services and
/// documents may stand for each other in a unit ("12 laporan" of a monthly service, "3
/// kegiatan layanan"), so only the line between people and things is judged, a count of
/// places or bodies in anything but places ("Jumlah desa …" in `laporan`), and a count of built
/// things in anything but things, places or services ("Jumlah sistem informasi …" in
/// `laporan`: the reports are not the systems). The reverse is not judged: "Jumlah laporan
/// keuangan" may be targeted as "45 OPD" that submit one.
pub fn kinds_contradict(object: CountKind, unit: CountKind) -> bool {
    use CountKind::{Person, Place, Service, Thing};
    object != unit
        && (object == Person
            || unit == Person
            || object == Place
            || object == Thing && !matches!(unit, Place | Service))
}

/// Words that label a number in a target ("Indeks 3 (Skala 4)", "Skor 80", "Nilai 3,5"): a
/// target made of these and a number is a number, not a missing one.
pub const NUMBER_LABELS: &[&str] = &[
    "indeks", "index", "skor", "score", "skala", "nilai", "poin", "point", "angka",
];

/// Meetings and events: what happens at them is the result, not when they were held
/// ("Ketepatan jadwal pelaksanaan pertemuan koordinasi").
pub const MEETINGS: &[&str] = &[
    "rapat",
    "rakor",
    "pertemuan",
    "koordinasi",
    "sosialisasi",
    "seminar",
    "webinar",
    "workshop",
    "lokakarya",
    "fgd",
    "diskusi",
    "sarasehan",
];
