//! Where a store is, parsed once from `--db`, `FLOWSEC_DB` or the config file: a path or
//! `sqlite:PATH` is a SQLite file; `postgres://` and `postgresql://` name a PostgreSQL
//! database; any other `scheme://` is an error, never a file name, so nothing is ever
//! created for a URL.

use std::ffi::OsStr;
use std::fmt;
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use crate::crypto::{Keyring, Label, keyfile, sealed_file};
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite(PathBuf),
    Postgres(Database),
}

/// A PostgreSQL database, and what to log in to it with beyond the sources every
/// libpq program reads (`PGPASSWORD`, the pgpass file).
#[derive(Clone, PartialEq, Eq)]
pub struct Database {
    /// The URL, which holds no password.
    url: String,
    /// A password given in `FLOWSEC_DB` or the config file.
    password: Option<Zeroizing<String>>,
    /// The key file, beside which `flowsec db password` keeps a sealed password.
    key_file: Option<PathBuf>,
}

/// Whether the string naming the store may hold a password: not on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    CommandLine,
    /// `FLOWSEC_DB` or the config file, which other users cannot read.
    Private,
}

impl Location {
    pub fn parse(raw: &OsStr, source: Source) -> Result<Location> {
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
        let mut url = url::Url::parse(text).map_err(|_| {
            Error::usage(
                "the PostgreSQL URL is malformed (it is not shown, as it may hold a password)",
            )
        })?;
        let in_query = url.query_pairs().find(|(key, _)| key == "password");
        let password = match (url.password(), in_query) {
            (None, None) => None,
            (Some(_), Some(_)) => {
                return Err(Error::usage(
                    "the store's URL holds two passwords; it is not shown",
                ));
            }
            (Some(user_part), None) => Some(Zeroizing::new(
                percent_decoded(user_part)
                    .ok_or_else(|| Error::usage("the password in the store's URL is not UTF-8"))?,
            )),
            (None, Some((_, query))) => Some(Zeroizing::new(query.into_owned())),
        };
        if password.is_some() && source == Source::CommandLine {
            return Err(Error::usage(
                "the store's URL holds a password, which would show in `ps` and shell history; it is not shown",
            )
            .with_hint("put it in FLOWSEC_DB or the config file, PGPASSWORD, the pgpass file, or seal it with `flowsec db password`"));
        }
        if password.is_some() {
            let _ = url.set_password(None);
            let rest: Vec<(String, String)> = url
                .query_pairs()
                .filter(|(key, _)| key != "password")
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            if rest.is_empty() {
                url.set_query(None);
            } else {
                url.query_pairs_mut().clear().extend_pairs(rest);
            }
        }
        if url.username().is_empty() || url.host_str().is_none_or(str::is_empty) {
            return Err(Error::usage(
                "a PostgreSQL store is named `postgres://USER@HOST[:PORT]/DBNAME`",
            ));
        }
        Ok(Location::Postgres(Database {
            url: url.to_string(),
            password,
            key_file: None,
        }))
    }

    /// The SQLite file, if this is one.
    pub fn sqlite_path(&self) -> Option<&Path> {
        match self {
            Location::Sqlite(path) => Some(path),
            Location::Postgres(_) => None,
        }
    }

    /// With the key file beside which a PostgreSQL store's sealed password is kept.
    pub fn with_key_file(self, key_file: &Path) -> Location {
        match self {
            Location::Postgres(db) => Location::Postgres(Database {
                key_file: Some(key_file.to_path_buf()),
                ..db
            }),
            sqlite => sqlite,
        }
    }
}

/// Where `flowsec db password` keeps the sealed password for the key file `key_file`.
pub fn sealed_password_file(key_file: &Path) -> PathBuf {
    key_file.with_extension("dbpass")
}

impl Database {
    /// The URL, which holds no password.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// This database, logged in to with `password`.
    pub fn with_password(&self, password: &str) -> Database {
        Database {
            password: Some(Zeroizing::new(password.to_string())),
            ..self.clone()
        }
    }

    /// The password `FLOWSEC_DB` or the config file gave.
    pub fn password(&self) -> Option<&str> {
        self.password.as_deref().map(String::as_str)
    }

    pub fn key_file(&self) -> Option<&Path> {
        self.key_file.as_deref()
    }

    /// What a sealed password for this database is bound to: its user, host, port and
    /// name, so that it opens for no other.
    fn sealed_label(&self) -> String {
        match url::Url::parse(&self.url) {
            Ok(u) => format!(
                "database password {}@{}:{}{}",
                u.username(),
                u.host_str().unwrap_or_default(),
                u.port().unwrap_or(5432),
                u.path()
            ),
            Err(_) => self.url.clone(),
        }
    }

