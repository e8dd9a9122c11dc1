//! An imported plan as the YAML `skp init` writes: the same layout, the modeline, every text
//! quoted, the seven BerAKHLAK values and the three lampiran sections ready to fill.

use super::Loc;
use super::rows::{Plan, TargetCell};
use crate::model::period::Period;
use crate::model::vocab::Vocab;
use crate::yaml::{Node, NodeKind, quote};

/// The generated text, and for each line that came from a row, that row (to name the cell when
/// the check of the generated text finds a problem).
#[derive(Debug)]
pub struct Emitted {
    pub text: String,
    /// (1-based line, row) for the first line of each plan, RHK and indicator.
    pub lines: Vec<(u32, Loc)>,
}

/// Where `init` puts an employee's SKP of a year.
pub fn path_of(nip: &str, tahun: i32) -> String {
    format!("pegawai/{nip}/skp-{tahun}.yaml")
}

/// Top-level keys the template owns; every other top-level block of an existing file (lampiran,
/// perilaku kerja, periode, atasan …) is kept verbatim when `--force` replaces it.
const OWNED: &[&str] = &[
    "apiVersion",
    "kind",
    "tahun",
    "pegawai",
    "pejabat_penilai",
    "hasil_kerja",
];

/// The file an import replaces (with `--force`): whatever it holds that the template has no
/// column for (pangkat, perhitungan, baseline and the other manual fields, the text snapshots of
/// `intervensi`, comments inside those entries) is carried into the new text verbatim.
struct Keep<'a> {
    text: &'a str,
    root: Option<Node>,
}

/// Keys the template owns in each mapping; everything else in the old file is kept.
const PEGAWAI: &[&str] = &[
    "nama",
    "nip",
    "jabatan",
    "jenis_jabatan",
    "jenjang",
    "unit_kerja",
];
const PENILAI: &[&str] = &["nip", "nama", "jabatan"];
const RHK: &[&str] = &["id", "jenis", "rhk", "intervensi", "acuan", "indikator"];
const IKI: &[&str] = &[
    "id",
    "aspek",
    "perspektif",
    "teks",
    "target",
    "satuan",
    "polaritas",
    "target_periodik",
    "bukti_rencana",
];

