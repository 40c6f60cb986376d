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

/// A hidden prompt at the terminal; an error naming `otherwise` when there is none.
fn prompt(what: &str, otherwise: &str) -> Result<dialoguer::Password<'static>> {
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(Error::usage(format!(
            "cannot prompt for the {what}: no terminal is attached"
        ))
        .with_hint(otherwise.to_string()));
    }
    Ok(dialoguer::Password::new())
}

fn read(prompt: dialoguer::Password<'_>, what: &str) -> Result<Zeroizing<String>> {
    prompt
        .interact()
        .map(Zeroizing::new)
        .map_err(|e| Error::usage(format!("cannot read the {what}: {e}")))
}

/// Asks for a new password twice at the terminal, hidden.
pub fn prompt_new_password(text: &str, stdin_flag: &str) -> Result<Zeroizing<String>> {
    let hint = format!("pipe the password on stdin with {stdin_flag}");
    let p = prompt("password", &hint)?
        .with_prompt(text)
        .with_confirmation("Repeat it", "the two entries differ");
    read(p, "password")
}

/// Asks once for an existing secret (a password, a code) at the terminal, hidden.
pub fn prompt_secret(what: &str, text: &str, otherwise: &str) -> Result<Zeroizing<String>> {
    let p = prompt(what, otherwise)?.with_prompt(text);
    read(p, what)
}

/// An existing password from stdin when `use_stdin` is set, else from the prompt.
pub fn current_password(
    use_stdin: bool,
    text: &str,
    stdin_flag: &str,
) -> Result<Zeroizing<String>> {
    if use_stdin {
        from_stdin("password")
    } else {
        prompt_secret(
            "password",
            text,
            &format!("pipe the password on stdin with {stdin_flag}"),
        )
    }
}

/// A new password from stdin when `use_stdin` is set, else from the prompt.
pub fn new_password(use_stdin: bool, prompt: &str, stdin_flag: &str) -> Result<Zeroizing<String>> {
    if use_stdin {
        from_stdin("password")
    } else {
        prompt_new_password(prompt, stdin_flag)
    }
}
