//! The one place output is produced: human tables (comfy-table) or JSON (serde) on
//! stdout, notices and errors on stderr, so JSON is never mixed with anything else.

use std::io::Write;

use comfy_table::{ContentArrangement, LineStyle, Table, TableStyle};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::text::{printable, printable_lines};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum OutputMode {
    #[default]
    Table,
    Json,
}

#[derive(Debug, Clone, Copy)]
pub struct Printer {
    pub mode: OutputMode,
    pub quiet: bool,
}

impl Printer {
    /// Prints a command's result: `value` as JSON, or the text `human` builds, with
    /// anything unprintable in it escaped.
    pub fn emit<T: Serialize + ?Sized>(
        &self,
        value: &T,
        human: impl FnOnce() -> String,
    ) -> Result<()> {
        self.emit_text(value, || printable_lines(&human()).into_owned())
    }

    /// As `emit`, but the text goes out byte for byte: for a value the user asked for
    /// alone (`secrets get`), which must not be altered.
    pub fn emit_raw<T: Serialize + ?Sized>(
        &self,
        value: &T,
        human: impl FnOnce() -> String,
    ) -> Result<()> {
        self.emit_text(value, human)
    }

    fn emit_text<T: Serialize + ?Sized>(
        &self,
        value: &T,
        human: impl FnOnce() -> String,
    ) -> Result<()> {
        if self.quiet {
            return Ok(());
        }
        let text = match self.mode {
            OutputMode::Json => serde_json::to_string_pretty(value)
                .map_err(|e| Error::invalid(format!("cannot render JSON: {e}")))?,
            OutputMode::Table => human(),
        };
        let mut out = std::io::stdout().lock();
        let written = if text.is_empty() {
            Ok(())
        } else if text.ends_with('\n') {
            out.write_all(text.as_bytes())
        } else {
            writeln!(out, "{text}")
        };
        match written.and_then(|()| out.flush()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                Err(Error::io("cannot write to stdout", e))
            }
            _ => Ok(()),
        }
    }

    /// A note for the person at the terminal, on stderr; `--quiet` silences it.
    pub fn notice(&self, message: &str) {
        if !self.quiet {
            eprintln!("flowsec: {}", printable(message));
        }
    }

    /// Reports an error on stderr, as one line (plus a hint) or as a JSON object.
    pub fn error(&self, err: &Error) {
        match self.mode {
            OutputMode::Json => {
                let mut body = serde_json::json!({
                    "error": {"kind": err.kind(), "message": err.message(), "hint": err.hint()}
                });
                if !err.located().is_empty() {
                    body["error"]["errors"] = serde_json::json!(err.located());
                }
                eprintln!("{body}");
            }
            OutputMode::Table => {
                eprintln!("flowsec: error: {}", printable(err.message()));
                for problem in err.located() {
                    eprintln!("{}", printable(&problem.to_string()));
                }
                if let Some(hint) = err.hint() {
                    eprintln!("help: {}", printable(hint));
                }
            }
        }
    }
}

/// Columns under one rule, no other lines: easy to read and to grep.
const STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

/// A table with a header, fitted to the terminal width when there is one.
pub fn table<R: IntoIterator<Item = String>>(
    header: &[&str],
    rows: impl IntoIterator<Item = R>,
) -> String {
    let mut table = Table::new();
    table
        .load_style(STYLE)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().copied());
    for row in rows {
        table.add_row(row.into_iter().map(|cell| printable(&cell).into_owned()));
    }
    table.to_string()
}

/// A record as `key: value` lines, aligned.
pub fn fields(pairs: &[(&str, String)]) -> String {
    let width = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    pairs
        .iter()
        .map(|(k, v)| format!("{k:width$}  {}\n", printable(v)))
        .collect()
}

/// Joins names for a table cell; `-` when there are none.
pub fn list_cell(names: &[String]) -> String {
    if names.is_empty() {
        "-".to_string()
    } else {
        names.join(", ")
    }
}

pub fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}