impl<'a> Keep<'a> {
    fn new(text: Option<&'a str>) -> Keep<'a> {
        let root = text.and_then(|t| {
            crate::yaml::parse(t, crate::yaml::Budget::default())
                .documents
                .into_iter()
                .next()
                .map(|d| d.root)
        });
        Keep {
            text: text.unwrap_or(""),
            root,
        }
    }

    /// The list item of `list` (under the root or under `parent`) whose `id` is `id`.
    fn item<'n>(list: Option<&'n Node>, id: &str) -> Option<&'n Node> {
        match &list?.kind {
            NodeKind::Seq(items) => items
                .iter()
                .find(|n| n.get("id").and_then(Node::as_str) == Some(id)),
            _ => None,
        }
    }

    fn rhk(&self, id: &str) -> Option<&Node> {
        Self::item(self.root.as_ref()?.get("hasil_kerja"), id)
    }

    /// The old indicator `id`: under RHK `rhk` where it was, else under whichever RHK held it
    /// (the sheet moved it; ids are unique in a plan), so its manual fields move with it.
    fn iki<'n>(&'n self, rhk: Option<&'n Node>, id: &str) -> Option<&'n Node> {
        Self::item(rhk.and_then(|r| r.get("indikator")), id).or_else(|| {
            match &self.root.as_ref()?.get("hasil_kerja")?.kind {
                NodeKind::Seq(rhks) => rhks.iter().find_map(|r| Self::item(r.get("indikator"), id)),
                _ => None,
            }
        })
    }

    /// One entry of `map`, verbatim with its comments, re-indented to `indent` spaces.
    fn entry(&self, map: &Node, key: &str, indent: usize) -> Option<String> {
        let NodeKind::Map(entries) = &map.kind else {
            return None;
        };
        let e = entries.iter().find(|e| e.key.as_str() == Some(key))?;
        let t = self.text;
        let lo = e.key.span.lo as usize;
        let mut start = t.get(..lo)?.rfind('\n').map_or(0, |i| i + 1);
        // The comment lines right above the key describe it and travel with it.
        while start > 0 {
            let prev = t[..start - 1].rfind('\n').map_or(0, |i| i + 1);
            if !t[prev..start].trim_start().starts_with('#') {
                break;
            }
            start = prev;
        }
        let hi = (e.value.span.hi as usize)
            .max(e.key.span.hi as usize)
            .min(t.len());
        let last_line = t.get(..hi)?.rfind('\n').map_or(0, |i| i + 1);
        // A block value ends where the next key begins: that line is not part of the entry.
        let end = if t.get(last_line..hi)?.trim().is_empty() && last_line > start {
            last_line
        } else {
            t.get(hi..)?.find('\n').map_or(t.len(), |i| hi + i + 1)
        };
        // Comment lines at the end of a block value belong to the next key.
        let mut chunk = t.get(start..end)?;
        while let Some(cut) = chunk.trim_end_matches('\n').rfind('\n') {
            let last = &chunk[cut + 1..];
            if !(last.trim_start().starts_with('#') || last.trim().is_empty()) {
                break;
            }
            chunk = &chunk[..=cut];
        }
        let old = " ".repeat(crate::base::column(t, e.key.span.lo).saturating_sub(1) as usize);
        let new = " ".repeat(indent);
        let mut out = String::new();
        for line in chunk.lines() {
            match line.strip_prefix(old.as_str()) {
                Some(rest) => out.push_str(&format!("{new}{rest}\n")),
                None => out.push_str(&format!("{line}\n")),
            }
        }
        Some(out)
    }

    /// The old entry `key` of `map` when its scalar value is `value`: kept verbatim so that an
    /// unchanged field keeps its quoting and comment and the diff shows only real changes.
    fn same_value(
        &self,
        map: Option<&Node>,
        key: &str,
        value: &str,
        indent: usize,
    ) -> Option<String> {
        let map = map?;
        (map.get(key)?.as_str()?.trim() == value.trim())
            .then(|| self.entry(map, key, indent))
            .flatten()
    }

    /// The references a list-or-scalar entry holds (`intervensi: RHK-1`, `[a, b]`,
    /// `{ ref: a, teks: … }`), to tell whether the old entry says the same as the new cell.
    fn refs(node: &Node) -> Vec<String> {
        match &node.kind {
            NodeKind::Scalar { value, .. } => vec![value.trim().to_string()],
            NodeKind::Seq(items) => items.iter().flat_map(Self::refs).collect(),
            NodeKind::Map(_) => node
                .get("ref")
                .and_then(Node::as_str)
                .map(|s| vec![s.trim().to_string()])
                .unwrap_or_default(),
        }
    }

    /// The old entry `key` of `map`, when its references equal `wanted`: kept verbatim so that
    /// text snapshots and comments survive.
    fn same_refs(
        &self,
        map: Option<&Node>,
        key: &str,
        wanted: &[String],
        indent: usize,
    ) -> Option<String> {
        let map = map?;
        let node = map.get(key)?;
        (Self::refs(node) == wanted)
            .then(|| self.entry(map, key, indent))
            .flatten()
    }
}

/// The entries of one mapping being written: each kept verbatim from the old file when its value
/// is unchanged, and in the old file's key order (new keys after, in template order), so that
/// replacing a file changes only the lines whose values changed.
struct Mapping<'k, 'n> {
    keep: &'k Keep<'k>,
    old: Option<&'n Node>,
    indent: usize,
    entries: Vec<(String, String)>,
}

impl<'k, 'n> Mapping<'k, 'n> {
    fn new(keep: &'k Keep<'k>, old: Option<&'n Node>, indent: usize) -> Self {
        Mapping {
            keep,
            old,
            indent,
            entries: Vec::new(),
        }
    }

