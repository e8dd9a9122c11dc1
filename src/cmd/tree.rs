//! `skp tree`: the cascade as a tree.

use crate::cascade::tree;
use crate::cli::{TreeArgs, TreeFormat};
use crate::i18n::Msg;
use crate::model::Kind;
use crate::render::tree::{Filter, render_dot, render_mermaid, render_text, select, write_json};
use crate::workspace::Workspace;

use super::{EXIT_OK, Ui};

pub fn run(ui: &Ui, args: TreeArgs) -> Result<u8, u8> {
    let (root, cfg) = super::check::open_at(ui, args.path.as_deref())?;
    let ws = Workspace::load_model(root, cfg);
    super::warn_left_out(
        ui,
        &ws,
        &[Kind::Skp, Kind::PerjanjianKinerja, Kind::Renstra],
    );
    let cascade = crate::cascade::build(&ws.docs);
    let nip = args
        .nip
        .as_ref()
        .map(|n| n.chars().filter(|c| !c.is_whitespace()).collect::<String>());
    if let Some(n) = &nip
        && !cascade.skps_by_nip.contains_key(n)
    {
        return Err(ui.fatal(&Msg::NoSkpForNip { nip: n.clone() }, None));
    }
    let t = tree::build(&ws, &cascade);
    let keep = select(
        &t,
        &Filter {
            nip,
            unit: args.unit.clone(),
            uncovered: args.uncovered,
        },
    );
    let text = match args.format {
        TreeFormat::Text => render_text(&t, &keep, ui.lang),
        TreeFormat::Json => {
            // Streamed: the JSON of an agency's tree is never held whole.
            return ui.out_with(|w| write_json(&t, &keep, w)).map(|()| EXIT_OK);
        }
        TreeFormat::Mermaid => render_mermaid(&t, &keep),
        TreeFormat::Dot => render_dot(&t, &keep),
    };
    ui.out(&text)?;
    Ok(EXIT_OK)
}
