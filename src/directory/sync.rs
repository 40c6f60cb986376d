//! `directory import` and `directory sync`: the directory is read first, outside the
//! store's write lock, then its users, groups and memberships are applied in one audited
//! transaction. Users gone from the directory are disabled, never deleted; the directory
//! decides who, among its own users, belongs to the roles its groups are given.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use ldap3::SearchEntry;
use serde::Serialize;

use super::client::{self, Client, all_users_filter, first, values};
use super::{filter, name};
use crate::authorize::{authorize, disabling};
use crate::engine::{RoleId, UserId};
use crate::error::{Error, Result};
use crate::identity::Actor;
use crate::model::{Name, text};
use crate::store::directories::{self, Directory};
use crate::store::roles::{self, NewRole, SuperuserGuard};
use crate::store::users::{self, Changes, NewUser, User};
use crate::store::{Store, Tx};

/// Attributes of a group that name its members: DNs (`member`, `uniqueMember`) or user
/// names (`memberUid`, of posixGroup).
const MEMBER_DN_ATTRS: [&str; 2] = ["member", "uniqueMember"];
const MEMBER_UID_ATTR: &str = "memberUid";

/// A user as the directory has it.
#[derive(Debug)]
struct Entry {
    name: Name,
    email: String,
    full_name: String,
}

/// A group as the directory has it, with the members among the users read.
#[derive(Debug)]
struct Group {
    name: String,
    members: BTreeSet<String>,
}

/// What was read from the directory.
struct Snapshot {
    /// Entries the user search found, taken over or not.
    found: usize,
    users: Vec<Entry>,
    /// The lower-case names of every user the user filter finds, whatever the import's
    /// filter: the users still in the directory.
    everyone: BTreeSet<String>,
    /// Those of `everyone` the import's filter leaves out: neither read nor touched.
    outside: BTreeSet<String>,
    /// `None` when the directory has no group base.
    groups: Option<Vec<Group>>,
    skipped: Vec<Skipped>,
}

/// Something in the directory that was not taken over, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    /// The entry's DN, user name or group name.
    pub entry: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Membership {
    pub user: String,
    pub role: String,
}

/// What an import or sync changed.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub directory: String,
    /// Entries the user search found (within the import's filter).
    pub users_found: usize,
    pub users_created: Vec<String>,
    /// Email or full name changed to follow the directory.
    pub users_updated: Vec<String>,
    /// Users gone from the directory: disabled, not deleted.
    pub users_disabled: Vec<String>,
    pub roles_created: Vec<String>,
    pub members_added: Vec<Membership>,
    pub members_removed: Vec<Membership>,
    /// Mapped groups the directory no longer has.
    pub groups_missing: Vec<String>,
    pub skipped: Vec<Skipped>,
}

/// What an import or sync may do that it refuses by default.
#[derive(Debug, Clone, Copy, Default)]
pub struct Allow {
    /// Leave no enabled user with a superuser role.
    pub no_superuser: bool,
    /// Disable every user of the directory when it lists none (else a lost read access
    /// or a wrong base would disable them all).
    pub empty: bool,
}

/// What to read: the import's options, which `sync` repeats.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scope<'a> {
    /// An LDAP filter narrowing the users read.
    pub filter: Option<&'a str>,
    /// Make roles of groups that have none.
    pub groups: bool,
}

/// `directory import` (with a scope) and `directory sync` (without: the scope of the
/// last import). Users, narrowed by the scope's filter, become users with the
/// directory as their source; with `groups`, groups without a role become roles.
pub fn import(
    store: &mut Store,
    actor: &Actor,
    key_file: &Path,
    raw: &str,
    scope: Option<Scope<'_>>,
    allow: Allow,
    now: i64,
) -> Result<Report> {
    let directory = directories::get(store.read(), name(raw)?.as_str())?;
    let scope = match scope {
        Some(scope) => scope,
        None => Scope {
            filter: directory.import_filter.as_deref(),
            groups: directory.import_groups,
        },
    };
    if let Some(extra) = scope.filter {
        filter("users filter", extra)?;
    }
    run(store, actor, key_file, &directory, &scope, allow, now)
}

