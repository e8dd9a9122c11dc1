//! The command line in Bahasa Indonesia: `--help`, usage and argument errors follow `--lang`
//! like every other message. clap's derive writes the English texts from the doc comments in
//! `cli/mod.rs`; for Indonesian the built command tree is walked and each text replaced from
//! the catalogue in `i18n::help`, with clap's own words (headings, the help flag, the lists of
//! values, defaults and variables under a flag) and its argument errors in Indonesian too.
//! Commands, flags and value placeholders stay English, as the design fixes them.

use std::fmt::Write as _;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{ArgMatches, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::Lang;

/// The command tree in `lang`.
pub fn command(lang: Lang) -> Command {
    match lang {
        Lang::Id => in_indonesian(Cli::command()),
        Lang::En => Cli::command(),
    }
}

/// `cmd` (skp's tree, perhaps with settings of its own such as a fixed width) in Indonesian.
pub fn in_indonesian(mut cmd: Command) -> Command {
    // Built first, so that the help flags, the `help` commands and the global flags copied
    // into every command exist to be worded.
    cmd.build();
    localize(cmd, "skp", &Globals::new())
}

/// Parses the process's arguments in the language they ask for (`--lang`, else `SKP_LANG`,
/// else Indonesian); on an error or `--help`, prints it in that language and exits as clap
/// does (2 for an error, 0 for help).
pub fn parse() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = requested_lang(&args, std::env::var("SKP_LANG").ok());
    let exit = |e: clap::Error| -> ! {
        match lang {
            Lang::Id => e.apply::<Indonesian>().exit(),
            Lang::En => e.exit(),
        }
    };
    // A command line that parses costs no translation: the Indonesian tree is built only to
    // word an error or the help, by parsing the same arguments again.
    let matches: ArgMatches = Cli::command()
        .try_get_matches_from(&args)
        .unwrap_or_else(|e| match lang {
            Lang::Id => match command(lang).try_get_matches_from(&args) {
                Err(e) => exit(e),
                Ok(_) => exit(e),
            },
            Lang::En => exit(e),
        });
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit(e))
}

/// The language named before clap has parsed anything (its own errors need one): the last
/// `--lang X` or `--lang=X` before a lone `--`, else `SKP_LANG`. A value skp does not know is
/// Indonesian here; the command then refuses it with its own message.
fn requested_lang(args: &[std::ffi::OsString], env: Option<String>) -> Lang {
    let mut named: Option<String> = None;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            // A bare `--lang` at the end names nothing (clap refuses it): the earlier stands.
            if let Some(v) = it.next() {
                named = Some(v.into_owned());
            }
        } else if let Some(v) = a.strip_prefix("--lang=") {
            named = Some(v.to_string());
        }
    }
    let named = named.or(env);
    named.as_deref().and_then(Lang::parse).unwrap_or(Lang::Id)
}

