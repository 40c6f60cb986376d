//! Raw options (flags, environment) resolved into the settings a command runs with:
//! flag or environment first, then the TOML config file, then the built-in defaults.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, ErrorKind, Result};
use crate::output::OutputMode;
use crate::store::location::{Location, Source};

/// The options as given on the command line or in the environment.
#[derive(Debug, Default, Clone)]
pub struct RawOptions {
    /// `--db`, which may not hold a password.
    pub db: Option<OsString>,
    /// `FLOWSEC_DB`, which may.
    pub db_env: Option<OsString>,
    pub key_file: Option<PathBuf>,
    pub config: Option<PathBuf>,
    pub output: Option<OutputMode>,
    /// `FLOWSEC_CHECKPOINTS`.
    pub checkpoints: Option<PathBuf>,
}

/// The config file: defaults for the global options.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct FileConfig {
    db: Option<String>,
    key_file: Option<PathBuf>,
    output: Option<OutputMode>,
    checkpoints: Option<PathBuf>,
}

/// Where the platform keeps flowsec's files (from the `directories` crate).
#[derive(Debug, Clone)]
pub struct Dirs {
    pub data: PathBuf,
    pub config: PathBuf,
}

impl Dirs {
    pub fn from_platform() -> Result<Dirs> {
        let dirs = directories::ProjectDirs::from("", "", "flowsec").ok_or_else(|| {
            Error::usage("cannot find a home directory for the default store")
                .with_hint("name the store with --db or FLOWSEC_DB")
        })?;
        Ok(Dirs {
            data: dirs.data_dir().to_path_buf(),
            config: dirs.config_dir().to_path_buf(),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub db: Location,
    /// True when no flag, variable or config file chose the store: only the default
    /// store is created on first use.
    pub db_is_default: bool,
    pub key_file: PathBuf,
    pub output: OutputMode,
    /// The file of the audit trail's signed checkpoints; `None`: beside the key file.
    pub checkpoints: Option<PathBuf>,
}

impl Config {
    pub fn resolve(raw: RawOptions, dirs: impl FnOnce() -> Result<Dirs>) -> Result<Config> {
        let mut dirs = Lazy::new(dirs);
        let file = match &raw.config {
            Some(path) => read_config(path, true)?,
            None => read_config(&dirs.get()?.config.join("config.toml"), false)?,
        };
        let chosen = match (raw.db, raw.db_env, file.db) {
            (Some(flag), _, _) => Some(Location::parse(&flag, Source::CommandLine)?),
            (None, Some(env), _) => Some(Location::parse(&env, Source::Private)?),
            (None, None, Some(file)) => Some(Location::parse(file.as_ref(), Source::Private)?),
            (None, None, None) => None,
        };
        let db_is_default = chosen.is_none();
        let db = match chosen {
            Some(db) => db,
            None => Location::Sqlite(dirs.get()?.data.join("flowsec.db")),
        };
        let key_file = match (raw.key_file.or(file.key_file), &db) {
            (Some(key_file), _) => key_file,
            (None, Location::Sqlite(path)) => path.with_extension("key"),
            // Per host, named after the database.
            (None, Location::Postgres(database)) => dirs
                .get()?
                .data
                .join(format!("{}.key", database.file_stem())),
        };
        Ok(Config {
            db: db.with_key_file(&key_file),
            db_is_default,
            key_file,
            output: raw.output.or(file.output).unwrap_or_default(),
            checkpoints: raw.checkpoints.or(file.checkpoints),
        })
    }
}

/// The platform's directories, found only if something needs them.
struct Lazy<F> {
    find: Option<F>,
    found: Option<Dirs>,
}

impl<F: FnOnce() -> Result<Dirs>> Lazy<F> {
    fn new(find: F) -> Self {
        Lazy {
            find: Some(find),
            found: None,
        }
    }

    fn get(&mut self) -> Result<&Dirs> {
        if let Some(find) = self.find.take() {
            self.found = Some(find()?);
        }
        self.found
            .as_ref()
            .ok_or_else(|| Error::usage("cannot find a home directory for the default store"))
    }
}

/// Reads a config file; a missing one is an error only when it was named explicitly.
fn read_config(path: &Path, explicit: bool) -> Result<FileConfig> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
            return Ok(FileConfig::default());
        }
        Err(e) => {
            return Err(Error::io(
                format!("cannot read config `{}`", path.display()),
                e,
            ));
        }
    };
    toml::from_str(&text).map_err(|e| {
        Error::new(
            ErrorKind::InvalidInput,
            format!("config `{}`: {}", path.display(), e.message()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dirs(root: &Path) -> impl FnOnce() -> Result<Dirs> + '_ {
        move || {
            Ok(Dirs {
                data: root.join("data"),
                config: root.join("config"),
            })
        }
    }

    #[test]
    fn defaults_come_from_the_platform_dirs() {
        let root = tempfile::tempdir().unwrap();
        let c = Config::resolve(RawOptions::default(), dirs(root.path())).unwrap();
        assert_eq!(c.db, Location::Sqlite(root.path().join("data/flowsec.db")));
        assert!(c.db_is_default);
        assert_eq!(c.key_file, root.path().join("data/flowsec.key"));
        assert_eq!(c.output, OutputMode::Table);
    }

    #[test]
    fn flags_beat_the_config_file_which_beats_defaults() {
        let root = tempfile::tempdir().unwrap();
        let cfg = root.path().join("c.toml");
        std::fs::write(&cfg, "db = \"/x/from-file.db\"\noutput = \"json\"\n").unwrap();
        let raw = RawOptions {
            config: Some(cfg.clone()),
            ..RawOptions::default()
        };
        let c = Config::resolve(raw, dirs(root.path())).unwrap();
        assert_eq!(c.db, Location::Sqlite("/x/from-file.db".into()));
        assert!(
            !c.db_is_default,
            "a store named in the config file is explicit"
        );
        assert_eq!(c.key_file, PathBuf::from("/x/from-file.key"));
        assert_eq!(c.output, OutputMode::Json);

        let raw = RawOptions {
            config: Some(cfg),
            db: Some("/y/flag.db".into()),
            db_env: None,
            output: Some(OutputMode::Table),
            key_file: Some("/k".into()),
            checkpoints: None,
        };
        let c = Config::resolve(raw, dirs(root.path())).unwrap();
        assert_eq!(c.db, Location::Sqlite("/y/flag.db".into()));
        assert_eq!(c.key_file, PathBuf::from("/k"));
        assert_eq!(c.output, OutputMode::Table);
    }

    #[test]
    fn config_file_errors_are_reported() {
        let root = tempfile::tempdir().unwrap();
        let missing = RawOptions {
            config: Some(root.path().join("nope.toml")),
            ..RawOptions::default()
        };
        assert_eq!(
            Config::resolve(missing, dirs(root.path()))
                .unwrap_err()
                .kind(),
            ErrorKind::Io
        );
        let cfg = root.path().join("bad.toml");
        std::fs::write(&cfg, "colour = 1\n").unwrap();
        let bad = RawOptions {
            config: Some(cfg),
            ..RawOptions::default()
        };
        let e = Config::resolve(bad, dirs(root.path())).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput);
        assert!(e.message().contains("colour"), "{}", e.message());
    }

    #[test]
    fn a_password_may_come_from_the_environment_or_the_config_file_but_not_the_flag() {
        let root = tempfile::tempdir().unwrap();
        let url = "postgres://u:hunter2@h:5433/flowsec";
        let flag = RawOptions {
            db: Some(url.into()),
            ..RawOptions::default()
        };
        let e = Config::resolve(flag, dirs(root.path())).unwrap_err();
        assert!(!e.message().contains("hunter2"));
        let env = RawOptions {
            db_env: Some(url.into()),
            ..RawOptions::default()
        };
        let c = Config::resolve(env, dirs(root.path())).unwrap();
        let Location::Postgres(db) = &c.db else {
            panic!("{:?}", c.db)
        };
        assert_eq!(db.password(), Some("hunter2"));
        assert_eq!(c.key_file, root.path().join("data/pg-h-5433-flowsec.key"));
        assert_eq!(db.key_file(), Some(&*c.key_file));
        let cfg = root.path().join("c.toml");
        std::fs::write(&cfg, format!("db = \"{url}\"\n")).unwrap();
        let file = RawOptions {
            config: Some(cfg),
            ..RawOptions::default()
        };
        let c = Config::resolve(file, dirs(root.path())).unwrap();
        assert!(matches!(&c.db, Location::Postgres(db) if db.password() == Some("hunter2")));
    }

    #[test]
    fn a_missing_default_config_file_is_fine() {
        let root = tempfile::tempdir().unwrap();
        let raw = RawOptions {
            db: Some("/s.db".into()),
            ..RawOptions::default()
        };
        assert!(Config::resolve(raw, dirs(root.path())).is_ok());
    }
}
