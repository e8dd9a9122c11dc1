//! `skp evidence rm [--period P] [--delete-file]`.

use crate::cli::EvidenceRmArgs;
use crate::evidence::edit::{self, Kept};
use crate::i18n::Msg;
use crate::render::escape_control;

use super::{add_error, find_record, open, short};
use crate::cmd::{EXIT_OK, Ui};

pub fn run(ui: &Ui, a: EvidenceRmArgs) -> Result<u8, u8> {
    let (root, cfg) = open(ui, &a.ws)?;
    // One file may be recorded for several periods (one entry each): a record is removed
    // per period, never all of them on a guess.
    let (target, _) = find_record(
        ui,
        &root,
        &a.select,
        &a.id,
        a.period.as_deref(),
        Msg::HelpRmPickPeriod,
    )?;
    let removed =
        edit::remove(&root, &cfg, &target, a.delete_file).map_err(|e| add_error(ui, e))?;
    let id = if target.sha256.is_empty() {
        escape_control(&target.url).into_owned()
    } else {
        short(Some(&target.sha256))
    };
    let mut text = format!("{}\n", Msg::RmDone { id }.render(ui.lang));
    for b in removed.deleted {
        let berkas = escape_control(&b).into_owned();
        text.push_str(&format!(
            "{}\n",
            Msg::RmFileDeleted { berkas }.render(ui.lang)
        ));
    }
    ui.out(&text)?;
    for b in removed.left {
        ui.err_line(&Msg::RmCopyLeft {
            berkas: escape_control(&b).into_owned(),
        });
    }
    for b in removed.gone {
        ui.err_line(&Msg::RmFileGone {
            berkas: escape_control(&b).into_owned(),
        });
    }
    for (b, why) in removed.kept {
        let berkas = escape_control(&b).into_owned();
        ui.err_line(&match why {
            Kept::StillRecorded => Msg::RmKeptRecorded { berkas },
            Kept::InStore => Msg::RmKeptInStore { berkas },
            Kept::OnlyCopyOf(other) => Msg::RmKeptOnlyCopy {
                berkas,
                lain: escape_control(&other).into_owned(),
            },
            Kept::LedgerUnreadable(ledger) => Msg::RmKeptLedgerUnreadable {
                berkas,
                ledger: escape_control(&ledger).into_owned(),
            },
            Kept::FolderUnlisted(folder) => Msg::RmKeptFolderUnlisted {
                berkas,
                folder: escape_control(&folder).into_owned(),
            },
            Kept::Changed => Msg::RmKeptChanged { berkas },
            Kept::NotOurs => Msg::RmKeptNotOurs { berkas },
            Kept::Unreadable(reason) => Msg::RmKeptUnreadable {
                berkas,
                reason: escape_control(&reason).into_owned(),
            },
            Kept::NotDeleted(reason) => Msg::RmKeptNotDeleted {
                berkas,
                reason: escape_control(&reason).into_owned(),
            },
        });
    }
    Ok(EXIT_OK)
}
