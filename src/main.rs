use std::process::ExitCode;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = skp::cli::parse();
    ExitCode::from(skp::cmd::run(cli))
}