fn run(
    store: &mut Store,
    actor: &Actor,
    key_file: &Path,
    directory: &Directory,
    scope: &Scope<'_>,
    allow: Allow,
    now: i64,
) -> Result<Report> {
    let mut client = client::connect(store, actor, key_file, directory)?;
    let snapshot = read(&mut client, directory, scope.filter)?;
    drop(client);
    store.write(actor, |tx| {
        let guard = SuperuserGuard::capture(tx)?;
        // Read again under the lock: the directory may have changed meanwhile.
        let directory = directories::get(tx, directory.name())?;
        let report = apply(tx, &directory, snapshot, scope.groups, allow.empty)?;
        tx.set_import(directory.id, scope.filter, scope.groups)?;
        tx.mark_synced(directory.id, now)?;
        tx.record(
            "directory.sync",
            directory.name(),
            serde_json::json!({
                "users_found": report.users_found,
                "users_created": report.users_created.len(),
                "users_updated": report.users_updated.len(),
                "users_disabled": report.users_disabled.len(),
                "roles_created": report.roles_created.len(),
                "members_added": report.members_added.len(),
                "members_removed": report.members_removed.len(),
                "skipped": report.skipped.len(),
            }),
        )?;
        guard.verify(tx, allow.no_superuser)?;
        Ok(report)
    })
}

/// A DN in a form that compares equal however the directory spelled it.
fn dn_key(dn: &str) -> String {
    dn.split(',')
        .map(|rdn| rdn.split('=').map(str::trim).collect::<Vec<_>>().join("="))
        .collect::<Vec<_>>()
        .join(",")
        .to_lowercase()
}

/// The name an entry has in `attr`; an entry without one is skipped.
fn named<'a>(entry: &'a SearchEntry, attr: &str, skipped: &mut Vec<Skipped>) -> Option<&'a str> {
    let name = first(entry, attr);
    if name.is_none() {
        skipped.push(Skipped {
            entry: entry.dn.clone(),
            reason: format!("no `{attr}` attribute"),
        });
    }
    name
}

/// The lower-case user names of `entries`.
fn lower_names(entries: &[SearchEntry], attr: &str) -> BTreeSet<String> {
    entries
        .iter()
        .filter_map(|e| first(e, attr))
        .map(str::to_lowercase)
        .collect()
}

fn read(client: &mut Client, directory: &Directory, extra: Option<&str>) -> Result<Snapshot> {
    let config = &directory.config;
    let found = client.search(
        &config.user_base,
        &all_users_filter(&config.user_filter, extra),
        &[
            config.username_attr.as_str(),
            config.email_attr.as_str(),
            config.full_name_attr.as_str(),
        ],
    )?;
    let mut skipped = Vec::new();
    let mut users = Vec::new();
    // The users read, by DN and by lower-case name, for resolving group members.
    let mut by_dn = HashMap::new();
    let mut names = HashMap::new();
    for entry in &found {
        let Some(raw) = named(entry, &config.username_attr, &mut skipped) else {
            continue;
        };
        let name = match Name::parse("user", raw) {
            Ok(name) => name,
            Err(e) => {
                skipped.push(Skipped {
                    entry: raw.to_string(),
                    reason: e.message().to_string(),
                });
                continue;
            }
        };
        if names.contains_key(&raw.to_lowercase()) {
            skipped.push(Skipped {
                entry: entry.dn.clone(),
                reason: format!("another entry has the user name `{raw}`"),
            });
            continue;
        }
        by_dn.insert(dn_key(&entry.dn), name.as_str().to_string());
        names.insert(raw.to_lowercase(), name.as_str().to_string());
        users.push(Entry {
            name,
            email: first(entry, &config.email_attr)
                .unwrap_or_default()
                .to_string(),
            full_name: kept_full_name(first(entry, &config.full_name_attr).unwrap_or_default()),
        });
    }
    let groups = match &config.group_base {
        None => None,
        Some(base) => {
            let mut attrs = vec![config.group_attr.as_str(), MEMBER_UID_ATTR];
            attrs.extend(MEMBER_DN_ATTRS);
            let entries = client.search(base, &config.group_filter, &attrs)?;
            let mut groups = Vec::new();
            for entry in &entries {
                let Some(group) = named(entry, &config.group_attr, &mut skipped) else {
                    continue;
                };
                let by_member_dn = MEMBER_DN_ATTRS
                    .iter()
                    .flat_map(|attr| values(entry, attr))
                    .filter_map(|dn| by_dn.get(&dn_key(dn)));
                let by_uid = values(entry, MEMBER_UID_ATTR)
                    .iter()
                    .filter_map(|uid| names.get(&uid.to_lowercase()));
                groups.push(Group {
                    name: group.to_string(),
                    members: by_member_dn.chain(by_uid).cloned().collect(),
                });
            }
            Some(groups)
        }
    };
    let read = lower_names(&found, &config.username_attr);
    // Narrowed by the import's filter, the search cannot tell who left the directory:
    // only names are asked of the whole user filter.
    let everyone = match extra {
        None => read.clone(),
        Some(_) => lower_names(
            &client.search(
                &config.user_base,
                &all_users_filter(&config.user_filter, None),
                &[config.username_attr.as_str()],
            )?,
            &config.username_attr,
        ),
    };
    Ok(Snapshot {
        found: found.len(),
        users,
        outside: everyone.difference(&read).cloned().collect(),
        everyone,
        groups,
        skipped,
    })
}

