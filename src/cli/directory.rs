//! `flowsec directory`: directory servers (LDAP, Active Directory): add, list, show,
//! remove and test them; import and sync their users and groups; give groups roles.

use clap::Subcommand;
use serde::Serialize;

use super::{Context, Status, role_name, secret};
use crate::directory::{
    self, Allow, Config, DEFAULT_EMAIL_ATTR, DEFAULT_FULL_NAME_ATTR, DEFAULT_GROUP_ATTR,
    DEFAULT_GROUP_FILTER, DEFAULT_USER_FILTER, DEFAULT_USERNAME_ATTR, Membership, Report, Scope,
};
use crate::error::Result;
use crate::output::{fields, list_cell, table, yes_no};
use crate::store::directories::{self, Directory, Mapping};
use crate::store::{Store, now};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add a directory server; its bind password is read from a hidden prompt or stdin
    /// and kept encrypted. Nothing contacts the server (`directory test` does)
    #[command(after_help = "\
OpenLDAP:
  printf '%s\\n' \"$BIND_PW\" | flowsec directory add corp --url ldaps://ldap.example.com \\
      --bind-dn cn=flowsec,ou=services,dc=example,dc=com --bind-password-stdin \\
      --user-base ou=people,dc=example,dc=com --group-base ou=groups,dc=example,dc=com
Active Directory:
  flowsec directory add ad --url ldap://dc1.example.com:389 --starttls \\
      --bind-dn 'CN=flowsec,CN=Users,DC=example,DC=com' \\
      --user-base 'CN=Users,DC=example,DC=com' --user-filter '(sAMAccountName={username})' \\
      --username-attr sAMAccountName --full-name-attr displayName \\
      --group-base 'OU=Groups,DC=example,DC=com' --group-filter '(objectClass=group)'")]
    Add(AddArgs),
    /// List the directories
    #[command(after_help = "Examples:\n  flowsec directory list")]
    List,
    /// Show a directory's configuration, the roles its groups have and its users
    #[command(after_help = "Examples:\n  flowsec -o json directory show corp")]
    Show {
        /// The directory
        name: String,
    },
    /// Remove a directory, its group roles and bind password; its users are disabled
    /// (kept, with what they own)
    #[command(after_help = "Examples:\n  flowsec directory remove corp")]
    Remove {
        /// The directory
        name: String,
        /// Allow disabling the last enabled user with a superuser role
        #[arg(long)]
        allow_no_superuser: bool,
    },
    /// Bind as the service account and report what the filters find; exit 2 when the
    /// directory cannot be reached or refuses
    #[command(after_help = "Examples:\n  flowsec directory test corp")]
    Test {
        /// The directory
        name: String,
    },
    /// Import the directory's users (and with --groups, its groups as roles)
    #[command(after_help = "\
Users become flowsec users whose source is the directory: they have no local password
(their password stays in the directory), so password policy, expiry and recovery do not
apply to them. A user name that exists here already is left alone and reported. With
--groups, every group without a role becomes a role of the same name (never an existing
role: give one to a group with `directory map`). The members of the directory's groups
are its users' memberships of those roles. The options are remembered by `sync`.

