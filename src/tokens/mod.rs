//! API tokens as a service: who may make which token (its scopes, its lifetime), and
//! authenticating a presented one. The secrets' format is `secret`; the records are the
//! store's.

pub mod secret;

use zeroize::Zeroizing;

pub use secret::{Issued, Presented};

use crate::authorize::is_superuser;
use crate::engine::TokenFacts;
use crate::error::{Error, ErrorKind, Result};
use crate::facts::{Facts, Subject};
use crate::model::{Name, Permission};
use crate::settings::Settings;
use crate::store::tokens::{self, NewToken, Token};
use crate::store::{Read, Tx, grants, users};

/// A token asked for.
#[derive(Clone, Copy)]
pub struct Request<'a> {
    pub user: &'a Name,
    pub name: &'a Name,
    pub description: &'a str,
    pub expires_at: i64,
    /// `None`: all of the user's permissions.
    pub scopes: Option<&'a [Permission]>,
}

/// Makes a token: each scope must be held by its user now; an actor acting through a
/// restricted token cannot make itself a token that reaches further, and a token made
/// through a token expires no later than it. Returns the token with its secret, which is
/// never available again.
pub fn issue(tx: &Tx<'_>, new: &Request<'_>, now: i64) -> Result<(Zeroizing<String>, Token)> {
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
    if let Some(subject) = Subject::of(actor)
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
    let parent_expiry = match actor.token() {
        Some(parent) => tx.token_expiry(&parent.id)?,
        None => None,
    };
    let expires_at = parent_expiry.map_or(new.expires_at, |p| p.min(new.expires_at));
    let max_expiry = Settings::load(tx)?.token_max_expiry;
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
        None if actor.user().is_some() && !actor.is(&user.name) && !is_superuser(tx, actor)? => {
            held = grants::held_by(tx, user.id)?.into_iter().collect();
            Some(held.as_slice())
        }
        scopes => scopes,
    };
    let issued = secret::issue()?;
    tokens::insert(
        tx,
        &NewToken {
            id: &issued.id,
            secret_hash: &issued.hash,
            user: user.id,
            name: new.name,
            description: new.description,
            created_at: now,
            expires_at,
            scopes,
        },
        &user.name,
    )?;
    Ok((issued.token, tokens::get(tx, &issued.id, now)?))
}

/// The user a presented token belongs to, and what the engine needs to know of it.
pub struct Authenticated {
    pub user: String,
    pub facts: TokenFacts,
}

/// Finds the token and checks its secret. Unknown ids and wrong secrets get one answer,
/// so the error tells nothing about which tokens exist.
pub fn authenticate(r: &dyn Read, presented: &Presented, now: i64) -> Result<Authenticated> {
    let Some(found) = r
        .token_credential(&presented.id)?
        .filter(|c| presented.matches(&c.secret_hash))
    else {
        return Err(
            Error::new(ErrorKind::Auth, "the token is not known to this store")
                .with_hint("it may belong to another store, or its user may have been removed"),
        );
    };
    // Only once the secret is right: nothing else of a token is read for a stranger.
    let scopes = match found.restricted {
        true => Some(r.token_scopes(&presented.id)?),
        false => None,
    };
    Ok(Authenticated {
        user: found.user,
        facts: TokenFacts {
            id: presented.id.clone(),
            state: tokens::state(found.enabled, found.expires_at, found.revoked, now),
            scopes,
        },
    })
}
