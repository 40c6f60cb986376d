//! Carries out a plan inside one write transaction. Each change goes through the store
//! function that makes it elsewhere, so each is checked and audited as it would be from
//! its own command; one more record, `manifest.apply`, says that an apply happened, from
//! which file and how many changes of each kind it made.

use rustc_hash::FxHashMap;

use super::plan::{Change, Holder, Plan};
use super::state::State;
use crate::engine::{RoleId, UserId};
use crate::error::{Error, Result};
use crate::model::Name;
use crate::settings;
use crate::store::grants::{self, Principal};
use crate::store::roles::{self, NewRole, SuperuserGuard};
use crate::store::users::{self, Changes, NewUser};
use crate::store::{Tx, items};

/// New users' password hashes by lower-cased name, made before the write lock is taken:
/// argon2 is slow on purpose, and other writers should not wait for it.
pub struct Hashes(FxHashMap<String, String>);

impl Hashes {
    /// Hashes the initial password of every user `plan` creates.
    pub fn of(plan: &Plan) -> Result<Hashes> {
        let mut hashes = FxHashMap::default();
        for change in &plan.changes {
            if let Change::CreateUser {
                name,
                password: Some(password),
                ..
            } = change
            {
                // The one policy-and-hash function every password setter goes through.
                let hash = plan.policy.hash_new(name.as_str(), password)?;
                hashes.insert(name.as_str().to_ascii_lowercase(), hash);
            }
        }
        Ok(Hashes(hashes))
    }

    fn get(&self, name: &Name) -> Result<String> {
        (self.0.get(&name.as_str().to_ascii_lowercase()).cloned()).ok_or_else(|| {
            Error::conflict(format!(
                "the store changed during the apply: `{name}` was not to be created"
            ))
            .with_hint("nothing was changed; run the apply again")
        })
    }
}

