//! API token records: creation, listing, state changes and authentication. A token's
//! scopes are kept as grants are (category, item id, action), so the engine reads both alike.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use zeroize::Zeroizing;

use super::facts::{Facts, Subject};
use super::{Tx, format_time, grants, users};
use crate::engine::{GrantSet, TokenFacts, TokenState, UserId};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{Name, Permission, text};
use crate::tokens::{Issued, Presented};

/// A token as `tokens list` and `show` report it; never its secret or hash.
#[derive(Debug, Clone, Serialize)]
pub struct Token {
    pub id: String,
    pub user: String,
    pub name: String,
    pub description: String,
    pub status: TokenState,
    pub created: String,
    pub expires: String,
    pub last_used: Option<String>,
    /// `None`: all of its user's permissions.
    pub scopes: Option<Vec<Permission>>,
    /// Who disabled it, while it is disabled: a user's name, or `None` for the local
    /// administrator (and tokens disabled before this was kept).
    #[serde(skip)]
    pub disabled: Option<Option<String>>,
}

const COLUMNS: &str = "t.id, u.name, t.name, t.description, t.restricted, t.enabled,
    t.created_at, t.expires_at, t.revoked_at, t.last_used_at, NULLIF(t.disabled_by, '')";

/// The state of a token at `now`; revocation outranks the rest, as it is final.
fn state(enabled: bool, expires_at: i64, revoked: bool, now: i64) -> TokenState {
    if revoked {
        TokenState::Revoked
    } else if now >= expires_at {
        TokenState::Expired
    } else if !enabled {
        TokenState::Disabled
    } else {
        TokenState::Active
    }
}

fn from_row(conn: &Connection, r: &Row<'_>, now: i64) -> Result<Token> {
    let id: String = r.get(0)?;
    let restricted: bool = r.get(4)?;
    let expires_at: i64 = r.get(7)?;
    let revoked_at: Option<i64> = r.get(8)?;
    let last_used: Option<i64> = r.get(9)?;
    let enabled: bool = r.get(5)?;
    let disabled = (!enabled)
        .then(|| r.get::<_, Option<String>>(10))
        .transpose()?;
    let scopes = if restricted {
        Some(scope_permissions(conn, &id)?)
    } else {
        None
    };
    Ok(Token {
        user: r.get(1)?,
        name: r.get(2)?,
        description: r.get(3)?,
        status: state(enabled, expires_at, revoked_at.is_some(), now),
        created: format_time(r.get(6)?),
        expires: format_time(expires_at),
        last_used: last_used.map(format_time),
        scopes,
        disabled,
        id,
    })
}

fn scope_permissions(conn: &Connection, id: &str) -> Result<Vec<Permission>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.category, i.name, s.action FROM token_scopes s
         LEFT JOIN items i ON i.id = s.item_id WHERE s.token_id = ?1",
    )?;
    let mut rows = stmt.query([id])?;
    let mut scopes = Vec::new();
    while let Some(r) = rows.next()? {
        scopes.push(grants::from_row(
            &r.get::<_, String>(0)?,
            r.get(1)?,
            &r.get::<_, String>(2)?,
        )?);
    }
    scopes.sort();
    Ok(scopes)
}

/// Tokens, newest first; of one user, or of everyone.
pub fn list(conn: &Connection, user: Option<UserId>, now: i64) -> Result<Vec<Token>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM tokens t JOIN users u ON u.id = t.user_id
         WHERE ?1 IS NULL OR t.user_id = ?1
         ORDER BY u.name COLLATE NOCASE, t.created_at DESC, t.name"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([user])?;
    let mut tokens = Vec::new();
    while let Some(r) = rows.next()? {
        tokens.push(from_row(conn, r, now)?);
    }
    Ok(tokens)
}

pub fn get(conn: &Connection, id: &str, now: i64) -> Result<Token> {
    let sql =
        format!("SELECT {COLUMNS} FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.id = ?1");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([id.to_ascii_lowercase()])?;
    match rows.next()? {
        Some(r) => from_row(conn, r, now),
        None => Err(Error::not_found(format!("no token `{id}`"))
            .with_hint("`flowsec tokens list` shows the tokens and their ids")),
    }
}