/// The catalogue key of a command (`skp evidence add`); the copies that clap makes for
/// `skp help evidence add` (or `skp evidence help add`) share their command's key, and clap's
/// own `help` commands have none.
fn command_key(path: &str) -> Option<String> {
    let parts: Vec<&str> = path.split(' ').collect();
    if parts.len() > 1 && parts.last() == Some(&"help") {
        return None;
    }
    Some(
        parts
            .iter()
            .enumerate()
            .filter(|(i, p)| *i == 0 || **p != "help")
            .map(|(_, p)| *p)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The catalogue keys of the global flags met on the way down, by id: a global flag is one
/// text under the command that declares it (`skp:lang`, `skp report:mask`), wherever clap
/// copied it.
type Globals = std::collections::HashMap<String, String>;

/// `globals` with the global flags `cmd` declares (those not met above it) added.
fn with_declared(cmd: &Command, path: &str, globals: &Globals) -> Globals {
    let mut all = globals.clone();
    let command = command_key(path).unwrap_or_else(|| path.to_string());
    for arg in cmd.get_arguments().filter(|a| a.is_global_set()) {
        let id = arg.get_id().to_string();
        all.entry(id.clone())
            .or_insert_with(|| format!("{command}:{id}"));
    }
    all
}

/// The catalogue key of an argument of the command at `path`.
fn arg_key(path: &str, arg: &clap::Arg, globals: &Globals) -> String {
    let id = arg.get_id().to_string();
    match globals.get(&id) {
        Some(key) if arg.is_global_set() => key.clone(),
        _ => {
            let command = command_key(path).unwrap_or_else(|| path.to_string());
            format!("{command}:{id}")
        }
    }
}

/// Splits a text as clap's derive splits a doc comment: the first paragraph is the short help
/// (`-h`), the whole text the long one (`--help`), given only when there is more.
fn short_and_long(text: &str) -> (String, Option<String>) {
    match text.split_once("\n\n") {
        Some((first, _)) => (first.to_string(), Some(text.to_string())),
        None => (text.to_string(), None),
    }
}

fn localize(mut cmd: Command, path: &str, globals: &Globals) -> Command {
    let globals = with_declared(&cmd, path, globals);
    if let Some(text) = command_key(path).and_then(|key| crate::i18n::help::text(&key)) {
        let (short, long) = short_and_long(text);
        if cmd.get_long_about().is_some() {
            cmd = cmd.long_about(long.unwrap_or_else(|| short.clone()));
        }
        cmd = cmd.about(short);
    } else if cmd.get_name() == "help" {
        cmd = cmd.about("Tampilkan pesan ini atau bantuan perintah yang disebut");
    }
    // clap lines up a usage's further lines under "Usage: "; under "Penggunaan: " they need
    // five more spaces.
    let usage = cmd.render_usage().to_string();
    if let Some(lines) = usage.strip_prefix("Usage: ")
        && lines.contains('\n')
    {
        cmd = cmd.override_usage(lines.replace("\n       ", "\n            "));
    }
    let usage_heading = {
        let header = cmd.get_styles().get_usage();
        format!("{header}Penggunaan:{header:#}")
    };
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage_heading} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading("Perintah");
    let path_owned = path.to_string();
    cmd = cmd.mut_args(|arg| localize_arg(arg, &path_owned, &globals));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = format!("{path} {name}");
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, &sub_path, &globals));
    }
    cmd
}

fn localize_arg(mut arg: clap::Arg, path: &str, globals: &Globals) -> clap::Arg {
    let id = arg.get_id().as_str().to_string();
    let (mut short, mut long) = match id.as_str() {
        "help" if arg.get_long_help().is_some() => (
            "Tampilkan bantuan (lengkapnya dengan '--help')".to_string(),
            Some("Tampilkan bantuan (ringkasnya dengan '-h')".to_string()),
        ),
        "help" => ("Tampilkan bantuan".to_string(), None),
        "version" => ("Tampilkan versi".to_string(), None),
        // An argument the English leaves without a text still gets its notes below.
        _ => match crate::i18n::help::text(&arg_key(path, &arg, globals)) {
            Some(text) => short_and_long(text),
            None => (
                arg.get_help().map(|h| h.to_string()).unwrap_or_default(),
                None,
            ),
        },
    };
    if long.is_none() && arg.get_long_help().is_some() {
        long = Some(short.clone());
    }
    // What clap adds after a flag's text in English, said here in Indonesian instead: the
    // variable and the default it falls back to, and the values it takes (listed with their
    // meanings in the long help, as clap lists them).
    let mut notes: Vec<String> = Vec::new();
    if let Some(env) = arg.get_env()
        && !arg.is_hide_env_set()
    {
        notes.push(format!("[variabel lingkungan: {}]", env.to_string_lossy()));
        arg = arg.hide_env(true);
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
        notes.push(format!("[bawaan: {}]", defaults.join(", ")));
        arg = arg.hide_default_value(true);
    }
    let values: Vec<clap::builder::PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let mut value_names = None;
    let mut value_list = None;
    if !values.is_empty() && !arg.is_hide_possible_values_set() && arg.get_action().takes_values() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        value_names = Some(format!("[nilai: {}]", names.join(", ")));
        let key = arg_key(path, &arg, globals);
        let described: Vec<(&str, String)> = values
            .iter()
            .filter_map(|v| Some((v.get_name(), value_meaning(&key, v.get_name())?)))
            .collect();
        if !described.is_empty() {
            let width = described.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
            let mut list = String::from("Nilai yang mungkin:");
            for (name, meaning) in &described {
                let pad = width - name.len();
                let _ = write!(list, "\n- {name}:{:pad$} {meaning}", "");
            }
            value_list = Some(list);
        }
        arg = arg.hide_possible_values(true);
    }
    // `-h`: the text, then every note on one line. `--help`: the text, the values with their
    // meanings when they have any, then the notes.
    let mut short_notes = notes.clone();
    short_notes.extend(value_names.clone());
    // As clap's: in `--help` the values and the notes are paragraphs of their own.
    if long.is_some() || value_list.is_some() || !short_notes.is_empty() {
        let mut long_notes = notes;
        if value_list.is_none() {
            long_notes.extend(value_names);
        }
        let notes = (!long_notes.is_empty()).then(|| long_notes.join(" "));
        let paragraphs: Vec<String> = [long.or_else(|| Some(short.clone())), value_list, notes]
            .into_iter()
            .flatten()
            .filter(|p| !p.is_empty())
            .collect();
        long = Some(paragraphs.join("\n\n"));
    }
    if !short_notes.is_empty() {
        short = format!("{short} {}", short_notes.join(" "))
            .trim_start()
            .to_string();
    }
    arg = arg.help(short);
    if let Some(l) = long {
        arg = arg.long_help(l);
    }
    let heading = if arg.is_positional() {
        "Argumen"
    } else {
        "Opsi"
    };
    if arg.get_help_heading().is_none() {
        arg = arg.help_heading(heading);
    }
    arg
}

