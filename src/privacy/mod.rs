//! Personal data in text (UU 27/2022 on personal data protection): what the `D` rules flag and
//! what `--mask` hides. Plans and evidence are shared across a unit and reviewed in pull
//! requests; an aduan quoted with the complainant's NIK or phone number must not travel with
//! them.
//!
//! Detection is pure text analysis with a bias to precision: a number is personal data only
//! when its shape says so (an NIK's region and birth date, a mobile prefix, a formatted NPWP)
//! or a label beside it does ("No. KK", "rekening", "telp"). What a scan cannot see — the
//! inside of a scanned KTP — is named by [`identity_document`] from the file name only.

mod escapes;
pub mod mask;

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

pub use mask::Masker;

/// A kind of personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Nomor Induk Kependudukan: 16 digits, region code and birth date inside.
    Nik,
    /// Nomor Kartu Keluarga: the same shape as an NIK, named by its label.
    Kk,
    /// An Indonesian mobile or landline number.
    Phone,
    Email,
    /// Nomor Pokok Wajib Pajak.
    Npwp,
    /// A bank account number, named by its label.
    Rekening,
    /// A user name and password written into a web address (`https://budi:rahasia@…`): a
    /// secret, not personal data, but shared the same way and by the same mistake.
    UrlPassword,
}

impl Kind {
    /// The rule code that reports this kind.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Nik => "D101",
            Kind::Phone => "D102",
            Kind::Email => "D103",
            Kind::Kk => "D104",
            Kind::Npwp => "D105",
            Kind::Rekening => "D106",
            Kind::UrlPassword => "D108",
        }
    }
}

/// One piece of personal data found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub kind: Kind,
    /// Byte range of the data itself (without its label).
    pub range: Range<usize>,
    /// The data as YAML reads it, when escapes in its source spell it otherwise
    /// (`rahasia\u0040nas`); `None` when the source range is the data.
    pub decoded: Option<String>,
}

impl Found {
    /// The data itself, as a reader of the value sees it.
    pub fn value<'a>(&'a self, text: &'a str) -> &'a str {
        self.decoded.as_deref().unwrap_or(&text[self.range.clone()])
    }
}

/// What an agency publishes on purpose (`[privacy] allow`): exact values (numbers compared by
/// their digits, so `(021) 555-0100` allows `021 5550100`) and `@domain` suffixes for e-mail.
#[derive(Debug, Clone, Default)]
pub struct Allow {
    digits: Vec<String>,
    emails: Vec<String>,
    domains: Vec<String>,
}

impl Allow {
    pub fn new(entries: &[String]) -> Allow {
        let mut a = Allow::default();
        for e in entries {
            let e = e.trim().to_lowercase();
            if let Some(domain) = e.strip_prefix('@') {
                a.domains.push(domain.to_string());
            } else if e.contains('@') {
                a.emails.push(e);
            } else {
                let d = digits_of(&e);
                if !d.is_empty() {
                    a.digits.push(d);
                }
            }
        }
        a
    }

    /// Whether `value` (as found in a text) is allowed.
    pub fn allows(&self, kind: Kind, value: &str) -> bool {
        // A password is never published on purpose: a justified exception is an `abaikan`.
        if kind == Kind::UrlPassword {
            return false;
        }
        if kind == Kind::Email {
            let v = value.to_lowercase();
            let domain = v.rsplit('@').next().unwrap_or_default();
            return self.emails.contains(&v)
                || self
                    .domains
                    .iter()
                    .any(|d| domain == d || domain.ends_with(&format!(".{d}")));
        }
        let d = phone_canonical(&digits_of(value));
        self.digits.iter().any(|a| phone_canonical(a) == d)
    }
}

