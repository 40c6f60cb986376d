//! Who runs a command. Without a flowsec credential it is the local administrator:
//! whoever can open the store; the audit trail records the operating-system user. With a
//! token it is the token's user, narrowed by the token; with a login session, the
//! session's user. Either way the actor is authorized like any check.

use std::os::unix::fs::MetadataExt;

use crate::auth::session;
use crate::engine::TokenFacts;
use crate::error::Result;
use crate::store::facts::Subject;
use crate::store::{Store, now, tokens};
use crate::tokens::Presented;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// Whoever can open the store and key files, with no flowsec credential.
    LocalAdmin { os_user: String },
    /// A flowsec user, authenticated by a token or a login session.
    User { name: String, via: Credential },
}

/// How a flowsec user authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    Token(TokenFacts),
    Session(i64),
}

impl Actor {
    /// The local administrator, named by the OS user running the process.
    pub fn local() -> Actor {
        let uid = std::fs::metadata("/proc/self").map(|m| m.uid()).ok();
        let login = std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .ok();
        let os_user = match (login, uid) {
            (Some(name), Some(uid)) => format!("{name} (uid {uid})"),
            (Some(name), None) => name,
            (None, Some(uid)) => format!("uid {uid}"),
            (None, None) => "unknown".to_string(),
        };
        Actor::LocalAdmin { os_user }
    }

    /// The user a presented token acts for. Its state (expired, revoked…) is not judged
    /// here: every decision about the actor rejects it through the engine.
    pub fn from_token(store: &mut Store, raw: &str) -> Result<Actor> {
        let presented = Presented::parse(raw)?;
        let at = now();
        let found = tokens::authenticate(store.conn(), &presented, at)?;
        let actor = Actor::User {
            name: found.user,
            via: Credential::Token(found.facts),
        };
        store.write(&actor, |tx| tokens::touch(tx, &presented.id, at))?;
        Ok(actor)
    }

    /// The user of the login session open on this store, if there is one: the session is
    /// extended, as every use extends it.
    pub fn from_session(store: &Store) -> Result<Option<Actor>> {
        let file = session::file_for(store.path())?;
        if !file.exists() {
            return Ok(None);
        }
        Ok(
            session::current(store.conn(), &file, now())?.map(|s| Actor::User {
                name: s.name,
                via: Credential::Session(s.session_id),
            }),
        )
    }

    /// The name the audit trail records.
    pub fn name(&self) -> &str {
        match self {
            Actor::LocalAdmin { os_user } => os_user,
            Actor::User { name, .. } => name,
        }
    }

    /// How the actor authenticated, as the audit trail records it.
    pub fn method(&self) -> String {
        match self {
            Actor::LocalAdmin { .. } => "local".to_string(),
            Actor::User {
                via: Credential::Token(token),
                ..
            } => format!("token {}", token.id),
            Actor::User {
                via: Credential::Session(id),
                ..
            } => format!("session {id}"),
        }
    }

    /// The flowsec user acting, if any.
    pub fn user(&self) -> Option<&str> {
        match self {
            Actor::LocalAdmin { .. } => None,
            Actor::User { name, .. } => Some(name),
        }
    }

    /// The actor as the subject of a decision; `None` for the local administrator.
    pub fn subject(&self) -> Option<Subject<'_>> {
        match self {
            Actor::LocalAdmin { .. } => None,
            Actor::User {
                name,
                via: Credential::Token(token),
            } => Some(Subject::Token { user: name, token }),
            Actor::User { name, .. } => Some(Subject::User(name)),
        }
    }

    /// The acting token when it is restricted to some permissions.
    pub fn restricted(&self) -> bool {
        matches!(self, Actor::User { via: Credential::Token(t), .. } if t.scopes.is_some())
    }
}