/// What one value of the flag `key` means: its catalogue entry, or a rule code's summary.
fn value_meaning(key: &str, value: &str) -> Option<String> {
    crate::i18n::help::text(&format!("{key}={value}"))
        .map(str::to_string)
        .or_else(|| rule_summary(value))
}

/// A rule code's summary, which the rule registry holds in both languages.
fn rule_summary(code: &str) -> Option<String> {
    crate::rules::RULES
        .iter()
        .find(|r| r.code == code)
        .map(|r| r.summary_id.to_string())
}

/// clap's argument errors in Indonesian, laid out as clap lays out its own.
struct Indonesian;

impl ErrorFormatter for Indonesian {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let styles = clap::builder::Styles::default();
        let (bad, good, lit, err) = (
            styles.get_invalid(),
            styles.get_valid(),
            styles.get_literal(),
            styles.get_error(),
        );
        let string = |k| match error.get(k) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            _ => None,
        };
        let strings = |k| match error.get(k) {
            Some(ContextValue::Strings(s)) => s.clone(),
            Some(ContextValue::String(s)) => vec![s.clone()],
            _ => Vec::new(),
        };
        let number = |k| match error.get(k) {
            Some(ContextValue::Number(n)) => Some(*n),
            _ => None,
        };
        let arg = string(ContextKind::InvalidArg).unwrap_or_default();
        let value = string(ContextKind::InvalidValue).unwrap_or_default();
        let mut s = String::new();
        let _ = write!(
            s,
            "{err}{}:{err:#} ",
            crate::i18n::Lang::Id.severity(crate::base::Severity::Error)
        );
        match error.kind() {
            ErrorKind::UnknownArgument => {
                let _ = write!(s, "argumen '{bad}{arg}{bad:#}' tidak dikenal");
            }
            ErrorKind::InvalidSubcommand => {
                let sub = string(ContextKind::InvalidSubcommand).unwrap_or_default();
                let _ = write!(s, "perintah '{bad}{sub}{bad:#}' tidak dikenal");
            }
            ErrorKind::InvalidValue if value.is_empty() => {
                let _ = write!(
                    s,
                    "'{lit}{arg}{lit:#}' memerlukan nilai, tetapi tidak ada yang diberikan"
                );
                values_list(
                    &mut s,
                    "nilai yang mungkin",
                    &strings(ContextKind::ValidValue),
                );
            }
            ErrorKind::InvalidValue => {
                let _ = write!(
                    s,
                    "nilai '{bad}{value}{bad:#}' tidak sah untuk '{lit}{arg}{lit:#}'"
                );
                values_list(
                    &mut s,
                    "nilai yang mungkin",
                    &strings(ContextKind::ValidValue),
                );
            }
            ErrorKind::ValueValidation => {
                let _ = write!(
                    s,
                    "nilai '{bad}{value}{bad:#}' tidak sah untuk '{lit}{arg}{lit:#}'"
                );
                if let Some(source) = std::error::Error::source(error) {
                    let _ = write!(s, ": {}", reason(&source.to_string()));
                }
            }
            ErrorKind::NoEquals => {
                let _ = write!(
                    s,
                    "nilai untuk '{bad}{arg}{bad:#}' harus diberikan dengan tanda '='"
                );
            }
            ErrorKind::TooManyValues => {
                let _ = write!(
                    s,
                    "nilai '{bad}{value}{bad:#}' tidak diharapkan untuk '{lit}{arg}{lit:#}'"
                );
            }
            ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
                let expected =
                    number(ContextKind::MinValues).or(number(ContextKind::ExpectedNumValues));
                let actual = number(ContextKind::ActualNumValues).unwrap_or_default();
                match expected {
                    Some(n) => {
                        let _ = write!(
                            s,
                            "'{lit}{arg}{lit:#}' memerlukan {good}{n}{good:#} nilai, tetapi yang diberikan {bad}{actual}{bad:#}"
                        );
                    }
                    None => {
                        let _ = write!(s, "jumlah nilai untuk '{lit}{arg}{lit:#}' tidak sesuai");
                    }
                }
            }
            ErrorKind::ArgumentConflict => {
                let prior = strings(ContextKind::PriorArg);
                // A subcommand given after a flag it cannot follow is named as a command.
                let (arg, what) = match string(ContextKind::InvalidSubcommand) {
                    Some(sub) if arg.is_empty() => (sub, "perintah"),
                    _ => (arg, "argumen"),
                };
                if prior.contains(&arg) {
                    let _ = write!(
                        s,
                        "{what} '{bad}{arg}{bad:#}' tidak boleh diberikan lebih dari sekali"
                    );
                } else if prior.is_empty() {
                    let _ = write!(
                        s,
                        "{what} '{bad}{arg}{bad:#}' tidak dapat dipakai bersama argumen lain yang diberikan"
                    );
                } else if let [one] = prior.as_slice() {
                    let _ = write!(
                        s,
                        "{what} '{bad}{arg}{bad:#}' tidak dapat dipakai bersama '{bad}{one}{bad:#}'"
                    );
                } else {
                    let _ = write!(s, "{what} '{bad}{arg}{bad:#}' tidak dapat dipakai bersama:");
                    for p in prior {
                        let _ = write!(s, "\n  {bad}{p}{bad:#}");
                    }
                }
            }
            ErrorKind::MissingRequiredArgument => {
                s.push_str("argumen wajib berikut belum diberikan:");
                for a in strings(ContextKind::InvalidArg) {
                    let _ = write!(s, "\n  {good}{a}{good:#}");
                }
            }
            ErrorKind::MissingSubcommand => {
                let sub = string(ContextKind::InvalidSubcommand).unwrap_or_default();
                let _ = write!(
                    s,
                    "'{bad}{sub}{bad:#}' perlu diikuti salah satu perintahnya"
                );
                values_list(&mut s, "perintah", &strings(ContextKind::ValidSubcommand));
            }
            ErrorKind::InvalidUtf8 => s.push_str("argumen berisi teks yang bukan UTF-8"),
            // Help and version are printed as they are, and I/O and formatting errors come
            // worded already: clap never asks a formatter for these.
            _ => s.push_str(error.kind().as_str().unwrap_or("argumen tidak sah")),
        }
        let mut tipped = false;
        for kind in [
            ContextKind::SuggestedSubcommand,
            ContextKind::SuggestedArg,
            ContextKind::SuggestedValue,
        ] {
            // clap lists the most similar last; said best first.
            let like: Vec<String> = strings(kind)
                .iter()
                .rev()
                .map(|v| format!("'{good}{v}{good:#}'"))
                .collect();
            if !like.is_empty() {
                s.push_str(if tipped { "\n" } else { "\n\n" });
                tipped = true;
                let _ = write!(
                    s,
                    "  {good}saran:{good:#} mungkin maksudnya {}",
                    like.join(" atau ")
                );
            }
        }
        if let Some(ContextValue::StyledStrs(tips)) = error.get(ContextKind::Suggested) {
            for tip in tips {
                s.push_str(if tipped { "\n" } else { "\n\n" });
                tipped = true;
                let _ = write!(
                    s,
                    "  {good}saran:{good:#} {}",
                    tip_in_indonesian(&tip.to_string())
                );
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            // clap's usage line starts with its own heading.
            let usage = usage
                .ansi()
                .to_string()
                .replacen("Usage:", "Penggunaan:", 1);
            let _ = write!(s, "\n\n{usage}");
        }
        let _ = write!(
            s,
            "\n\nUntuk keterangan lebih lanjut, coba '{lit}--help{lit:#}'.\n"
        );
        StyledStr::from(s)
    }
}

