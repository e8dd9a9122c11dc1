//! The command line's help in Bahasa Indonesia, keyed as `cli::localize` walks the command tree:
//! `skp evidence add` is a command's description, `skp evidence add:manifest` one of its
//! arguments (by clap's id, the field's name), `skp:lang` a global flag, and `KEY=VALUE` the
//! meaning of one value of a flag (a rule code's is its summary in the rule registry). The
//! English is the doc comment in `cli/mod.rs`; a test there fails when a text has no
//! Indonesian one here, or one here has no English left.

/// The Indonesian text under `key`.
pub fn text(key: &str) -> Option<&'static str> {
    TEXTS.iter().find(|(k, _)| *k == key).map(|(_, t)| *t)
}

/// Every text, in the order of `skp --help` and each command's.
pub static TEXTS: &[(&str, &str)] = &[
    (
        "skp",
        "Pemeriksa (linter), buku catatan bukti dukung, dan laporan cakupan untuk SKP (PermenPANRB 6/2022) yang disimpan sebagai YAML",
    ),
    (
        "skp:lang",
        "Bahasa pesan: id (Bahasa Indonesia, bawaan) atau en",
    ),
    ("skp:lang=id", "Bahasa Indonesia"),
    ("skp:lang=en", "Bahasa Inggris"),
    (
        "skp:output",
        "Tulis keluaran perintah ke FILE, bukan ke keluaran standar (stdout). Berkas ditulis utuh, atau tidak ditulis sama sekali bila perintah gagal. `skp check` juga menerima `-o FORMAT=FILE` (dapat diulang) untuk laporan tambahan dari pemeriksaan yang sama, mis. `-o sarif=skp.sarif -o junit=skp.xml`. FILE tidak boleh berakhiran .yaml, .yml, atau .toml (nama berkas rencana, buku catatan bukti, dan skp.toml), tidak boleh berada di dalam `.git`, `.skp`, atau folder `bukti/`, tidak boleh menimpa bukti dukung yang dicatat tanpa disalin ke `bukti/`, dan tidak boleh ditulis lewat tautan simbolik (symlink) ke luar folder saat ini",
    ),
    (
        "skp:color",
        "Kapan memakai warna: auto (hanya di terminal, dengan mematuhi NO_COLOR), always, never",
    ),
    (
        "skp:color=auto",
        "Berwarna hanya di terminal, dengan mematuhi NO_COLOR",
    ),
    ("skp:color=always", "Selalu berwarna"),
    ("skp:color=never", "Tanpa warna"),
    (
        "skp check",
        "Periksa setiap berkas rencana di ruang kerja (struktur, indikator SMART, keselarasan, bukti dukung)",
    ),
    (
        "skp check:paths",
        "Berkas atau folder yang temuannya dilaporkan (semua berkas tetap selalu dibaca)",
    ),
    (
        "skp check:mask",
        "Samarkan NIP dan nama orang selain pegawai yang bersangkutan, dan data pribadi (NIK, nomor telepon, e-mail …) dalam keluaran, agar dapat dibagikan ke luar unit. Tidak dapat digabung dengan format untuk alat CI (sarif, github, gitlab, junit): jalur berkas yang disamarkan tidak lagi menunjuk berkas yang ada",
    ),
    ("skp check:format", "Format keluaran"),
    (
        "skp check:format=human",
        "Untuk dibaca di terminal: setiap temuan beserta kutipan baris berkasnya",
    ),
    (
        "skp check:format=concise",
        "Satu baris per temuan: `path:line:col: level[CODE]: message`",
    ),
    (
        "skp check:format=json",
        "Kontrak JSON yang stabil (untuk program lain dan dasbor)",
    ),
    (
        "skp check:format=sarif",
        "SARIF 2.1.0 (GitHub code scanning dan penampil SARIF lainnya)",
    ),
    (
        "skp check:format=github",
        "Anotasi GitHub Actions (workflow commands) beserta ringkasan job",
    ),
    ("skp check:format=gitlab", "Laporan GitLab Code Quality"),
    ("skp check:format=junit", "JUnit XML"),
    (
        "skp check:fail_on",
        "Keluar dengan kode 1 bila ada temuan pada tingkat ini atau di atasnya",
    ),
    (
        "skp check:fail_on=error",
        "Hanya kesalahan yang membuat pemeriksaan gagal",
    ),
    (
        "skp check:fail_on=warning",
        "Kesalahan dan peringatan membuat pemeriksaan gagal",
    ),
    (
        "skp check:workspace",
        "Ruang kerja: sebuah folder di dalamnya (bawaan: PATH pertama; bila tidak ada, folder saat ini). Setiap perintah menerima opsi ini, sehingga hook dan job CI menyebut ruang kerja di subfolder dengan cara yang sama",
    ),
    (
        "skp check:tracked_only",
        "Baca hanya berkas rencana yang dilacak git: untuk hook pre-commit, agar berkas yang masih ditulis dan belum ditambahkan ke git tidak menghalangi commit yang tidak berkaitan",
    ),
    (
        "skp check:exit_zero",
        "Keluar dengan kode 0 meskipun ada temuan (tetap 2 bila pemeriksaan tidak dapat dijalankan), mis. untuk mengunggah laporan SARIF dari job yang tidak boleh gagal",
    ),
    (
        "skp check:select",
        "Jalankan hanya aturan dengan kode atau awalan kode ini (dipisah koma, dapat diulang); menggantikan `select` di skp.toml",
    ),
    (
        "skp check:ignore",
        "Lewati kode aturan atau awalan kode ini (dipisah koma, dapat diulang)",
    ),
    (
        "skp check:statistics",
        "Hitung jumlah temuan per aturan, bukan mendaftar temuannya (dengan format human atau concise)",
    ),
    (
        "skp check:list_files",
        "Tampilkan daftar berkas yang dibaca dan yang diabaikan, lalu keluar",
    ),
    (
        "skp check:as_of",
        "Terapkan aturan yang bergantung pada tanggal (cakupan bukti dukung) per DATE (YYYY-MM-DD) atau `today`. Tanpa opsi ini `check` tidak melaporkan celah cakupan (agar hasilnya tidak berubah menurut hari); `skp report` menampilkannya per hari ini",
    ),
    (
        "skp check:baseline",
        "Sembunyikan temuan yang tercatat di berkas baseline ini; laporkan hanya temuan baru (serta F001, F008, F009: berkas yang tidak dapat dibaca atau diurai tidak pernah disembunyikan)",
    ),
    (
        "skp check:write_baseline",
        "Catat semua temuan saat ini di FILE (baseline untuk repositori lama), lalu keluar dengan kode 0; F001, F008, dan F009 tidak dicatat, karena tidak ada baseline yang menyembunyikannya",
    ),
    (
        "skp check:changed_since",
        "Laporkan hanya temuan yang baru muncul sejak revisi git REV (diperiksa di worktree sementara)",
    ),
    (
        "skp check:no_exemptions",
        "Abaikan semua pengecualian (untuk audit): komentar `# skp: abaikan` di berkas, `abaikan` di buku catatan bukti, baseline, serta daftar `ignore` dan tingkat `off` di skp.toml",
    ),
    (
        "skp init",
        "Buat ruang kerja, atau tambahkan SKP untuk satu pegawai (--skp)",
    ),
    (
        "skp init:dir",
        "Folder ruang kerja baru (bawaan: folder saat ini). Dengan --skp: diabaikan",
    ),
    (
        "skp init:year",
        "Tahun ruang kerja (bawaan: tahun berjalan)",
    ),
    (
        "skp init:nested",
        "Buat ruang kerja meskipun berada di dalam ruang kerja lain (`skp check` pada ruang kerja luar akan melewati folder ini; ruang kerja bersarang diperiksa tersendiri)",
    ),
    (
        "skp init:skp",
        "Tambahkan SKP untuk satu pegawai ke ruang kerja tempat folder saat ini berada",
    ),
    ("skp init:nip", "NIP pegawai (18 digit)"),
    ("skp init:name", "Nama lengkap pegawai"),
    (
        "skp init:position",
        "Jabatan, mis. \"Pranata Komputer Ahli Pertama\"",
    ),
    (
        "skp init:rank",
        "Pangkat/golongan pegawai, mis. \"Penata Muda (III/a)\", yang dicetak di formulir (bila tidak diberikan, ditulis sebagai komentar untuk diisi)",
    ),
    (
        "skp init:position_type",
        "Jenis jabatan: jpt_utama, jpt_madya, jpt_pratama, administrator, pengawas, pelaksana, fungsional",
    ),
    ("skp init:unit", "Unit kerja"),
    ("skp init:appraiser_nip", "NIP pejabat penilai kinerja"),
    ("skp init:appraiser_name", "Nama pejabat penilai kinerja"),
    (
        "skp init:appraiser_position",
        "Jabatan pejabat penilai kinerja",
    ),
    (
        "skp init:appraiser_rank",
        "Pangkat/golongan pejabat penilai kinerja, yang dicetak di formulir",
    ),
    (
        "skp schema",
        "Tampilkan JSON Schema (draft 2020-12) berkas rencana, untuk pelengkapan otomatis dan validasi di editor teks",
    ),
    (
        "skp schema:kind",
        "Satu jenis (Skp, Renstra, PerjanjianKinerja, BuktiDukung, Realisasi, CapaianOrganisasi); bawaan: semua jenis",
    ),
    (
        "skp evidence",
        "Catat, tampilkan, dan verifikasi bukti dukung berdasarkan SHA-256",
    ),
    (
        "skp evidence add",
        "Hitung hash berkas (atau catat tautan) dan catat di buku catatan bukti SKP",
    ),
    ("skp evidence add:files", "Berkas yang dicatat"),
    (
        "skp evidence add:for_",
        "RHK, IKI, atau `perilaku/<value>` yang didukung bukti ini (dapat diulang), mis. `--for IKI-1.1`",
    ),
    (
        "skp evidence add:period",
        "Periode: 2026, 2026-01…12, 2026-TW1…4, 2026-S1/S2",
    ),
    (
        "skp evidence add:nip",
        "NIP pegawai (untuk menemukan SKP-nya pada periode itu)",
    ),
    ("skp evidence add:skp", "Id SKP"),
    (
        "skp evidence add:jenis",
        "Jenis bukti (dokumen, laporan, foto, …); bawaan: menurut ekstensi berkas",
    ),
    (
        "skp evidence add:date",
        "Tanggal pekerjaan yang ditunjukkan bukti ini (YYYY-MM-DD). Berikan untuk periode yang sudah berakhir: tanpa tanggal, bukti dihitung pada hari pencatatannya, di luar periode itu",
    ),
    ("skp evidence add:note", "Catatan"),
    (
        "skp evidence add:force",
        "Terima berkas yang melebihi `max_size_mb`",
    ),
    (
        "skp evidence add:url",
        "Catat tautan (http/https), bukan berkas",
    ),
    (
        "skp evidence add:manifest",
        "Tambahkan banyak bukti sekaligus dari CSV dengan kolom skp atau nip, for, period, file, type, date, note (dipisah `,`, `;`, atau tab; UTF-8, UTF-16, atau Windows-1252, sebagaimana disimpan spreadsheet); kolom lain ditolak, karena kolom yang salah eja akan kehilangan nilainya. Bila satu baris gagal, tidak ada baris untuk SKP yang sama yang dicatat; baris SKP lain tetap dicatat. Manifest yang sama boleh dijalankan ulang: hanya baris yang belum tercatat yang ditambahkan",
    ),
    (
        "skp evidence add:workspace",
        "Sebuah folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp evidence list",
        "Tampilkan daftar bukti dukung yang tercatat",
    ),
    (
        "skp evidence list:nip",
        "NIP pegawai (untuk menemukan SKP-nya pada periode itu)",
    ),
    ("skp evidence list:skp", "Id SKP"),
    ("skp evidence list:for_", "Hanya bukti untuk RHK/IKI ini"),
    (
        "skp evidence list:period",
        "Hanya bukti periode ini (atau periode di dalamnya)",
    ),
    ("skp evidence list:jenis", "Hanya bukti jenis ini"),
    (
        "skp evidence list:wide",
        "Jangan persingkat jalur yang panjang agar muat di terminal (keluaran ke berkas atau pipe selalu memuat jalur utuh)",
    ),
    (
        "skp evidence list:workspace",
        "Sebuah folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp evidence verify",
        "Periksa setiap berkas yang tercatat terhadap hash-nya; laporkan berkas yang berubah, hilang, pindah, tidak tercatat, dan belum diambil",
    ),
    (
        "skp evidence verify:full",
        "Hitung ulang hash setiap berkas, tanpa memakai cache stat",
    ),
    (
        "skp evidence verify:workspace",
        "Sebuah folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp evidence relink",
        "Perbaiki jalur berkas yang pindah, yang ditemukan berdasarkan hash-nya",
    ),
    (
        "skp evidence relink:workspace",
        "Sebuah folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp evidence rm",
        "Hapus satu entri dari buku catatan bukti (menurut awalan unik SHA-256-nya, atau URL-nya)",
    ),
    (
        "skp evidence rm:id",
        "Awalan unik SHA-256 entri, atau URL-nya",
    ),
    (
        "skp evidence rm:nip",
        "NIP pegawai (untuk menemukan SKP-nya pada periode itu)",
    ),
    ("skp evidence rm:skp", "Id SKP"),
    (
        "skp evidence rm:period",
        "Periode yang catatannya dihapus, bila berkas atau tautan yang sama tercatat untuk beberapa periode",
    ),
    (
        "skp evidence rm:delete_file",
        "Hapus juga berkas yang disalin skp ke folder bukti/ milik SKP ini (tidak dihapus bila masih dipakai catatan lain, ada buku catatan bukti yang tidak dapat dibaca, atau isinya tidak lagi sama dengan yang dicatat)",
    ),
    (
        "skp evidence rm:workspace",
        "Sebuah folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp evidence abaikan",
        "Catat alasan untuk mengabaikan satu temuan aturan bukti dukung (B) pada satu entri",
    ),
    (
        "skp evidence abaikan:id",
        "Awalan unik SHA-256 entri, atau URL-nya",
    ),
    (
        "skp evidence abaikan:kode",
        "Kode aturan B yang diabaikan untuk entri ini",
    ),
    ("skp evidence abaikan:alasan", "Alasannya (wajib)"),
    (
        "skp evidence abaikan:period",
        "Periode yang catatannya dikecualikan, bila berkas atau tautan yang sama tercatat untuk beberapa periode",
    ),
    (
        "skp evidence abaikan:nip",
        "NIP pegawai (untuk menemukan SKP-nya pada periode itu)",
    ),
    ("skp evidence abaikan:skp", "Id SKP"),
    (
        "skp evidence abaikan:workspace",
        "Sebuah folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp tree",
        "Tampilkan kaskade Renstra → PK → RHK setiap jenjang → bawahan, dengan celah ditandai",
    ),
    (
        "skp tree:path",
        "Folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    ("skp tree:format", "Format keluaran"),
    ("skp tree:format=text", "Pohon bertingkat dengan indentasi"),
    ("skp tree:format=json", "JSON bersarang"),
    (
        "skp tree:format=mermaid",
        "Diagram alir Mermaid (tampil di GitHub dan GitLab)",
    ),
    ("skp tree:format=dot", "Graphviz dot"),
    (
        "skp tree:nip",
        "Hanya cabang yang memuat hasil kerja pegawai ini, beserta hasil yang mengintervensinya",
    ),
    (
        "skp tree:unit",
        "Hanya cabang yang memuat hasil kerja unit kerja ini (cocok dengan sebagian teks; huruf besar/kecil tidak dibedakan)",
    ),
    (
        "skp tree:uncovered",
        "Hanya celahnya: indikator PK yang belum dijabarkan ke RHK mana pun, hasil yang belum diintervensi siapa pun, dan RHK yang tidak terhubung ke hasil atasan maupun PK/Renstra",
    ),
    (
        "skp report",
        "Cakupan bukti dukung per pegawai, indikator, dan periode (celah lebih dulu); `report mph` untuk Matriks Peran Hasil",
    ),
    (
        "skp report:as_of",
        "Hitung per tanggal DATE (YYYY-MM-DD) atau `today` (bawaan: hari ini menurut zona waktu ruang kerja)",
    ),
    (
        "skp report:mask",
        "Samarkan NIP dan nama orang selain pegawai yang bersangkutan, dan data pribadi (NIK, nomor telepon, e-mail …) dalam keluaran, agar dapat dibagikan ke luar unit",
    ),
    ("skp report:format=table", "Tabel untuk terminal"),
    ("skp report:format=json", "Kontrak JSON yang stabil"),
    (
        "skp report:format=csv",
        "CSV (dengan --excel: pemisah `;`, BOM, sel tidak terbaca sebagai rumus)",
    ),
    ("skp report:format=markdown", "Tabel Markdown"),
    (
        "skp report:format=github",
        "Tabel ringkasan Markdown, juga ke `$GITHUB_STEP_SUMMARY` bila variabel itu ada",
    ),
    (
        "skp report:format=html",
        "Dasbor cakupan dalam satu berkas (heatmap, celah per pegawai); pakai -o FILE",
    ),
    (
        "skp report:excel",
        "CSV untuk program spreadsheet: `;`, koma desimal, BOM, sel yang tidak terbaca sebagai rumus",
    ),
    ("skp report:nip", "Hanya pegawai ini"),
    (
        "skp report:unit",
        "Hanya unit kerja ini (cocok dengan sebagian teks; huruf besar/kecil tidak dibedakan)",
    ),
    (
        "skp report:penilai",
        "Hanya pegawai yang pejabat penilainya ber-NIP ini",
    ),
    (
        "skp report:fail_on",
        "Keluar dengan kode 1 bila ditemukan celah (dengan `tamper`: hanya bila ada bukti dukung yang berubah atau hilang)",
    ),
    (
        "skp report:fail_on=gap",
        "Sel jatuh tempo: kosong, kurang, tidak_terverifikasi, berubah, hilang",
    ),
    (
        "skp report:fail_on=tamper",
        "Hanya bukti dukung yang berubah atau hilang sejak dicatat",
    ),
    (
        "skp report:workspace",
        "Folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp report mph",
        "Matriks Peran Hasil: indikator pimpinan sebagai kolom, pegawai yang mengintervensinya sebagai baris",
    ),
    (
        "skp report mph:nip",
        "NIP pimpinan yang indikatornya menjadi kolom",
    ),
    (
        "skp report mph:skp",
        "Id SKP pimpinan, bila NIP itu memiliki lebih dari satu SKP",
    ),
    ("skp report mph:format", "Format keluaran"),
    ("skp report mph:format=table", "Tabel untuk terminal"),
    (
        "skp report mph:format=csv",
        "CSV (dengan --excel: pemisah `;`, BOM, sel tidak terbaca sebagai rumus)",
    ),
    ("skp report mph:format=markdown", "Tabel Markdown"),
    (
        "skp report mph:excel",
        "CSV untuk program spreadsheet: pemisah `;`, BOM, sel yang tidak terbaca sebagai rumus",
    ),
    (
        "skp report mph:wide",
        "Tabel dengan setiap teks utuh dan tanpa batas lebar (bawaan: id di judul kolom dengan keterangan di bawah tabel, isi sel dipersingkat, lebar disesuaikan dengan terminal)",
    ),
    (
        "skp report mph:path",
        "Folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp report exemptions",
        "Semua pengecualian: yang ditulis langsung di berkas, `abaikan` di buku catatan bukti, `ignore` di konfigurasi, beserta alasan dan (dari git) penulisnya",
    ),
    ("skp report exemptions:format=table", "Tabel untuk terminal"),
    (
        "skp report exemptions:format=csv",
        "CSV (dengan --excel: pemisah `;`, BOM, sel tidak terbaca sebagai rumus)",
    ),
    ("skp report exemptions:format=markdown", "Tabel Markdown"),
    (
        "skp report exemptions:workspace",
        "Folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp report target",
        "Per indikator: baseline, target dan realisasi tahun lalu, target tahun ini, dan jumlah target bawahan — tampilan untuk dialog kinerja yang menyepakati target",
    ),
    ("skp report target:nip", "Hanya pegawai ini"),
    (
        "skp report target:workspace",
        "Folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp evaluate",
        "Evaluasi (realisasi) per pegawai dan periode: capaian per indikator (hanya sebagai bahan pertimbangan), rating hasil kerja dan rating perilaku kerja, serta predikat (sebagaimana ditulis, atau diturunkan dari kuadran kinerja)",
    ),
    ("skp evaluate:nip", "Hanya pegawai ini"),
    (
        "skp evaluate:excel",
        "CSV untuk program spreadsheet: `;`, koma desimal, BOM, NIP dan periode tetap sebagai teks, sel yang tidak terbaca sebagai rumus",
    ),
    (
        "skp evaluate:unit",
        "Hanya pegawai dengan unit_kerja yang memuat teks ini (huruf besar/kecil tidak dibedakan)",
    ),
    (
        "skp evaluate:period",
        "Hanya periode ini (2026-TW1, 2026-03, 2026)",
    ),
    (
        "skp evaluate:mask",
        "Samarkan NIP dan nama orang selain pegawai yang bersangkutan, dan data pribadi (NIK, nomor telepon, e-mail …) dalam keluaran, agar dapat dibagikan ke luar unit",
    ),
    (
        "skp evaluate:workspace",
        "Folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp approve",
        "Catat persetujuan pejabat penilai kinerja atas isi SKP saat ini (`<skp>.persetujuan.yaml`)",
    ),
    ("skp approve:nip", "NIP pegawai yang SKP-nya disetujui"),
    (
        "skp approve:skp",
        "Id SKP, bila NIP itu memiliki lebih dari satu SKP (bawaan: yang terbaru)",
    ),
    (
        "skp approve:by",
        "NIP penilai yang menyetujui: harus pejabat penilai SKP tersebut",
    ),
    (
        "skp approve:date",
        "Tanggal persetujuan (YYYY-MM-DD; bawaan: hari ini menurut zona waktu ruang kerja); tidak boleh di masa depan, dan tidak boleh sebelum persetujuan terakhir SKP tersebut",
    ),
    (
        "skp approve:note",
        "Catatan yang disimpan bersama persetujuan",
    ),
    (
        "skp approve:workspace",
        "Folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp export",
        "Ekspor paket audit (BagIt) berisi SKP, buku catatan bukti, realisasi, persetujuan, dan bukti dukung, atau ekspor rencana sebagai templat spreadsheet (`--xlsx`)",
    ),
    (
        "skp export:bagit",
        "Tulis paket BagIt (RFC 8493) ke folder baru ini",
    ),
    (
        "skp export:xlsx",
        "Tulis rencana sebagai templat spreadsheet (satu baris per indikator) ke berkas .xlsx ini; `skp import` membacanya kembali tanpa perubahan",
    ),
    (
        "skp export:nip",
        "NIP pegawai (untuk menemukan SKP-nya pada periode itu)",
    ),
    ("skp export:skp", "Id SKP"),
    (
        "skp export:force",
        "Dengan --bagit: buat paket meskipun ada bukti yang berubah atau hilang (bukti itu dicantumkan di bag-info.txt). Dengan --xlsx: timpa buku kerja yang sudah ada (hati-hati: mungkin sudah diisi dan belum diimpor)",
    ),
    (
        "skp export:mask",
        "Dengan --xlsx: samarkan NIP, nama, dan data pribadi (NIK, nomor telepon, e-mail …) di dalam sel, agar dapat dibagikan ke luar unit. (Paket audit memuat berkas sebagaimana tercatat.)",
    ),
    (
        "skp export:workspace",
        "Folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp import",
        "Impor rencana dari templat spreadsheet (xlsx, ods, atau csv: satu baris per indikator), atau tautan `intervensi` dari Matriks Peran Hasil seorang pimpinan (`--mph`)",
    ),
    (
        "skp import:file",
        "Buku kerja (.xlsx, .xlsm, .xls, .ods: lembar `SKP`, atau lembar pertama bila tidak ada) atau berkas CSV (pemisah `,` `;` atau tab; UTF-8, UTF-16, atau Windows-1252, dikenali otomatis)",
    ),
    (
        "skp import:dry_run",
        "Tampilkan apa yang akan dibuat atau diubah, dalam bentuk diff, tanpa menulis apa pun",
    ),
    (
        "skp import:force",
        "Timpa berkas SKP yang sudah ada (bagian yang tidak dimuat templat, seperti lampiran dan perilaku kerja, tetap dipertahankan)",
    ),
    (
        "skp import:mph",
        "Baca FILE sebagai Matriks Peran Hasil pimpinan ber-NIP ini: indikator pimpinan sebagai kolom, pegawai (menurut NIP) sebagai baris, dan setiap sel berisi RHK pegawai yang mengintervensi indikator itu",
    ),
    (
        "skp import:skp",
        "Id SKP pimpinan, bila NIP itu memiliki lebih dari satu SKP (dengan `--mph`)",
    ),
    (
        "skp import:workspace",
        "Folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp template",
        "Tulis templat spreadsheet kosong: judul kolom, daftar validasi, dan petunjuk",
    ),
    ("skp template:xlsx", "Berkas .xlsx yang akan ditulis"),
    (
        "skp template:force",
        "Timpa berkas yang sudah ada (hati-hati: mungkin templat yang sudah diisi)",
    ),
    (
        "skp render",
        "Buat dokumen resmi siap cetak (kertas A4) sebagai satu berkas HTML mandiri yang dapat dibuka tanpa internet, atau sebagai PDF melalui Chromium headless",
    ),
    ("skp render:document", "Dokumen yang akan dicetak"),
    (
        "skp render:document=skp",
        "Sasaran Kinerja Pegawai beserta lampirannya",
    ),
    (
        "skp render:document=evaluasi",
        "Evaluasi kinerja pegawai untuk satu periode (atau AKHIR)",
    ),
    (
        "skp render:document=dokumen-evaluasi",
        "Dokumen Evaluasi Kinerja Pegawai",
    ),
    (
        "skp render:document=angka-kredit",
        "Konversi predikat kinerja ke angka kredit, beserta akumulasinya",
    ),
    ("skp render:nip", "NIP pegawai yang dokumennya dibuat"),
    (
        "skp render:period",
        "Periode evaluasi (2026-TW1; 2026 untuk evaluasi tahunan \"AKHIR\"); untuk `skp` dan `angka-kredit`, tahun SKP-nya (bawaan: yang terbaru)",
    ),
    (
        "skp render:skp",
        "SKP menurut id-nya, bila pegawai memiliki beberapa SKP dalam periode itu (mutasi di tengah tahun: setiap segmen dievaluasi tersendiri, `--skp 1990…-2026a --period 2026`)",
    ),
    (
        "skp render:pdf",
        "Cetak ke PDF dengan Chromium headless (dicari di PATH, atau atur SKP_CHROMIUM)",
    ),
    (
        "skp render:mask",
        "Samarkan NIP dan nama orang selain pegawai yang bersangkutan, dan data pribadi (NIK, nomor telepon, e-mail …) dalam dokumen, agar dapat dibagikan ke luar unit",
    ),
    (
        "skp render:workspace",
        "Folder di dalam ruang kerja (bawaan: folder saat ini)",
    ),
    (
        "skp rules",
        "Tampilkan semua aturan: kode, nama, tingkat bawaan, ringkasan",
    ),
    (
        "skp completions",
        "Tampilkan skrip pelengkapan shell (bash, zsh, fish, powershell, elvish)",
    ),
    (
        "skp man",
        "Tampilkan halaman manual (roff) skp, atau tulis satu halaman per perintah ke sebuah folder",
    ),
    (
        "skp man:out_dir",
        "Tulis skp.1 dan satu halaman untuk setiap perintah dan subperintah (skp-check.1, skp-evidence-add.1, …) ke DIR",
    ),
    ("skp explain", "Tampilkan dokumentasi satu aturan"),
    (
        "skp explain:code",
        "Kode aturan (mis. F010) atau nama (mis. nip-unquoted)",
    ),
];
