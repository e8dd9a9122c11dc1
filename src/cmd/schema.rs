use crate::cli::SchemaArgs;
use crate::i18n::Msg;
use crate::model::Kind;

use super::{EXIT_OK, Ui};

pub fn run(ui: &Ui, args: SchemaArgs) -> Result<u8, u8> {
    let value = match args.kind.as_deref() {
        None => crate::schema::all(),
        Some(k) => match Kind::ALL
            .iter()
            .find(|x| x.as_str().eq_ignore_ascii_case(k))
        {
            Some(kind) => crate::schema::for_kind(*kind),
            None => {
                return Err(ui.fatal(
                    &Msg::UnsupportedKind {
                        value: k.to_string(),
                    },
                    Some(&Msg::HelpKnownFields {
                        fields: Kind::ALL
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