Examples:
  flowsec directory import corp
  flowsec directory import corp --users '(departmentNumber=42)' --groups")]
    Import {
        /// The directory
        name: String,
        /// An LDAP filter narrowing the users imported
        #[arg(long, value_name = "FILTER")]
        users: Option<String>,
        /// Make roles of the groups that have none
        #[arg(long)]
        groups: bool,
        /// Allow a change that leaves no enabled user with a superuser role
        #[arg(long)]
        allow_no_superuser: bool,
        /// Disable all the directory's users if it lists none (refused by default)
        #[arg(long)]
        allow_empty: bool,
    },
    /// Give a directory group that has no role an existing role, from the next import or
    /// sync on (to change a group's role, unmap it first)
    #[command(after_help = "Examples:
  flowsec directory map corp engineers fmeauthor
  flowsec directory map ad 'Domain Admins' fmeadmin")]
    Map {
        /// The directory
        name: String,
        /// The group's name (its group attribute, e.g. cn)
        group: String,
        /// The role its members get
        role: String,
    },
    /// Take a group's role away, and the role from the directory's users who had it
    /// through the group
    #[command(after_help = "Examples:\n  flowsec directory unmap corp engineers")]
    Unmap {
        /// The directory
        name: String,
        /// The group
        group: String,
        /// Allow a change that leaves no enabled user with a superuser role
        #[arg(long)]
        allow_no_superuser: bool,
    },
    /// Read the directory again as the last import did: new users are created, users
    /// gone are disabled (not deleted), memberships follow the groups
    #[command(after_help = "Examples:\n  flowsec directory sync corp")]
    Sync {
        /// The directory
        name: String,
        /// Allow a change that leaves no enabled user with a superuser role
        #[arg(long)]
        allow_no_superuser: bool,
        /// Disable all the directory's users if it lists none (refused by default)
        #[arg(long)]
        allow_empty: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// Letters, digits and . _ @ - (at most 40); the source of its users
    name: String,
    /// ldap://HOST:PORT or ldaps://HOST:PORT
    #[arg(long)]
    url: String,
    /// Upgrade the ldap:// connection to TLS with StartTLS
    #[arg(long)]
    starttls: bool,
    /// The service account that searches the directory
    #[arg(long, value_name = "DN")]
    bind_dn: String,
    /// Read the bind password from the first line of stdin
    #[arg(long)]
    bind_password_stdin: bool,
    /// Where users are searched
    #[arg(long, value_name = "DN")]
    user_base: String,
    /// Finds one user; {username} stands for the name given at log-in
    #[arg(long, value_name = "FILTER", default_value = DEFAULT_USER_FILTER)]
    user_filter: String,
    /// The attribute holding the user name
    #[arg(long, value_name = "ATTR", default_value = DEFAULT_USERNAME_ATTR)]
    username_attr: String,
    #[arg(long, value_name = "ATTR", default_value = DEFAULT_EMAIL_ATTR)]
    email_attr: String,
    #[arg(long, value_name = "ATTR", default_value = DEFAULT_FULL_NAME_ATTR)]
    full_name_attr: String,
    /// Where groups are searched; without it groups are not read
    #[arg(long, value_name = "DN")]
    group_base: Option<String>,
    #[arg(long, value_name = "FILTER", default_value = DEFAULT_GROUP_FILTER)]
    group_filter: String,
    /// The attribute holding a group's name
    #[arg(long, value_name = "ATTR", default_value = DEFAULT_GROUP_ATTR)]
    group_attr: String,
}

pub fn run(command: Command, ctx: &Context) -> Result<Status> {
    match command {
        Command::Add(args) => add(args, ctx),
        Command::List => list(ctx),
        Command::Show { name } => show(&name, ctx),
        Command::Remove {
            name,
            allow_no_superuser,
        } => remove(&name, allow_no_superuser, ctx),
        Command::Test { name } => test(&name, ctx),
        Command::Import {
            name,
            users,
            groups,
            allow_no_superuser,
            allow_empty,
        } => {
            let scope = Scope {
                filter: users.as_deref(),
                groups,
            };
            let allow = Allow {
                no_superuser: allow_no_superuser,
                empty: allow_empty,
            };
            import(&name, Some(scope), allow, ctx)
        }
        Command::Map { name, group, role } => map(&name, &group, &role, ctx),
        Command::Unmap {
            name,
            group,
            allow_no_superuser,
        } => unmap(&name, &group, allow_no_superuser, ctx),
        Command::Sync {
            name,
            allow_no_superuser,
            allow_empty,
        } => {
            let allow = Allow {
                no_superuser: allow_no_superuser,
                empty: allow_empty,
            };
            import(&name, None, allow, ctx)
        }
    }
}

