//! The changes a plan is made of, and how a plan shows them.

use std::fmt;

use serde::Serialize;
use zeroize::Zeroizing;

use crate::model::{Name, Permission, Target};
use crate::password::Policy;
use crate::store::users::Changes;

/// Who holds a grant, by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Holder {
    User(String),
    Role(String),
}

/// One change to the store.
#[derive(Debug)]
pub enum Change {
    /// `to: None` returns the setting to its default.
    Setting {
        key: &'static str,
        from: Option<String>,
        to: Option<String>,
    },
    CreateRole {
        name: Name,
        description: String,
        superuser: bool,
    },
    UpdateRole {
        name: String,
        description: Option<String>,
        superuser: Option<bool>,
        detail: String,
    },
    CreateUser {
        name: Name,
        full_name: String,
        email: String,
        enabled: bool,
        sharing: bool,
        /// The initial password, from the variable the manifest names.
        password: Option<Zeroizing<String>>,
    },
    UpdateUser {
        name: String,
        changes: Changes,
        detail: String,
    },
    CreateItem {
        target: Target,
        owner: String,
    },
    Chown {
        target: Target,
        from: String,
        to: String,
    },
    Join {
        user: String,
        role: String,
    },
    Grant {
        to: Holder,
        permission: Permission,
    },
    Revoke {
        from: Holder,
        permission: Permission,
    },
    Leave {
        user: String,
        role: String,
    },
    RemoveItem {
        target: Target,
    },
    RemoveUser {
        name: String,
    },
    RemoveRole {
        name: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Create,
    Change,
    Remove,
}

impl Op {
    fn sign(self) -> char {
        match self {
            Op::Create => '+',
            Op::Change => '~',
            Op::Remove => '-',
        }
    }
}

/// A change as the plan shows it: `+ user alice`, `~ setting password.min-length: 8 → 12`.
#[derive(Debug, Serialize)]
pub struct Line {
    pub op: Op,
    pub kind: &'static str,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.op.sign(), self.kind, self.name)?;
        if let Some(detail) = &self.detail {
            write!(f, ": {detail}")?;
        }
        Ok(())
    }
}

impl Change {
    pub fn op(&self) -> Op {
        match self {
            Change::Setting { to: None, .. }
            | Change::Revoke { .. }
            | Change::Leave { .. }
            | Change::RemoveItem { .. }
            | Change::RemoveUser { .. }
            | Change::RemoveRole { .. } => Op::Remove,
            Change::Setting { .. }
            | Change::UpdateRole { .. }
            | Change::UpdateUser { .. }
            | Change::Chown { .. } => Op::Change,
            Change::CreateRole { .. }
            | Change::CreateUser { .. }
            | Change::CreateItem { .. }
            | Change::Join { .. }
            | Change::Grant { .. } => Op::Create,
        }
    }

    pub fn line(&self) -> Line {
        let op = self.op();
        let line = |kind, name: String, detail: Option<String>| Line {
            op,
            kind,
            name,
            detail,
        };
        let grant_kind = |holder: &Holder| match holder {
            Holder::User(name) => ("user-grant", name.clone()),
            Holder::Role(name) => ("role-grant", name.clone()),
        };
        match self {
            Change::Setting { key, from, to } => {
                let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "default".into());
                let detail = format!("{} → {}", shown(from), shown(to));
                line("setting", key.to_string(), Some(detail))
            }
            Change::CreateRole {
                name, superuser, ..
            } => line(
                "role",
                name.to_string(),
                superuser.then(|| "superuser".into()),
            ),
            Change::UpdateRole { name, detail, .. } => {
                line("role", name.clone(), Some(detail.clone()))
            }
            Change::CreateUser { name, enabled, .. } => line(
                "user",
                name.to_string(),
                (!enabled).then(|| "disabled".into()),
            ),
            Change::UpdateUser { name, detail, .. } => {
                line("user", name.clone(), Some(detail.clone()))
            }
            Change::CreateItem { target, owner } => {
                line("item", target.to_string(), Some(format!("owner {owner}")))
            }
            Change::Chown { target, from, to } => line(
                "item",
                target.to_string(),
                Some(format!("owner {from} → {to}")),
            ),
            Change::Join { user, role } => line("member", user.clone(), Some(role.clone())),
            Change::Leave { user, role } => line("member", user.clone(), Some(role.clone())),
            Change::Grant { to, permission } => {
                let (kind, name) = grant_kind(to);
                line(kind, name, Some(permission.to_string()))
            }
            Change::Revoke { from, permission } => {
                let (kind, name) = grant_kind(from);
                line(kind, name, Some(permission.to_string()))
            }
            Change::RemoveItem { target } => line("item", target.to_string(), None),
            Change::RemoveUser { name } => line("user", name.clone(), None),
            Change::RemoveRole { name } => line("role", name.clone(), None),
        }
    }
}

/// How many changes of each kind.
#[derive(Debug, Default, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub create: usize,
    pub change: usize,
    pub remove: usize,
}

/// The changes that make the store match a manifest, in an order they can be made.
#[derive(Debug)]
pub struct Plan {
    pub changes: Vec<Change>,
    /// The password policy in force once the manifest's settings are applied: the one
    /// new users' initial passwords are held to.
    pub policy: Policy,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    pub fn summary(&self) -> Summary {
        let mut summary = Summary::default();
        for change in &self.changes {
            match change.op() {
                Op::Create => summary.create += 1,
                Op::Change => summary.change += 1,
                Op::Remove => summary.remove += 1,
            }
        }
        summary
    }
}
