//! Role records, memberships, duplication and templates, and the lock-out guard.

use serde::Serialize;

use super::grants::{self, Principal};
use super::{Read, Tx, now};
use crate::engine::{RoleId, UserId};
use crate::error::{Error, Result};
use crate::model::{DefaultRole, Name, text};

#[derive(Debug, Clone, Serialize)]
pub struct Role {
    #[serde(skip)]
    pub id: RoleId,
    pub name: String,
    pub description: String,
    pub superuser: bool,
    pub builtin: bool,
}

pub struct NewRole<'a> {
    pub name: &'a Name,
    pub description: &'a str,
    pub superuser: bool,
    pub builtin: bool,
}

pub trait RoleReads {
    /// The role named `name` (names compare without regard to case).
    fn find_role(&self, name: &str) -> Result<Option<Role>>;
    /// Which of `names` roles already have. A backend may ask at once (an apply
    /// creates many).
    fn taken_role_names(&self, names: &[&str]) -> Result<Vec<String>> {
        let mut taken = Vec::new();
        for name in names {
            if let Some(role) = self.find_role(name)? {
                taken.push(role.name);
            }
        }
        Ok(taken)
    }
    /// Every role, by name.
    fn list_roles(&self) -> Result<Vec<Role>>;
    /// The roles a user belongs to, by name.
    fn roles_of_user(&self, user: UserId) -> Result<Vec<Role>>;
    /// The names of a role's members, sorted.
    fn role_members(&self, role: RoleId) -> Result<Vec<String>>;
    /// The names of a role and a user, as a membership's audit record names them.
    fn member_names(&self, role: RoleId, user: UserId) -> Result<(String, String)>;
    /// How many enabled users hold a superuser role.
    fn enabled_superusers(&self) -> Result<i64>;
}

