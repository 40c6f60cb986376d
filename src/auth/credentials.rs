//! Finding who a credential names: the user a presented token acts for, the session
//! open on a store, and whether either still holds while a command runs.

use super::session;
use crate::engine::TokenState;
use crate::error::{Error, ErrorKind, Result};
use crate::identity::{Actor, Credential};
use crate::store::{Location, Read, Store, now, tokens};
use crate::tokens::{Presented, authenticate};

/// What `from_session` found.
pub enum SessionLookup {
    None,
    /// A session file is left from a session that has ended.
    Ended,
    /// The session's user, and the store, opened to authorize it.
    Open(Box<(Actor, Store)>),
}

/// The user a presented token acts for. Its state (expired, revoked…) is not judged
/// here: every decision about the actor rejects it through the engine.
pub fn from_token(store: &Store, raw: &str) -> Result<Actor> {
    let found = authenticate(store.read(), &Presented::parse(raw)?, now())?;
    Ok(Actor::User {
        name: found.user,
        via: Credential::Token(found.facts),
    })
}

/// The login session open on the store at `db`. The store is opened only when there is
/// a session file, so commands without a session pay nothing for this.
pub fn from_session(db: &Location) -> Result<SessionLookup> {
    if !session::any_file() {
        return Ok(SessionLookup::None);
    }
    let mut store = Store::open(db)?;
    let file = session::file_for(&store)?;
    if !file.exists() {
        return Ok(SessionLookup::None);
    }
    let Some(found) = session::find(&mut store, &Actor::local(), &file, now())? else {
        return Ok(SessionLookup::Ended);
    };
    let actor = Actor::User {
        name: found.name,
        via: Credential::Session(found.session_id),
    };
    Ok(SessionLookup::Open(Box::new((actor, store))))
}

/// Records that the credential was used, once the command it ran was authorized: a
/// token's last use, a session's extension. Refused or rejected uses change nothing.
/// Extending a session is bookkeeping, not a change anyone makes, so it is not audited.
pub fn record_use(actor: &Actor, store: &mut Store) -> Result<()> {
    let at = now();
    match actor {
        Actor::LocalAdmin => Ok(()),
        Actor::User {
            via: Credential::Token(token),
            ..
        } if token.state == TokenState::Active => {
            store.write(actor, |tx| tx.touch_token(&token.id, at))
        }
        Actor::User {
            via: Credential::Token(_),
            ..
        } => Ok(()),
        Actor::User {
            via: Credential::Session(id),
            ..
        } => store.write(actor, |tx| tx.touch_session(*id, at)),
    }
}

/// Fails unless the credential still authenticates, as the store is now: the token not
/// revoked, disabled or expired since the command started, the session not ended.
pub fn still_valid(actor: &Actor, r: &dyn Read) -> Result<()> {
    let gone = |what: &str| {
        Error::new(
            ErrorKind::Auth,
            format!("the {what} this command runs as ended while it ran; nothing was changed"),
        )
    };
    match actor {
        Actor::LocalAdmin => Ok(()),
        Actor::User {
            via: Credential::Token(token),
            ..
        } => match tokens::get(r, &token.id, now())?.status {
            TokenState::Active => Ok(()),
            _ => Err(gone("token")),
        },
        Actor::User {
            via: Credential::Session(id),
            ..
        } => match r.session_exists(*id)? {
            true => Ok(()),
            false => Err(gone("session")),
        },
    }
}