/// The digits of a text, in order.
pub fn digits_of(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// `+62 812…`, `62812…` and `0812…` are one number.
fn phone_canonical(d: &str) -> String {
    match d.strip_prefix("62") {
        Some(rest) if d.len() >= 10 => format!("0{rest}"),
        _ => d.to_string(),
    }
}

struct Patterns {
    nik: Regex,
    mobile: Regex,
    landline: Regex,
    email: Regex,
    url_password: Regex,
    npwp: Regex,
    labelled: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let re = |s: &str| Regex::new(s).expect("a valid built-in pattern");
        Patterns {
            // 16 digits, whole or in the groups people write them in: four by four (`3273 0117
            // 0895 0001`), or region, birth and serial (`327301 170895 0001`). One pattern, one
            // pass over every text.
            nik: re(
                r"[0-9]{16}|[0-9]{4}[ .-][0-9]{4}[ .-][0-9]{4}[ .-][0-9]{4}|[0-9]{6}[ .-][0-9]{6}[ .-][0-9]{4}",
            ),
            // 08xx with 9–13 digits in all, optionally +62/62 for the 0, with spaces, dots or
            // dashes between groups.
            mobile: re(r"(?:\+62|62|\(\+62\)|0)[ .-]?8[1-9][0-9](?:[ .-]?[0-9]){6,9}"),
            // An area code in parentheses or after +62, then the subscriber number.
            landline: re(
                r"(?:\(0[2-9][0-9]{1,2}\)|(?:\+62|\(\+62\))[ .-]?[2-9][0-9]{1,2})[ .-]?[0-9]{3,4}[ .-]?[0-9]{3,5}",
            ),
            email: re(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
            // A scheme, then `user:password@`: the user information (RFC 3986 §3.2.1) with a
            // password, which is what gives access. A user name alone (`https://budi@…`) is not.
            // The password runs to the last `@` before the path, as browsers read it
            // (`p@ss@host`: the password is `p@ss`).
            // Printable ASCII only, which keeps masking in place one byte per character.
            url_password: re(
                // The scheme may be left out (`//budi:sandi@host`, a scheme-relative link).
                r"(?i)(?:(?-u:\b)[a-z][a-z0-9+.-]*:)?//([\x21-\x7E&&[^/?#@:]]*:[\x21-\x7E&&[^/?#]]+)@",
            ),
            npwp: re(r"[0-9]{2}\.[0-9]{3}\.[0-9]{3}\.[0-9]-[0-9]{3}\.[0-9]{3}"),
            // A label, then a number: "No. KK: 3201…", "rekening BRI 0123-01-…", "telp 021…",
            // "NPWP 0123…".
            labelled: re(
                // ASCII word boundaries (the labels are ASCII): a Unicode `\b` would keep the
                // regex off its fast engine on every text with a non-ASCII letter.
                r"(?i)(?-u:\b)(no\.?\s*kk|nomor\s+kk|kartu\s+keluarga|npwp|(?:no\.?\s*)?rek(?:ening)?\.?|telp\.?|telepon|tlp\.?|hp|wa|whatsapp|fax|faks)(?-u:\b)[^0-9\n]{0,24}((?:\+62|\(0?[0-9]{2,4}\))?[0-9](?:[ .-]?[0-9]){6,19})",
            ),
        }
    })
}

/// Every piece of personal data in `text`, in order, not overlapping; `allow` removed. Read as
/// YAML's escapes spell it (see [`escapes`]): a `\u0040` does not hide a password.
pub fn find(text: &str, allow: &Allow) -> Vec<Found> {
    let Some(d) = escapes::decode(text) else {
        return find_in(text, allow);
    };
    find_in(&d.text, allow)
        .into_iter()
        .map(|f| {
            let range = d.source_range(f.range.clone());
            let decoded = (text[range.clone()] != d.text[f.range.clone()])
                .then(|| d.text[f.range].to_string());
            Found {
                kind: f.kind,
                range,
                decoded,
            }
        })
        .collect()
}