fn apply(
    tx: &Tx<'_>,
    directory: &Directory,
    snapshot: Snapshot,
    make_roles: bool,
    allow_empty: bool,
) -> Result<Report> {
    let source = directory.name();
    let enabled = tx
        .users_from_source(source, None)?
        .iter()
        .filter(|u| u.enabled)
        .count();
    if snapshot.everyone.is_empty() && enabled > 0 && !allow_empty {
        return Err(Error::conflict(format!(
            "directory `{source}` lists no users, but {enabled} enabled users here come from it: nothing was changed"
        ))
        .with_hint(format!(
            "check the user base, the user filter and the service account's read access (`flowsec directory test {source}`); if the directory really has no users, run again with --allow-empty to disable them"
        )));
    }
    let mut report = Report {
        directory: source.to_string(),
        users_found: snapshot.found,
        skipped: snapshot.skipped,
        ..Report::default()
    };
    // Users: create the new, follow changed details, disable the gone.
    for entry in &snapshot.users {
        match tx.find_user(entry.name.as_str())? {
            None => {
                let new = NewUser {
                    name: entry.name.clone(),
                    full_name: entry.full_name.clone(),
                    email: valid_email(&entry.email),
                    enabled: true,
                    password_hash: None,
                };
                users::create_from_directory(tx, &new, source)?;
                report.users_created.push(entry.name.to_string());
            }
            Some(user) if user.source == source => {
                let email = valid_email(&entry.email);
                let changes = Changes {
                    email: (user.email != email).then_some(email),
                    full_name: (user.full_name != entry.full_name).then(|| entry.full_name.clone()),
                    ..Changes::default()
                };
                if changes.email.is_some() || changes.full_name.is_some() {
                    users::update(tx, &user, &changes)?;
                    report.users_updated.push(user.name.clone());
                }
            }
            Some(user) => {
                report.skipped.push(Skipped {
                    entry: entry.name.to_string(),
                    reason: format!(
                        "user `{}` exists already, from `{}`; it is left as it is",
                        user.name, user.source
                    ),
                });
            }
        }
    }
    let ours = tx.users_from_source(source, None)?;
    report.users_disabled = disable(
        tx,
        ours.iter()
            .filter(|u| u.enabled && !snapshot.everyone.contains(&u.name.to_lowercase())),
    )?;
    let Some(groups) = snapshot.groups else {
        return Ok(report);
    };
    // Groups: mapped ones keep their role; with `make_roles`, others become roles.
    let mut mapped: HashMap<String, (RoleId, String)> = tx
        .mappings(directory.id)?
        .into_iter()
        .map(|m| (m.group.to_lowercase(), (m.role_id, m.role)))
        .collect();
    if make_roles {
        for group in &groups {
            if mapped.contains_key(&group.name.to_lowercase()) {
                continue;
            }
            match role_for(tx, directory, &group.name)? {
                Ok(role) => {
                    report.roles_created.push(role.1.clone());
                    mapped.insert(group.name.to_lowercase(), role);
                }
                Err(reason) => report.skipped.push(Skipped {
                    entry: group.name.clone(),
                    reason,
                }),
            }
        }
    }
    // Memberships: in each role its groups have, the directory's users are exactly the
    // members of those groups. Local users, other directories' users and those the
    // import's filter leaves out are left alone.
    let outside = |user: &User| snapshot.outside.contains(&user.name.to_lowercase());
    let ids: HashMap<String, UserId> = ours
        .iter()
        .filter(|u| !outside(u))
        .map(|u| (u.name.to_lowercase(), u.id))
        .collect();
    let names: HashMap<UserId, &str> = ours.iter().map(|u| (u.id, u.name.as_str())).collect();
    let mut wanted: BTreeMap<RoleId, (String, BTreeSet<UserId>)> = mapped
        .values()
        .map(|(id, role)| (*id, (role.clone(), BTreeSet::new())))
        .collect();
    let found: BTreeSet<String> = groups.iter().map(|g| g.name.to_lowercase()).collect();
    report.groups_missing = tx
        .mappings(directory.id)?
        .into_iter()
        .filter(|m| !found.contains(&m.group.to_lowercase()))
        .map(|m| m.group)
        .collect();
    for group in &groups {
        let Some((role_id, _)) = mapped.get(&group.name.to_lowercase()) else {
            continue;
        };
        if let Some((_, members)) = wanted.get_mut(role_id) {
            members.extend(
                group
                    .members
                    .iter()
                    .filter_map(|m| ids.get(&m.to_lowercase())),
            );
        }
    }
    for (role_id, (role, members)) in &wanted {
        report
            .members_removed
            .extend(withdraw(tx, source, *role_id, role, |u| {
                members.contains(&u.id) || outside(u)
            })?);
        for id in members {
            if roles::add_member(tx, *role_id, *id)? {
                report.members_added.push(Membership {
                    user: names.get(id).copied().unwrap_or_default().to_string(),
                    role: role.clone(),
                });
            }
        }
    }
    report.members_added.sort();
    report.members_removed.sort();
    Ok(report)
}