fn add(args: AddArgs, ctx: &Context) -> Result<Status> {
    let config = Config {
        name: args.name,
        url: args.url,
        starttls: args.starttls,
        bind_dn: args.bind_dn,
        user_base: args.user_base,
        user_filter: args.user_filter,
        username_attr: args.username_attr,
        email_attr: args.email_attr,
        full_name_attr: args.full_name_attr,
        group_base: args.group_base,
        group_filter: args.group_filter,
        group_attr: args.group_attr,
    };
    let mut store = ctx.store()?;
    let config = directory::add(
        &mut store,
        &ctx.actor,
        &ctx.config.key_file,
        config,
        |config| {
            secret::new_password(
                args.bind_password_stdin,
                &format!("Bind password for {}", config.bind_dn),
                "--bind-password-stdin",
            )
        },
    )?;
    if config.cleartext() {
        ctx.printer.notice(&format!(
            "warning: `{}` is plain ldap:// without --starttls: the bind password and users' passwords cross the network in clear",
            config.url
        ));
    }
    let shown = Shown::load(&store, &config.name)?;
    ctx.printer
        .emit(&shown, || format!("added directory `{}`", config.name))?;
    Ok(Status::Success)
}

#[derive(Serialize)]
struct Listed {
    #[serde(flatten)]
    directory: Directory,
    users: usize,
}

fn list(ctx: &Context) -> Result<Status> {
    let store = ctx.store()?;
    let listed = store
        .read()
        .list_directories()?
        .into_iter()
        .map(|directory| {
            let users = store
                .read()
                .users_from_source(directory.name(), None)?
                .len();
            Ok(Listed { directory, users })
        })
        .collect::<Result<Vec<_>>>()?;
    ctx.printer.emit(&listed, || {
        table(
            &["name", "url", "user base", "users", "last sync"],
            listed.iter().map(|l| {
                let c = &l.directory.config;
                vec![
                    c.name.clone(),
                    c.url.clone(),
                    c.user_base.clone(),
                    l.users.to_string(),
                    l.directory.synced.clone().unwrap_or_else(|| "never".into()),
                ]
            }),
        )
    })?;
    Ok(Status::Success)
}

/// A directory with everything `directory show` reports; never its bind password.
#[derive(Serialize)]
struct Shown {
    #[serde(flatten)]
    directory: Directory,
    mappings: Vec<Mapping>,
    users: Vec<String>,
}

impl Shown {
    fn load(store: &Store, raw: &str) -> Result<Shown> {
        let directory = directories::get(store.read(), directory::name(raw)?.as_str())?;
        Ok(Shown {
            mappings: store.read().mappings(directory.id)?,
            users: store
                .read()
                .users_from_source(directory.name(), None)?
                .into_iter()
                .map(|u| u.name)
                .collect(),
            directory,
        })
    }

    fn human(&self) -> String {
        let c = &self.directory.config;
        let mappings: Vec<String> = self
            .mappings
            .iter()
            .map(|m| format!("{} -> {}", m.group, m.role))
            .collect();
        fields(&[
            ("name", c.name.clone()),
            ("url", c.url.clone()),
            ("starttls", yes_no(c.starttls)),
            ("bind DN", c.bind_dn.clone()),
            ("user base", c.user_base.clone()),
            ("user filter", c.user_filter.clone()),
            ("user name attribute", c.username_attr.clone()),
            ("email attribute", c.email_attr.clone()),
            ("full name attribute", c.full_name_attr.clone()),
            (
                "group base",
                c.group_base.clone().unwrap_or_else(|| "-".into()),
            ),
            ("group filter", c.group_filter.clone()),
            ("group attribute", c.group_attr.clone()),
            (
                "import users",
                self.directory
                    .import_filter
                    .clone()
                    .unwrap_or_else(|| "all".into()),
            ),
            ("import groups", yes_no(self.directory.import_groups)),
            ("group roles", list_cell(&mappings)),
            ("users", list_cell(&self.users)),
            ("created", self.directory.created.clone()),
            (
                "last sync",
                self.directory
                    .synced
                    .clone()
                    .unwrap_or_else(|| "never".into()),
            ),
        ])
    }
}

fn show(name: &str, ctx: &Context) -> Result<Status> {
    let store = ctx.store()?;
    let shown = Shown::load(&store, name)?;
    ctx.printer.emit(&shown, || shown.human())?;
    Ok(Status::Success)
}

