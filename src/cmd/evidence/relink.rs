//! `skp evidence relink`: point moved entries at where their content is now.

use crate::cli::WorkspaceArg;
use crate::evidence::edit;
use crate::i18n::Msg;

use super::{add_error, open, short};
use crate::cmd::{EXIT_FATAL, EXIT_OK, Ui};

pub fn run(ui: &Ui, a: WorkspaceArg) -> Result<u8, u8> {
    let (root, cfg) = open(ui, &a)?;
    let report = super::verify::report(root.clone(), cfg, false);
    let (done, failed) = edit::relink(&root, &report);
    // One line per content and new place, however many records (or ledgers) changed.
    let mut shown = std::collections::HashSet::new();
    for (sha, to, _) in &done {
        if !shown.insert((sha, to)) {
            continue;
        }
        ui.out(&format!(
            "{}\n",
            Msg::RelinkOne {
                sha: short(Some(sha)),
                to: crate::render::escape_control(to).into_owned(),
            }
            .render(ui.lang)
        ))?;
    }
    ui.err_text(&format!(
        "{}\n",
        Msg::RelinkDone {
            n: done.iter().map(|(_, _, n)| n).sum()
        }
        .render(ui.lang)
    ));
    let code = failed.len();
    for e in failed {
        add_error(ui, e);
    }
    Ok(if code == 0 { EXIT_OK } else { EXIT_FATAL })
}
