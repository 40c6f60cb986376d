//! The manifest: one TOML file stating who may do what (cli.md "The manifest"). It is
//! parsed into typed specs with their lines (`parse`), compared with the store's state read
//! in a few scans (`state`) into a plan of changes (`plan`), carried out in one audited
//! transaction (`apply`), written back from the store (`export`), and its assertions
//! decided by the engine (`assert`).

pub mod apply;
pub mod assert;
mod change;
pub mod export;
mod parse;
pub mod plan;
pub mod state;

use crate::error::{Error, Problem, Result};
use crate::model::{Name, Permission, Target};

pub use parse::parse;

/// A value with the line of the file it came from.
#[derive(Debug, Clone)]
pub struct At<T> {
    pub value: T,
    pub line: usize,
}

/// What a manifest says. A section the file lacks is `None`: `--prune` leaves it alone.
#[derive(Debug, Default)]
pub struct Manifest {
    /// The file as the user named it, for error messages.
    pub file: String,
    pub settings: Option<Vec<SettingSpec>>,
    pub users: Option<Vec<UserSpec>>,
    pub roles: Option<Vec<RoleSpec>>,
    pub items: Option<Vec<ItemSpec>>,
    pub asserts: Vec<Assertion>,
    /// What parsing found wrong: reported with what planning finds (`plan::plan` for
    /// apply, `plan::check` for test), so no use of a manifest can pass over them.
    problems: Vec<Problem>,
}

/// `[settings]`: a key and its value as the settings table takes it (`on`, `12`, `30d`).
#[derive(Debug)]
pub struct SettingSpec {
    pub key: &'static str,
    pub value: String,
}

/// `[users.NAME]`. Fields left out keep an existing user's values (a new user gets the
/// defaults); lists left out are empty.
#[derive(Debug)]
pub struct UserSpec {
    pub name: Name,
    pub full_name: Option<String>,
    pub email: Option<String>,
    pub enabled: Option<bool>,
    pub sharing: Option<bool>,
    pub roles: Vec<At<Name>>,
    pub permissions: Vec<At<Permission>>,
    /// The variable holding the initial password, read only when the user is created.
    pub password_env: Option<At<String>>,
}

/// `[roles.NAME]`.
#[derive(Debug)]
pub struct RoleSpec {
    pub name: Name,
    pub description: Option<String>,
    pub superuser: Option<bool>,
    pub permissions: Vec<At<Permission>>,
}

/// `[items."CATEGORY/NAME"]`.
#[derive(Debug)]
pub struct ItemSpec {
    pub target: Target,
    pub line: usize,
    /// Left out: an existing item keeps its owner, a new one goes to `admin`.
    pub owner: Option<At<Name>>,
}

/// `[[assert]]`, read by `flowsec test` only.
#[derive(Debug)]
pub struct Assertion {
    pub line: usize,
    /// `None`: an anonymous request.
    pub user: Option<Name>,
    pub allow: Vec<Permission>,
    pub deny: Vec<Permission>,
}

/// Collects every problem of one file, so all are reported at once.
pub(crate) struct Problems {
    file: String,
    list: Vec<Problem>,
}

impl Problems {
    pub(crate) fn new(file: &str) -> Problems {
        Problems {
            file: file.to_string(),
            list: Vec::new(),
        }
    }

    pub(crate) fn add(&mut self, path: String, line: Option<usize>, message: impl Into<String>) {
        self.list.push(Problem {
            file: self.file.clone(),
            path,
            line,
            message: message.into(),
        });
    }

    /// `value` when nothing was found, else one error listing every problem by line.
    pub(crate) fn finish<T>(mut self, value: T) -> Result<T> {
        if self.list.is_empty() {
            return Ok(value);
        }
        self.list.sort_by_key(|p| p.line.unwrap_or(usize::MAX));
        Err(Error::problems(&self.file, self.list))
    }
}

/// A dotted key path, quoting the parts that are not bare TOML keys:
/// `items."repositories/Samples".owner`.
pub(crate) fn path(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|part| {
            let bare = !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if bare {
                (*part).to_string()
            } else {
                format!("{part:?}")
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests {
    use super::path;

    #[test]
    fn paths_quote_what_is_not_a_bare_key() {
        assert_eq!(path(&["users", "alice", "roles"]), "users.alice.roles");
        assert_eq!(
            path(&["items", "repositories/Samples", "owner"]),
            "items.\"repositories/Samples\".owner"
        );
        assert_eq!(
            path(&["settings", "password.min-length"]),
            "settings.\"password.min-length\""
        );
    }
}
