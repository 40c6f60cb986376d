//! Reading secrets: from the first line of stdin when the user asks for it, otherwise
//! from a hidden prompt, which needs a terminal (without one it is an error, not a hang).

use std::io::{BufRead, IsTerminal};

use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Reads one line from stdin as a secret, without its line ending.
pub fn from_stdin(what: &str) -> Result<Zeroizing<String>> {
    let mut line = Zeroizing::new(String::new());
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::io(format!("cannot read the {what} from stdin"), e))?;
    let trimmed = line.trim_end_matches(['\n', '\r']);
    if trimmed.is_empty() {
        return Err(Error::invalid(format!("no {what} on stdin")));
    }
    Ok(Zeroizing::new(trimmed.to_string()))
}

/// Asks for a new password twice at the terminal, hidden.
pub fn prompt_new_password(prompt: &str, stdin_flag: &str) -> Result<Zeroizing<String>> {
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(
            Error::usage("cannot prompt for a password: no terminal is attached")
                .with_hint(format!("pipe the password on stdin with {stdin_flag}")),
        );
    }
    dialoguer::Password::new()
        .with_prompt(prompt)
        .with_confirmation("Repeat it", "the two entries differ")
        .interact()
        .map(Zeroizing::new)
        .map_err(|e| Error::usage(format!("cannot read the password: {e}")))
}

/// A new password from stdin when `from_stdin` is set, else from the prompt.
pub fn new_password(use_stdin: bool, prompt: &str, stdin_flag: &str) -> Result<Zeroizing<String>> {
    if use_stdin {
        from_stdin("password")
    } else {
        prompt_new_password(prompt, stdin_flag)
    }
}
