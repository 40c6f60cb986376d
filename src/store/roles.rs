//! Role records, memberships, duplication and templates, and the lock-out guard.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::{Tx, now};
use crate::engine::{RoleId, UserId};
use crate::error::{Error, Result};
use crate::model::{DefaultRole, Name, text};

#[derive(Debug, Clone, Serialize)]
pub struct Role {
    #[serde(skip)]
    pub id: RoleId,
    pub name: String,
    pub description: String,
    pub superuser: bool,
    pub builtin: bool,
}

const COLUMNS: &str = "id, name, description, superuser, builtin";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Role> {
    Ok(Role {
        id: r.get(0)?,
        name: r.get(1)?,
        description: r.get(2)?,
        superuser: r.get(3)?,
        builtin: r.get(4)?,
    })
}

pub fn find(conn: &Connection, name: &str) -> Result<Option<Role>> {
    let sql = format!("SELECT {COLUMNS} FROM roles WHERE name = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([name], from_row)
        .optional()?)
}

pub fn get(conn: &Connection, name: &Name) -> Result<Role> {
    find(conn, name.as_str())?.ok_or_else(|| {
        Error::not_found(format!("no role `{name}`"))
            .with_hint("`flowsec roles list` shows the roles")
    })
}

pub fn list(conn: &Connection) -> Result<Vec<Role>> {
    let sql = format!("SELECT {COLUMNS} FROM roles ORDER BY name COLLATE NOCASE");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The roles a user belongs to, by name.
pub fn of_user(conn: &Connection, user: UserId) -> Result<Vec<Role>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM roles WHERE id IN (SELECT role_id FROM role_members WHERE user_id = ?1)
         ORDER BY name COLLATE NOCASE"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([user], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The names of a role's members.
pub fn members(conn: &Connection, role: RoleId) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT u.name FROM users u JOIN role_members m ON m.user_id = u.id
         WHERE m.role_id = ?1 ORDER BY u.name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([role], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub struct NewRole<'a> {
    pub name: &'a Name,
    pub description: &'a str,
    pub superuser: bool,
    pub builtin: bool,
}

pub fn create(tx: &Tx<'_>, role: &NewRole<'_>) -> Result<RoleId> {
    check_description(role.description)?;
    if find(tx, role.name.as_str())?.is_some() {
        return Err(Error::conflict(format!(
            "role `{}` already exists",
            role.name
        )));
    }
    tx.prepare_cached(
        "INSERT INTO roles (name, description, superuser, builtin, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![role.name.as_str(), role.description, role.superuser, role.builtin, now()])?;
    let id = tx.last_insert_rowid();
    tx.record(
        "role.create",
        role.name.as_str(),
        serde_json::json!({"description": role.description, "superuser": role.superuser}),
    )?;
    Ok(id)
}

/// Adds every permission of `from` that `to` lacks; removes none. Returns how many.
pub fn copy_grants(tx: &Tx<'_>, from: &Role, to: &Role) -> Result<usize> {
    let added = tx.execute(
        "INSERT OR IGNORE INTO grants (role_id, category, item_id, action)
         SELECT ?2, category, item_id, action FROM grants WHERE role_id = ?1",
        [from.id, to.id],
    )?;
    tx.record(
        "role.template",
        &to.name,
        serde_json::json!({"from": from.name, "added": added}),
    )?;
    Ok(added)
}

/// Changes a role's description or superuser flag; `None` leaves it as it is.
pub fn update(
    tx: &Tx<'_>,
    role: &Role,
    description: Option<&str>,
    superuser: Option<bool>,
) -> Result<()> {
    if let Some(description) = description {
        check_description(description)?;
    }
    if let Some(superuser) = superuser {
        check_superuser_flag(&role.name, superuser)?;
    }
    tx.execute(
        "UPDATE roles SET description = IFNULL(?2, description), superuser = IFNULL(?3, superuser)
         WHERE id = ?1",
        params![role.id, description, superuser],
    )?;
    tx.record(
        "role.update",
        &role.name,
        serde_json::json!({"description": description, "superuser": superuser}),
    )
}

pub fn remove(tx: &Tx<'_>, role: &Role) -> Result<()> {
    if role
        .name
        .eq_ignore_ascii_case(DefaultRole::Superuser.name())
    {
        return Err(Error::conflict(format!(
            "the `{}` role cannot be removed",
            DefaultRole::Superuser.name()
        )));
    }
    tx.execute("DELETE FROM roles WHERE id = ?1", [role.id])?;
    tx.record("role.remove", &role.name, serde_json::json!({}))
}

/// Returns whether the user was not a member before.
pub fn add_member(tx: &Tx<'_>, role: RoleId, user: UserId) -> Result<bool> {
    let added = tx
        .prepare_cached("INSERT OR IGNORE INTO role_members (user_id, role_id) VALUES (?1, ?2)")?
        .execute([user, role])?
        > 0;
    if added {
        record_membership(tx, "role.member.add", role, user)?;
    }
    Ok(added)
}

/// Returns whether the user was a member.
pub fn remove_member(tx: &Tx<'_>, role: RoleId, user: UserId) -> Result<bool> {
    let removed = tx
        .prepare_cached("DELETE FROM role_members WHERE user_id = ?1 AND role_id = ?2")?
        .execute([user, role])?
        > 0;
    if removed {
        record_membership(tx, "role.member.remove", role, user)?;
    }
    Ok(removed)
}

fn record_membership(tx: &Tx<'_>, action: &str, role: RoleId, user: UserId) -> Result<()> {
    let (role, user): (String, String) = tx
        .prepare_cached(
            "SELECT (SELECT name FROM roles WHERE id = ?1), (SELECT name FROM users WHERE id = ?2)",
        )?
        .query_row([role, user], |r| Ok((r.get(0)?, r.get(1)?)))?;
    tx.record(action, &role, serde_json::json!({"user": user}))
}

/// Lock-out protection: a change must not leave the store without an enabled user
/// holding a superuser role, unless the local administrator says so explicitly.
pub struct SuperuserGuard {
    before: i64,
}

impl SuperuserGuard {
    pub fn capture(conn: &Connection) -> Result<SuperuserGuard> {
        Ok(SuperuserGuard {
            before: enabled_superusers(conn)?,
        })
    }

    /// Fails when the change made since `capture` lost the last enabled superuser, unless
    /// `allow` (the command's --allow-no-superuser).
    pub fn verify(self, conn: &Connection, allow: bool) -> Result<()> {
        if allow {
            return Ok(());
        }
        self.check(conn).map_err(|e| {
            e.with_hint("nothing was changed; pass --allow-no-superuser if that is really meant")
        })
    }

    /// As `verify` for a command without --allow-no-superuser: the caller gives the hint.
    pub fn check(self, conn: &Connection) -> Result<()> {
        if self.before > 0 && enabled_superusers(conn)? == 0 {
            return Err(Error::conflict(
                "this would leave no enabled user with a superuser role",
            ));
        }
        Ok(())
    }
}

fn enabled_superusers(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COUNT(DISTINCT u.id) FROM users u
         JOIN role_members m ON m.user_id = u.id JOIN roles r ON r.id = m.role_id
         WHERE u.enabled AND r.superuser",
        [],
        |r| r.get(0),
    )?)
}

/// `fmesuperuser` is a superuser role, whatever else is: by every path.
pub fn check_superuser_flag(name: &str, superuser: bool) -> Result<()> {
    if !superuser && name.eq_ignore_ascii_case(DefaultRole::Superuser.name()) {
        return Err(Error::conflict(format!(
            "`{}` is always a superuser role",
            DefaultRole::Superuser.name()
        )));
    }
    Ok(())
}

/// The rule every role's description is held to: printable text of a bounded length.
pub fn check_description(description: &str) -> Result<()> {
    text::check(
        &"the role's description",
        description,
        text::DESCRIPTION_MAX,
    )
}
