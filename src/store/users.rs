//! User records: lookup, listing, creation, changes and removal.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::{Tx, format_time, now};
use crate::engine::{RoleId, UserId};
use crate::error::{Error, Result};
use crate::model::{Name, text};

/// The local source; directory users carry their directory's name instead.
pub const LOCAL: &str = "local";

/// The built-in administrator: seeded by `init`, never pruned, and the owner of items
/// created without one.
pub const ADMIN: &str = "admin";

/// Whether `name` is the built-in `admin`, who owns what is made without an owner: it
/// cannot be removed, so its name is never free for someone else.
pub fn is_admin(name: &str) -> bool {
    name.eq_ignore_ascii_case(ADMIN)
}

/// Whether `source` is this store (not a directory): the one test of where a password is kept.
fn is_local(source: &str) -> bool {
    source == LOCAL
}

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
    pub password_changed: Option<String>,
    /// Set by `users update --must-change-password`; cleared by `auth passwd`.
    pub must_change_password: bool,
    /// While in the future: the account is locked after too many failed log-ins.
    pub locked_until: Option<String>,
}

// A lock that has run out shows as none (display only; decisions take `now`).
const COLUMNS: &str =
    "id, name, full_name, email, enabled, sharing, source, password_hash IS NOT NULL,
     created_at, password_changed_at, must_change_password,
     CASE WHEN locked_until > unixepoch() THEN locked_until END";

impl User {
    /// Refuses local password business (setting, must-change, recovery) for a user
    /// whose password a directory keeps.
    pub fn ensure_local(&self) -> Result<()> {
        if is_local(&self.source) {
            return Ok(());
        }
        Err(Error::invalid(format!(
            "user `{}` comes from directory `{}`; its password is kept there",
            self.name, self.source
        )))
    }
}

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
        password_changed: r.get::<_, Option<i64>>(9)?.map(format_time),
        must_change_password: r.get(10)?,
        locked_until: r.get::<_, Option<i64>>(11)?.map(format_time),
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

/// The users from `source` (a directory's name), optionally only the members of a role.
pub fn from_source(conn: &Connection, source: &str, role: Option<RoleId>) -> Result<Vec<User>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM users
         WHERE source = ?1
           AND (?2 IS NULL OR id IN (SELECT user_id FROM role_members WHERE role_id = ?2))
         ORDER BY name COLLATE NOCASE"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![source, role], from_row)?;
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
    insert(tx, user, LOCAL)
}

/// Creates a user whose password is kept by the directory `source`.
pub fn create_from_directory(tx: &Tx<'_>, user: &NewUser, source: &str) -> Result<UserId> {
    if user.password_hash.is_some() {
        return Err(Error::invalid("a directory user has no local password"));
    }
    if is_admin(user.name.as_str()) {
        return Err(Error::conflict(
            "a directory cannot supply the built-in user `admin`",
        ));
    }
    insert(tx, user, source)
}

fn insert(tx: &Tx<'_>, user: &NewUser, source: &str) -> Result<UserId> {
    if find(tx, user.name.as_str())?.is_some() {
        return Err(Error::conflict(format!(
            "user `{}` already exists",
            user.name
        )));
    }
    validate_email(&user.email)?;
    check_full_name(&user.full_name)?;
    let at = now();
    // Cached: a manifest creates thousands of users in one transaction.
    tx.prepare_cached(
        "INSERT INTO users (name, full_name, email, enabled, password_hash, password_changed_at,
                            created_at, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        user.name.as_str(),
        user.full_name,
        user.email,
        user.enabled,
        user.password_hash,
        user.password_hash.as_ref().map(|_| at),
        at,
        source
    ])?;
    let id = tx.last_insert_rowid();
    let mut details = serde_json::json!({
        "full_name": user.full_name,
        "email": user.email,
        "enabled": user.enabled,
        "password_set": user.password_hash.is_some(),
    });
    if !is_local(source) {
        details["source"] = source.into();
    }
    tx.record("user.create", user.name.as_str(), details)?;
    Ok(id)
}

