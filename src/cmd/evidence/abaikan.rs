//! `skp evidence abaikan`: an exemption with its reason, recorded on a ledger entry.

use crate::cli::EvidenceAbaikanArgs;
use crate::evidence::edit;
use crate::evidence::verify::{self, State};
use crate::i18n::Msg;
use crate::render::escape_control;

use super::{add_error, find_record, open};
use crate::cmd::{EXIT_OK, Ui};

pub fn run(ui: &Ui, a: EvidenceAbaikanArgs) -> Result<u8, u8> {
    let (root, cfg) = open(ui, &a.ws)?;
    if a.alasan.trim().is_empty() {
        return Err(ui.fatal(&Msg::SuppressionNoReason, Some(&Msg::HelpAbaikanReason)));
    }
    super::super::refuse_personal_data(ui, &cfg.privacy.allow, "--alasan", &a.alasan)?;
    let kode = a.kode.to_ascii_uppercase();
    if crate::rules::find(&kode).is_none() {
        return Err(ui.fatal(&Msg::UnknownRule { code: kode }, Some(&Msg::HelpRules)));
    }
    if !kode.starts_with('B') {
        return Err(ui.fatal(
            &Msg::AbaikanNotB { code: kode },
            Some(&Msg::HelpAbaikanOtherCodes),
        ));
    }
    // A B finding is about one period's record: the others keep theirs.
    let (target, ledgers) = find_record(
        ui,
        &root,
        &a.select,
        &a.id,
        a.period.as_deref(),
        Msg::HelpAbaikanPickPeriod,
    )?;
    // B101 is exempted for the changed content seen now, never ahead of a change.
    let accepted = if kode == "B101" {
        let entry = target.entries(&ledgers).next();
        match entry.map(|e| (e, verify::entry_state(&root, &cfg, e))) {
            Some((_, State::Changed { actual })) => Some(actual),
            Some((e, state)) => {
                let berkas = e.berkas.as_deref().or(e.url.as_deref()).unwrap_or("");
                return Err(ui.fatal(
                    &Msg::AbaikanNoChange {
                        berkas: escape_control(berkas).into_owned(),
                        keadaan: state.code().to_string(),
                    },
                    Some(&Msg::HelpAbaikanNoChange),
                ));
            }
            None => None,
        }
    } else {
        None
    };
    edit::exempt(&root, &target, &kode, &a.alasan, accepted.as_deref())
        .map_err(|e| add_error(ui, e))?;
    ui.out(&format!("{}\n", Msg::AbaikanDone { kode }.render(ui.lang)))?;
    Ok(EXIT_OK)
}
