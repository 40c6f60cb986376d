//! Directory servers (LDAP, Active Directory): their configuration, importing and
//! synchronizing their users and groups, and checking a directory user's password by
//! binding as that user. Passwords of directory users stay in the directory.

mod client;
mod sync;

use std::path::Path;

use serde::Serialize;
use zeroize::Zeroizing;

use crate::authorize::{Requirement, authorize};
use crate::error::{Error, ErrorKind, Result};
use crate::identity::Actor;
use crate::model::Name;
use crate::store::Read;
use crate::store::directories::{self, Directory};
use crate::store::roles::{self, SuperuserGuard};
use crate::store::{Store, Tx, secrets, users};

pub use client::{Probe, Verdict, authenticate, probe};
pub use sync::{Allow, Membership, Report, Scope, Skipped, import};

/// The longest directory name: its bind password's secret name must stay a valid name.
const NAME_MAX: usize = 40;
/// Where the placeholder for the user name goes in a user filter.
pub const USERNAME: &str = "{username}";

pub const DEFAULT_USER_FILTER: &str = "(uid={username})";
pub const DEFAULT_USERNAME_ATTR: &str = "uid";
pub const DEFAULT_EMAIL_ATTR: &str = "mail";
pub const DEFAULT_FULL_NAME_ATTR: &str = "cn";
pub const DEFAULT_GROUP_FILTER: &str = "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup)(objectClass=group))";
pub const DEFAULT_GROUP_ATTR: &str = "cn";

pub use crate::store::directories::Config;

impl Config {
    /// Checks every field, so that a stored configuration can at least be tried.
    pub fn validate(&self) -> Result<()> {
        name(&self.name)?;
        let url = url::Url::parse(&self.url)
            .map_err(|e| Error::invalid(format!("`{}` is not a URL: {e}", self.url)))?;
        let tls = match url.scheme() {
            "ldap" => false,
            "ldaps" => true,
            other => {
                return Err(Error::invalid(format!(
                    "`{other}` is not a directory URL scheme: use ldap:// or ldaps://"
                )));
            }
        };
        if url.host_str().is_none_or(str::is_empty) {
            return Err(Error::invalid(format!("`{}` names no host", self.url)));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Error::invalid("a directory URL may not carry credentials")
                .with_hint("give the bind password with --bind-password-stdin or the prompt"));
        }
        if !matches!(url.path(), "" | "/") || url.query().is_some() || url.fragment().is_some() {
            return Err(Error::invalid(format!(
                "`{}`: give only the scheme, host and port",
                self.url
            )));
        }
        if tls && self.starttls {
            return Err(Error::invalid(
                "--starttls upgrades an ldap:// connection; ldaps:// is TLS already",
            ));
        }
        for (what, dn) in [
            ("bind DN", Some(&self.bind_dn)),
            ("user base", Some(&self.user_base)),
            ("group base", self.group_base.as_ref()),
        ] {
            if let Some(dn) = dn {
                text(what, dn)?;
            }
        }
        if !self.user_filter.contains(USERNAME) {
            return Err(Error::invalid(format!(
                "the user filter `{}` has no `{USERNAME}`",
                self.user_filter
            ))
            .with_hint("e.g. '(uid={username})' or '(sAMAccountName={username})'"));
        }
        filter(
            "user filter",
            &client::all_users_filter(&self.user_filter, None),
        )?;
        filter("group filter", &self.group_filter)?;
        for (what, attr) in [
            ("user name attribute", &self.username_attr),
            ("email attribute", &self.email_attr),
            ("full name attribute", &self.full_name_attr),
            ("group attribute", &self.group_attr),
        ] {
            attribute(what, attr)?;
        }
        Ok(())
    }

    /// Whether passwords (the service account's, log-ins') cross the network in clear.
    pub fn cleartext(&self) -> bool {
        self.url.starts_with("ldap://") && !self.starttls
    }
}

/// Parses a directory name: a name that is also a user's source, so never `local`.
/// Lower-cased, since names compare case-insensitively but sources exactly: `Corp`
/// and `corp` are one directory, whose users have one source.
pub fn name(raw: &str) -> Result<Name> {
    let name = Name::parse("directory", &raw.to_ascii_lowercase())?;
    if raw.len() > NAME_MAX {
        return Err(Error::invalid(format!(
            "directory name `{raw}` is longer than {NAME_MAX} characters"
        )));
    }
    if raw.eq_ignore_ascii_case(users::LOCAL) {
        return Err(Error::invalid(
            "`local` names the users kept here; choose another directory name",
        ));
    }
    Ok(name)
}

fn text(what: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid(format!("the {what} is empty")));
    }
    crate::model::text::check(&format_args!("the {what}"), value, TEXT_MAX)
}

/// The longest DN, filter or group name, in characters.
const TEXT_MAX: usize = 1024;

/// Checks a search filter the way the directory client will send it.
pub fn filter(what: &str, raw: &str) -> Result<()> {
    ldap3::parse_filter(raw)
        .map(|_| ())
        .map_err(|()| Error::invalid(format!("the {what} `{raw}` is not an LDAP filter")))
}

/// An attribute description: a name (`mail`, `sAMAccountName`) or an OID.
fn attribute(what: &str, raw: &str) -> Result<()> {
    let named = raw.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let oid = !raw.is_empty()
        && raw
            .split('.')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()));
    if named || oid {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "the {what} `{raw}` is not an attribute name"
        )))
    }
}

/// The system secret holding a directory's bind password.
fn bind_secret(directory: &str) -> String {
    format!("directory.{directory}.bind-password")
}

