//! Directory server records (LDAP, Active Directory) and the roles their groups are
//! given. Their bind passwords are system secrets (`secrets`), never columns here.

use serde::Serialize;

use super::{Read, Tx, now};
use crate::engine::RoleId;
use crate::error::{Error, Result};

/// How to reach a directory and read its users and groups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Config {
    pub name: String,
    /// `ldap://HOST:PORT` or `ldaps://HOST:PORT`.
    pub url: String,
    /// Upgrade an `ldap://` connection with StartTLS.
    pub starttls: bool,
    /// The service account that searches the directory.
    pub bind_dn: String,
    pub user_base: String,
    /// Finds one user; `{username}` stands for the (escaped) user name.
    pub user_filter: String,
    pub username_attr: String,
    pub email_attr: String,
    pub full_name_attr: String,
    /// Where groups are read; none: groups are not read.
    pub group_base: Option<String>,
    pub group_filter: String,
    /// The attribute naming a group.
    pub group_attr: String,
}

/// A directory as stored: its configuration and what its last import asked for.
#[derive(Debug, Clone, Serialize)]
pub struct Directory {
    #[serde(skip)]
    pub id: i64,
    #[serde(flatten)]
    pub config: Config,
    /// The extra user filter of the last `directory import`, which `sync` repeats.
    pub import_filter: Option<String>,
    /// Whether the last import made roles of groups, which `sync` repeats.
    pub import_groups: bool,
    pub created: String,
    pub synced: Option<String>,
}

impl Directory {
    pub fn name(&self) -> &str {
        &self.config.name
    }
}

/// A group given a role.
#[derive(Debug, Clone, Serialize)]
pub struct Mapping {
    pub group: String,
    pub role: String,
    #[serde(skip)]
    pub role_id: RoleId,
}

pub trait DirectoryReads {
    fn find_directory(&self, name: &str) -> Result<Option<Directory>>;
    /// Every directory, by name.
    fn list_directories(&self) -> Result<Vec<Directory>>;
    /// The groups of a directory given roles, by group name.
    fn mappings(&self, directory: i64) -> Result<Vec<Mapping>>;
}

pub trait DirectoryWrites {
    /// Stores a new directory's configuration (already validated), made `at`.
    fn insert_directory(&self, config: &Config, at: i64) -> Result<()>;
    /// Removes a directory and its group mappings.
    fn delete_directory(&self, id: i64) -> Result<()>;
    /// Remembers what an import asked for, so that `sync` repeats it.
    fn set_import(&self, id: i64, filter: Option<&str>, groups: bool) -> Result<()>;
    fn mark_synced(&self, id: i64, at: i64) -> Result<()>;
    fn map_group(&self, directory: i64, group: &str, role: RoleId) -> Result<()>;
    fn unmap_group(&self, directory: i64, group: &str) -> Result<()>;
}

pub fn get(r: &dyn Read, name: &str) -> Result<Directory> {
    r.find_directory(name)?.ok_or_else(|| {
        Error::not_found(format!("no directory `{name}`"))
            .with_hint("`flowsec directory list` shows the directories")
    })
}

/// Refuses a directory name that is taken.
pub fn ensure_new(r: &dyn Read, name: &str) -> Result<()> {
    match r.find_directory(name)? {
        Some(_) => Err(Error::conflict(format!(
            "directory `{name}` already exists"
        ))),
        None => Ok(()),
    }
}

/// Stores a new directory's configuration (already validated).
pub fn insert(tx: &Tx<'_>, config: &Config) -> Result<()> {
    ensure_new(tx, &config.name)?;
    tx.insert_directory(config, now())?;
    tx.record(
        "directory.add",
        &config.name,
        serde_json::to_value(config).unwrap_or_default(),
    )
}

/// Removes a directory and its group mappings.
pub fn remove(tx: &Tx<'_>, directory: &Directory) -> Result<()> {
    tx.delete_directory(directory.id)
}

/// The role `group` has, if any (group names compare case-insensitively).
pub fn mapping(r: &dyn Read, directory: i64, group: &str) -> Result<Option<Mapping>> {
    Ok(r.mappings(directory)?
        .into_iter()
        .find(|m| m.group.eq_ignore_ascii_case(group)))
}

/// Gives `group`, which has no role, the role. Replacing a role is `unmap` then `map`,
/// so that the old role's memberships go too.
pub fn map(tx: &Tx<'_>, directory: &Directory, group: &str, role: RoleId) -> Result<()> {
    tx.map_group(directory.id, group, role)
}

/// Takes the role from `group`.
pub fn unmap(tx: &Tx<'_>, directory: &Directory, group: &str) -> Result<()> {
    tx.unmap_group(directory.id, group)
}
