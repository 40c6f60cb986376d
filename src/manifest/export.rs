//! Writes the store's state as a manifest: sorted, so two exports of the same state are
//! the same bytes, and complete enough that applying it (with `--prune` where the target
//! store has more) reproduces every user, role, member, grant, item, owner and setting.
//! Never hashes, tokens or secrets: the state read holds none.

use std::collections::BTreeMap;

use serde::Serialize;

use super::state::State;
use crate::error::{Error, Result};
use crate::settings::{self, Kind};

#[derive(Serialize)]
struct Document<'a> {
    /// Every section is written, empty or not: `--prune` removes within those a file has.
    settings: BTreeMap<&'a str, toml::Value>,
    roles: BTreeMap<&'a str, Role>,
    users: BTreeMap<&'a str, User>,
    items: BTreeMap<String, Item<'a>>,
}

/// Every field is written but empty text, so an apply onto a store whose records differ
/// sets them all; empty lists are left out, as a missing list is an empty one.
#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct User {
    #[serde(skip_serializing_if = "String::is_empty")]
    full_name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    email: String,
    enabled: bool,
    sharing: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    roles: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    permissions: Vec<String>,
}

#[derive(Serialize)]
struct Role {
    #[serde(skip_serializing_if = "String::is_empty")]
    description: String,
    superuser: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    permissions: Vec<String>,
}

#[derive(Serialize)]
struct Item<'a> {
    owner: &'a str,
}

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}

/// The state as manifest text.
pub fn export(state: &State) -> Result<String> {
    let mut settings = BTreeMap::new();
    for (key, value) in &state.settings {
        let Ok(known) = settings::key(key) else {
            continue;
        };
        // Numbers as TOML numbers, as a person would write them; the rest as text.
        let typed = match (known.kind, value.parse::<i64>()) {
            (Kind::Integer { .. }, Ok(n)) => toml::Value::Integer(n),
            _ => toml::Value::String(value.clone()),
        };
        settings.insert(known.name, typed);
    }
    let roles = (state.roles.iter())
        .map(|r| {
            let role = Role {
                description: r.description.clone(),
                superuser: r.superuser,
                permissions: sorted(r.grants.iter().map(ToString::to_string).collect()),
            };
            (r.name.as_str(), role)
        })
        .collect();
    // Directory users come back from their directory (`directory import`), not a file.
    let users = (state.users.iter().filter(|u| u.local))
        .map(|u| {
            let roles = (u.roles.iter())
                .filter_map(|id| state.role_by_id(*id))
                .map(|r| r.name.clone())
                .collect();
            let user = User {
                full_name: u.full_name.clone(),
                email: u.email.clone(),
                enabled: u.enabled,
                sharing: u.sharing,
                roles: sorted(roles),
                permissions: sorted(u.grants.iter().map(ToString::to_string).collect()),
            };
            (u.name.as_str(), user)
        })
        .collect();
    let items = (state.items.iter())
        .filter_map(|i| {
            let owner = state.user_by_id(i.owner)?.name.as_str();
            Some((i.target.to_string(), Item { owner }))
        })
        .collect();
    let document = Document {
        settings,
        roles,
        users,
        items,
    };
    toml::to_string_pretty(&document)
        .map_err(|e| Error::invalid(format!("cannot write the manifest: {e}")))
}