fn find_in(text: &str, allow: &Allow) -> Vec<Found> {
    let p = patterns();
    let mut found = Found::set();
    // Labelled numbers first: the label decides the kind ("No. KK" before a 16-digit number).
    for c in p.labelled.captures_iter(text) {
        let (Some(label), Some(num)) = (c.get(1), c.get(2)) else {
            continue;
        };
        if !bounded(text, num.range()) {
            continue;
        }
        let label = label.as_str().to_lowercase();
        let digits = digits_of(num.as_str());
        let kind = if label.contains("kk") || label.contains("keluarga") {
            (digits.len() == 16).then_some(Kind::Kk)
        } else if label == "npwp" {
            matches!(digits.len(), 15 | 16).then_some(Kind::Npwp)
        } else if label.starts_with("rek") || label.starts_with("no") {
            // "kode rekening 5.1.02.01.01.0024" is a budget account code, written with dots;
            // bank account numbers are written whole or with dashes.
            let before = &text[..c.get(0).map_or(0, |m| m.start())];
            let from = before.char_indices().rev().nth(7).map_or(0, |(i, _)| i);
            let budget_code = before[from..].trim_end().to_lowercase().ends_with("kode")
                || num.as_str().contains('.');
            ((8..=18).contains(&digits.len()) && !budget_code).then_some(Kind::Rekening)
        } else {
            (9..=13).contains(&digits.len()).then_some(Kind::Phone)
        };
        if let Some(kind) = kind {
            found.add(text, kind, num.range(), allow);
        }
    }
    for m in p.npwp.find_iter(text) {
        if bounded(text, m.range()) {
            found.add(text, Kind::Npwp, m.range(), allow);
        }
    }
    for m in p.nik.find_iter(text) {
        // Written in groups: not one run of groups out of a longer one (`1234 3273 0117 0895
        // 0001`).
        let grouped = m.len() > 16;
        let continues = |two: &mut dyn Iterator<Item = char>| matches!((two.next(), two.next()), (Some(' ' | '.' | '-'), Some(d)) if d.is_ascii_digit());
        if bounded(text, m.range())
            && !(grouped
                && (continues(&mut text[..m.start()].chars().rev())
                    || continues(&mut text[m.end()..].chars())))
            && nik_shaped(&digits_of(m.as_str()))
        {
            found.add(text, Kind::Nik, m.range(), allow);
        }
    }
    for re in [&p.mobile, &p.landline] {
        for m in re.find_iter(text) {
            if bounded(text, m.range()) {
                found.add(text, Kind::Phone, m.range(), allow);
            }
        }
    }
    // Most plan files hold no `@` at all: one byte search spares them the address pattern.
    if text.contains('@') {
        // Before addresses: `rahasia@drive.example` inside the link is its password.
        for c in p.url_password.captures_iter(text) {
            if let Some(m) = c.get(1) {
                found.add(text, Kind::UrlPassword, m.range(), allow);
            }
        }
        for m in p.email.find_iter(text) {
            // `https://operator@ftp.contoh.go.id`: an account at a host, not an address.
            if text[..m.start()].ends_with("//") {
                continue;
            }
            found.add(text, Kind::Email, m.range(), allow);
        }
    }
    found
        .0
        .into_iter()
        .map(|(start, (end, kind))| Found {
            kind,
            range: start..end,
            decoded: None,
        })
        .collect()
}

/// What [`find`] has accepted so far, by start: non-overlapping, so the one range that could
/// overlap a new one is the last that starts before it ends (a lookup, not a scan: a hostile
/// file of a hundred thousand matches stays fast).
struct FoundSet(std::collections::BTreeMap<usize, (usize, Kind)>);

impl Found {
    fn set() -> FoundSet {
        FoundSet(std::collections::BTreeMap::new())
    }
}

impl FoundSet {
    /// Adds `range` unless it is allowed or overlaps what an earlier (more specific) pattern
    /// found.
    fn add(&mut self, text: &str, kind: Kind, range: Range<usize>, allow: &Allow) {
        let overlaps = self
            .0
            .range(..range.end)
            .next_back()
            .is_some_and(|(_, (end, _))| *end > range.start);
        if overlaps || allow.allows(kind, &text[range.clone()]) {
            return;
        }
        self.0.insert(range.start, (range.end, kind));
    }
}

/// A match stands alone: no letter or digit right before or after it (so the 16 digits inside
/// an 18-digit NIP, a hash or a longer number are never read as an NIK).
fn bounded(text: &str, range: Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    let joins = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    !joins(before) && !joins(after)
}

