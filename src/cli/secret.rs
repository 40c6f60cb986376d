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
    prompt_twice("password", text, stdin_flag)
}

/// Asks for a new secret (`what`) twice at the terminal, hidden.
fn prompt_twice(what: &str, text: &str, stdin_flag: &str) -> Result<Zeroizing<String>> {
    let hint = format!("pipe the {what} on stdin with {stdin_flag}");
    let p = prompt(what, &hint)?
        .with_prompt(text)
        .with_confirmation("Repeat it", "the two entries differ");
    read(p, what)
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

/// A secret's new value: all of stdin when `use_stdin` is set, else from the prompt.
pub fn new_value(use_stdin: bool, prompt: &str, stdin_flag: &str) -> Result<Zeroizing<String>> {
    if use_stdin {
        all_of_stdin("value")
    } else {
        prompt_twice("value", prompt, stdin_flag)
    }
}