/// The reason a value parser gave, in Indonesian when it is one of the standard library's
/// (a number that is none, or out of range); another is shown as it is.
fn reason(text: &str) -> String {
    if text == "invalid digit found in string" {
        return "bukan bilangan bulat".to_string();
    }
    if text == "cannot parse integer from empty string" {
        return "kosong".to_string();
    }
    if let Some((_, range)) = text.split_once(" is not in ")
        && let Some((low, high)) = range.split_once("..=")
    {
        return format!("harus antara {low} dan {high}");
    }
    text.to_string()
}

/// One of clap's own tips (its wording, from `clap_builder::error`) in Indonesian; another is
/// shown as it is.
fn tip_in_indonesian(tip: &str) -> String {
    if let Some(rest) = tip.strip_prefix("to pass '")
        && let Some((value, rest)) = rest.split_once("' as a value, use '")
    {
        let written = rest.trim_end_matches('\'');
        return format!("untuk memberikan '{value}' sebagai nilai, tulis '{written}'");
    }
    if let Some(rest) = tip.strip_prefix("subcommand '")
        && let Some((name, _)) = rest.split_once("' exists;")
    {
        return format!("perintah '{name}' ada; untuk memakainya, hapus '--' di depannya");
    }
    if let Some((command, flag)) = tip
        .strip_prefix('\'')
        .and_then(|t| t.strip_suffix("' exists"))
        .and_then(|t| t.rsplit_once(' '))
    {
        return format!(
            "'{flag}' adalah opsi perintah '{command}': tulis sesudah nama perintah itu"
        );
    }
    tip.to_string()
}