/// Changes to a user's account; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub struct Changes {
    pub enabled: Option<bool>,
    pub sharing: Option<bool>,
    pub email: Option<String>,
    pub full_name: Option<String>,
    /// Only `Some(true)` is offered: the user clears it by changing the password.
    pub must_change_password: Option<bool>,
}

pub fn update(tx: &Tx<'_>, user: &User, changes: &Changes) -> Result<()> {
    if changes.must_change_password == Some(true) {
        user.ensure_local()?;
    }
    if let Some(email) = &changes.email {
        validate_email(email)?;
    }
    if let Some(full_name) = &changes.full_name {
        check_full_name(full_name)?;
    }
    // A user disabled or due to change the password may not go on in a session, and
    // enabling the user again does not bring one back.
    let ends_sessions =
        changes.enabled == Some(false) || changes.must_change_password == Some(true);
    let sessions = match ends_sessions {
        true => super::sessions::end_of_user(tx, user.id)?,
        false => 0,
    };
    tx.execute(
        "UPDATE users SET enabled = IFNULL(?2, enabled), sharing = IFNULL(?3, sharing),
                email = IFNULL(?4, email), full_name = IFNULL(?5, full_name),
                must_change_password = IFNULL(?6, must_change_password)
         WHERE id = ?1",
        params![
            user.id,
            changes.enabled,
            changes.sharing,
            changes.email,
            changes.full_name,
            changes.must_change_password
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
        (
            "must_change_password",
            changes.must_change_password.map(serde_json::Value::from),
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
    if sessions > 0 {
        details.insert("sessions_ended".to_string(), sessions.into());
    }
    tx.record("user.update", &user.name, details.into())
}

/// Stores a new password (set at `now`) and ends the user's log-in sessions, which
/// were opened with the old one. `by_user`: the user chose it (`auth passwd`, `auth
/// reset`), which also clears must-change-password.
pub fn set_password_hash(
    tx: &Tx<'_>,
    id: UserId,
    name: &str,
    hash: &str,
    by_user: bool,
    now: i64,
) -> Result<()> {
    tx.execute(
        "UPDATE users SET password_hash = ?2, password_changed_at = ?3,
                must_change_password = must_change_password AND NOT ?4
         WHERE id = ?1",
        params![id, hash, now, by_user],
    )?;
    let sessions = super::sessions::end_of_user(tx, id)?;
    tx.record(
        "user.passwd",
        name,
        serde_json::json!({"by_user": by_user, "sessions_ended": sessions}),
    )
}

/// What authentication needs to know about an account.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: UserId,
    pub name: String,
    pub enabled: bool,
    pub source: String,
    pub password_hash: Option<String>,
    pub password_changed_at: Option<i64>,
    pub must_change_password: bool,
    pub locked_until: Option<i64>,
}

impl Account {
    /// An enabled account with a local password or from a directory: the kinds that can
    /// authenticate.
    pub fn can_authenticate(&self) -> bool {
        self.enabled && (self.password_hash.is_some() || self.from_directory())
    }

    /// Whether a directory checks this account's password.
    pub fn from_directory(&self) -> bool {
        !is_local(&self.source)
    }

    pub fn locked_at(&self, now: i64) -> bool {
        self.locked_until.is_some_and(|until| until > now)
    }

    /// Whether the password is older than `expiry_days` (0: passwords never expire).
    pub fn password_expired(&self, expiry_days: i64, now: i64) -> bool {
        expiry_days > 0
            && self
                .password_changed_at
                .is_some_and(|at| now.saturating_sub(at) >= expiry_days.saturating_mul(86_400))
    }
}

pub fn account(conn: &Connection, name: &str) -> Result<Option<Account>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name, enabled, source, password_hash, password_changed_at,
                    must_change_password, locked_until
             FROM users WHERE name = ?1",
        )?
        .query_row([name], |r| {
            Ok(Account {
                id: r.get(0)?,
                name: r.get(1)?,
                enabled: r.get(2)?,
                source: r.get(3)?,
                password_hash: r.get(4)?,
                password_changed_at: r.get(5)?,
                must_change_password: r.get(6)?,
                locked_until: r.get(7)?,
            })
        })
        .optional()?)
}

