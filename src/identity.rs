//! Who runs a command. Without a flowsec credential it is the local administrator:
//! whoever can open the store; the audit trail records the operating-system user. With a
//! token it is the token's user, narrowed by the token; with a login session, the
//! session's user. Either way the actor is authorized like any check. This is data:
//! finding the actor a credential names is `auth::credentials`' job.

use crate::engine::TokenFacts;
use crate::model::text::printable;

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
