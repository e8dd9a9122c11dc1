//! `skp evidence rm [--delete-file]`.

use crate::cli::EvidenceRmArgs;
use crate::evidence::edit;
use crate::i18n::Msg;

use super::{add_error, find_entry, ledgers, open, short};
use crate::cmd::{EXIT_OK, Ui};

pub fn run(ui: &Ui, a: EvidenceRmArgs) -> Result<u8, u8> {
    let (root, _) = open(ui, &a.ws)?;
    let all = ledgers(ui, &root, &a.select)?;
    let target = find_entry(ui, &all, &a.id)?;
    edit::remove(&root, &target, a.delete_file).map_err(|e| add_error(ui, e))?;
    let id = if target.sha256.is_empty() {
        crate::render::escape_control(&target.url).into_owned()
    } else {
        short(Some(&target.sha256))
    };
    ui.out(&format!("{}\n", Msg::RmDone { id }.render(ui.lang)))?;
    Ok(EXIT_OK)
}