    /// `key: yaml` (a block `yaml` starts on the next line), or the old entry when it holds the
    /// same scalar `value`.
    fn field(&mut self, key: &str, value: Option<&str>, yaml: &str) {
        let text = value
            .and_then(|v| self.keep.same_value(self.old, key, v, self.indent))
            .unwrap_or_else(|| {
                let sep = if yaml.starts_with('\n') { "" } else { " " };
                format!("{}{key}:{sep}{yaml}\n", " ".repeat(self.indent))
            });
        self.entries.push((key.to_string(), text));
    }

    /// `key: yaml` (a block `yaml` starts on the next line), or the old entry when `same` says
    /// its node holds what the new one would.
    fn field_if(&mut self, key: &str, same: impl Fn(&Node) -> bool, yaml: &str) {
        let text = self
            .old
            .filter(|m| m.get(key).is_some_and(&same))
            .and_then(|m| self.keep.entry(m, key, self.indent))
            .unwrap_or_else(|| {
                let sep = if yaml.starts_with('\n') { "" } else { " " };
                format!("{}{key}:{sep}{yaml}\n", " ".repeat(self.indent))
            });
        self.entries.push((key.to_string(), text));
    }

    /// A list of references, kept verbatim (with its text snapshots) when it names the same.
    /// When the sheet adds or drops one, each reference it keeps is still written as it was
    /// (`{ ref, teks, eksternal, cara }`): only the new ones are plain.
    fn refs(&mut self, key: &str, refs: &[String]) {
        if refs.is_empty() {
            return;
        }
        let text = self
            .keep
            .same_refs(self.old, key, refs, self.indent)
            .unwrap_or_else(|| {
                let old: Vec<&Node> = match self.old.and_then(|m| m.get(key)).map(|n| &n.kind) {
                    Some(NodeKind::Seq(items)) => items.iter().collect(),
                    Some(_) => self.old.and_then(|m| m.get(key)).into_iter().collect(),
                    None => Vec::new(),
                };
                let items: Vec<String> = refs
                    .iter()
                    .map(|r| {
                        old.iter()
                            .find(|n| Keep::refs(n) == std::slice::from_ref(r))
                            .map_or_else(|| quote(r), |n| flow(n))
                    })
                    .collect();
                format!("{}{key}: [{}]\n", " ".repeat(self.indent), items.join(", "))
            });
        self.entries.push((key.to_string(), text));
    }

    /// The entries in order, followed by the old file's entries the template has no column for.
    fn finish(mut self, owned: &[&str]) -> String {
        let order: Vec<String> = match self.old.map(|n| &n.kind) {
            Some(NodeKind::Map(es)) => es
                .iter()
                .filter_map(|e| e.key.as_str().map(String::from))
                .collect(),
            _ => Vec::new(),
        };
        if let Some(NodeKind::Map(es)) = self.old.map(|n| &n.kind) {
            for k in es.iter().filter_map(|e| e.key.as_str()) {
                if !owned.contains(&k)
                    && let Some(t) =
                        self.keep
                            .entry(self.old.unwrap_or_else(|| unreachable!()), k, self.indent)
                {
                    self.entries.push((k.to_string(), t));
                }
            }
        }
        let rank = |k: &str| order.iter().position(|o| o == k).unwrap_or(usize::MAX);
        // A stable sort: new keys keep the template's order among themselves.
        self.entries.sort_by_key(|(k, _)| rank(k));
        self.entries.into_iter().map(|(_, t)| t).collect()
    }
}

/// An id as `init` writes it, plain, unless YAML would read it as something else.
fn id(s: &str) -> String {
    let keyword = matches!(
        s.to_ascii_lowercase().as_str(),
        "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
    );
    if s.starts_with(|c: char| c.is_ascii_alphabetic())
        && crate::model::reference::is_valid_id(s)
        && !keyword
    {
        s.to_string()
    } else {
        quote(s)
    }
}

