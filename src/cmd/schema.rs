use crate::cli::SchemaArgs;
use crate::i18n::Msg;
use crate::model::Kind;

use super::{EXIT_OK, Ui};

pub fn run(ui: &Ui, args: SchemaArgs) -> Result<u8, u8> {
    let value = match args.kind.as_deref() {
        None => crate::schema::all(),
        // Any letter case, with or without `-`/`_` between words (`perjanjian-kinerja`).
        Some(k) => match Kind::ALL.iter().find(|x| {
            let typed: String = k.chars().filter(|c| !matches!(c, '-' | '_')).collect();
            x.as_str().eq_ignore_ascii_case(&typed)
        }) {
            Some(kind) => crate::schema::for_kind(*kind),
            None => {
                return Err(ui.fatal(
                    &Msg::UnsupportedKind {
                        value: k.to_string(),
                    },
                    Some(&Msg::HelpKnownKinds {
                        kinds: Kind::ALL
                            .iter()
                            .map(|k| k.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    }),
                ));
            }
        },
    };
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    ui.out(&text)?;
    Ok(EXIT_OK)
}
