//! Directory server records (LDAP, Active Directory) and the roles their groups are
//! given. Their bind passwords are system secrets (`secrets`), never columns here.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::{Tx, format_time, now};
use crate::directory::Config;
use crate::engine::RoleId;
use crate::error::{Error, Result};

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

const COLUMNS: &str = "id, name, url, starttls, bind_dn, user_base, user_filter, username_attr,
     email_attr, full_name_attr, group_base, group_filter, group_attr, import_filter,
     import_groups, created_at, synced_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Directory> {
    Ok(Directory {
        id: r.get(0)?,
        config: Config {
            name: r.get(1)?,
            url: r.get(2)?,
            starttls: r.get(3)?,
            bind_dn: r.get(4)?,
            user_base: r.get(5)?,
            user_filter: r.get(6)?,
            username_attr: r.get(7)?,
            email_attr: r.get(8)?,
            full_name_attr: r.get(9)?,
            group_base: r.get(10)?,
            group_filter: r.get(11)?,
            group_attr: r.get(12)?,
        },
        import_filter: r.get(13)?,
        import_groups: r.get(14)?,
        created: format_time(r.get(15)?),
        synced: r.get::<_, Option<i64>>(16)?.map(format_time),
    })
}

pub fn find(conn: &Connection, name: &str) -> Result<Option<Directory>> {
    let sql = format!("SELECT {COLUMNS} FROM directories WHERE name = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([name], from_row)
        .optional()?)
}

pub fn get(conn: &Connection, name: &str) -> Result<Directory> {
    find(conn, name)?.ok_or_else(|| {
        Error::not_found(format!("no directory `{name}`"))
            .with_hint("`flowsec directory list` shows the directories")
    })
}

pub fn list(conn: &Connection) -> Result<Vec<Directory>> {
    let sql = format!("SELECT {COLUMNS} FROM directories ORDER BY name COLLATE NOCASE");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Refuses a directory name that is taken.
pub fn ensure_new(conn: &Connection, name: &str) -> Result<()> {
    match find(conn, name)? {
        Some(_) => Err(Error::conflict(format!(
            "directory `{name}` already exists"
        ))),
        None => Ok(()),
    }
}

/// Stores a new directory's configuration (already validated).
pub fn insert(tx: &Tx<'_>, config: &Config) -> Result<()> {
    ensure_new(tx, &config.name)?;
    tx.execute(
        "INSERT INTO directories (name, url, starttls, bind_dn, user_base, user_filter,
             username_attr, email_attr, full_name_attr, group_base, group_filter, group_attr,
             created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            config.name,
            config.url,
            config.starttls,
            config.bind_dn,
            config.user_base,
            config.user_filter,
            config.username_attr,
            config.email_attr,
            config.full_name_attr,
            config.group_base,
            config.group_filter,
            config.group_attr,
            now()
        ],
    )?;
    tx.record(
        "directory.add",
        &config.name,
        serde_json::to_value(config).unwrap_or_default(),
    )
}

/// Removes a directory and its group mappings.
pub fn remove(tx: &Tx<'_>, directory: &Directory) -> Result<()> {
    tx.execute("DELETE FROM directories WHERE id = ?1", [directory.id])?;
    Ok(())
}

/// Remembers what an import asked for, so that `sync` repeats it.
pub fn set_import(tx: &Tx<'_>, id: i64, filter: Option<&str>, groups: bool) -> Result<()> {
    tx.execute(
        "UPDATE directories SET import_filter = ?2, import_groups = ?3 WHERE id = ?1",
        params![id, filter, groups],
    )?;
    Ok(())
}

pub fn mark_synced(tx: &Tx<'_>, id: i64, at: i64) -> Result<()> {
    tx.execute(
        "UPDATE directories SET synced_at = ?2 WHERE id = ?1",
        [id, at],
    )?;
    Ok(())
}

/// The groups of a directory given roles, by group name.
pub fn mappings(conn: &Connection, directory: i64) -> Result<Vec<Mapping>> {
    let mut stmt = conn.prepare_cached(
        "SELECT g.name, r.name, r.id FROM directory_groups g JOIN roles r ON r.id = g.role_id
         WHERE g.directory_id = ?1 ORDER BY g.name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([directory], |r| {
        Ok(Mapping {
            group: r.get(0)?,
            role: r.get(1)?,
            role_id: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The role `group` has, if any (group names compare case-insensitively).
pub fn mapping(conn: &Connection, directory: i64, group: &str) -> Result<Option<Mapping>> {
    Ok(mappings(conn, directory)?
        .into_iter()
        .find(|m| m.group.eq_ignore_ascii_case(group)))
}

/// Gives `group`, which has no role, the role. Replacing a role is `unmap` then `map`,
/// so that the old role's memberships go too.
pub fn map(tx: &Tx<'_>, directory: &Directory, group: &str, role: RoleId) -> Result<()> {
    tx.execute(
        "INSERT INTO directory_groups (directory_id, name, role_id) VALUES (?1, ?2, ?3)",
        params![directory.id, group, role],
    )?;
    Ok(())
}

/// Takes the role from `group`.
pub fn unmap(tx: &Tx<'_>, directory: &Directory, group: &str) -> Result<()> {
    tx.execute(
        "DELETE FROM directory_groups WHERE directory_id = ?1 AND name = ?2",
        params![directory.id, group],
    )?;
    Ok(())
}
