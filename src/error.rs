//! The library's one error type. Every variant knows its stable `kind`, which scripts read
//! from JSON errors, and every failure maps to exit code 2 (see `ExitStatus`).

use std::fmt;

/// The stable error kinds of the command-line contract (cli.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    Usage,
    InvalidInput,
    NotFound,
    Conflict,
    Forbidden,
    Auth,
    Store,
    Crypto,
    Io,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Usage => "usage",
            ErrorKind::InvalidInput => "invalid_input",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Forbidden => "forbidden",
            ErrorKind::Auth => "auth",
            ErrorKind::Store => "store",
            ErrorKind::Crypto => "crypto",
            ErrorKind::Io => "io",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A failure with a one-line message and an optional hint for the user.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    kind: ErrorKind,
    message: String,
    hint: Option<String>,
    /// Every problem found in an input file, each located (a manifest): reported together.
    problems: Vec<Problem>,
}

/// One problem in an input file: where (the key path, and the line when known) and what.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub file: String,
    /// The dotted key path, e.g. `users.alice.roles`; empty for the file as a whole.
    pub path: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.file)?;
        if !self.path.is_empty() {
            write!(f, " [{}]", self.path)?;
        }
        if let Some(line) = self.line {
            write!(f, " (line {line})")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            problems: Vec::new(),
        }
    }

    /// Input errors of one file, all reported: `N errors in FILE`, then each problem.
    pub fn problems(file: &str, problems: Vec<Problem>) -> Self {
        let n = problems.len();
        let noun = if n == 1 { "error" } else { "errors" };
        let mut e = Self::invalid(format!("{n} {noun} in {file}; nothing was changed"));
        e.problems = problems;
        e
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidInput, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, message)
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Forbidden, message)
    }

    pub fn io(context: impl fmt::Display, err: std::io::Error) -> Self {
        Self::new(ErrorKind::Io, format!("{context}: {err}"))
    }

    /// Adds a `help:` line shown under the error.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn hint(&self) -> Option<&str> {
        self.hint.as_deref()
    }

    /// The located problems of an input file, if this error reports them.
    pub fn located(&self) -> &[Problem] {
        &self.problems
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
