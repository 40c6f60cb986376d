//! Raw options (flags, environment) resolved into the settings a command runs with:
//! flag or environment first, then the TOML config file, then the built-in defaults.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, ErrorKind, Result};
use crate::output::OutputMode;
use crate::store::location::Location;

/// The options as given on the command line or in the environment.
#[derive(Debug, Default, Clone)]
pub struct RawOptions {
    pub db: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
    pub config: Option<PathBuf>,
    pub output: Option<OutputMode>,
}

/// The config file: defaults for the global options.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct FileConfig {
    db: Option<PathBuf>,
    key_file: Option<PathBuf>,
    output: Option<OutputMode>,
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
    pub db: PathBuf,
    /// True when no flag, variable or config file chose the store: only the default
    /// store is created on first use.
    pub db_is_default: bool,
    pub key_file: PathBuf,
    pub output: OutputMode,
}

impl Config {
    pub fn resolve(raw: RawOptions, dirs: impl FnOnce() -> Result<Dirs>) -> Result<Config> {
        let needs_dirs = raw.db.is_none() || raw.config.is_none();
        let dirs = if needs_dirs { Some(dirs()?) } else { None };
        let file = match (&raw.config, &dirs) {
            (Some(path), _) => read_config(path, true)?,
            (None, Some(d)) => read_config(&d.config.join("config.toml"), false)?,
            (None, None) => FileConfig::default(),
        };
        let chosen_db = raw.db.or(file.db);
        let db_is_default = chosen_db.is_none();
        let db = match (chosen_db, &dirs) {
            (Some(db), _) => Location::parse(db.as_os_str())?.into_sqlite()?,
            (None, Some(d)) => d.data.join("flowsec.db"),
            (None, None) => return Err(Error::usage("no store path")),
        };
        let key_file = raw
            .key_file
            .or(file.key_file)
            .unwrap_or_else(|| db.with_extension("key"));
        Ok(Config {
            db,
            db_is_default,
            key_file,
            output: raw.output.or(file.output).unwrap_or_default(),
        })
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
        assert_eq!(c.db, root.path().join("data/flowsec.db"));
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
        assert_eq!(c.db, PathBuf::from("/x/from-file.db"));
        assert!(
            !c.db_is_default,
            "a store named in the config file is explicit"
        );
        assert_eq!(c.key_file, PathBuf::from("/x/from-file.key"));
        assert_eq!(c.output, OutputMode::Json);

        let raw = RawOptions {
            config: Some(cfg),
            db: Some("/y/flag.db".into()),
            output: Some(OutputMode::Table),
            key_file: Some("/k".into()),
        };
        let c = Config::resolve(raw, dirs(root.path())).unwrap();
        assert_eq!(c.db, PathBuf::from("/y/flag.db"));
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
    fn a_missing_default_config_file_is_fine() {
        let root = tempfile::tempdir().unwrap();
        let raw = RawOptions {
            db: Some("/s.db".into()),
            ..RawOptions::default()
        };
        assert!(Config::resolve(raw, dirs(root.path())).is_ok());
    }
}