/// An NIK's structure (Permendagri on NIK): a province code, regency and district, the day of
/// birth (plus 40 for women), month and year, then a serial that is never 0000.
pub fn nik_shaped(d: &str) -> bool {
    let b = d.as_bytes();
    if b.len() != 16 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let n = |i: usize| u32::from(b[i] - b'0') * 10 + u32::from(b[i + 1] - b'0');
    let province = n(0);
    let valid_province = matches!(
        province,
        11..=19 | 21 | 31..=36 | 51..=53 | 61..=65 | 71..=76 | 81 | 82 | 91..=96
    );
    let day = n(6);
    let month = n(8);
    valid_province
        && n(2) >= 1
        && n(4) >= 1
        && (matches!(day, 1..=31) || matches!(day, 41..=71))
        && matches!(month, 1..=12)
        && &d[12..] != "0000"
}

/// Words in a file name that say the file is an identity document, and what they name.
const IDENTITY_WORDS: &[(&str, &str)] = &[
    ("ktp", "KTP"),
    ("ektp", "KTP"),
    ("e-ktp", "KTP"),
    ("kartu tanda penduduk", "KTP"),
    ("kartu keluarga", "Kartu Keluarga"),
    ("paspor", "paspor"),
    ("passport", "paspor"),
    ("npwp", "NPWP"),
    ("akta kelahiran", "akta kelahiran"),
    ("akte kelahiran", "akta kelahiran"),
    ("buku nikah", "buku nikah"),
    ("kitas", "KITAS"),
    ("kartu identitas", "kartu identitas"),
];

/// The identity document a file name says the file is (`scan-ktp-budi.jpg` → `KTP`), if any.
/// Whole words only, so `sktp` or `ktpu` are not read as KTP.
pub fn identity_document(name: &str) -> Option<&'static str> {
    let words: Vec<String> = name
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .flat_map(|w| {
            // "e-ktp" stays whole; "scan-ktp" is two words.
            if w == "e-ktp" {
                vec![w.to_string()]
            } else {
                w.split('-').map(str::to_string).collect()
            }
        })
        .filter(|w| !w.is_empty())
        .collect();
    IDENTITY_WORDS.iter().find_map(|(phrase, label)| {
        let parts: Vec<&str> = phrase.split(' ').collect();
        words
            .windows(parts.len())
            .any(|win| win.iter().zip(&parts).all(|(w, p)| w == p))
            .then_some(*label)
    })
}

/// `value` with its middle hidden, so a finding can say what it found without spreading it:
/// `3201********0003`, `0812****5678`, `b***@contoh.id`.
pub fn masked(kind: Kind, value: &str) -> String {
    if kind == Kind::UrlPassword {
        // Not even its length: the user name is enough to say whose it is.
        let user = value.split_once(':').map_or("", |(u, _)| u);
        return format!("{user}:****");
    }
    if kind == Kind::Email {
        let (local, domain) = value.rsplit_once('@').unwrap_or((value, ""));
        let first: String = local.chars().take(1).collect();
        return format!("{first}***@{domain}");
    }
    let d = digits_of(value);
    let keep = if d.len() >= 12 { 4 } else { 2 };
    if d.len() <= keep * 2 {
        return "*".repeat(d.len());
    }
    format!(
        "{}{}{}",
        &d[..keep],
        "*".repeat(d.len() - keep * 2),
        &d[d.len() - keep..]
    )
}

/// `text` with every piece of personal data masked in place, one `*` per hidden character, so
/// that byte offsets and columns stay valid (a quoted source line with its caret).
pub fn mask_in_place(text: &str) -> std::borrow::Cow<'_, str> {
    mask_in_place_except(text, &Allow::default())
}