fn values_list(s: &mut String, name: &str, values: &[String]) {
    if !values.is_empty() {
        let _ = write!(s, "\n  [{name}: {}]", values.join(", "));
    }
}

/// Every text the English command line shows, under its catalogue key: each command's
/// description, each argument's help, and the meaning of each value that has one (but a rule
/// code's, which the rule registry words). clap's own (the help flag, `skp help`) are worded
/// in [`localize_arg`].
#[cfg(test)]
fn english_texts() -> Vec<(String, String)> {
    fn walk(cmd: &Command, path: &str, globals: &Globals, out: &mut Vec<(String, String)>) {
        if path.split(' ').skip(1).any(|p| p == "help") {
            return;
        }
        if let Some(about) = cmd.get_long_about().or(cmd.get_about()) {
            out.push((path.to_string(), about.to_string()));
        }
        let declared = with_declared(cmd, path, globals);
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            // A global flag is worded once, where it is declared.
            if matches!(id, "help" | "version") || (arg.is_global_set() && globals.contains_key(id))
            {
                continue;
            }
            let key = arg_key(path, arg, &declared);
            if let Some(help) = arg.get_long_help().or(arg.get_help()) {
                out.push((key.clone(), help.to_string()));
            }
            for v in arg.get_possible_values() {
                if let Some(help) = v.get_help()
                    && rule_summary(v.get_name()).is_none()
                {
                    out.push((format!("{key}={}", v.get_name()), help.to_string()));
                }
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), &declared, out);
        }
    }
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, "skp", &Globals::new(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of the English command line has its Indonesian one, and the catalogue holds
    /// no text the command line no longer has. A failure lists what to add, ready to paste.
    #[test]
    fn the_catalogue_matches_the_command_line() {
        let english = english_texts();
        let missing: Vec<String> = english
            .iter()
            .filter(|(k, _)| crate::i18n::help::text(k).is_none())
            .map(|(k, t)| format!("    ({k:?}, {t:?}),"))
            .collect();
        let stale: Vec<&str> = crate::i18n::help::TEXTS
            .iter()
            .map(|(k, _)| *k)
            .filter(|k| !english.iter().any(|(e, _)| e == k))
            .collect();
        assert!(
            missing.is_empty() && stale.is_empty(),
            "no Indonesian text for (English shown):\n{}\nno longer on the command line: {stale:?}",
            missing.join("\n")
        );
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        let en = || Some("en".to_string());
        assert_eq!(
            requested_lang(&args(&["skp", "check", "--lang", "en"]), None),
            Lang::En
        );
        assert_eq!(
            requested_lang(&args(&["skp", "--lang=en", "check"]), None),
            Lang::En
        );
        // A bare `--lang` at the end leaves the one before.
        assert_eq!(
            requested_lang(&args(&["skp", "--lang", "en", "check", "--lang"]), None),
            Lang::En
        );
        // The flag over the variable; after `--`, a value is no flag.
        assert_eq!(
            requested_lang(&args(&["skp", "--lang", "id"]), en()),
            Lang::Id
        );
        assert_eq!(requested_lang(&args(&["skp", "check"]), en()), Lang::En);
        assert_eq!(
            requested_lang(&args(&["skp", "check", "--", "--lang=en"]), None),
            Lang::Id
        );
    }
}