/// Makes every change of `plan`, planned against `state` as read in this transaction,
/// new users getting their password from `hashes`; `progress` hears how many are done.
/// Refuses (and so changes nothing) if the result would leave no enabled user with a
/// superuser role.
pub fn apply(
    tx: &Tx<'_>,
    state: &State,
    plan: &Plan,
    hashes: &Hashes,
    file: &str,
    mut progress: impl FnMut(usize),
) -> Result<()> {
    let guard = SuperuserGuard::capture(tx)?;
    let mut ids = Ids {
        users: (state.users.iter())
            .map(|u| (u.name.to_ascii_lowercase(), u.id))
            .collect(),
        roles: (state.roles.iter())
            .map(|r| (r.name.to_ascii_lowercase(), r.id))
            .collect(),
    };
    let mut done = 0;
    // Consecutive changes of a kind that `together` names are made together: a backend may
    // send each run at once. The plan puts each kind of change together.
    for run in plan.changes.chunk_by(|a, b| together(a) == together(b)) {
        match together(&run[0]) {
            Some(Together::Grants) => {
                let grants = run
                    .iter()
                    .filter_map(|change| match change {
                        Change::Grant { to, permission } => Some((to, permission)),
                        _ => None,
                    })
                    .map(|(to, permission)| Ok((ids.principal(to)?, permission)))
                    .collect::<Result<Vec<_>>>()?;
                grants::grant_all(tx, &grants)?;
            }
            Some(Together::Users) => create_users(tx, hashes, run, &mut ids)?,
            Some(Together::Roles) => create_roles(tx, run, &mut ids)?,
            Some(Together::Items) => {
                let items = run
                    .iter()
                    .filter_map(|change| match change {
                        Change::CreateItem { target, owner } => Some((target, owner)),
                        _ => None,
                    })
                    .map(|(target, owner)| Ok((target, ids.user(owner)?)))
                    .collect::<Result<Vec<_>>>()?;
                items::create_all(tx, &items)?;
            }
            Some(Together::Memberships) => {
                let members = run
                    .iter()
                    .filter_map(|change| match change {
                        Change::Join { user, role } => Some((user, role)),
                        _ => None,
                    })
                    .map(|(user, role)| Ok((ids.role(role)?, ids.user(user)?)))
                    .collect::<Result<Vec<_>>>()?;
                roles::add_members(tx, &members)?;
            }
            None => {
                for change in run {
                    make(tx, hashes, change, &mut ids)?;
                }
            }
        }
        done += run.len();
        progress(done);
    }
    // A backstop: the plan refuses this already, located.
    guard.check(tx).map_err(|e| {
        e.with_hint("nothing was changed; keep an enabled user in a superuser role")
    })?;
    let summary = plan.summary();
    tx.record(
        "manifest.apply",
        file,
        serde_json::json!({
            "created": summary.create,
            "changed": summary.change,
            "removed": summary.remove,
        }),
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Together {
    Users,
    Roles,
    Items,
    Grants,
    Memberships,
}

/// Which changes are made together with their like neighbours.
fn together(change: &Change) -> Option<Together> {
    match change {
        Change::CreateUser { .. } => Some(Together::Users),
        Change::CreateRole { .. } => Some(Together::Roles),
        Change::CreateItem { .. } => Some(Together::Items),
        Change::Grant { .. } => Some(Together::Grants),
        Change::Join { .. } => Some(Together::Memberships),
        _ => None,
    }
}

/// Creates the users of a run of `CreateUser` changes at once.
fn create_users(tx: &Tx<'_>, hashes: &Hashes, run: &[Change], ids: &mut Ids) -> Result<()> {
    let mut new = Vec::with_capacity(run.len());
    let mut private = Vec::new();
    for change in run {
        if let Change::CreateUser {
            name,
            full_name,
            email,
            enabled,
            sharing,
            password,
        } = change
        {
            new.push(NewUser {
                name: name.clone(),
                full_name: full_name.clone(),
                email: email.clone(),
                enabled: *enabled,
                password_hash: password.as_ref().map(|_| hashes.get(name)).transpose()?,
            });
            if !sharing {
                private.push(name);
            }
        }
    }
    let made = users::create_all(tx, &new)?;
    for (user, id) in new.iter().zip(made) {
        ids.users
            .insert(user.name.as_str().to_ascii_lowercase(), id);
    }
    let changes = Changes {
        sharing: Some(false),
        ..Changes::default()
    };
    for name in private {
        users::update(tx, &users::get(tx, name)?, &changes)?;
    }
    Ok(())
}

/// Creates the roles of a run of `CreateRole` changes at once.
fn create_roles(tx: &Tx<'_>, run: &[Change], ids: &mut Ids) -> Result<()> {
    let new: Vec<NewRole<'_>> = run
        .iter()
        .filter_map(|change| match change {
            Change::CreateRole {
                name,
                description,
                superuser,
            } => Some(NewRole {
                name,
                description,
                superuser: *superuser,
                builtin: false,
            }),
            _ => None,
        })
        .collect();
    let made = roles::create_all(tx, &new)?;
    for (role, id) in new.iter().zip(made) {
        ids.roles
            .insert(role.name.as_str().to_ascii_lowercase(), id);
    }
    Ok(())
}

/// Ids of users and roles by lower-cased name, including those created by this apply.
struct Ids {
    users: FxHashMap<String, UserId>,
    roles: FxHashMap<String, RoleId>,
}

impl Ids {
    fn user(&self, name: &str) -> Result<UserId> {
        (self.users.get(&name.to_ascii_lowercase()).copied()).ok_or_else(|| users::not_found(name))
    }

    fn role(&self, name: &str) -> Result<RoleId> {
        (self.roles.get(&name.to_ascii_lowercase()).copied())
            .ok_or_else(|| Error::not_found(format!("no role `{name}`")))
    }

    fn principal(&self, holder: &Holder) -> Result<Principal> {
        Ok(match holder {
            Holder::User(name) => Principal::User(self.user(name)?),
            Holder::Role(name) => Principal::Role(self.role(name)?),
        })
    }
}

/// A user the plan names as text.
fn user(tx: &Tx<'_>, name: &str) -> Result<users::User> {
    users::get(tx, &Name::parse("user", name)?)
}

fn make(tx: &Tx<'_>, hashes: &Hashes, change: &Change, ids: &mut Ids) -> Result<()> {
    match change {
        Change::Setting {
            key,
            to: Some(value),
            ..
        } => settings::set(tx, key, value),
        Change::Setting { key, to: None, .. } => settings::unset(tx, key).map(drop),
        Change::UpdateRole {
            name,
            description,
            superuser,
            ..
        } => {
            let role = roles::get(tx, &Name::parse("role", name)?)?;
            roles::update(tx, &role, description.as_deref(), *superuser)
        }
        // Made together, by `create_users`, `create_roles` and `items::create_all`.
        Change::CreateUser { .. } => create_users(tx, hashes, std::slice::from_ref(change), ids),
        Change::CreateRole { .. } => create_roles(tx, std::slice::from_ref(change), ids),
        Change::UpdateUser { name, changes, .. } => users::update(tx, &user(tx, name)?, changes),
        Change::CreateItem { target, owner } => {
            items::create_all(tx, &[(target, ids.user(owner)?)]).map(drop)
        }
        Change::Chown { target, to, .. } => {
            items::chown(tx, &items::get(tx, target)?, &user(tx, to)?)
        }
        Change::Join { user, role } => {
            roles::add_member(tx, ids.role(role)?, ids.user(user)?).map(drop)
        }
        Change::Leave { user, role } => {
            roles::remove_member(tx, ids.role(role)?, ids.user(user)?).map(drop)
        }
        Change::Grant { to, permission } => {
            grants::grant(tx, ids.principal(to)?, permission).map(drop)
        }
        Change::Revoke { from, permission } => {
            grants::revoke(tx, ids.principal(from)?, permission).map(drop)
        }
        Change::RemoveItem { target } => items::remove(tx, &items::get(tx, target)?),
        Change::RemoveUser { name } => users::remove(tx, &user(tx, name)?, None),
        Change::RemoveRole { name } => {
            roles::remove(tx, &roles::get(tx, &Name::parse("role", name)?)?)
        }
    }
}