/// `text[window]` masked in place as [`mask_in_place`] masks it, including the part of a piece
/// of personal data that begins or ends outside the window: a value continued across lines
/// with `\` is found in the lines around it, and its part in the window hidden whole.
pub fn mask_window(text: &str, window: Range<usize>) -> std::borrow::Cow<'_, str> {
    const AROUND: usize = 512;
    let mut lo = window.start.saturating_sub(AROUND);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = window.end.saturating_add(AROUND).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    // Without an escape, a piece of data never crosses a line: the window alone will do.
    if !text[lo..hi].contains('\\') {
        return mask_in_place(&text[window]);
    }
    let pieces = find(&text[lo..hi], &Allow::default())
        .into_iter()
        .filter_map(|f| {
            let (start, end) = (f.range.start + lo, f.range.end + lo);
            let cut = start < window.start || end > window.end;
            let r = start.max(window.start)..end.min(window.end);
            // A piece wholly before or after the window has nothing in it.
            if r.start >= r.end {
                return None;
            }
            let whole = cut || f.decoded.is_some();
            let f = Found {
                range: r.start - window.start..r.end - window.start,
                ..f
            };
            Some((f, whole))
        })
        .collect();
    masked_pieces(&text[window], pieces)
}

/// `user:password` as `user:` and one `*` per character of the password (the pattern matches
/// printable ASCII only, so offsets stay valid).
fn push_masked_userinfo(out: &mut String, userinfo: &str) {
    let (user, password) = userinfo.split_once(':').unwrap_or((userinfo, ""));
    out.push_str(user);
    out.push(':');
    out.push_str(&"*".repeat(password.len()));
}

/// Whether `text` holds a web address with a user name and password (D108): what skp refuses
/// to write into a file it owns (a ledger, an approval record), since the repository is read
/// by everyone who opens it.
pub fn has_password(text: &str) -> bool {
    (text.contains('@') || text.contains('\\'))
        && find(text, &Allow::default())
            .iter()
            .any(|f| f.kind == Kind::UrlPassword)
}

/// `text` with only the passwords of its web addresses masked (D108), for places that show a
/// link and must not turn its other digits into stars (a document id in a path). Nothing
/// there needs the columns kept, so the password is `****`, whatever its length.
pub fn mask_passwords(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('@') && !text.contains('\\') {
        return std::borrow::Cow::Borrowed(text);
    }
    let found: Vec<Found> = find(text, &Allow::default())
        .into_iter()
        .filter(|f| f.kind == Kind::UrlPassword)
        .collect();
    if found.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for f in found {
        out.push_str(&text[last..f.range.start]);
        let user = match &f.decoded {
            None => text[f.range.clone()].split_once(':').map_or("", |(u, _)| u),
            // Spelled with escapes: the user name too is shown as `****`.
            Some(_) => "****",
        };
        out.push_str(user);
        out.push_str(":****");
        last = f.range.end;
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

/// As [`mask_in_place`], leaving what `allow` allows.
pub fn mask_in_place_except<'a>(text: &'a str, allow: &Allow) -> std::borrow::Cow<'a, str> {
    masked_in_place(text, find(text, allow))
}

/// `text` with each of `found` masked in place, as its kind is.
fn masked_in_place(text: &str, found: Vec<Found>) -> std::borrow::Cow<'_, str> {
    let pieces = found.into_iter().map(|f| {
        let whole = f.decoded.is_some();
        (f, whole)
    });
    masked_pieces(text, pieces.collect())
}