    /// A file name for this database's things on this host (its default key file):
    /// its host, port and name, in characters any file system takes.
    pub fn file_stem(&self) -> String {
        let url = url::Url::parse(&self.url).ok();
        let part = |p: Option<String>| p.unwrap_or_default();
        let host = part(url.as_ref().and_then(|u| u.host_str().map(str::to_string)));
        let port = part(url.as_ref().map(|u| u.port().unwrap_or(5432).to_string()));
        let name = part(
            url.as_ref()
                .map(|u| u.path().trim_start_matches('/').to_string()),
        );
        format!("pg-{host}-{port}-{name}")
            .chars()
            .map(|c| match c {
                'a'..='z' | 'A'..='Z' | '0'..='9' | '.' | '-' | '_' => c,
                _ => '_',
            })
            .collect()
    }
}

impl Database {
    /// The file holding this database's sealed password, beside the key file.
    pub fn sealed_password_file(&self) -> Option<PathBuf> {
        self.key_file.as_deref().map(sealed_password_file)
    }

    /// Seals `password` under `keyring` (this host's key file) for this database.
    pub fn seal_password(&self, keyring: &Keyring, password: &str) -> Result<()> {
        let file = self
            .sealed_password_file()
            .ok_or_else(|| Error::usage("no key file"))?;
        sealed_file::write(
            &file,
            keyring,
            sealed(&self.sealed_label()),
            password.as_bytes(),
        )
    }

    /// The sealed password, if `flowsec db password` left one beside the key file.
    pub fn sealed_password(&self) -> Result<Option<Zeroizing<String>>> {
        let (Some(file), Some(key_file)) = (self.sealed_password_file(), &self.key_file) else {
            return Ok(None);
        };
        if !file.exists() {
            return Ok(None);
        }
        let keyring = keyfile::load(key_file)?;
        self.unseal(&file, &keyring)
    }

    /// Seals the password again under `keyring`'s newest key (after `encrypt rotate`),
    /// if one is sealed; `keyring` must still hold the key it was sealed with.
    pub fn reseal_password(&self, keyring: &Keyring) -> Result<bool> {
        let Some(file) = self.sealed_password_file() else {
            return Ok(false);
        };
        let Some(password) = self.unseal(&file, keyring)? else {
            return Ok(false);
        };
        self.seal_password(keyring, &password)?;
        Ok(true)
    }

    fn unseal(&self, file: &Path, keyring: &Keyring) -> Result<Option<Zeroizing<String>>> {
        let label = self.sealed_label();
        let Some(bytes) = sealed_file::read(file, keyring, sealed(&label))? else {
            return Ok(None);
        };
        String::from_utf8(bytes.to_vec())
            .map(|p| Some(Zeroizing::new(p)))
            .map_err(|_| {
                Error::invalid(format!(
                    "the password sealed in `{}` is not UTF-8",
                    file.display()
                ))
            })
    }
}

/// The label a database password is sealed with: what it is for, so it opens for no other.
fn sealed(label: &str) -> Label<'_> {
    Label {
        item: None,
        field: label,
    }
}

/// Never shows the password.
impl fmt::Debug for Database {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Database")
            .field("url", &self.url)
            .field("password", &self.password.as_ref().map(|_| "<hidden>"))
            .field("key_file", &self.key_file)
            .finish()
    }
}

/// The store as `db status` and messages name it: a path, or the URL without password.
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Sqlite(path) => write!(f, "{}", path.display()),
            Location::Postgres(db) => f.write_str(&db.url),
        }
    }
}

fn percent_decoded(text: &str) -> Option<String> {
    percent_encoding::percent_decode_str(text)
        .decode_utf8()
        .ok()
        .map(|decoded| decoded.into_owned())
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
        Location::parse(OsStr::new(raw), Source::CommandLine)
    }

    fn password_of(raw: &str) -> Option<String> {
        match Location::parse(OsStr::new(raw), Source::Private).unwrap() {
            Location::Postgres(db) => {
                assert!(!db.url().contains("hunter"), "{}", db.url());
                db.password().map(str::to_string)
            }
            Location::Sqlite(_) => None,
        }
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
        assert!(parse("postgres://h/db").is_err(), "a user is named");
        assert!(
            format!(
                "{:?}",
                Location::parse(OsStr::new("postgres://u:hunter2@h/db"), Source::Private)
            )
            .contains("hidden")
        );
    }

    #[test]
    fn a_private_url_may_hold_a_password_which_is_taken_out() {
        assert_eq!(
            password_of("postgres://u:hunter%3A2@h/db").as_deref(),
            Some("hunter:2")
        );
        assert_eq!(
            password_of("postgres://u:hunter+2@h/db").as_deref(),
            Some("hunter+2")
        );
        assert_eq!(
            password_of("postgres://u@h/db?sslmode=require&password=hunter2").as_deref(),
            Some("hunter2")
        );
        assert_eq!(password_of("postgres://u@h/db"), None);
        let Location::Postgres(db) = Location::parse(
            OsStr::new("postgres://u:hunter2@h/db?sslmode=require"),
            Source::Private,
        )
        .unwrap() else {
            panic!()
        };
        assert_eq!(db.url(), "postgres://u@h/db?sslmode=require");
        assert_eq!(db.file_stem(), "pg-h-5432-db");
    }
}
