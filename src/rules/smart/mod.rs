//! `S` rules: SMART indicators and targets (domain.md §5). Each rule is a small pure function
//! over the loaded workspace; the shared Indonesian word knowledge is in [`lexicon`].

pub mod lexicon;

pub mod s101_normative_indicator;
pub mod s102_no_measure;
pub mod s103_target_not_numeric;
pub mod s104_unit_missing;
pub mod s105_unit_contradicts;
pub mod s106_percent_over_100;
pub mod s107_range_inverted;
pub mod s108_polarity;
pub mod s109_rhk_activity;
pub mod s110_activity_count;
pub mod s111_absolute_target;
pub mod s112_repeats_rhk;
pub mod s113_vague;
pub mod s114_missing_aspect;
pub mod s115_jpt_perspektif;
pub mod s116_identical_indicators;
pub mod s117_iki_aspek;
pub mod s118_no_utama;
pub mod s119_iki_rhk_unrelated;

use crate::diag::{Diagnostic, Span};
use crate::i18n::Msg;
use crate::model::Sp;
use crate::model::skp::{Iki, Rhk, Skp};
use crate::model::vocab::Polaritas;
use crate::model::vocab::{FormatSkp, Pendekatan};
use crate::model::{Content, Doc};
use crate::workspace::Workspace;
use crate::workspace::config::VocabSection;
use lexicon::{Word, head_noun, words};

/// One indicator in its context.
pub struct IkiCx<'a> {
    pub doc: &'a Doc,
    pub skp: &'a Skp,
    pub rhk: &'a Rhk,
    pub iki: &'a Iki,
}

impl IkiCx<'_> {
    pub fn kualitatif(&self) -> bool {
        self.skp.pendekatan.value == Pendekatan::Kualitatif
    }

    pub fn diag(&self, code: &'static str, span: Span, msg: Msg) -> Diagnostic {
        Diagnostic::new(code, self.doc.file, span, msg)
            .subject(&self.skp.resolved_id.value, Some(&self.iki.id.value))
    }
}

/// One indicator of any kind — an SKP's IKI, a PK or a Renstra indicator — as the rules that
/// judge wording, targets, units and polarity see it. Organisation indicators are written by
/// planners too, and a normative IKU passes down the cascade into every SKP below it.
pub struct Measure<'a> {
    pub doc: &'a Doc,
    /// The SKP's resolved id, or the PK/Renstra id.
    pub owner: &'a str,
    /// The IKI id, or the organisation indicator's id (`S1.I1`).
    pub id: &'a str,
    pub teks: &'a Sp<String>,
    /// What the indicator measures: the RHK text, or the sasaran/program/kegiatan uraian.
    pub context: Option<&'a Sp<String>>,
    /// The id of that RHK or entry.
    pub context_id: &'a str,
    pub target: Option<&'a Sp<crate::model::skp::Target>>,
    pub satuan: Option<&'a Sp<String>>,
    pub polaritas: Polaritas,
    /// Where `polaritas` is written, if it is.
    pub polaritas_span: Option<Span>,
    /// An SKP of the qualitative approach (number-only rules are off).
    pub kualitatif: bool,
    /// A PK or Renstra indicator.
    pub org: bool,
}

impl Measure<'_> {
    pub fn kualitatif(&self) -> bool {
        self.kualitatif
    }

    pub fn diag(&self, code: &'static str, span: Span, msg: Msg) -> Diagnostic {
        Diagnostic::new(code, self.doc.file, span, msg).subject(self.owner, Some(self.id))
    }
}

/// The parts of a PK or Renstra indicator the rules read.
struct OrgIndicator<'a> {
    id: &'a Sp<String>,
    uraian: &'a Sp<String>,
    satuan: Option<&'a Sp<String>>,
    polaritas: Option<&'a Sp<Polaritas>>,
    target: Option<&'a Sp<crate::model::skp::Target>>,
}

impl<'a> OrgIndicator<'a> {
    fn measure(
        self,
        doc: &'a Doc,
        owner: &'a str,
        context_id: &'a Sp<String>,
        context: &'a Sp<String>,
    ) -> Measure<'a> {
        Measure {
            doc,
            owner,
            id: &self.id.value,
            teks: self.uraian,
            context: Some(context),
            context_id: &context_id.value,
            target: self.target,
            satuan: self.satuan,
            polaritas: self.polaritas.map_or(Polaritas::Naik, |p| p.value),
            polaritas_span: self.polaritas.map(|p| p.span),
            kualitatif: false,
            org: true,
        }
    }
}