/// `text` with each piece masked in place: as its kind is, or, when `whole`, every character
/// but whitespace.
fn masked_pieces(text: &str, pieces: Vec<(Found, bool)>) -> std::borrow::Cow<'_, str> {
    if pieces.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (f, whole) in pieces {
        out.push_str(&text[last..f.range.start]);
        let value = &text[f.range.clone()];
        if whole {
            // Escapes decide where its parts begin and end in the source, or the piece is cut:
            // all of it hidden, but for the line breaks and indentation, so the lines stay as
            // they are.
            let hide = |b: u8| {
                if b.is_ascii_whitespace() {
                    b as char
                } else {
                    '*'
                }
            };
            out.extend(value.bytes().map(hide));
        } else if f.kind == Kind::UrlPassword {
            push_masked_userinfo(&mut out, value);
        } else if f.kind == Kind::Email {
            // The patterns match ASCII only: one byte per character.
            let at = value.rfind('@').unwrap_or(value.len());
            out.push_str(&value[..1.min(at)]);
            out.push_str(&"*".repeat(at.saturating_sub(1)));
            out.push_str(&value[at..]);
        } else {
            let n = value.chars().filter(char::is_ascii_digit).count();
            let keep = if n >= 12 { 4 } else { 2 };
            let mut i = 0;
            for c in value.chars() {
                if c.is_ascii_digit() {
                    out.push(if i < keep || i + keep >= n { c } else { '*' });
                    i += 1;
                } else {
                    out.push(c);
                }
            }
        }
        last = f.range.end;
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, String)> {
        find(text, &Allow::default())
            .into_iter()
            .map(|f| (f.kind, text[f.range].to_string()))
            .collect()
    }

    #[test]
    fn finds_each_kind() {
        assert_eq!(
            kinds("Aduan dari NIK 3201014501900003 via 0812-3456-7890"),
            vec![
                (Kind::Nik, "3201014501900003".into()),
                (Kind::Phone, "0812-3456-7890".into())
            ]
        );
        assert_eq!(
            kinds("No. KK: 3201010101200001"),
            vec![(Kind::Kk, "3201010101200001".into())]
        );
        assert_eq!(
            kinds("surel budi.santoso@gmail.com"),
            vec![(Kind::Email, "budi.santoso@gmail.com".into())]
        );
        assert_eq!(
            kinds("NPWP 01.234.567.8-901.000"),
            vec![(Kind::Npwp, "01.234.567.8-901.000".into())]
        );
        assert_eq!(
            kinds("transfer ke rekening BRI 0123-01-000456-50-1"),
            vec![(Kind::Rekening, "0123-01-000456-50-1".into())]
        );
        assert_eq!(
            kinds("hubungi +62 812 3456 7890 atau (021) 3456789"),
            vec![
                (Kind::Phone, "+62 812 3456 7890".into()),
                (Kind::Phone, "(021) 3456789".into())
            ]
        );
        assert_eq!(
            kinds("telp. 0274 512345"),
            vec![(Kind::Phone, "0274 512345".into())]
        );
        // An NIK in the groups people write it in.
        assert_eq!(
            kinds("NIK 3273 0117 0895 0001 dan 327301-170895-0001"),
            vec![
                (Kind::Nik, "3273 0117 0895 0001".into()),
                (Kind::Nik, "327301-170895-0001".into())
            ]
        );
    }

    #[test]
    fn near_misses_are_not_personal_data() {
        for text in [
            // An 18-digit NIP, and 16 digits inside it.
            "nip: \"199507302020032005\"",
            // 16 digits that are no NIK (province 00, month 13).
            "kode 0001014501900003 dan 3201014513900003",
            // A SHA-256.
            "sha256: 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",
            // Targets, dates, years, document numbers.
            "target: 100 dokumen; 2026-03-31; Nomor 800/1234/2026; Perda 8 Tahun 2021",
            "anggaran Rp 1.250.000.000 dan 12.345 lembar",
            // A landline without an area code in parentheses or a label.
            "kode kegiatan 0212 3456789",
            // Identifiers that merely contain a label's letters.
            "rhk: RHK-1, IKI-1.1, wajib",
            // Groups of four that are no NIK (month 13), and a grouped number inside a longer one.
            "seri 3273 0117 1395 0001; 1 3273 0117 0895 0001 2",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
    }

    #[test]
    fn allow_list_by_digits_and_domain() {
        let allow = Allow::new(&["(021) 555-0100".into(), "@contoh.go.id".into()]);
        let found = find(
            "pengaduan 021 5550100 atau +62 21 5550100, humas@diskominfo.contoh.go.id, a@gmail.com",
            &allow,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, Kind::Email);
    }

    #[test]
    fn masks_keep_only_the_ends() {
        assert_eq!(masked(Kind::Nik, "3201014501900003"), "3201********0003");
        assert_eq!(masked(Kind::Phone, "0812-3456-7890"), "0812****7890");
        assert_eq!(masked(Kind::Phone, "0274 512345"), "02******45");
        assert_eq!(
            masked(Kind::Email, "budi.santoso@gmail.com"),
            "b***@gmail.com"
        );
    }

    #[test]
    fn masking_in_place_keeps_every_offset() {
        let line = "aduan NIK 3201014501900003, HP 0812-3456-7890, surel budi@gmail.com";
        let m = mask_in_place(line);
        assert_eq!(
            m,
            "aduan NIK 3201********0003, HP 0812-****-7890, surel b***@gmail.com"
        );
        assert_eq!(m.len(), line.len());
    }

    #[test]
    fn a_password_in_a_web_address_is_found_and_never_repeated() {
        let line = "bukti di https://budi:Rahasia123@drive.contoh.go.id/x dan ftp://a:b@10.0.0.1/";
        assert_eq!(
            kinds(line),
            vec![
                (Kind::UrlPassword, "budi:Rahasia123".into()),
                (Kind::UrlPassword, "a:b".into())
            ],
            "the password before `@` is not an e-mail address"
        );
        assert_eq!(masked(Kind::UrlPassword, "budi:Rahasia123"), "budi:****");
        let m = mask_in_place(line);
        assert_eq!(
            m,
            "bukti di https://budi:**********@drive.contoh.go.id/x dan ftp://a:*@10.0.0.1/"
        );
        assert_eq!(m.len(), line.len());
        // A user name alone gives no access, and an address is no link.
        for quiet in [
            "https://budi@drive.contoh.go.id/x",
            "https://drive.contoh.go.id/x?u=a:b@c",
            "hubungi budi:santoso@contoh.go.id",
        ] {
            assert!(
                kinds(quiet).iter().all(|(k, _)| *k != Kind::UrlPassword),
                "{quiet}"
            );
        }
        // A password holding `@` runs to the last one before the host, as browsers read it.
        assert_eq!(
            kinds("https://u:p@ss:w0rd@host.go.id/z"),
            vec![(Kind::UrlPassword, "u:p@ss:w0rd".into())]
        );
        assert_eq!(
            mask_passwords("https://u:p@ss@host.go.id/081234567890 dan 0812-3456-7890"),
            "https://u:****@host.go.id/081234567890 dan 0812-3456-7890",
            "only passwords"
        );
        // Never allowed: a password is not published on purpose.
        let allow = Allow::new(&["Rahasia123".into(), "@drive.contoh.go.id".into()]);
        assert_eq!(find(line, &allow).len(), 2);
    }

    #[test]
    fn yaml_escapes_hide_nothing() {
        let line = r#"url: "https://budi:Rahasia123\u0040nas.contoh.go.id/x", hp: "0812\u002d3456\u002d7890""#;
        let found = find(line, &Allow::default());
        assert_eq!(
            found
                .iter()
                .map(|f| (f.kind, f.value(line)))
                .collect::<Vec<_>>(),
            vec![
                (Kind::UrlPassword, "budi:Rahasia123"),
                (Kind::Phone, "0812-3456-7890")
            ]
        );
        let m = mask_in_place(line);
        assert_eq!(
            m,
            r#"url: "https://budi:**********\u0040nas.contoh.go.id/x", hp: "************************""#
        );
        assert_eq!(m.len(), line.len());
        assert!(!mask_passwords(r"https://budi\x3aRahasia123@nas/x").contains("Rahasia"));
        // Scheme-relative: still a password, not an e-mail address.
        assert_eq!(
            kinds("# //u:Rel6Pw@h.go.id dan //operator@ftp.contoh.go.id"),
            vec![(Kind::UrlPassword, "u:Rel6Pw".into())]
        );
        assert_eq!(mask_passwords("//u:Rel6Pw@h.go.id"), "//u:****@h.go.id");
    }

    #[test]
    fn identity_documents_by_whole_word() {
        assert_eq!(identity_document("scan-KTP-pelapor.jpg"), Some("KTP"));
        assert_eq!(identity_document("e-KTP Budi.pdf"), Some("KTP"));
        assert_eq!(
            identity_document("Kartu_Keluarga_2026.pdf"),
            Some("Kartu Keluarga")
        );
        assert_eq!(identity_document("paspor.png"), Some("paspor"));
        assert_eq!(identity_document("laporan-sktp-triwulan.pdf"), None);
        assert_eq!(identity_document("notulen-rapat.pdf"), None);
        assert_eq!(identity_document("kertas-kerja-KK-audit.xlsx"), None);
    }
}