/// A new role for a group, mapped to it; or why the group cannot have one.
fn role_for(
    tx: &Tx<'_>,
    directory: &Directory,
    group: &str,
) -> Result<std::result::Result<(RoleId, String), String>> {
    let Ok(name) = Name::parse("role", group) else {
        return Ok(Err(format!(
            "`{group}` is not a role name: give the group a role with `flowsec directory map {} '{group}' ROLE`",
            directory.name()
        )));
    };
    // Taking over an existing role would let a directory group named `fmesuperuser`
    // make its members superusers: that needs an explicit `map`.
    if let Some(role) = tx.find_role(name.as_str())? {
        return Ok(Err(format!(
            "role `{}` exists already: give it to the group with `flowsec directory map {} {group} {}`",
            role.name,
            directory.name(),
            role.name
        )));
    }
    let description = format!(
        "members of group `{group}` of directory `{}`",
        directory.name()
    );
    let id = roles::create(
        tx,
        &NewRole {
            name: &name,
            description: &description,
            superuser: false,
            builtin: false,
        },
    )?;
    directories::map(tx, directory, group, id)?;
    Ok(Ok((id, name.as_str().to_string())))
}

/// Takes `role` from the users of directory `source` who hold it, but those to `keep`.
pub(super) fn withdraw(
    tx: &Tx<'_>,
    source: &str,
    role_id: RoleId,
    role: &str,
    keep: impl Fn(&User) -> bool,
) -> Result<Vec<Membership>> {
    let mut removed = Vec::new();
    for user in tx.users_from_source(source, Some(role_id))? {
        if !keep(&user) && roles::remove_member(tx, role_id, user.id)? {
            removed.push(Membership {
                user: user.name,
                role: role.to_string(),
            });
        }
    }
    Ok(removed)
}

/// Disables directory users (gone from the directory, or the directory removed) if the
/// actor has power over every one given, disabled ones included (they keep their
/// roles); the names of those it disabled.
pub(super) fn disable<'u>(
    tx: &Tx<'_>,
    gone: impl Iterator<Item = &'u User> + Clone,
) -> Result<Vec<String>> {
    authorize(
        tx,
        tx.actor(),
        &disabling(gone.clone().map(|u| u.name.as_str()))?,
    )?;
    let mut names = Vec::new();
    for user in gone.filter(|u| u.enabled) {
        let off = Changes {
            enabled: Some(false),
            ..Changes::default()
        };
        users::update(tx, user, &off)?;
        names.push(user.name.clone());
    }
    Ok(names)
}

/// The directory's email address when flowsec accepts it, else none.
/// A directory's full name as kept here: one printable line (anything else escaped),
/// of a bounded length, so one odd entry neither stops an import nor reaches a terminal.
fn kept_full_name(raw: &str) -> String {
    text::printable(raw)
        .chars()
        .take(text::FULL_NAME_MAX)
        .collect()
}

fn valid_email(email: &str) -> String {
    if users::is_email(email) {
        email.to_string()
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_compare_whatever_their_spacing_and_case() {
        assert_eq!(
            dn_key("uid=Alice, ou=People,dc=Example,dc=org"),
            dn_key("UID=alice,ou=people, dc=example, dc=ORG")
        );
        assert_ne!(dn_key("uid=alice,ou=people"), dn_key("uid=alice,ou=staff"));
    }
}
