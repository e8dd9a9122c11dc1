use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = skp::cli::Cli::parse();
    ExitCode::from(skp::cmd::run(cli))
}
