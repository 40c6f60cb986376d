//! `flowsec completions` and `flowsec man`: shell completions and man pages generated
//! from the command tree itself, so they never drift from it.

use std::io::Write;
use std::path::Path;

use clap::CommandFactory;

use super::{Cli, Status};
use crate::error::{Error, Result};

/// Prints the completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> Result<Status> {
    let mut command = Cli::command();
    // Rendered first: clap_complete panics when it cannot write (a closed pipe).
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "flowsec", &mut script);
    let mut out = std::io::stdout().lock();
    match out.write_all(&script).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Error::io("cannot write to stdout", e))
        }
        _ => Ok(Status::Success),
    }
}

/// Writes `flowsec.1` and one page for every subcommand (`flowsec-users-create.1`…).
pub fn man(dir: &Path) -> Result<Status> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(format!("cannot create `{}`", dir.display()), e))?;
    let mut command = Cli::command();
    command.build();
    write_pages(&command, "flowsec", dir)?;
    Ok(Status::Success)
}

fn write_pages(command: &clap::Command, name: &str, dir: &Path) -> Result<()> {
    let page = command.clone().name(name.to_string());
    let path = dir.join(format!("{name}.1"));
    let mut buffer = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut buffer)
        .map_err(|e| Error::io("cannot render a man page", e))?;
    std::fs::write(&path, buffer)
        .map_err(|e| Error::io(format!("cannot write `{}`", path.display()), e))?;
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        write_pages(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}