/// A token to make for a user.
#[derive(Clone, Copy)]
pub struct NewToken<'a> {
    pub user: &'a Name,
    pub name: &'a Name,
    pub description: &'a str,
    pub expires_at: i64,
    /// `None`: all of the user's permissions.
    pub scopes: Option<&'a [Permission]>,
}

/// Makes a token: each scope must be held by its user now; an actor acting through a
/// restricted token cannot make itself a token that reaches further, and a token made
/// through a token expires no later than it. Returns the token
/// with its secret, which is never available again.
pub fn issue(tx: &Tx<'_>, new: &NewToken<'_>, now: i64) -> Result<(Zeroizing<String>, Token)> {
    let user = users::get(tx, new.user)?;
    let mut facts = Facts::new(tx);
    if let Some(scopes) = new.scopes {
        let decision = facts.decide(Subject::User(&user.name), scopes)?;
        if let Some(why) = decision.subject.rejected {
            return Err(Error::invalid(format!(
                "cannot make a token for `{}`: {}",
                user.name,
                why.describe()
            )));
        }
        if let Some(missing) = decision.results.iter().find(|r| !r.allowed) {
            return Err(Error::invalid(format!(
                "user `{}` does not hold `{}`; a token can only carry permissions its user holds",
                user.name, missing.permission
            )));
        }
    }
    let actor = tx.actor();
    if let Some(subject) = actor.subject()
        && actor.is(&user.name)
    {
        let wider = match new.scopes {
            None => actor.restricted(),
            Some(scopes) => !facts.decide(subject, scopes)?.allowed,
        };
        if wider {
            return Err(Error::forbidden(
                "a restricted token can only make tokens within its own scopes",
            )
            .with_hint("name the permissions with --permission"));
        }
    }
    // A token made through a token ends no later than it.
    let parent_expiry: Option<i64> = match actor.token() {
        Some(parent) => tx
            .query_row(
                "SELECT expires_at FROM tokens WHERE id = ?1",
                [&parent.id],
                |r| r.get(0),
            )
            .optional()?,
        None => None,
    };
    let expires_at = parent_expiry.map_or(new.expires_at, |p| p.min(new.expires_at));
    let max_expiry = crate::settings::Settings::load(tx)?.token_max_expiry;
    if expires_at > now.saturating_add(max_expiry) {
        return Err(Error::invalid(format!(
            "a token may live at most {} days (`token.max-expiry`)",
            max_expiry / 86_400
        ))
        .with_hint("give a nearer --expires, or raise `token.max-expiry`"));
    }
    // A token made for someone else carries at most what that user holds now, so that
    // what the user is given later does not reach a token its maker could not have made
    // then. Only a superuser's tokens for others follow the user's power as it grows.
    let held: Vec<Permission>;
    let scopes = match new.scopes {
        None if actor.subject().is_some()
            && !actor.is(&user.name)
            && !crate::authorize::is_superuser(tx, actor)? =>
        {
            held = grants::held_by(tx, user.id)?.into_iter().collect();
            Some(held.as_slice())
        }
        scopes => scopes,
    };
    let issued = crate::tokens::issue()?;
    let token = NewToken {
        expires_at,
        scopes,
        ..*new
    };
    insert(tx, &issued, &user, &token, now)?;
    Ok((issued.token, get(tx, &issued.id, now)?))
}

fn insert(
    tx: &Tx<'_>,
    issued: &Issued,
    user: &users::User,
    token: &NewToken<'_>,
    now: i64,
) -> Result<()> {
    text::check(
        &"the token's description",
        token.description,
        text::DESCRIPTION_MAX,
    )?;
    let taken: Option<String> = tx
        .query_row(
            "SELECT id FROM tokens WHERE user_id = ?1 AND name = ?2 AND revoked_at IS NULL",
            params![user.id, token.name.as_str()],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = taken {
        return Err(Error::conflict(format!(
            "user `{}` already has a token named `{}` (id {id})",
            user.name, token.name
        ))
        .with_hint("choose another name, or revoke that token first"));
    }
    tx.execute(
        "INSERT INTO tokens (id, user_id, name, description, secret_hash, restricted, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            issued.id,
            user.id,
            token.name.as_str(),
            token.description,
            issued.hash,
            token.scopes.is_some(),
            now,
            token.expires_at
        ],
    )?;
    for permission in token.scopes.unwrap_or_default() {
        tx.execute(
            "INSERT INTO token_scopes (token_id, category, item_id, action) VALUES (?1, ?2, ?3, ?4)",
            params![
                issued.id,
                permission.category().name(),
                grants::item_of(tx, permission)?,
                permission.action()
            ],
        )?;
    }
    tx.record(
        "token.create",
        &issued.id,
        serde_json::json!({
            "user": user.name,
            "name": token.name.as_str(),
            "expires": format_time(token.expires_at),
            "scopes": token.scopes,
        }),
    )
}

