use clap::Parser;
use liaison::cli::{Cli, run};
use liaison::telemetry;

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    telemetry::init(cli.log_format, &cli.log);
    if let Err(error) = run(cli).await {
        eprintln!("error: {error:#}");
        std::process::exit(1);
    }
}
