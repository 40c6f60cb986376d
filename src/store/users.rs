//! User records: lookup, listing, creation, changes and removal.

use serde::Serialize;

use super::{Tx, now};
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
pub fn is_local(source: &str) -> bool {
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
    /// While in the future: the account is locked after too many failed log-ins (a lock
    /// that has run out shows as none; decisions take `Account` and the time).
    pub locked_until: Option<String>,
}

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

/// Which users `list_users` returns.
#[derive(Debug, Default)]
pub struct ListFilter {
    pub role: Option<RoleId>,
    pub enabled: Option<bool>,
}

pub struct NewUser {
    pub name: Name,
    pub full_name: String,
    pub email: String,
    pub enabled: bool,
    pub password_hash: Option<String>,
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

pub trait UserReads {
    /// The user named `name` (names compare without regard to case).
    fn find_user(&self, name: &str) -> Result<Option<User>>;
    /// Those of `names` that name a user already (names compare without case). A backend
    /// may look them up at once.
    fn taken_names(&self, names: &[&str]) -> Result<Vec<String>> {
        let mut taken = Vec::new();
        for name in names {
            if self.find_user(name)?.is_some() {
                taken.push(name.to_string());
            }
        }
        Ok(taken)
    }
    /// Users by name, as `filter` says.
    fn list_users(&self, filter: &ListFilter) -> Result<Vec<User>>;
    /// The users from `source` (a directory's name), optionally only a role's members.
    fn users_from_source(&self, source: &str, role: Option<RoleId>) -> Result<Vec<User>>;
    fn account(&self, name: &str) -> Result<Option<Account>>;
    /// The stored argon2id PHC string of a user, if the user has a local password.
    fn password_hash(&self, id: UserId) -> Result<Option<String>>;
    /// How many items the user owns.
    fn items_owned(&self, id: UserId) -> Result<i64>;
}

pub trait UserWrites {
    /// Adds a user from `source`, created `at`; returns its id.
    fn insert_user(&self, user: &NewUser, source: &str, at: i64) -> Result<UserId>;
    /// `insert_user` of each, in order; returns their ids. A backend may send them at
    /// once (an apply makes many).
    fn insert_users(&self, users: &[NewUser], source: &str, at: i64) -> Result<Vec<UserId>> {
        users
            .iter()
            .map(|user| self.insert_user(user, source, at))
            .collect()
    }
    fn update_user(&self, id: UserId, changes: &Changes) -> Result<()>;
    /// Stores a password set at `now`; `by_user` also clears must-change-password.
    fn store_password_hash(&self, id: UserId, hash: &str, by_user: bool, now: i64) -> Result<()>;
    /// Counts a failed log-in; at `max_failures` (0: never) the account locks until
    /// `lock_until` and the count starts again. Returns whether this failure locked it.
    fn count_failure(&self, id: UserId, max_failures: i64, lock_until: i64) -> Result<bool>;
    /// Takes back a failure `count_failure` counted for an attempt that turned out not to
    /// count; `locked_it`: that failure locked the account, so the lock goes too.
    fn refund_failure(&self, id: UserId, locked_it: bool, max_failures: i64) -> Result<()>;
    /// Counts a wrong recovery code; at `max` the count starts again and the caller voids
    /// the user's codes. Returns whether this one reached it.
    fn count_wrong_code(&self, id: UserId, max: i64) -> Result<bool>;
    /// Forgets failed log-ins, wrong codes and any lock; true when there was something.
    fn clear_failures(&self, id: UserId) -> Result<bool>;
    /// Replaces a hash with a stronger one of the same password; the password's age stays.
    fn upgrade_password_hash(&self, id: UserId, hash: &str) -> Result<()>;
    /// Gives every item `from` owns to `to`.
    fn transfer_items(&self, from: UserId, to: UserId) -> Result<()>;
    /// Removes the user, with its memberships, grants, tokens and sessions.
    fn delete_user(&self, id: UserId) -> Result<()>;
}

pub fn get(r: &dyn super::Read, name: &Name) -> Result<User> {
    r.find_user(name.as_str())?
        .ok_or_else(|| not_found(name.as_str()))
}

pub fn not_found(name: &str) -> Error {
    Error::not_found(format!("no user `{name}`")).with_hint("`flowsec users list` shows the users")
}

pub fn create(tx: &Tx<'_>, user: &NewUser) -> Result<UserId> {
    insert(tx, std::slice::from_ref(user), LOCAL).and_then(only)
}

/// `create` of each, together (as an apply creates them); returns their ids, in order.
pub fn create_all(tx: &Tx<'_>, users: &[NewUser]) -> Result<Vec<UserId>> {
    insert(tx, users, LOCAL)
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
    insert(tx, std::slice::from_ref(user), source).and_then(only)
}

/// The id of the one user made.
fn only(ids: Vec<UserId>) -> Result<UserId> {
    ids.first()
        .copied()
        .ok_or_else(|| Error::invalid("no user was created"))
}

/// Adds `users` from `source`, at once; returns their ids, in order.
fn insert(tx: &Tx<'_>, users: &[NewUser], source: &str) -> Result<Vec<UserId>> {
    let names: Vec<&str> = users.iter().map(|u| u.name.as_str()).collect();
    if let Some(taken) = tx.taken_names(&names)?.first() {
        return Err(Error::conflict(format!("user `{taken}` already exists")));
    }
    for user in users {
        validate_email(&user.email)?;
        check_full_name(&user.full_name)?;
    }
    let ids = tx.insert_users(users, source, now())?;
    for user in users {
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
    }
    Ok(ids)
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
        true => tx.end_sessions_of_user(user.id)?,
        false => 0,
    };
    tx.update_user(user.id, changes)?;
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
    tx.store_password_hash(id, hash, by_user, now)?;
    let sessions = tx.end_sessions_of_user(id)?;
    tx.record(
        "user.passwd",
        name,
        serde_json::json!({"by_user": by_user, "sessions_ended": sessions}),
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
    let owned = tx.items_owned(user.id)?;
    match heir {
        Some(heir) if heir.id == user.id => {
            return Err(Error::invalid(format!(
                "cannot transfer `{}`'s items to the user being removed",
                user.name
            )));
        }
        Some(heir) => tx.transfer_items(user.id, heir.id)?,
        None if owned > 0 => {
            return Err(
                Error::conflict(format!("user `{}` owns {owned} item(s)", user.name))
                    .with_hint("name who receives them with --transfer-to USER"),
            );
        }
        None => {}
    }
    tx.delete_user(user.id)?;
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