/// Every indicator of the workspace: SKP indicators, then PK and Renstra indicators.
pub fn measures(ws: &Workspace) -> impl Iterator<Item = Measure<'_>> {
    let skp = indicators(ws).map(|c| Measure {
        doc: c.doc,
        owner: &c.skp.resolved_id.value,
        id: &c.iki.id.value,
        teks: &c.iki.teks,
        context: Some(&c.rhk.rhk),
        context_id: &c.rhk.id.value,
        target: Some(&c.iki.target),
        satuan: c.iki.satuan.as_ref(),
        polaritas: c.iki.polaritas(),
        polaritas_span: c.iki.polaritas.as_ref().map(|p| p.span),
        kualitatif: c.kualitatif(),
        org: false,
    });
    let org = ws.docs.iter().flat_map(|doc| {
        let list: Vec<Measure<'_>> = match &doc.content {
            Content::PerjanjianKinerja(pk) => pk
                .sasaran
                .iter()
                .flat_map(|s| s.indikator.iter().map(move |i| (s, i)))
                .map(|(s, i)| {
                    OrgIndicator {
                        id: &i.id,
                        uraian: &i.uraian,
                        satuan: i.satuan.as_ref(),
                        polaritas: i.polaritas.as_ref(),
                        target: i.target.as_ref(),
                    }
                    .measure(doc, &pk.id.value, &s.id, &s.uraian)
                })
                .collect(),
            Content::Renstra(r) => r
                .indicators()
                .into_iter()
                .map(|(i, parent_id, parent)| {
                    OrgIndicator {
                        id: &i.id,
                        uraian: &i.uraian,
                        satuan: i.satuan.as_ref(),
                        polaritas: i.polaritas.as_ref(),
                        // Yearly targets are judged by the target rules of each year's PK.
                        target: None,
                    }
                    .measure(doc, &r.id.value, parent_id, parent)
                })
                .collect(),
            _ => Vec::new(),
        };
        list
    });
    skp.chain(org)
}

/// Every indicator of every SKP.
pub fn indicators(ws: &Workspace) -> impl Iterator<Item = IkiCx<'_>> {
    ws.skps().flat_map(|(doc, skp)| {
        skp.hasil_kerja.iter().flat_map(move |rhk| {
            rhk.indikator
                .iter()
                .map(move |iki| IkiCx { doc, skp, rhk, iki })
        })
    })
}

/// Every RHK of every SKP.
pub fn results(ws: &Workspace) -> impl Iterator<Item = (&Doc, &Skp, &Rhk)> {
    ws.skps()
        .flat_map(|(doc, skp)| skp.hasil_kerja.iter().map(move |rhk| (doc, skp, rhk)))
}

pub fn is_admin_format(skp: &Skp) -> bool {
    skp.format() == FormatSkp::AdministrasiFungsional
}

/// An indicator's text read for the wording rules.
pub struct Reading {
    pub words: Vec<Word>,
    /// The canonical head noun, when the first word is one.
    pub head: Option<String>,
}

/// `accept`: the `[vocab] accept` terms in force (a one-word term counts as a head noun).
pub fn read(text: &str, accept: &[String]) -> Reading {
    let mut words = words(text);
    // "Rata rata" written with a space is the head "rata-rata".
    if words.len() >= 2 && words[0].text == "rata" && words[1].text == "rata" {
        let second = words.remove(1);
        words[0].text = "rata-rata".into();
        words[0].end = second.end;
    }
    let head = words.first().and_then(|w| head_noun(&w.text, accept));
    Reading { words, head }
}

impl Reading {
    /// The measure inside a state word: "Meningkatnya jumlah peserta sosialisasi" read as
    /// "jumlah peserta sosialisasi", so the activity and wording rules see what is counted.
    /// `None` unless the first word is a normative state and the second a head noun.
    pub fn after_state(&self, accept: &[String], vocab: &VocabSection) -> Option<Reading> {
        let (first, rest) = self.words.split_first()?;
        if self.head.is_some() || !lexicon::is_normative(&first.text, vocab) {
            return None;
        }
        let head = head_noun(&rest.first()?.text, accept)?;
        Some(Reading {
            words: rest.to_vec(),
            head: Some(head),
        })
    }
}

/// The span of bytes `range` of a scalar's value, when the value is written on one line as is
/// (plain or quoted); otherwise the whole scalar.
pub fn sub_span(ws: &Workspace, doc: &Doc, value: &Sp<String>, range: (usize, usize)) -> Span {
    let src = &ws.sources.get(doc.file).text;
    let whole = value.span;
    let Some(written) = src.get(whole.byte_range()) else {
        return whole;
    };
    let offset = if written == value.value {
        0
    } else if written.len() == value.value.len() + 2
        && written.get(1..written.len() - 1) == Some(value.value.as_str())
    {
        1
    } else {
        return whole;
    };
    let (a, b) = range;
    if b > value.value.len()
        || a > b
        || !value.value.is_char_boundary(a)
        || !value.value.is_char_boundary(b)
    {
        return whole;
    }
    Span {
        lo: whole.lo + (offset + a) as u32,
        hi: whole.lo + (offset + b) as u32,
    }
}

/// The text with its first letter in upper case, for suggestions.
pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
