//! Who runs a command. Without a flowsec credential it is the local administrator:
//! whoever can open the store; the audit trail records the operating-system user.

use std::os::unix::fs::MetadataExt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// Whoever can open the store and key files, with no flowsec credential.
    LocalAdmin { os_user: String },
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

    /// The name the audit trail records.
    pub fn name(&self) -> &str {
        match self {
            Actor::LocalAdmin { os_user } => os_user,
        }
    }

    /// How the actor authenticated, as the audit trail records it.
    pub fn method(&self) -> &'static str {
        match self {
            Actor::LocalAdmin { .. } => "local",
        }
    }
}
