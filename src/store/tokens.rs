//! API token records. A token's scopes are kept as grants are (category, item id,
//! action), so the engine reads both alike. Who may make which token is the `tokens`
//! service's business; here a token is stored, listed, changed and found.

use serde::Serialize;

use super::{Read, Tx, format_time, grants};
use crate::engine::{GrantSet, TokenState, UserId};
use crate::error::{Error, Result};
use crate::model::{Name, Permission, text};

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

/// A token to store: its public id and the hash of its secret, never the secret.
pub struct NewToken<'a> {
    pub id: &'a str,
    pub secret_hash: &'a [u8],
    pub user: UserId,
    pub name: &'a Name,
    pub description: &'a str,
    pub created_at: i64,
    pub expires_at: i64,
    /// `None`: all of the user's permissions.
    pub scopes: Option<&'a [Permission]>,
}

/// What authenticating a presented token needs to know of it.
pub struct Credential {
    pub secret_hash: Vec<u8>,
    pub user: String,
    pub enabled: bool,
    pub expires_at: i64,
    pub revoked: bool,
    /// Whether it carries only its scopes (`token_scopes`).
    pub restricted: bool,
}

/// The state of a token at `now`; revocation outranks the rest, as it is final.
pub fn state(enabled: bool, expires_at: i64, revoked: bool, now: i64) -> TokenState {
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

pub trait TokenReads {
    /// Tokens, newest first; of one user, or of everyone; their state at `now`.
    fn list_tokens(&self, user: Option<UserId>, now: i64) -> Result<Vec<Token>>;
    /// The token `id` (lower case), with its state at `now`.
    fn find_token(&self, id: &str, now: i64) -> Result<Option<Token>>;
    fn token_credential(&self, id: &str) -> Result<Option<Credential>>;
    /// The token's scopes, as the engine keys them.
    fn token_scopes(&self, id: &str) -> Result<GrantSet>;
    /// The id of the user's unrevoked token named `name`, if there is one.
    fn live_token_named(&self, user: UserId, name: &str) -> Result<Option<String>>;
    /// When the token `id` expires, if it exists.
    fn token_expiry(&self, id: &str) -> Result<Option<i64>>;
}

pub trait TokenWrites {
    /// Stores the token and its scopes, each scope with the id of the item it names.
    fn insert_token(&self, token: &NewToken<'_>, scope_items: &[Option<i64>]) -> Result<()>;
    /// `by`: who disabled it (`""` for the local administrator), when disabling. Returns
    /// whether that changed anything.
    fn set_token_enabled(&self, id: &str, enabled: bool, by: Option<&str>) -> Result<bool>;
    /// Returns whether it was not revoked already.
    fn revoke_token(&self, id: &str, now: i64) -> Result<bool>;
    fn touch_token(&self, id: &str, now: i64) -> Result<()>;
}

pub fn get(r: &dyn Read, id: &str, now: i64) -> Result<Token> {
    r.find_token(&id.to_ascii_lowercase(), now)?.ok_or_else(|| {
        Error::not_found(format!("no token `{id}`"))
            .with_hint("`flowsec tokens list` shows the tokens and their ids")
    })
}

/// Stores a token already judged fit to make: its name free among its user's tokens.
pub fn insert(tx: &Tx<'_>, token: &NewToken<'_>, user: &str) -> Result<()> {
    text::check(
        &"the token's description",
        token.description,
        text::DESCRIPTION_MAX,
    )?;
    if let Some(id) = tx.live_token_named(token.user, token.name.as_str())? {
        return Err(Error::conflict(format!(
            "user `{user}` already has a token named `{}` (id {id})",
            token.name
        ))
        .with_hint("choose another name, or revoke that token first"));
    }
    let scope_items = token
        .scopes
        .unwrap_or_default()
        .iter()
        .map(|p| grants::item_of(tx, p))
        .collect::<Result<Vec<_>>>()?;
    tx.insert_token(token, &scope_items)?;
    tx.record(
        "token.create",
        token.id,
        serde_json::json!({
            "user": user,
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
    let changed = tx.set_token_enabled(&token.id, enabled, by)?;
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
    let changed = tx.revoke_token(&token.id, now)?;
    if changed {
        tx.record(
            "token.revoke",
            &token.id,
            serde_json::json!({"user": token.user, "name": token.name}),
        )?;
    }
    Ok(changed)
}