/// A node as one line of flow YAML, its scalars quoted where they need it (comments inside a
/// block value are not kept; its values are).
fn flow(node: &Node) -> String {
    match &node.kind {
        // Written plain, a value stays plain (a number stays a number) where flow YAML allows.
        NodeKind::Scalar {
            value,
            style: crate::yaml::Style::Plain,
        } if !value.is_empty()
            && !value.contains([',', '[', ']', '{', '}', '\n'])
            && !value.contains(": ")
            && !value.contains(" #") =>
        {
            value.clone()
        }
        NodeKind::Scalar { value, .. } => quote(value),
        NodeKind::Seq(items) => {
            format!(
                "[{}]",
                items.iter().map(flow).collect::<Vec<_>>().join(", ")
            )
        }
        NodeKind::Map(es) => format!(
            "{{ {} }}",
            es.iter()
                .map(|e| format!("{}: {}", flow(&e.key), flow(&e.value)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn flow_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", quoted.join(", "))
}

/// The YAML of `plan`. `existing` is the text of the file it replaces (with `--force`): what
/// it holds that the template does not is carried over unchanged, and so is every unchanged line.
pub fn emit(plan: &Plan, modeline: &str, existing: Option<&str>) -> Emitted {
    let kept = existing.map(top_level_blocks).unwrap_or_default();
    let keep = Keep::new(existing);
    let old_root = keep.root.as_ref();
    let kualitatif = plan
        .rhk
        .iter()
        .flat_map(|r| &r.indikator)
        .any(|i| matches!(i.target, TargetCell::Deskripsi(_)));
    let pendekatan = if kualitatif {
        "kualitatif"
    } else {
        "kuantitatif"
    };
    let mut generated: Vec<(&str, String)> = vec![
        ("apiVersion", "apiVersion: skp/v1\n".into()),
        ("kind", "kind: Skp\n".into()),
        ("tahun", format!("tahun: {}\n", plan.tahun)),
        ("pendekatan", format!("pendekatan: {pendekatan}\n")),
        ("status", "status: draft\n".into()),
    ];
    let mut m = Mapping::new(&keep, old_root.and_then(|r| r.get("pegawai")), 2);
    m.field("nama", Some(&plan.nama), &quote(&plan.nama));
    m.field("nip", Some(&plan.nip), &quote(&plan.nip));
    m.field("jabatan", Some(&plan.jabatan), &quote(&plan.jabatan));
    let jenis = plan.jenis_jabatan.code();
    m.field("jenis_jabatan", Some(jenis), jenis);
    if let Some(j) = plan.jenjang {
        m.field("jenjang", Some(j.code()), j.code());
    }
    m.field(
        "unit_kerja",
        Some(&plan.unit_kerja),
        &quote(&plan.unit_kerja),
    );
    generated.push(("pegawai", format!("pegawai:\n{}", m.finish(PEGAWAI))));

    // What the sheet has no cell for (pangkat, sebagai, unit_kerja, the plt position) belongs to
    // the appraiser who was there: kept for the same person only, never given to a new one.
    let old_penilai = old_root
        .and_then(|r| r.get("pejabat_penilai"))
        .filter(|p| same_appraiser(p, plan));
    let mut m = Mapping::new(&keep, old_penilai, 2);
    if let Some(n) = &plan.penilai_nip {
        m.field("nip", Some(n), &quote(n));
    }
    m.field("nama", Some(&plan.penilai_nama), &quote(&plan.penilai_nama));
    m.field(
        "jabatan",
        Some(&plan.penilai_jabatan),
        &quote(&plan.penilai_jabatan),
    );
    generated.push((
        "pejabat_penilai",
        format!("pejabat_penilai:\n{}", m.finish(PENILAI)),
    ));

    let mut text = String::from("hasil_kerja:\n");
    for r in &plan.rhk {
        let old_rhk = keep.rhk(&r.id);
        let mut m = Mapping::new(&keep, old_rhk, 4);
        m.field("jenis", Some(r.jenis.code()), r.jenis.code());
        m.field("rhk", Some(&r.rhk), &quote(&r.rhk));
        m.refs("intervensi", &r.intervensi);
        m.refs("acuan", &r.acuan);
        let mut items = String::new();
        for i in &r.indikator {
            let old_iki = keep.iki(old_rhk, &i.id);
            items.push_str(&format!("      - id: {}\n", id(&i.id)));
            items.push_str(&indicator(&keep, old_iki, i, plan.tahun));
        }
        m.field(
            "indikator",
            None,
            &format!("\n{}", items.trim_end_matches('\n')),
        );
        text.push_str(&format!("  - id: {}\n", id(&r.id)));
        text.push_str(&m.finish(RHK));
    }
    generated.push(("hasil_kerja", text));
    generated.push((
        "perilaku_kerja",
        "perilaku_kerja:\n  berorientasi_pelayanan: {}\n  akuntabel: {}\n  kompeten: {}\n  \
         harmonis: {}\n  loyal: {}\n  adaptif: {}\n  kolaboratif: {}\n"
            .into(),
    ));
    generated.push((
        "lampiran",
        "lampiran:\n  dukungan_sumber_daya: []\n  skema_pertanggungjawaban: []\n  konsekuensi: []\n".into(),
    ));

    // The old file's blocks in their order: the template's own ones regenerated (keeping the
    // comments above them), the rest verbatim; then what the old file lacked, each after the
    // block the template puts before it.
    let mut blocks: Vec<(String, String)> = Vec::new();
    for (key, block) in &kept {
        match generated.iter().find(|(k, _)| k == key) {
            Some((_, new)) if OWNED.contains(&key.as_str()) => {
                blocks.push((key.clone(), format!("{}{new}", leading_comments(block))));
            }
            _ => blocks.push((key.clone(), block.clone())),
        }
    }
    for (t, (key, new)) in generated.iter().enumerate() {
        if blocks.iter().any(|(k, _)| k == key) {
            continue;
        }
        let after = blocks
            .iter()
            .rposition(|(k, _)| {
                generated
                    .iter()
                    .position(|(g, _)| g == k)
                    .is_some_and(|g| g < t)
            })
            .map_or(0, |i| i + 1);
        blocks.insert(after, ((*key).to_string(), new.clone()));
    }
    let mut text = String::new();
    // A file replaced keeps its first lines; the modeline is only added to new files.
    if existing.is_none() {
        text.push_str(modeline);
    }
    for (_, b) in &blocks {
        text.push_str(b);
    }
    if let Some(old) = existing {
        text = super::comments::carry(old, text);
        // A file written on Windows keeps its line ends: otherwise git shows every line as
        // changed, and the lines carried over verbatim keep theirs anyway.
        if old.matches("\r\n").count() * 2 > old.matches('\n').count() {
            text = text.replace("\r\n", "\n").replace('\n', "\r\n");
        }
    }
    let lines = marks(&text, plan);
    Emitted { text, lines }
}

/// One indicator's entries (after its `- id:` line).
fn indicator(keep: &Keep<'_>, old: Option<&Node>, i: &super::rows::IkiPlan, tahun: i32) -> String {
    let mut m = Mapping::new(keep, old, 8);
    if let Some(a) = i.aspek {
        m.field("aspek", Some(a.code()), a.code());
    }
    if let Some(p) = i.perspektif {
        m.field("perspektif", Some(p.code()), p.code());
    }
    m.field("teks", Some(&i.teks), &quote(&i.teks));
    match &i.target {
        TargetCell::Text(t) => m.field("target", Some(t), &quote(t)),
        TargetCell::Kategori(k) => {
            m.field("target", None, &format!("{{ kategori: {} }}", quote(k)))
        }
        TargetCell::Deskripsi(d) => {
            m.field("target", None, &format!("{{ deskripsi: {} }}", quote(d)))
        }
    }
    if let Some(s) = i
        .satuan
        .as_ref()
        .filter(|_| matches!(i.target, TargetCell::Text(_)))
    {
        m.field("satuan", Some(s), &quote(s));
    }
    if let Some(p) = i.polaritas {
        m.field("polaritas", Some(p.code()), p.code());
    }
    let periodik: Vec<(Period, &str)> = i
        .triwulan
        .iter()
        .enumerate()
        .filter_map(|(q, t)| {
            t.as_deref()
                .map(|t| (Period::Quarter(tahun, q as u8 + 1), t))
        })
        .collect();
    // The template has a column per quarter of the year only: the old file's other keys (a
    // semester, a month, anything hand-written) are kept as they are.
    let is_quarter =
        |k: &str| matches!(Period::parse(k), Some(Period::Quarter(y, _)) if y == tahun);
    // Their values as flow YAML: a structured target (`{ nilai: 220 }`) as well as a scalar.
    let others: Vec<(&str, String)> =
        match old.and_then(|o| o.get("target_periodik")).map(|n| &n.kind) {
            Some(NodeKind::Map(es)) => es
                .iter()
                .filter_map(|e| Some((e.key.as_str()?, flow(&e.value))))
                .filter(|(k, _)| !is_quarter(k))
                .collect(),
            _ => Vec::new(),
        };
    // Whether an old quarter's value is what its cell shows: a structured target (`{ nilai:
    // 350 }`) shows as `350`, and an unchanged one is kept as written.
    let shows = |old: &Node, cell: &str| {
        crate::model::convert::target_text(old, tahun).is_some_and(|t| t.trim() == cell.trim())
    };
    let old_quarter = |p: &Period| {
        old.and_then(|o| o.get("target_periodik"))
            .and_then(|m| match &m.kind {
                NodeKind::Map(es) => es
                    .iter()
                    .find(|e| e.key.as_str().and_then(Period::parse) == Some(*p)),
                _ => None,
            })
            .map(|e| &e.value)
    };
    if !periodik.is_empty() || !others.is_empty() {
        let yaml: Vec<String> = periodik
            .iter()
            .map(|(p, t)| match old_quarter(p).filter(|n| shows(n, t)) {
                Some(n) => format!("{p}: {}", flow(n)),
                None => format!("{p}: {}", quote(t)),
            })
            .chain(others.iter().map(|(k, v)| match Period::parse(k) {
                Some(p) => format!("{p}: {v}"),
                None => format!("{}: {v}", quote(k)),
            }))
            .collect();
        let same = |n: &Node| match &n.kind {
            NodeKind::Map(es) => {
                let quarters: Vec<_> = es
                    .iter()
                    .filter(|e| e.key.as_str().is_some_and(is_quarter))
                    .collect();
                es.len() == quarters.len() + others.len()
                    && quarters.len() == periodik.len()
                    && quarters.iter().zip(&periodik).all(|(e, (p, t))| {
                        e.key.as_str().and_then(Period::parse) == Some(*p) && shows(&e.value, t)
                    })
            }
            _ => false,
        };
        // A block mapping stays one, a period a line, an unchanged one verbatim with its
        // comments: rewriting one quarter loses nothing written beside the others.
        let old_block = old.and_then(|o| o.get("target_periodik")).filter(|n| {
            matches!(n.kind, NodeKind::Map(_))
                && !keep
                    .text
                    .get(n.span.lo as usize..)
                    .is_some_and(|t| t.starts_with('{'))
        });
        let text = match old_block {
            Some(block) => {
                let mut inner = Mapping::new(keep, Some(block), 10);
                for (p, t) in &periodik {
                    inner.field_if(&p.to_string(), |n| shows(n, t), &quote(t));
                }
                let quarters: Vec<&str> = match &block.kind {
                    NodeKind::Map(es) => es
                        .iter()
                        .filter_map(|e| e.key.as_str())
                        .filter(|k| is_quarter(k))
                        .collect(),
                    _ => Vec::new(),
                };
                format!("\n{}", inner.finish(&quarters).trim_end_matches('\n'))
            }
            None => format!("{{ {} }}", yaml.join(", ")),
        };
        m.field_if("target_periodik", same, &text);
    }
    if !i.bukti_rencana.is_empty() {
        // One cell holds the list, items parted by `;`: an old item that itself holds a `;`
        // reads back as two, and is kept as it was written.
        let parts = |items: &[String]| -> Vec<String> {
            items
                .iter()
                .flat_map(|s| s.split(';'))
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        };
        let same = |n: &Node| parts(&Keep::refs(n)) == parts(&i.bukti_rencana);
        m.field_if("bukti_rencana", same, &flow_list(&i.bukti_rencana));
    }
    m.finish(IKI)
}

/// Whether the old `pejabat_penilai` mapping is the sheet's appraiser: the same NIP, or, for an
/// appraiser without one (a Bupati), the same name.
fn same_appraiser(old: &Node, plan: &Plan) -> bool {
    let digits = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    // `tidak_diketahui` identifies nobody: two unknown appraisers are told apart by name.
    let known = |n: String| (n != crate::model::nip::UNKNOWN).then_some(n);
    let old_nip = old
        .get("nip")
        .and_then(Node::as_str)
        .map(digits)
        .and_then(known);
    match (
        old_nip,
        plan.penilai_nip.as_deref().map(digits).and_then(known),
    ) {
        (Some(a), Some(b)) => a == b,
        (None, None) => {
            let name = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            old.get("nama").and_then(Node::as_str).map(name) == Some(name(&plan.penilai_nama))
        }
        _ => false,
    }
}

/// The line of each plan, RHK and indicator in `text`, found in order by their `- id:` lines.
fn marks(text: &str, plan: &Plan) -> Vec<(u32, Loc)> {
    let mut wanted: Vec<(String, &Loc)> = Vec::new();
    for r in &plan.rhk {
        wanted.push((format!("  - id: {}", id(&r.id)), &r.at));
        for i in &r.indikator {
            wanted.push((format!("      - id: {}", id(&i.id)), &i.at));
        }
    }
    let mut out = vec![(1, plan.at.clone())];
    let mut next = wanted.into_iter().peekable();
    for (n, line) in text.lines().enumerate() {
        if let Some((w, at)) = next.peek()
            && line == w
        {
            out.push((n as u32 + 1, (*at).clone()));
            next.next();
        }
    }
    out
}

/// The top-level blocks of a YAML file: each key with its text, the comment lines right above
/// it included (they describe it), up to the next top-level key.
fn top_level_blocks(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut pending = String::new();
    for line in text.split_inclusive('\n') {
        let line = if line.ends_with('\n') {
            line.to_string()
        } else {
            format!("{line}\n")
        };
        // A document marker or a directive before the first key belongs with the comments
        // above that key.
        let top_comment = line.starts_with('#')
            || line.trim().is_empty()
            || (out.is_empty() && header_line(&line));
        let starts_key = line
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace() && c != '#' && c != '-')
            && line.contains(':');
        if starts_key {
            let key = line.split(':').next().unwrap_or("").trim().to_string();
            out.push((key, std::mem::take(&mut pending) + &line));
        } else if top_comment {
            pending.push_str(&line);
        } else if let Some((_, block)) = out.last_mut() {
            // A comment at column 0 inside a block stays where it is.
            block.push_str(&std::mem::take(&mut pending));
            block.push_str(&line);
        }
    }
    if let Some((_, block)) = out.last_mut() {
        block.push_str(&pending);
    }
    out
}

/// The comment lines a block starts with (see [`top_level_blocks`]).
/// A line that may come before a document's first key and holds none: a document marker
/// (`---`, with or without a comment) or a directive (`%YAML 1.2`).
fn header_line(line: &str) -> bool {
    if line.starts_with('%') {
        return true;
    }
    line.strip_prefix("---").is_some_and(|rest| {
        rest.trim().is_empty()
            || (rest.starts_with([' ', '\t']) && rest.trim_start().starts_with('#'))
    })
}

fn leading_comments(block: &str) -> &str {
    let end = block
        .split_inclusive('\n')
        .take_while(|l| l.starts_with('#') || l.trim().is_empty() || header_line(l))
        .map(str::len)
        .sum();
    &block[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_directives_before_the_first_key_stay_with_it() {
        for head in ["---\n", "--- # rencana 2026\n", "%YAML 1.2\n---\n"] {
            let text = format!("# modeline\n{head}apiVersion: skp/v1\nkind: Skp\n");
            let b = top_level_blocks(&text);
            assert_eq!(
                b[0],
                (
                    "apiVersion".into(),
                    format!("# modeline\n{head}apiVersion: skp/v1\n")
                )
            );
            assert_eq!(leading_comments(&b[0].1), format!("# modeline\n{head}"));
        }
        assert!(!header_line("---apiVersion: x\n"));
        assert!(!header_line("--- apiVersion: x\n"));
    }

    #[test]
    fn top_level_blocks_keep_comments_and_nesting() {
        let text = "# yaml-language-server: x\napiVersion: skp/v1\nlampiran:\n  # note\n  konsekuensi:\n    - a\nperilaku_kerja:\n  loyal: {}";
        let b = top_level_blocks(text);
        assert_eq!(b[0].0, "apiVersion");
        assert_eq!(
            b[1],
            (
                "lampiran".into(),
                "lampiran:\n  # note\n  konsekuensi:\n    - a\n".into()
            )
        );
        assert_eq!(
            b[2],
            (
                "perilaku_kerja".into(),
                "perilaku_kerja:\n  loyal: {}\n".into()
            )
        );
    }

    #[test]
    fn replacing_keeps_what_the_template_has_no_column_for() {
        let old = "apiVersion: skp/v1\nkind: Skp\ntahun: 2026\nstatus: disetujui\npegawai:\n  nama: A\n  pangkat: Penata (III/c)  # per 1 April\npejabat_penilai:\n  nama: B\n  sebagai: plt\nhasil_kerja:\n  - id: RHK-1\n    rhk: R\n    intervensi: { ref: RHK-2, teks: Hasil atasan }\n    indikator:\n      - id: IKI-1.1\n        teks: T\n        perhitungan: kumulatif\n        baseline:\n          nilai: 10\n          tahun: 2025\nlampiran:\n  konsekuensi: [x]\n";
        let loc = Loc {
            sheet: "SKP".into(),
            row: 2,
            col: 0,
            workbook: true,
        };
        let plan = Plan {
            nip: "199001012015032001".into(),
            tahun: 2026,
            nama: "A".into(),
            jabatan: "J".into(),
            jenis_jabatan: crate::model::vocab::JenisJabatan::Pelaksana,
            jenjang: None,
            unit_kerja: "U".into(),
            penilai_nip: None,
            penilai_nama: "B".into(),
            penilai_jabatan: "K".into(),
            rhk: vec![super::super::rows::RhkPlan {
                id: "RHK-1".into(),
                jenis: crate::model::vocab::JenisRhk::Utama,
                rhk: "R".into(),
                intervensi: vec!["RHK-2".into()],
                acuan: vec![],
                indikator: vec![super::super::rows::IkiPlan {
                    id: "IKI-1.1".into(),
                    aspek: None,
                    perspektif: None,
                    teks: "T".into(),
                    target: TargetCell::Text("5 dokumen".into()),
                    satuan: None,
                    polaritas: None,
                    triwulan: Default::default(),
                    bukti_rencana: vec![],
                    at: loc.clone(),
                }],
                at: loc.clone(),
            }],
            at: loc,
        };
        let text = emit(&plan, "", Some(old)).text;
        for kept in [
            "status: disetujui\n",
            "  pangkat: Penata (III/c)  # per 1 April\n",
            "  sebagai: plt\n",
            "    intervensi: { ref: RHK-2, teks: Hasil atasan }\n",
            "        perhitungan: kumulatif\n        baseline:\n          nilai: 10\n          tahun: 2025\n",
            "lampiran:\n  konsekuensi: [x]\n",
        ] {
            assert!(text.contains(kept), "{kept:?} lost:\n{text}");
        }
        let parsed = crate::yaml::parse(&text, crate::yaml::Budget::default());
        assert!(parsed.errors.is_empty(), "{:?}\n{text}", parsed.errors);
    }
}
