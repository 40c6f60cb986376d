//! `flowsec users`: create, list, show, update, passwd, unlock and remove users.

use clap::Subcommand;
use serde::Serialize;

use super::{Context, Status, role_name, secret, user_name};
use crate::error::{Error, Result};
use crate::model::{Name, Permission, Target};
use crate::output::{fields, list_cell, table, yes_no};
use crate::settings::Settings;
use crate::store::grants::Principal;
use crate::store::roles::{self, SuperuserGuard};
use crate::store::users::{self, Changes, ListFilter, NewUser, User};
use crate::store::{Store, now};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a user
    #[command(after_help = "Examples:
  flowsec users create alice --full-name 'Alice Example' --email alice@example.com --role fmeauthor
  printf '%s\\n' \"$PW\" | flowsec users create bob --password-stdin
  flowsec users create svc-ci --no-password --disabled")]
    Create(CreateArgs),
    /// List users
    #[command(after_help = "Examples:\n  flowsec users list --role fmeauthor --enabled")]
    List(ListArgs),
    /// Show a user's status, roles, direct grants and owned items
    Show {
        /// The user
        name: String,
    },
    /// Change a user's account, status or roles
    #[command(after_help = "Examples:
  flowsec users update author --enable --add-role analysts
  flowsec users update alice --sharing off --email alice@new.example.com
  flowsec users update alice --must-change-password")]
    Update(UpdateArgs),
    /// Set a user's password (prompt, or first line of stdin)
    #[command(
        after_help = "Examples:\n  printf '%s\\n' \"$PW\" | flowsec users passwd admin --password-stdin"
    )]
    Passwd {
        /// The user
        name: String,
        /// Read the password from the first line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// End a lockout after too many failed log-ins, and forget the failures
    #[command(after_help = "Examples:\n  flowsec users unlock alice")]
    Unlock {
        /// The user
        name: String,
    },
    /// Remove a user
    #[command(after_help = "Examples:\n  flowsec users remove alice --transfer-to bob")]
    Remove {
        /// The user
        name: String,
        /// Who receives the items the user owns
        #[arg(long, value_name = "USER")]
        transfer_to: Option<String>,
        /// Allow removing the last enabled user with a superuser role
        #[arg(long)]
        allow_no_superuser: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// Letters, digits and . _ @ - (at most 64)
    pub(super) name: String,
    #[arg(long)]
    full_name: Option<String>,
    /// Needed for password recovery by email
    #[arg(long)]
    email: Option<String>,
    /// A role to join (repeatable)
    #[arg(long = "role", value_name = "ROLE")]
    pub(super) roles: Vec<String>,
    /// Read the password from the first line of stdin
    #[arg(long, conflicts_with = "no_password")]
    password_stdin: bool,
    /// Create the user without a password (it cannot log in until one is set)
    #[arg(long)]
    no_password: bool,
    /// Create the account disabled
    #[arg(long)]
    disabled: bool,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only members of this role
    #[arg(long)]
    role: Option<String>,
    /// Only enabled users
    #[arg(long, conflicts_with = "disabled")]
    enabled: bool,
    /// Only disabled users
    #[arg(long)]
    disabled: bool,
}

#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    /// The user
    pub(super) name: String,
    #[arg(long, conflicts_with = "disable")]
    enable: bool,
    #[arg(long)]
    disable: bool,
    /// Whether the user may share items it owns
    #[arg(long, value_parser = on_off, value_name = "on|off")]
    pub(super) sharing: Option<bool>,
    #[arg(long)]
    email: Option<String>,
    #[arg(long)]
    full_name: Option<String>,
    /// Join a role (repeatable)
    #[arg(long = "add-role", value_name = "ROLE")]
    pub(super) add_roles: Vec<String>,
    /// Leave a role (repeatable)
    #[arg(long = "remove-role", value_name = "ROLE")]
    pub(super) remove_roles: Vec<String>,
    /// The user can verify nothing and log in nowhere until it changes its password
    /// with `flowsec auth passwd`
    #[arg(long)]
    must_change_password: bool,
    /// Allow a change that leaves no enabled user with a superuser role
    #[arg(long)]
    pub(super) allow_no_superuser: bool,
}

fn on_off(raw: &str) -> Result<bool, String> {
    match raw {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(format!("expected `on` or `off`, not `{raw}`")),
    }
}

pub fn run(command: Command, ctx: &Context) -> Result<Status> {
    match command {
        Command::Create(args) => create(args, ctx),
        Command::List(args) => list(args, ctx),
        Command::Show { name } => show(&user_name(&name)?, ctx),
        Command::Update(args) => update(args, ctx),
        Command::Passwd {
            name,
            password_stdin,
        } => passwd(&user_name(&name)?, password_stdin, ctx),
        Command::Unlock { name } => unlock(&user_name(&name)?, ctx),
        Command::Remove {
            name,
            transfer_to,
            allow_no_superuser,
        } => remove(&name, transfer_to.as_deref(), allow_no_superuser, ctx),
    }
}

