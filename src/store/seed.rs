//! The defaults `init` puts in a new store (model.md "Defaults created by init").

use super::grants::{self, Principal};
use super::roles::{self, NewRole};
use super::users::{self, NewUser};
use super::{Seed, Tx};
use crate::error::Result;
use crate::model::{Category, DefaultRole, Name, Permission, Target};

/// The built-in users: name, enabled at init, and roles.
const USERS: &[(&str, bool, &[DefaultRole])] = &[
    (
        users::ADMIN,
        true,
        &[DefaultRole::Admin, DefaultRole::Superuser],
    ),
    ("author", false, &[DefaultRole::Author]),
    ("user", false, &[DefaultRole::User]),
    ("guest", false, &[DefaultRole::Guest]),
];

pub fn defaults(tx: &Tx<'_>, seed: &Seed) -> Result<()> {
    let mut role_ids = Vec::new();
    for role in DefaultRole::ALL {
        let id = roles::create(
            tx,
            &NewRole {
                name: &Name::parse("role", role.name())?,
                description: role.description(),
                superuser: role == DefaultRole::Superuser,
                builtin: true,
            },
        )?;
        role_ids.push((role, id));
    }
    let role_id = |role: DefaultRole| role_ids.iter().find(|(r, _)| *r == role).map(|(_, id)| *id);

    for category in Category::all() {
        let target = Target {
            category,
            item: None,
        };
        for (permission, def) in Permission::all_at(&target).zip(category.def().general) {
            for role in def.defaults.iter().filter_map(|r| role_id(*r)) {
                grants::grant(tx, Principal::Role(role), &permission)?;
            }
        }
    }

    for (name, enabled, member_of) in USERS {
        let is_admin = *name == users::ADMIN;
        let id = users::create(
            tx,
            &NewUser {
                name: Name::parse("user", name)?,
                full_name: String::new(),
                email: String::new(),
                enabled: *enabled,
                password_hash: if is_admin {
                    seed.admin_password_hash.clone()
                } else {
                    None
                },
            },
        )?;
        for role in member_of.iter().filter_map(|r| role_id(*r)) {
            roles::add_member(tx, role, id)?;
        }
    }
    Ok(())
}
