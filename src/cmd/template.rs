//! `skp template --xlsx FILE`: the empty spreadsheet template.

use crate::cli::TemplateArgs;
use crate::i18n::Msg;

use super::{EXIT_OK, Ui};

pub fn run(ui: &Ui, args: TemplateArgs) -> Result<u8, u8> {
    super::output_is_not(ui, &args.xlsx)?;
    super::refuse_existing(ui, &args.xlsx, args.force)?;
    let bytes = crate::tabular::xlsx::workbook(&[]).map_err(|e| {
        ui.fatal(
            &Msg::OutputFailed {
                error: e.to_string(),
            },
            None,
        )
    })?;
    super::write_output(ui, &args.xlsx, &bytes)?;
    ui.err_line(&Msg::TemplateDone {
        path: args.xlsx.display().to_string(),
    });
    Ok(EXIT_OK)
}