fn parse_roles(raw: &[String]) -> Result<Vec<Name>> {
    raw.iter().map(|r| role_name(r)).collect()
}

fn create(args: CreateArgs, ctx: &Context) -> Result<Status> {
    let name = user_name(&args.name)?;
    let role_names = parse_roles(&args.roles)?;
    let mut store = ctx.store()?;
    // Everything that can be refused is checked before asking for a password.
    if store.read().find_user(name.as_str())?.is_some() {
        return Err(Error::conflict(format!("user `{name}` already exists")));
    }
    for role in &role_names {
        roles::get(store.read(), role)?;
    }
    let password_hash = if args.no_password {
        None
    } else {
        let secret = secret::new_password(
            args.password_stdin,
            &format!("Password for {name}"),
            "--password-stdin (or create the user with --no-password)",
        )?;
        Some(
            Settings::load(store.read())?
                .policy
                .hash_new(name.as_str(), &secret)?,
        )
    };
    let new = NewUser {
        name: name.clone(),
        full_name: args.full_name.unwrap_or_default(),
        email: args.email.unwrap_or_default(),
        enabled: !args.disabled,
        password_hash,
    };
    store.write(&ctx.actor, |tx| {
        let id = users::create(tx, &new)?;
        for role in &role_names {
            roles::add_member(tx, roles::get(tx, role)?.id, id)?;
        }
        Ok(())
    })?;
    let report = Profile::load(&store, &name)?;
    ctx.printer
        .emit(&report, || format!("created user `{}`", report.user.name))?;
    Ok(Status::Success)
}

#[derive(Serialize)]
struct ListedUser {
    #[serde(flatten)]
    user: User,
    roles: Vec<String>,
}

fn list(args: ListArgs, ctx: &Context) -> Result<Status> {
    let store = ctx.store()?;
    let role = match &args.role {
        Some(r) => Some(roles::get(store.read(), &role_name(r)?)?.id),
        None => None,
    };
    let enabled = match (args.enabled, args.disabled) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    let listed = store
        .read()
        .list_users(&ListFilter { role, enabled })?
        .into_iter()
        .map(|user| {
            let roles = role_names(&store, &user)?;
            Ok(ListedUser { user, roles })
        })
        .collect::<Result<Vec<_>>>()?;
    ctx.printer.emit(&listed, || {
        table(
            &["name", "enabled", "full name", "email", "source", "roles"],
            listed.iter().map(|l| {
                vec![
                    l.user.name.clone(),
                    yes_no(l.user.enabled),
                    l.user.full_name.clone(),
                    l.user.email.clone(),
                    l.user.source.clone(),
                    list_cell(&l.roles),
                ]
            }),
        )
    })?;
    Ok(Status::Success)
}

fn role_names(store: &Store, user: &User) -> Result<Vec<String>> {
    Ok(store
        .read()
        .roles_of_user(user.id)?
        .into_iter()
        .map(|r| r.name)
        .collect())
}

/// A user with everything `users show` reports.
#[derive(Serialize)]
struct Profile {
    #[serde(flatten)]
    user: User,
    roles: Vec<String>,
    permissions: Vec<Permission>,
    items: Vec<Target>,
}

impl Profile {
    fn load(store: &Store, name: &Name) -> Result<Profile> {
        let user = users::get(store.read(), name)?;
        Ok(Profile {
            roles: role_names(store, &user)?,
            permissions: store.read().grants_of(Principal::User(user.id))?,
            items: store
                .read()
                .list_items(None, Some(user.id))?
                .into_iter()
                .map(|i| i.target)
                .collect(),
            user,
        })
    }

    fn human(&self) -> String {
        let u = &self.user;
        let permissions: Vec<String> = self.permissions.iter().map(ToString::to_string).collect();
        let items: Vec<String> = self.items.iter().map(ToString::to_string).collect();
        fields(&[
            ("name", u.name.clone()),
            (
                "status",
                if u.enabled { "enabled" } else { "disabled" }.into(),
            ),
            ("full name", u.full_name.clone()),
            ("email", u.email.clone()),
            ("source", u.source.clone()),
            (
                "password",
                match (u.has_password, &u.password_changed) {
                    (false, _) => "none".into(),
                    (true, Some(at)) => format!("set {at}"),
                    (true, None) => "set".into(),
                },
            ),
            ("must change password", yes_no(u.must_change_password)),
            (
                "locked until",
                u.locked_until.clone().unwrap_or_else(|| "-".into()),
            ),
            ("sharing", if u.sharing { "on" } else { "off" }.into()),
            ("created", u.created.clone()),
            ("roles", list_cell(&self.roles)),
            ("direct grants", list_cell(&permissions)),
            ("owned items", list_cell(&items)),
        ])
    }
}