pub trait RoleWrites {
    fn insert_role(&self, role: &NewRole<'_>, at: i64) -> Result<RoleId>;
    /// `insert_role` of each, in order; returns their ids. A backend may send them at
    /// once (an apply creates many).
    fn insert_roles(&self, roles: &[NewRole<'_>], at: i64) -> Result<Vec<RoleId>> {
        roles
            .iter()
            .map(|role| self.insert_role(role, at))
            .collect()
    }
    /// Adds every grant of `from` that `to` lacks; returns how many.
    fn copy_role_grants(&self, from: RoleId, to: RoleId) -> Result<usize>;
    /// `None` leaves a field as it is.
    fn update_role(
        &self,
        id: RoleId,
        description: Option<&str>,
        superuser: Option<bool>,
    ) -> Result<()>;
    /// Removes the role, with its memberships and grants.
    fn delete_role(&self, id: RoleId) -> Result<()>;
    /// Returns whether the user was not a member before.
    fn insert_member(&self, role: RoleId, user: UserId) -> Result<bool>;
    /// `insert_member` of each (role, user), in order; returns which were new. A backend
    /// may send them at once (an apply makes many).
    fn insert_members(&self, members: &[(RoleId, UserId)]) -> Result<Vec<bool>> {
        members
            .iter()
            .map(|(role, user)| self.insert_member(*role, *user))
            .collect()
    }
    /// Returns whether the user was a member.
    fn delete_member(&self, role: RoleId, user: UserId) -> Result<bool>;
}

pub fn get(r: &dyn Read, name: &Name) -> Result<Role> {
    r.find_role(name.as_str())?.ok_or_else(|| {
        Error::not_found(format!("no role `{name}`"))
            .with_hint("`flowsec roles list` shows the roles")
    })
}

pub fn create(tx: &Tx<'_>, role: &NewRole<'_>) -> Result<RoleId> {
    let ids = create_all(tx, std::slice::from_ref(role))?;
    ids.first()
        .copied()
        .ok_or_else(|| Error::invalid("no role was created"))
}

/// `create` of each, together (as an apply creates them); returns their ids, in order.
pub fn create_all(tx: &Tx<'_>, roles: &[NewRole<'_>]) -> Result<Vec<RoleId>> {
    for role in roles {
        check_description(role.description)?;
    }
    let names: Vec<&str> = roles.iter().map(|r| r.name.as_str()).collect();
    if let Some(taken) = tx.taken_role_names(&names)?.first() {
        return Err(Error::conflict(format!("role `{taken}` already exists")));
    }
    let ids = tx.insert_roles(roles, now())?;
    for role in roles {
        tx.record(
            "role.create",
            role.name.as_str(),
            serde_json::json!({"description": role.description, "superuser": role.superuser}),
        )?;
    }
    Ok(ids)
}

/// Adds every permission of `from` that `to` lacks; removes none. Returns how many.
pub fn copy_grants(tx: &Tx<'_>, from: &Role, to: &Role) -> Result<usize> {
    let added = tx.copy_role_grants(from.id, to.id)?;
    tx.record(
        "role.template",
        &to.name,
        serde_json::json!({"from": from.name, "added": added}),
    )?;
    Ok(added)
}

/// Changes a role's description or superuser flag; `None` leaves it as it is.
pub fn update(
    tx: &Tx<'_>,
    role: &Role,
    description: Option<&str>,
    superuser: Option<bool>,
) -> Result<()> {
    if let Some(description) = description {
        check_description(description)?;
    }
    if let Some(superuser) = superuser {
        check_superuser_flag(&role.name, superuser)?;
    }
    tx.update_role(role.id, description, superuser)?;
    tx.record(
        "role.update",
        &role.name,
        serde_json::json!({"description": description, "superuser": superuser}),
    )
}

pub fn remove(tx: &Tx<'_>, role: &Role) -> Result<()> {
    if role
        .name
        .eq_ignore_ascii_case(DefaultRole::Superuser.name())
    {
        return Err(Error::conflict(format!(
            "the `{}` role cannot be removed",
            DefaultRole::Superuser.name()
        )));
    }
    tx.delete_role(role.id)?;
    tx.record("role.remove", &role.name, serde_json::json!({}))
}

/// Returns whether the user was not a member before.
pub fn add_member(tx: &Tx<'_>, role: RoleId, user: UserId) -> Result<bool> {
    Ok(add_members(tx, &[(role, user)])? == 1)
}

/// `add_member` of each (role, user), together (as an apply adds them); returns how
/// many were new.
pub fn add_members(tx: &Tx<'_>, members: &[(RoleId, UserId)]) -> Result<usize> {
    let added = tx.insert_members(members)?;
    let new: Vec<(RoleId, UserId)> = members
        .iter()
        .zip(&added)
        .filter(|(_, added)| **added)
        .map(|(member, _)| *member)
        .collect();
    let names = grants::names_of(
        tx,
        new.iter()
            .flat_map(|(role, user)| [Principal::Role(*role), Principal::User(*user)]),
    )?;
    let name = |p| names.get(&p).map_or("?", String::as_str);
    for (role, user) in &new {
        tx.record(
            "role.member.add",
            name(Principal::Role(*role)),
            serde_json::json!({"user": name(Principal::User(*user))}),
        )?;
    }
    Ok(new.len())
}

/// Returns whether the user was a member.
pub fn remove_member(tx: &Tx<'_>, role: RoleId, user: UserId) -> Result<bool> {
    let removed = tx.delete_member(role, user)?;
    if removed {
        record_membership(tx, "role.member.remove", role, user)?;
    }
    Ok(removed)
}

fn record_membership(tx: &Tx<'_>, action: &str, role: RoleId, user: UserId) -> Result<()> {
    let (role, user) = tx.member_names(role, user)?;
    tx.record(action, &role, serde_json::json!({"user": user}))
}

/// Lock-out protection: a change must not leave the store without an enabled user
/// holding a superuser role, unless the local administrator says so explicitly.
pub struct SuperuserGuard {
    before: i64,
}

impl SuperuserGuard {
    pub fn capture(r: &dyn Read) -> Result<SuperuserGuard> {
        Ok(SuperuserGuard {
            before: r.enabled_superusers()?,
        })
    }

    /// Fails when the change made since `capture` lost the last enabled superuser, unless
    /// `allow` (the command's --allow-no-superuser).
    pub fn verify(self, r: &dyn Read, allow: bool) -> Result<()> {
        if allow {
            return Ok(());
        }
        self.check(r).map_err(|e| {
            e.with_hint("nothing was changed; pass --allow-no-superuser if that is really meant")
        })
    }

    /// As `verify` for a command without --allow-no-superuser: the caller gives the hint.
    pub fn check(self, r: &dyn Read) -> Result<()> {
        if self.before > 0 && r.enabled_superusers()? == 0 {
            return Err(Error::conflict(
                "this would leave no enabled user with a superuser role",
            ));
        }
        Ok(())
    }
}

/// `fmesuperuser` is a superuser role, whatever else is: by every path.
pub fn check_superuser_flag(name: &str, superuser: bool) -> Result<()> {
    if !superuser && name.eq_ignore_ascii_case(DefaultRole::Superuser.name()) {
        return Err(Error::conflict(format!(
            "`{}` is always a superuser role",
            DefaultRole::Superuser.name()
        )));
    }
    Ok(())
}

/// The rule every role's description is held to: printable text of a bounded length.
pub fn check_description(description: &str) -> Result<()> {
    text::check(
        &"the role's description",
        description,
        text::DESCRIPTION_MAX,
    )
}
