fn main() -> std::process::ExitCode {
    flowsec::cli::main()
}
