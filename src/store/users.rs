//! User records: lookup, listing, creation, changes and removal.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::{Tx, format_time, now};
use crate::engine::{RoleId, UserId};
use crate::error::{Error, Result};
use crate::model::Name;

/// The local source; directory users carry their directory's name instead.
pub const LOCAL: &str = "local";

#[derive(Debug, Clone, Serialize)]
pub struct User {
    #[serde(skip)]
    pub id: UserId,
    pub name: String,
    pub full_name: String,
    pub email: String,
    pub enabled: bool,
    pub sharing: bool,
    pub source: String,
    pub has_password: bool,
    pub created: String,
}

const COLUMNS: &str =
    "id, name, full_name, email, enabled, sharing, source, password_hash IS NOT NULL, created_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: r.get(0)?,
        name: r.get(1)?,
        full_name: r.get(2)?,
        email: r.get(3)?,
        enabled: r.get(4)?,
        sharing: r.get(5)?,
        source: r.get(6)?,
        has_password: r.get(7)?,
        created: format_time(r.get(8)?),
    })
}

pub fn find(conn: &Connection, name: &str) -> Result<Option<User>> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE name = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([name], from_row)
        .optional()?)
}

pub fn get(conn: &Connection, name: &Name) -> Result<User> {
    find(conn, name.as_str())?.ok_or_else(|| not_found(name.as_str()))
}

pub fn not_found(name: &str) -> Error {
    Error::not_found(format!("no user `{name}`")).with_hint("`flowsec users list` shows the users")
}

#[derive(Debug, Default)]
pub struct ListFilter {
    pub role: Option<RoleId>,
    pub enabled: Option<bool>,
}

pub fn list(conn: &Connection, filter: &ListFilter) -> Result<Vec<User>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM users
         WHERE (?1 IS NULL OR id IN (SELECT user_id FROM role_members WHERE role_id = ?1))
           AND (?2 IS NULL OR enabled = ?2)
         ORDER BY name COLLATE NOCASE"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params![filter.role, filter.enabled], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub struct NewUser {
    pub name: Name,
    pub full_name: String,
    pub email: String,
    pub enabled: bool,
    pub password_hash: Option<String>,
}

pub fn create(tx: &Tx<'_>, user: &NewUser) -> Result<UserId> {
    if find(tx, user.name.as_str())?.is_some() {
        return Err(Error::conflict(format!(
            "user `{}` already exists",
            user.name
        )));
    }
    validate_email(&user.email)?;
    let at = now();
    tx.execute(
        "INSERT INTO users (name, full_name, email, enabled, password_hash, password_changed_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            user.name.as_str(),
            user.full_name,
            user.email,
            user.enabled,
            user.password_hash,
            user.password_hash.as_ref().map(|_| at),
            at
        ],
    )?;
    let id = tx.last_insert_rowid();
    tx.record(
        "user.create",
        user.name.as_str(),
        serde_json::json!({
            "full_name": user.full_name,
            "email": user.email,
            "enabled": user.enabled,
            "password_set": user.password_hash.is_some(),
        }),
    )?;
    Ok(id)
}

/// Changes to a user's account; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub struct Changes {
    pub enabled: Option<bool>,
    pub sharing: Option<bool>,
    pub email: Option<String>,
    pub full_name: Option<String>,
}

pub fn update(tx: &Tx<'_>, user: &User, changes: &Changes) -> Result<()> {
    if let Some(email) = &changes.email {
        validate_email(email)?;
    }
    tx.execute(
        "UPDATE users SET enabled = IFNULL(?2, enabled), sharing = IFNULL(?3, sharing),
                email = IFNULL(?4, email), full_name = IFNULL(?5, full_name)
         WHERE id = ?1",
        params![
            user.id,
            changes.enabled,
            changes.sharing,
            changes.email,
            changes.full_name
        ],
    )?;
    let mut details = serde_json::Map::new();
    let fields = [
        ("enabled", changes.enabled.map(serde_json::Value::from)),
        ("sharing", changes.sharing.map(serde_json::Value::from)),
        ("email", changes.email.clone().map(serde_json::Value::from)),
        (
            "full_name",
            changes.full_name.clone().map(serde_json::Value::from),
        ),
    ];
    for (key, value) in fields {
        if let Some(value) = value {
            details.insert(key.to_string(), value);
        }
    }
    if details.is_empty() {
        return Ok(());
    }
    tx.record("user.update", &user.name, details.into())
}

pub fn set_password_hash(tx: &Tx<'_>, user: &User, hash: &str) -> Result<()> {
    tx.execute(
        "UPDATE users SET password_hash = ?2, password_changed_at = ?3 WHERE id = ?1",
        params![user.id, hash, now()],
    )?;
    tx.record("user.passwd", &user.name, serde_json::json!({}))
}

/// The stored argon2id PHC string of a user, if the user has a local password.
pub fn password_hash(conn: &Connection, id: UserId) -> Result<Option<String>> {
    Ok(
        conn.query_row("SELECT password_hash FROM users WHERE id = ?1", [id], |r| {
            r.get(0)
        })?,
    )
}

/// Removes a user; items it owns go to `heir`, which is required when there are any.
pub fn remove(tx: &Tx<'_>, user: &User, heir: Option<&User>) -> Result<()> {
    let owned: i64 = tx.query_row(
        "SELECT COUNT(*) FROM items WHERE owner_id = ?1",
        [user.id],
        |r| r.get(0),
    )?;
    match heir {
        Some(heir) if heir.id == user.id => {
            return Err(Error::invalid(format!(
                "cannot transfer `{}`'s items to the user being removed",
                user.name
            )));
        }
        Some(heir) => {
            tx.execute(
                "UPDATE items SET owner_id = ?2 WHERE owner_id = ?1",
                [user.id, heir.id],
            )?;
        }
        None if owned > 0 => {
            return Err(
                Error::conflict(format!("user `{}` owns {owned} item(s)", user.name))
                    .with_hint("name who receives them with --transfer-to USER"),
            );
        }
        None => {}
    }
    tx.execute("DELETE FROM users WHERE id = ?1", [user.id])?;
    tx.record(
        "user.remove",
        &user.name,
        serde_json::json!({"items_to": heir.map(|h| &h.name), "items": owned}),
    )
}

fn validate_email(email: &str) -> Result<()> {
    if email.is_empty() {
        return Ok(());
    }
    let valid = email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && !domain.is_empty() && !domain.contains('@')
        });
    if valid {
        Ok(())
    } else {
        Err(Error::invalid(format!("`{email}` is not an email address")))
    }
}