/// Enables or disables a token; returns whether that changed anything.
pub fn set_enabled(tx: &Tx<'_>, token: &Token, enabled: bool) -> Result<bool> {
    if token.status == TokenState::Revoked {
        return Err(Error::conflict(format!(
            "token `{}` has been revoked; a revoked token stays revoked",
            token.id
        )));
    }
    // Kept so that no one weaker than whoever disabled it can enable it again.
    let by = (!enabled).then(|| tx.actor().user().unwrap_or_default());
    let changed = tx.execute(
        "UPDATE tokens SET enabled = ?2, disabled_by = ?3 WHERE id = ?1 AND enabled <> ?2",
        params![token.id, enabled, by],
    )? > 0;
    if changed {
        let action = if enabled {
            "token.enable"
        } else {
            "token.disable"
        };
        tx.record(action, &token.id, serde_json::json!({"user": token.user}))?;
    }
    Ok(changed)
}

/// Revokes a token for good; returns whether it was not revoked already.
pub fn revoke(tx: &Tx<'_>, token: &Token, now: i64) -> Result<bool> {
    let changed = tx.execute(
        "UPDATE tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
        params![token.id, now],
    )? > 0;
    if changed {
        tx.record(
            "token.revoke",
            &token.id,
            serde_json::json!({"user": token.user, "name": token.name}),
        )?;
    }
    Ok(changed)
}

/// The user a presented token belongs to, and what the engine needs to know of it.
pub struct Authenticated {
    pub user: String,
    pub facts: TokenFacts,
}

/// Finds the token and checks its secret. Unknown ids and wrong secrets get one answer,
/// so the error tells nothing about which tokens exist.
pub fn authenticate(conn: &Connection, presented: &Presented, now: i64) -> Result<Authenticated> {
    let found = conn
        .prepare_cached(
            "SELECT t.secret_hash, u.name, t.enabled, t.expires_at, t.revoked_at, t.restricted
             FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.id = ?1",
        )?
        .query_row([&presented.id], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, Option<i64>>(4)?,
                r.get::<_, bool>(5)?,
            ))
        })
        .optional()?;
    let Some((_, user, enabled, expires_at, revoked_at, restricted)) =
        found.filter(|(hash, ..)| presented.matches(hash))
    else {
        return Err(
            Error::new(ErrorKind::Auth, "the token is not known to this store")
                .with_hint("it may belong to another store, or its user may have been removed"),
        );
    };
    let scopes = if restricted {
        Some(scope_keys(conn, &presented.id)?)
    } else {
        None
    };
    Ok(Authenticated {
        user,
        facts: TokenFacts {
            id: presented.id.clone(),
            state: state(enabled, expires_at, revoked_at.is_some(), now),
            scopes,
        },
    })
}

fn scope_keys(conn: &Connection, id: &str) -> Result<GrantSet> {
    let mut stmt = conn
        .prepare_cached("SELECT category, item_id, action FROM token_scopes WHERE token_id = ?1")?;
    let mut rows = stmt.query([id])?;
    let mut set = GrantSet::default();
    while let Some(r) = rows.next()? {
        set.insert(grants::key(
            r.get_ref(0)?.as_str()?,
            r.get(1)?,
            r.get_ref(2)?.as_str()?,
        )?);
    }
    Ok(set)
}

/// Notes that the token was used now.
pub fn touch(tx: &Tx<'_>, id: &str, now: i64) -> Result<()> {
    tx.execute(
        "UPDATE tokens SET last_used_at = ?2 WHERE id = ?1",
        params![id, now],
    )?;
    Ok(())
}
