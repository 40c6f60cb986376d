//! Where a store is, parsed once from `--db`, `FLOWSEC_DB` or the config file: a path or
//! `sqlite:PATH` is a SQLite file; `postgres://` and `postgresql://` name a PostgreSQL
//! database; any other `scheme://` is an error, never a file name, so nothing is ever
//! created for a URL.

use std::ffi::OsStr;
use std::path::PathBuf;

use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite(PathBuf),
    /// A PostgreSQL URL, which holds no password.
    Postgres(String),
}

impl Location {
    pub fn parse(raw: &OsStr) -> Result<Location> {
        // A name that is not UTF-8 is no URL.
        let Some(text) = raw.to_str() else {
            return Ok(Location::Sqlite(PathBuf::from(raw)));
        };
        if let Some(path) = text.strip_prefix("sqlite:") {
            if path.starts_with("//") || path.is_empty() {
                return Err(Error::usage(
                    "a SQLite store is named `sqlite:PATH` (or just PATH)",
                ));
            }
            return Ok(Location::Sqlite(PathBuf::from(path)));
        }
        let Some(scheme) = url_scheme(text) else {
            return Ok(Location::Sqlite(PathBuf::from(raw)));
        };
        if !matches!(
            scheme.to_ascii_lowercase().as_str(),
            "postgres" | "postgresql"
        ) {
            return Err(Error::usage(format!(
                "`{scheme}://` is not a kind of store: use a path, `sqlite:PATH` or `postgres://USER@HOST/DBNAME`"
            )));
        }
        // Never echoed: it may hold a password.
        let url = url::Url::parse(text).map_err(|_| {
            Error::usage(
                "the PostgreSQL URL is malformed (it is not shown, as it may hold a password)",
            )
        })?;
        if url.password().is_some() || url.query_pairs().any(|(key, _)| key == "password") {
            return Err(Error::usage(
                "the store's URL holds a password, which would show in `ps` and shell history; it is not shown",
            )
            .with_hint("put it in FLOWSEC_DB or the config file, PGPASSWORD, or the pgpass file"));
        }
        Ok(Location::Postgres(url.to_string()))
    }

    /// The SQLite file, or the reason this build cannot open the store.
    pub fn into_sqlite(self) -> Result<PathBuf> {
        match self {
            Location::Sqlite(path) => Ok(path),
            Location::Postgres(_) => Err(Error::usage(
                "PostgreSQL stores are not supported by this build yet",
            )),
        }
    }
}

/// The scheme of `SCHEME://...`, if `text` looks like a URL.
fn url_scheme(text: &str) -> Option<&str> {
    let (scheme, _) = text.split_once("://")?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some(scheme)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(raw: &str) -> Result<Location> {
        Location::parse(OsStr::new(raw))
    }

    #[test]
    fn paths_and_urls_are_told_apart() {
        assert_eq!(
            parse("store.db").unwrap(),
            Location::Sqlite("store.db".into())
        );
        assert_eq!(
            parse("sqlite:/var/s.db").unwrap(),
            Location::Sqlite("/var/s.db".into())
        );
        assert_eq!(
            parse("./a://b").unwrap(),
            Location::Sqlite("./a://b".into())
        );
        assert!(matches!(
            parse("postgres://u@h/db").unwrap(),
            Location::Postgres(_)
        ));
        assert!(matches!(
            parse("POSTGRESQL://u@h:5433/db?sslmode=require").unwrap(),
            Location::Postgres(_)
        ));
        for bad in ["ftp://h/x", "mysql://u@h/db", "sqlite://x", "sqlite:"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let secret = parse("postgres://u:hunter2@h/db").unwrap_err();
        assert!(!secret.message().contains("hunter2"));
        let in_query = parse("postgres://u@h/db?sslmode=disable&password=hunter2").unwrap_err();
        assert!(!in_query.message().contains("hunter2"));
        assert!(parse("postgres://u@h/db").unwrap().into_sqlite().is_err());
    }
}
