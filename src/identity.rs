//! Who runs a command. Without a flowsec credential it is the local administrator:
//! whoever can open the store; the audit trail records the operating-system user. With a
//! token it is the token's user, narrowed by the token; with a login session, the
//! session's user. Either way the actor is authorized like any check.

use std::path::Path;

use crate::auth::session;
use crate::engine::{TokenFacts, TokenState};
use crate::error::Result;
use crate::model::text::printable;
use crate::store::facts::Subject;
use crate::store::{Store, now, tokens};
use crate::tokens::Presented;

/// The OS user running the process, as the audit trail names the local administrator:
/// its uid, and the name the user database gives it; never `$USER`, which anyone may
/// set to anything. Looked up once, and only when a record needs it, as the lookup can
/// ask the network.
pub fn os_user() -> &'static str {
    static NAME: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    NAME.get_or_init(|| {
        let uid = nix::unistd::getuid();
        match nix::unistd::User::from_uid(uid) {
            Ok(Some(user)) => format!("{} (uid {uid})", printable(&user.name)),
            _ => format!("uid {uid}"),
        }
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// Whoever can open the store and key files, with no flowsec credential; named by
    /// `os_user` when a record needs the name.
    LocalAdmin,
    /// A flowsec user, authenticated by a token or a login session.
    User { name: String, via: Credential },
}

/// What `Actor::from_session` found.
pub enum SessionLookup {
    None,
    /// A session file is left from a session that has ended.
    Ended,
    /// The session's user, and the store, opened to authorize it.
    Open(Box<(Actor, Store)>),
}

/// How a flowsec user authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    Token(TokenFacts),
    Session(i64),
}

impl Actor {
    /// The local administrator: the OS user running the process.
    pub fn local() -> Actor {
        Actor::LocalAdmin
    }

    /// The user a presented token acts for. Its state (expired, revoked…) is not judged
    /// here: every decision about the actor rejects it through the engine.
    pub fn from_token(store: &Store, raw: &str) -> Result<Actor> {
        let found = tokens::authenticate(store.conn(), &Presented::parse(raw)?, now())?;
        Ok(Actor::User {
            name: found.user,
            via: Credential::Token(found.facts),
        })
    }

    /// The login session open on the store at `db`. The store is opened only when a
    /// session file exists, so commands without a session pay nothing for this.
    pub fn from_session(db: &Path) -> Result<SessionLookup> {
        let Some(file) = session::file_for(db).ok().filter(|f| f.exists()) else {
            return Ok(SessionLookup::None);
        };
        let mut store = Store::open(db)?;
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
    pub fn record_use(&self, store: &mut Store) -> Result<()> {
        let at = now();
        match self {
            Actor::LocalAdmin => Ok(()),
            Actor::User {
                via: Credential::Token(token),
                ..
            } if token.state == TokenState::Active => {
                store.write(self, |tx| tokens::touch(tx, &token.id, at))
            }
            Actor::User {
                via: Credential::Token(_),
                ..
            } => Ok(()),
            Actor::User {
                via: Credential::Session(id),
                ..
            } => session::extend(store.conn(), *id, at),
        }
    }

    /// Fails unless the credential still authenticates, as the store is now: the token
    /// not revoked, disabled or expired since the command started, the session not ended.
    pub fn still_valid(&self, conn: &rusqlite::Connection) -> Result<()> {
        let gone = |what: &str| {
            crate::error::Error::new(
                crate::error::ErrorKind::Auth,
                format!("the {what} this command runs as ended while it ran; nothing was changed"),
            )
        };
        match self {
            Actor::LocalAdmin => Ok(()),
            Actor::User {
                via: Credential::Token(token),
                ..
            } => match tokens::get(conn, &token.id, now())?.status {
                TokenState::Active => Ok(()),
                _ => Err(gone("token")),
            },
            Actor::User {
                via: Credential::Session(id),
                ..
            } => match session::is_open(conn, *id)? {
                true => Ok(()),
                false => Err(gone("session")),
            },
        }
    }

    /// The name the audit trail records.
    pub fn name(&self) -> &str {
        match self {
            Actor::LocalAdmin => os_user(),
            Actor::User { name, .. } => name,
        }
    }

    /// How the actor authenticated, as the audit trail records it.
    pub fn method(&self) -> String {
        match self {
            Actor::LocalAdmin => "local".to_string(),
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
            Actor::LocalAdmin => None,
            Actor::User { name, .. } => Some(name),
        }
    }

    /// Whether the actor is the flowsec user `name` (names compare case-insensitively).
    pub fn is(&self, name: &str) -> bool {
        self.user().is_some_and(|me| me.eq_ignore_ascii_case(name))
    }

    /// The actor as the subject of a decision; `None` for the local administrator.
    pub fn subject(&self) -> Option<Subject<'_>> {
        match self {
            Actor::LocalAdmin => None,
            Actor::User {
                name,
                via: Credential::Token(token),
            } => Some(Subject::Token { user: name, token }),
            Actor::User { name, .. } => Some(Subject::User(name)),
        }
    }

    /// The token the actor authenticated with, if it did with one.
    pub fn token(&self) -> Option<&TokenFacts> {
        match self {
            Actor::User {
                via: Credential::Token(token),
                ..
            } => Some(token),
            _ => None,
        }
    }

    /// Whether the actor acts through a token restricted to some permissions.
    pub fn restricted(&self) -> bool {
        self.token().is_some_and(|t| t.scopes.is_some())
    }
}