fn show(name: &Name, ctx: &Context) -> Result<Status> {
    let store = ctx.store()?;
    let profile = Profile::load(&store, name)?;
    ctx.printer.emit(&profile, || profile.human())?;
    Ok(Status::Success)
}

fn update(args: UpdateArgs, ctx: &Context) -> Result<Status> {
    let name = user_name(&args.name)?;
    let add = parse_roles(&args.add_roles)?;
    let remove = parse_roles(&args.remove_roles)?;
    let changes = Changes {
        enabled: match (args.enable, args.disable) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        },
        sharing: args.sharing,
        email: args.email,
        full_name: args.full_name,
        must_change_password: args.must_change_password.then_some(true),
    };
    let nothing = changes.enabled.is_none()
        && changes.sharing.is_none()
        && changes.email.is_none()
        && changes.full_name.is_none()
        && changes.must_change_password.is_none()
        && add.is_empty()
        && remove.is_empty();
    if nothing {
        return Err(Error::usage("nothing to change")
            .with_hint("see `flowsec users update --help` for what can be changed"));
    }
    let mut store = ctx.store()?;
    store.write(&ctx.actor, |tx| {
        let guard = SuperuserGuard::capture(tx)?;
        let user = users::get(tx, &name)?;
        users::update(tx, &user, &changes)?;
        for role in &add {
            roles::add_member(tx, roles::get(tx, role)?.id, user.id)?;
        }
        for role in &remove {
            let role = roles::get(tx, role)?;
            if !roles::remove_member(tx, role.id, user.id)? {
                return Err(Error::not_found(format!(
                    "user `{}` is not a member of role `{}`",
                    user.name, role.name
                )));
            }
        }
        guard.verify(tx, args.allow_no_superuser)
    })?;
    let profile = Profile::load(&store, &name)?;
    ctx.printer
        .emit(&profile, || format!("updated user `{}`", profile.user.name))?;
    Ok(Status::Success)
}

fn passwd(name: &Name, use_stdin: bool, ctx: &Context) -> Result<Status> {
    let mut store = ctx.store()?;
    let user = users::get(store.read(), name)?;
    user.ensure_local()?;
    let secret = secret::new_password(
        use_stdin,
        &format!("New password for {}", user.name),
        "--password-stdin",
    )?;
    let hash = Settings::load(store.read())?
        .policy
        .hash_new(&user.name, &secret)?;
    store.write(&ctx.actor, |tx| {
        users::set_password_hash(tx, user.id, &user.name, &hash, false, now())
    })?;
    ctx.printer.emit(
        &serde_json::json!({"user": user.name, "password_set": true}),
        || format!("set the password of `{}`", user.name),
    )?;
    Ok(Status::Success)
}

fn unlock(name: &Name, ctx: &Context) -> Result<Status> {
    let mut store = ctx.store()?;
    let (user, was_locked) = store.write(&ctx.actor, |tx| {
        let user = users::get(tx, name)?;
        let cleared = tx.clear_failures(user.id)?;
        if cleared {
            tx.record("user.unlock", &user.name, serde_json::json!({}))?;
        }
        Ok((user.name, user.locked_until.is_some()))
    })?;
    ctx.printer.emit(
        &serde_json::json!({"user": user, "was_locked": was_locked}),
        || {
            if was_locked {
                format!("unlocked `{user}`")
            } else {
                format!("`{user}` was not locked; its failed log-ins are forgotten")
            }
        },
    )?;
    Ok(Status::Success)
}

fn remove(
    name: &str,
    heir: Option<&str>,
    allow_no_superuser: bool,
    ctx: &Context,
) -> Result<Status> {
    let name = user_name(name)?;
    let heir = heir.map(user_name).transpose()?;
    let mut store = ctx.store()?;
    let removed = store.write(&ctx.actor, |tx| {
        let guard = SuperuserGuard::capture(tx)?;
        let user = users::get(tx, &name)?;
        let heir = heir.as_ref().map(|h| users::get(tx, h)).transpose()?;
        users::remove(tx, &user, heir.as_ref())?;
        guard.verify(tx, allow_no_superuser)?;
        Ok(user.name)
    })?;
    ctx.printer
        .emit(&serde_json::json!({"removed": removed}), || {
            format!("removed user `{removed}`")
        })?;
    Ok(Status::Success)
}