/// The service account's password, decrypted with the key file.
fn bind_password(
    r: &dyn Read,
    key_file: &Path,
    directory: &Directory,
) -> Result<Zeroizing<String>> {
    secrets::get_system(r, key_file, &bind_secret(directory.name()))?.ok_or_else(|| {
        Error::new(
            ErrorKind::Crypto,
            format!("directory `{}` has no bind password", directory.name()),
        )
        .with_hint("remove the directory and add it again")
    })
}

/// `directory add`: stores the configuration (its name lower-cased) and the bind
/// password, encrypted; returns the configuration stored. Everything that can be
/// refused is checked before `bind_password` is asked. Nothing contacts the directory
/// (`directory test` does).
pub fn add(
    store: &mut Store,
    actor: &Actor,
    key_file: &Path,
    mut config: Config,
    bind_password: impl FnOnce(&Config) -> Result<Zeroizing<String>>,
) -> Result<Config> {
    config.name = name(&config.name)?.to_string();
    config.validate()?;
    directories::ensure_new(store.read(), &config.name)?;
    let password = bind_password(&config)?;
    if password.is_empty() {
        return Err(Error::invalid("the bind password is empty"));
    }
    store.write(actor, |tx| {
        directories::insert(tx, &config)?;
        secrets::set_system(tx, key_file, &bind_secret(&config.name), &password)
    })?;
    Ok(config)
}

/// What `directory remove` did.
#[derive(Debug, Serialize)]
pub struct Removed {
    pub directory: String,
    /// Its users, now disabled: they can no longer log in, but keep their items.
    pub users_disabled: Vec<String>,
}

/// `directory remove`: forgets the directory, its group mappings and bind password, and
/// disables its users (kept, with what they own and hold).
pub fn remove(
    store: &mut Store,
    actor: &Actor,
    raw: &str,
    allow_no_superuser: bool,
) -> Result<Removed> {
    store.write(actor, |tx| {
        let guard = SuperuserGuard::capture(tx)?;
        let directory = directories::get(tx, name(raw)?.as_str())?;
        let ours = tx.users_from_source(directory.name(), None)?;
        // Its users stay, disabled, with their roles, and a directory added again under
        // this name would log them in: removing it is acting on every one of them.
        let disabled = sync::disable(tx, ours.iter())?;
        directories::remove(tx, &directory)?;
        secrets::remove_system(tx, &bind_secret(directory.name()))?;
        tx.record(
            "directory.remove",
            directory.name(),
            serde_json::json!({"users_disabled": disabled.len()}),
        )?;
        guard.verify(tx, allow_no_superuser)?;
        Ok(Removed {
            directory: directory.config.name,
            users_disabled: disabled,
        })
    })
}

/// `directory map`: the members of `group` become members of `role` at the next import
/// or sync (and leave it when they leave the group).
pub fn map(tx: &Tx<'_>, raw: &str, group: &str, role: &Name) -> Result<directories::Mapping> {
    let directory = directories::get(tx, name(raw)?.as_str())?;
    if directory.config.group_base.is_none() {
        return Err(Error::invalid(format!(
            "directory `{}` has no group base, so its groups are not read",
            directory.name()
        )));
    }
    text("group name", group)?;
    let role = roles::get(tx, role)?;
    if let Some(current) = directories::mapping(tx, directory.id, group)? {
        if current.role_id == role.id {
            return Ok(current);
        }
        // Replacing would leave the old role's memberships behind: `unmap` takes them,
        // with its own requirement (the old role).
        return Err(Error::conflict(format!(
            "group `{}` of directory `{}` has role `{}` already",
            current.group,
            directory.name(),
            current.role
        ))
        .with_hint(format!(
            "take it away first (with the memberships it gave): flowsec directory unmap {} '{}'",
            directory.name(),
            current.group
        )));
    }
    directories::map(tx, &directory, group, role.id)?;
    tx.record(
        "directory.map",
        directory.name(),
        serde_json::json!({"group": group, "role": role.name}),
    )?;
    Ok(directories::Mapping {
        group: group.to_string(),
        role: role.name,
        role_id: role.id,
    })
}

/// `directory unmap`: takes the role from `group`, and from the directory's users who
/// held it through that group alone. Taking a role needs what giving it needs.
pub fn unmap(
    tx: &Tx<'_>,
    raw: &str,
    group: &str,
    allow_no_superuser: bool,
) -> Result<Vec<Membership>> {
    let guard = SuperuserGuard::capture(tx)?;
    let directory = directories::get(tx, name(raw)?.as_str())?;
    let Some(mapping) = directories::mapping(tx, directory.id, group)? else {
        return Err(Error::not_found(format!(
            "group `{group}` of directory `{}` has no role",
            directory.name()
        )));
    };
    authorize(
        tx,
        tx.actor(),
        &Requirement::Role(Name::parse("role", &mapping.role)?),
    )?;
    directories::unmap(tx, &directory, &mapping.group)?;
    tx.record(
        "directory.unmap",
        directory.name(),
        serde_json::json!({"group": mapping.group, "role": mapping.role}),
    )?;
    let still_mapped = tx
        .mappings(directory.id)?
        .iter()
        .any(|m| m.role_id == mapping.role_id);
    let removed = if still_mapped {
        Vec::new()
    } else {
        sync::withdraw(tx, directory.name(), mapping.role_id, &mapping.role, |_| {
            false
        })?
    };
    guard.verify(tx, allow_no_superuser)?;
    Ok(removed)
}
