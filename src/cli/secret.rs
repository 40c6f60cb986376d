//! Reading secrets: from stdin when the user asks for it, otherwise from a hidden prompt,
//! which needs a terminal (without one it is an error, not a hang).

use std::io::{BufRead, IsTerminal, Read};

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

/// The longest secret value read from stdin; the buffer is allocated once at this size, so
/// no copy of the value is left behind by growing it.
const VALUE_MAX: usize = 64 * 1024;

/// Reads all of stdin as a secret value, less one trailing line ending.
fn all_of_stdin(what: &str) -> Result<Zeroizing<String>> {
    let mut text = Zeroizing::new(String::with_capacity(VALUE_MAX + 1));
    std::io::stdin()
        .lock()
        .take(u64::try_from(VALUE_MAX + 1).unwrap_or(u64::MAX))
        .read_to_string(&mut text)
        .map_err(|e| Error::io(format!("cannot read the {what} from stdin"), e))?;
    if text.len() > VALUE_MAX {
        return Err(Error::invalid(format!(
            "the {what} on stdin is longer than {VALUE_MAX} bytes"
        )));
    }
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    if text.is_empty() {
        return Err(Error::invalid(format!("no {what} on stdin")));
    }
    Ok(text)
}

/// Asks for a new password twice at the terminal, hidden.
pub fn prompt_new_password(prompt: &str, stdin_flag: &str) -> Result<Zeroizing<String>> {
    prompt_twice("password", prompt, stdin_flag)
}

/// Asks for a new secret (`what`) twice at the terminal, hidden.
fn prompt_twice(what: &str, prompt: &str, stdin_flag: &str) -> Result<Zeroizing<String>> {
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(Error::usage(format!(
            "cannot prompt for a {what}: no terminal is attached"
        ))
        .with_hint(format!("pipe the {what} on stdin with {stdin_flag}")));
    }
    dialoguer::Password::new()
        .with_prompt(prompt)
        .with_confirmation("Repeat it", "the two entries differ")
        .interact()
        .map(Zeroizing::new)
        .map_err(|e| Error::usage(format!("cannot read the {what}: {e}")))
}

/// A new password from stdin when `from_stdin` is set, else from the prompt.
pub fn new_password(use_stdin: bool, prompt: &str, stdin_flag: &str) -> Result<Zeroizing<String>> {
    if use_stdin {
        from_stdin("password")
    } else {
        prompt_new_password(prompt, stdin_flag)
    }
}

/// A secret's new value: all of stdin when `use_stdin` is set, else from the prompt.
pub fn new_value(use_stdin: bool, prompt: &str, stdin_flag: &str) -> Result<Zeroizing<String>> {
    if use_stdin {
        all_of_stdin("value")
    } else {
        prompt_twice("value", prompt, stdin_flag)
    }
}
