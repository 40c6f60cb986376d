//! Where the database password comes from, first found: `FLOWSEC_DB` or the config
//! file, `PGPASSWORD`, the pgpass file (`PGPASSFILE` or `~/.pgpass`, libpq's format, and
//! ignored unless only its owner may read it), then the password `flowsec db password`
//! sealed beside the key file. Never from the command line.

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use crate::error::Result;
use crate::store::location::Database;

/// The database a password is for, as pgpass lines name it.
pub(super) struct Target<'a> {
    pub host: &'a str,
    pub port: u16,
    pub dbname: &'a str,
    pub user: &'a str,
}

/// The password found, and why any pgpass file was passed over.
pub(super) struct Found {
    pub password: Option<Zeroizing<String>>,
    pub passed_over: Option<String>,
}

pub(super) fn find(db: &Database, target: &Target<'_>) -> Result<Found> {
    let found = |password| Found {
        password: Some(password),
        passed_over: None,
    };
    if let Some(password) = db.password() {
        return Ok(found(Zeroizing::new(password.to_string())));
    }
    if let Some(password) = std::env::var_os("PGPASSWORD")
        && let Ok(password) = password.into_string()
    {
        return Ok(found(Zeroizing::new(password)));
    }
    let mut passed_over = None;
    if let Some(file) = pgpass_file() {
        match from_pgpass(&file, target) {
            Ok(Some(password)) => return Ok(found(password)),
            Ok(None) => {}
            Err(why) => passed_over = Some(why),
        }
    }
    Ok(Found {
        password: db.sealed_password()?,
        passed_over,
    })
}

fn pgpass_file() -> Option<PathBuf> {
    match std::env::var_os("PGPASSFILE") {
        Some(file) => Some(PathBuf::from(file)),
        None => std::env::var_os("HOME").map(|home| Path::new(&home).join(".pgpass")),
    }
}

/// The password of the first line of the pgpass file at `file` that matches `target`; an
/// error says why the file was passed over.
fn from_pgpass(
    file: &Path,
    target: &Target<'_>,
) -> std::result::Result<Option<Zeroizing<String>>, String> {
    let Ok(meta) = fs::metadata(file) else {
        return Ok(None);
    };
    if !meta.is_file() {
        return Err(format!("`{}` is not a file", file.display()));
    }
    // libpq's rule: a password file others may read is ignored.
    if meta.mode() & 0o077 != 0 {
        return Err(format!(
            "`{}` was ignored: others may read it (`chmod 600` it)",
            file.display()
        ));
    }
    let text = Zeroizing::new(
        fs::read_to_string(file).map_err(|e| format!("cannot read `{}`: {e}", file.display()))?,
    );
    let port = target.port.to_string();
    let wanted = [target.host, &port, target.dbname, target.user];
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut fields = split_line(line);
        if fields.len() < 5 {
            continue;
        }
        let matches = fields[..4]
            .iter()
            .zip(wanted)
            .all(|(field, want)| &**field == "*" || **field == *want);
        if matches {
            return Ok(fields.pop());
        }
    }
    Ok(None)
}

/// A pgpass line's five fields: split at unescaped colons, `\:` and `\\` unescaped;
/// the last, the password, runs to the end of the line.
fn split_line(line: &str) -> Vec<Zeroizing<String>> {
    let mut fields = vec![Zeroizing::new(String::new())];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next()
                    && let Some(field) = fields.last_mut()
                {
                    field.push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(Zeroizing::new(String::new())),
            c => {
                if let Some(field) = fields.last_mut() {
                    field.push(c);
                }
            }
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn pgpass_lines_match_as_libpq_matches_them() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        fs::write(
            &file,
            "# a comment\nother:5432:*:u:not-this\n127.0.0.1:5433:flowsec:u:not-the-port\n\
             127.0.0.1:*:flowsec:u:pa\\:ss\\\\word\n*:*:*:*:fall:back\n",
        )
        .unwrap();
        fs::set_permissions(&file, fs::Permissions::from_mode(0o600)).unwrap();
        let target = |port, user| Target {
            host: "127.0.0.1",
            port,
            dbname: "flowsec",
            user,
        };
        let found = |t: &Target<'_>| from_pgpass(&file, t).unwrap().map(|p| p.to_string());
        assert_eq!(found(&target(5432, "u")).as_deref(), Some("pa:ss\\word"));
        assert_eq!(found(&target(5432, "v")).as_deref(), Some("fall:back"));
        fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
        let ignored = from_pgpass(&file, &target(5432, "u")).unwrap_err();
        assert!(ignored.contains("chmod 600"), "{ignored}");
        assert_eq!(
            from_pgpass(&dir.path().join("none"), &target(5432, "u")),
            Ok(None)
        );
    }
}