/// Counts a failed log-in; at `max_failures` (0: never) the account locks until
/// `lock_until` and the count starts again. Returns whether this failure locked it.
pub fn count_failure(tx: &Tx<'_>, id: UserId, max_failures: i64, lock_until: i64) -> Result<bool> {
    let failures: i64 = tx.query_row(
        "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ?1 RETURNING failed_logins",
        [id],
        |r| r.get(0),
    )?;
    if max_failures == 0 || failures < max_failures {
        return Ok(false);
    }
    tx.execute(
        "UPDATE users SET failed_logins = 0, locked_until = ?2 WHERE id = ?1",
        [id, lock_until],
    )?;
    Ok(true)
}

/// Takes back a failure `count_failure` counted for an attempt that turned out not to
/// count; `locked_it`: that failure locked the account, so the lock goes too.
pub fn refund_failure(tx: &Tx<'_>, id: UserId, locked_it: bool, max_failures: i64) -> Result<()> {
    if locked_it {
        tx.execute(
            "UPDATE users SET locked_until = NULL, failed_logins = ?2 WHERE id = ?1",
            [id, max_failures.saturating_sub(1)],
        )?;
    } else {
        tx.execute(
            "UPDATE users SET failed_logins = max(failed_logins - 1, 0) WHERE id = ?1",
            [id],
        )?;
    }
    Ok(())
}

/// Counts a wrong recovery code; at `max` the count starts again and the caller voids
/// the user's codes. Returns whether this one reached it.
pub fn count_wrong_code(tx: &Tx<'_>, id: UserId, max: i64) -> Result<bool> {
    let wrong: i64 = tx.query_row(
        "UPDATE users SET wrong_codes = wrong_codes + 1 WHERE id = ?1 RETURNING wrong_codes",
        [id],
        |r| r.get(0),
    )?;
    if wrong < max {
        return Ok(false);
    }
    tx.execute("UPDATE users SET wrong_codes = 0 WHERE id = ?1", [id])?;
    Ok(true)
}

/// Forgets failed log-ins and any lock; true when there was something to forget.
pub fn clear_failures(tx: &Tx<'_>, id: UserId) -> Result<bool> {
    Ok(tx.execute(
        "UPDATE users SET failed_logins = 0, locked_until = NULL, wrong_codes = 0
         WHERE id = ?1 AND (failed_logins <> 0 OR locked_until IS NOT NULL OR wrong_codes <> 0)",
        [id],
    )? > 0)
}

/// Replaces a hash with a stronger one of the same password; the password's age stays.
pub fn upgrade_password_hash(tx: &Tx<'_>, id: UserId, hash: &str) -> Result<()> {
    tx.execute(
        "UPDATE users SET password_hash = ?2 WHERE id = ?1",
        params![id, hash],
    )?;
    Ok(())
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
    if is_admin(&user.name) {
        return Err(
            Error::conflict("the built-in user `admin` cannot be removed")
                .with_hint("disable it instead: flowsec users update admin --disable"),
        );
    }
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

/// Empty or an email address: the rule every user's email is held to.
pub fn validate_email(email: &str) -> Result<()> {
    text::check(&"the email address", email, EMAIL_MAX)?;
    if email.is_empty() || is_email(email) {
        Ok(())
    } else {
        Err(Error::invalid(format!("`{email}` is not an email address")))
    }
}

/// The rule every user's full name is held to: one line of printable text.
pub fn check_full_name(full_name: &str) -> Result<()> {
    text::check(&"the full name", full_name, text::FULL_NAME_MAX)
}

const EMAIL_MAX: usize = 254;

/// Whether flowsec takes `email` for an email address.
pub fn is_email(email: &str) -> bool {
    email.len() <= EMAIL_MAX
        && text::check(&"", email, EMAIL_MAX).is_ok()
        && !email.chars().any(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && !domain.is_empty() && !domain.contains('@')
        })
}