fn remove(name: &str, allow_no_superuser: bool, ctx: &Context) -> Result<Status> {
    let mut store = ctx.store()?;
    let removed = directory::remove(&mut store, &ctx.actor, name, allow_no_superuser)?;
    ctx.printer.emit(&removed, || {
        format!(
            "removed directory `{}`; disabled its users: {}",
            removed.directory,
            list_cell(&removed.users_disabled)
        )
    })?;
    Ok(Status::Success)
}

fn test(name: &str, ctx: &Context) -> Result<Status> {
    let mut store = ctx.store()?;
    let probe = directory::probe(&mut store, &ctx.actor, &ctx.config.key_file, name)?;
    ctx.printer.emit(&probe, || {
        fields(&[
            ("directory", probe.directory.clone()),
            ("url", probe.url.clone()),
            ("service bind", "ok".into()),
            ("users found", probe.users.to_string()),
            ("for example", list_cell(&probe.sample_users)),
            (
                "groups found",
                probe
                    .groups
                    .map_or_else(|| "not read (no group base)".into(), |n| n.to_string()),
            ),
            ("for example", list_cell(&probe.sample_groups)),
        ])
    })?;
    Ok(Status::Success)
}

fn map(name: &str, group: &str, role: &str, ctx: &Context) -> Result<Status> {
    let role = role_name(role)?;
    let mut store = ctx.store()?;
    let mapping = store.write(&ctx.actor, |tx| directory::map(tx, name, group, &role))?;
    ctx.printer.emit(&mapping, || {
        format!(
            "members of group `{}` get role `{}` from the next `flowsec directory sync {name}`",
            mapping.group, mapping.role
        )
    })?;
    Ok(Status::Success)
}

fn unmap(name: &str, group: &str, allow_no_superuser: bool, ctx: &Context) -> Result<Status> {
    let mut store = ctx.store()?;
    let removed = store.write(&ctx.actor, |tx| {
        directory::unmap(tx, name, group, allow_no_superuser)
    })?;
    ctx.printer.emit(
        &serde_json::json!({"group": group, "members_removed": removed}),
        || {
            format!(
                "group `{group}` has no role now; {}",
                memberships("left", &removed)
            )
        },
    )?;
    Ok(Status::Success)
}

fn memberships(verb: &str, list: &[Membership]) -> String {
    let names: Vec<String> = list
        .iter()
        .map(|m| format!("{} {verb} {}", m.user, m.role))
        .collect();
    format!("memberships {verb}: {}", list_cell(&names))
}

/// `import`, or `sync` (no scope: the last import's).
fn import(name: &str, scope: Option<Scope<'_>>, allow: Allow, ctx: &Context) -> Result<Status> {
    let mut store = ctx.store()?;
    let report = directory::import(
        &mut store,
        &ctx.actor,
        &ctx.config.key_file,
        name,
        scope,
        allow,
        now(),
    )?;
    ctx.printer.emit(&report, || {
        let skipped: Vec<String> = report
            .skipped
            .iter()
            .map(|s| format!("{}: {}", s.entry, s.reason))
            .collect();
        let mut text = fields(&[
            ("directory", report.directory.clone()),
            ("users found", report.users_found.to_string()),
            ("users created", list_cell(&report.users_created)),
            ("users updated", list_cell(&report.users_updated)),
            ("users disabled", list_cell(&report.users_disabled)),
            ("roles created", list_cell(&report.roles_created)),
            ("memberships", memberships_cell(&report)),
            ("groups missing", list_cell(&report.groups_missing)),
        ]);
        for line in skipped {
            text.push_str(&format!("skipped  {line}\n"));
        }
        text
    })?;
    Ok(Status::Success)
}

fn memberships_cell(report: &Report) -> String {
    let added = report
        .members_added
        .iter()
        .map(|m| format!("+{} in {}", m.user, m.role));
    let removed = report
        .members_removed
        .iter()
        .map(|m| format!("-{} in {}", m.user, m.role));
    list_cell(&added.chain(removed).collect::<Vec<_>>())
}
