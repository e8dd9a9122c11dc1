use std::process::ExitCode;

use clap::Parser;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = skp::cli::Cli::parse();
    ExitCode::from(skp::cmd::run(cli))
}
