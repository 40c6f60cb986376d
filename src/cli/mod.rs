//! The command-line layer: parses arguments, resolves the configuration, calls the
//! library and renders the result. One file per command group.

mod apply;
mod audit;
mod auth;
mod check;
mod db;
mod directory;
mod docs;
mod encrypt;
mod init;
mod items;
mod perms;
mod progress;
mod requirements;
mod roles;
mod secret;
mod secrets;
mod settings;
mod tokens;
mod users;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use zeroize::Zeroizing;

use crate::auth::credentials::{self, SessionLookup};
use crate::authorize::{Requirement, authorize};
use crate::config::{Config, Dirs, RawOptions};
use crate::error::{Error, ErrorKind, Result};
use crate::identity::Actor;
use crate::model::Name;
use crate::output::{OutputMode, Printer};
use crate::store::Read;
use crate::store::grants::Principal;
use crate::store::{Location, Opened, Store};
use crate::trail::{Evidence, Notary};

/// The variable holding a token to act as (cli.md).
const TOKEN_VARIABLE: &str = "FLOWSEC_TOKEN";

const AFTER_HELP: &str = "\
Exit codes:
  0  success; for `check`, `tokens verify`, `auth verify` and `auth status`: yes;
     for `test`: every assertion holds
  1  `check`: denied; `tokens verify`: not valid; `auth verify`, `auth status`: no;
     `test`: an assertion fails;
     `auth login`, `auth passwd`, `auth reset`: the password or code was refused;
     `encrypt verify`: a stored secret does not decrypt
  2  error: bad usage or input, not found, conflict, store or key problem, forbidden

Acting identity: without a credential, commands run as the local administrator, who may
do everything. With a token (FLOWSEC_TOKEN, or --token to read it from stdin) or a login
session (`flowsec auth login`) they run as that user and are authorized like `check`; a
refusal exits 2 with kind `forbidden`.

Examples:
  flowsec init --admin-password-stdin < admin-password.txt
  flowsec users create alice --email alice@example.com --role fmeauthor --no-password
  flowsec perms grant --user alice 'services/Data Download:full-access'
  flowsec check --user alice repositories/Samples:run --explain";

#[derive(Debug, Parser)]
#[command(
    name = "flowsec",
    version,
    about = "Security administrator for a data-integration server: users, roles, permissions and checks",
    after_help = AFTER_HELP,
    infer_subcommands = false,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Args)]
struct GlobalArgs {
    /// The store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DBNAME (no password
    /// here: FLOWSEC_DB, which may hold one, names it too) [default: <data dir>/flowsec.db]
    #[arg(long, global = true, value_name = "STORE")]
    db: Option<OsString>,
    /// The encryption key file [default: beside the store]
    #[arg(long, env = "FLOWSEC_KEY_FILE", global = true, value_name = "PATH")]
    key_file: Option<PathBuf>,
    /// A TOML file with defaults for --db, --key-file and --output
    #[arg(long, env = "FLOWSEC_CONFIG", global = true, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Human tables or JSON for scripts [default: table]
    #[arg(short, long, env = "FLOWSEC_OUTPUT", global = true, value_enum)]
    output: Option<OutputMode>,
    /// Print nothing on success; errors still go to stderr
    #[arg(short, long, global = true)]
    quiet: bool,
    /// Act as a token's user, reading the token from the first line of stdin
    /// (or set FLOWSEC_TOKEN)
    #[arg(long, global = true)]
    token: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create a store with the built-in roles, users and permissions
    Init(init::Args),
    /// Manage users
    #[command(subcommand)]
    Users(users::Command),
    /// Manage roles and their members
    #[command(subcommand)]
    Roles(roles::Command),
    /// Show the catalogue; grant, revoke and list permissions
    #[command(subcommand)]
    Perms(perms::Command),
    /// Manage items (repositories, services, ...) and their owners
    #[command(subcommand)]
    Items(items::Command),
    /// Decide whether a user may do something
    Check(check::Args),
    /// Manage API tokens, which let scripts act as a user
    #[command(subcommand)]
    Tokens(tokens::Command),
    /// Verify passwords, log in and out, change or recover a password
    #[command(subcommand)]
    Auth(auth::Command),
    /// Directory servers (LDAP, Active Directory): their users, groups and log-ins
    #[command(subcommand)]
    Directory(directory::Command),
    /// Show and change settings: password policy, expiry, lockout, sessions, email
    #[command(subcommand)]
    Settings(settings::Command),
    /// Store, read and list secret fields of items, encrypted
    #[command(subcommand)]
    Secrets(secrets::Command),
    /// The encryption key: status, rotation, verification of every stored secret
    #[command(subcommand)]
    Encrypt(encrypt::Command),
    /// Make the store match a manifest (TOML): users, roles, members, grants, items, settings
    Apply(apply::ApplyArgs),
    /// Write the store's users, roles, grants, items and settings as a manifest
    Export(apply::ExportArgs),
    /// Check a manifest's [[assert]] entries against the store
    Test(apply::TestArgs),
    /// Read the audit trail
    #[command(subcommand)]
    Audit(audit::Command),
    /// The store itself: status, schema upgrade, a whole copy
    #[command(subcommand)]
    Db(db::Command),
    /// Print a shell completion script
    #[command(after_help = "Examples:
  flowsec completions bash > /etc/bash_completion.d/flowsec
  flowsec completions zsh > \"${fpath[1]}/_flowsec\"")]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write man pages for flowsec and every subcommand into DIR
    #[command(after_help = "Examples:\n  flowsec man /usr/local/share/man/man1")]
    Man { dir: PathBuf },
}

/// How a command that ran to the end turned out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Exit 0: done, or the predicate answered yes.
    Success,
    /// Exit 1: the predicate answered no.
    No,
}

const EXIT_ERROR: u8 = 2;

impl From<Status> for ExitCode {
    fn from(status: Status) -> ExitCode {
        match status {
            Status::Success => ExitCode::SUCCESS,
            Status::No => ExitCode::from(1),
        }
    }
}

/// What every command gets: the resolved configuration and the printer.
pub struct Context {
    pub config: Config,
    pub printer: Printer,
    pub actor: Actor,
    /// What the command requires of an acting user, checked again by every write.
    pub requirement: Option<Requirement>,
}

impl Context {
    /// Opens the store; only the default store is created when missing. An acting user's
    /// requirement is checked again by every write, under the write lock.
    pub fn store(&self) -> Result<Store> {
        let mut store = self.open_store()?;
        if let Some(notary) = Notary::for_host(&self.config.key_file, self.evidence()) {
            store.notarize(Box::new(notary));
        }
        if let Some(requirement) = &self.requirement {
            let (actor, requirement) = (self.actor.clone(), requirement.clone());
            store.guard_writes(Box::new(move |r| {
                credentials::still_valid(&actor, r)?;
                authorize(r, &actor, &requirement)
            }));
        }
        Ok(store)
    }

    /// Where this host keeps the audit trail's signing key and checkpoints.
    pub fn evidence(&self) -> Evidence {
        Evidence::beside(&self.config.key_file, self.config.checkpoints.as_deref())
    }

    fn open_store(&self) -> Result<Store> {
        let path = match &self.config.db {
            Location::Sqlite(path) if self.config.db_is_default => path,
            named => return Store::open(named),
        };
        match Store::open_or_create(path, &self.config.key_file, &self.actor)? {
            Opened::Existing(store) => Ok(store),
            Opened::Created(store) => {
                self.evidence().signing_key()?;
                self.printer.notice(&format!(
                    "created the default store at `{}` (key file `{}`) with the built-in roles \
                     and users; `admin` has no password yet (`flowsec users passwd admin` sets one)",
                    store.location(),
                    self.config.key_file.display()
                ));
                Ok(store)
            }
        }
    }
}

pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => return usage_failure(e, json_requested(&args)),
    };
    let mut printer = Printer {
        mode: cli.global.output.unwrap_or_default(),
        quiet: cli.global.quiet,
    };
    let raw = RawOptions {
        db: cli.global.db,
        // Read here rather than by clap, which would show its password in --help.
        db_env: std::env::var_os("FLOWSEC_DB").filter(|v| !v.is_empty()),
        key_file: cli.global.key_file,
        config: cli.global.config,
        output: cli.global.output,
        checkpoints: std::env::var_os("FLOWSEC_CHECKPOINTS")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from),
    };
    // Generated documentation needs no configuration or store.
    match &cli.command {
        Command::Completions { shell } => return finish(docs::completions(*shell), printer),
        Command::Man { dir } => return finish(docs::man(dir), printer),
        _ => {}
    }
    let result = Config::resolve(raw, Dirs::from_platform).and_then(|config| {
        printer.mode = config.output;
        let mut ctx = Context {
            config,
            printer,
            actor: Actor::local(),
            requirement: None,
        };
        let credential = credential(cli.global.token)?;
        // `tokens verify` judges the token instead of acting as it (without one, it reads
        // the token from stdin).
        if let (Some(raw), Command::Tokens(tokens::Command::Verify)) = (&credential, &cli.command) {
            return tokens::verify(raw, &ctx);
        }
        let acting = match &credential {
            // A token presupposes its store: a missing one is not created for it.
            Some(raw) => {
                let mut store = Store::open(&ctx.config.db)?;
                match credentials::from_token(&store, raw) {
                    Ok(actor) => Some((actor, store)),
                    Err(e) => {
                        // Forged, unknown or malformed: recorded as tried by this OS user.
                        let token = crate::tokens::Presented::claimed_id(raw);
                        let target = token.as_deref().unwrap_or("?");
                        record_refusal(
                            &mut store,
                            &Actor::local(),
                            ("token.refused", target),
                            &command_words(&args),
                            (e.kind(), e.message()),
                        );
                        return Err(e);
                    }
                }
            }
            // A login session on this store is the other way to act as a user.
            None if ctx
                .config
                .db
                .sqlite_path()
                .is_none_or(std::path::Path::exists) =>
            {
                match credentials::from_session(&ctx.config.db)? {
                    SessionLookup::Open(found) => Some(*found),
                    // Never a silent fall back to the local administrator: the shell meant
                    // to act as a user. Only what ends or replaces the session runs.
                    SessionLookup::Ended if !auth::works_without_session(&cli.command) => {
                        return Err(Error::new(
                            ErrorKind::Auth,
                            "your session has ended: log in again, or `flowsec auth logout`",
                        ));
                    }
                    SessionLookup::Ended => None,
                    SessionLookup::None => None,
                }
            }
            None => None,
        };
        if let Some((actor, mut store)) = acting {
            let requirement = requirements::of(&cli.command)?;
            if let Err(e) = authorize(store.read(), &actor, &requirement) {
                let target = command_words(&args);
                record_refusal(
                    &mut store,
                    &actor,
                    ("command.refused", &target),
                    &target,
                    (e.kind(), e.message()),
                );
                return Err(e);
            }
            // Looking at a session is not using it.
            if !auth::only_looks(&cli.command) {
                credentials::record_use(&actor, &mut store)?;
            }
            ctx.actor = actor;
            ctx.requirement = Some(requirement);
        }
        match cli.command {
            Command::Init(args) => init::run(args, &ctx),
            Command::Users(cmd) => users::run(cmd, &ctx),
            Command::Roles(cmd) => roles::run(cmd, &ctx),
            Command::Perms(cmd) => perms::run(cmd, &ctx),
            Command::Items(cmd) => items::run(cmd, &ctx),
            Command::Check(args) => check::run(args, &ctx),
            Command::Tokens(cmd) => tokens::run(cmd, &ctx),
            Command::Auth(cmd) => auth::run(cmd, &ctx),
            Command::Directory(cmd) => directory::run(cmd, &ctx),
            Command::Settings(cmd) => settings::run(cmd, &ctx),
            Command::Secrets(cmd) => secrets::run(cmd, &ctx),
            Command::Encrypt(cmd) => encrypt::run(cmd, &ctx),
            Command::Apply(args) => apply::apply(args, &ctx),
            Command::Export(args) => apply::export(args, &ctx),
            Command::Test(args) => apply::test(args, &ctx),
            Command::Audit(cmd) => audit::run(cmd, &ctx),
            Command::Db(cmd) => db::run(cmd, &ctx),
            Command::Completions { .. } | Command::Man { .. } => Ok(Status::Success),
        }
    });
    finish(result, printer)
}

/// The token to act as: the first line of stdin with `--token`, else FLOWSEC_TOKEN. A
/// token that is given but empty (a token file missing in a script) is an error, never
/// the local administrator.
fn credential(from_stdin: bool) -> Result<Option<Zeroizing<String>>> {
    let refused = |why: &str| {
        Error::new(ErrorKind::Auth, why.to_string()).with_hint(format!(
            "give a token, or unset {TOKEN_VARIABLE} to act as the local administrator"
        ))
    };
    if from_stdin {
        return secret::from_stdin("token")
            .map(Some)
            .map_err(|e| match e.kind() {
                ErrorKind::InvalidInput => refused("--token was given but stdin holds no token"),
                _ => e,
            });
    }
    match std::env::var_os(TOKEN_VARIABLE).map(OsString::into_string) {
        None => Ok(None),
        Some(Ok(token)) if !token.trim().is_empty() => Ok(Some(Zeroizing::new(token))),
        Some(Ok(_)) => Err(refused("FLOWSEC_TOKEN is set but empty")),
        Some(Err(_)) => Err(refused("FLOWSEC_TOKEN is not a token")),
    }
}

/// Leaves a refusal in the audit trail: who, what, why. The refusal stands whether or not
/// it could be recorded.
pub(super) fn record_refusal(
    store: &mut Store,
    actor: &Actor,
    (action, target): (&str, &str),
    command: &str,
    (kind, reason): (ErrorKind, &str),
) {
    let details = serde_json::json!({
        "command": command,
        "kind": kind,
        "reason": reason,
    });
    let _ = crate::store::audit::refusal(store, actor, action, target, details);
}

/// The command as its words (`users create`), without arguments that could hold
/// anything.
fn command_words(args: &[OsString]) -> String {
    use clap::CommandFactory;
    let Ok(matches) = Cli::command().try_get_matches_from(args) else {
        return String::new();
    };
    let mut words = Vec::new();
    let mut at = &matches;
    while let Some((name, sub)) = at.subcommand() {
        words.push(name);
        at = sub;
    }
    words.join(" ")
}

fn finish(result: Result<Status>, printer: Printer) -> ExitCode {
    match result {
        Ok(status) => status.into(),
        Err(e) => {
            printer.error(&e);
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Help and version go to stdout with exit 0; usage errors are errors of kind `usage`.
fn usage_failure(e: clap::Error, json: bool) -> ExitCode {
    use clap::error::ErrorKind as Clap;
    if matches!(e.kind(), Clap::DisplayHelp | Clap::DisplayVersion) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    if json {
        let rendered = e.render().to_string();
        let first = rendered.lines().next().unwrap_or_default();
        Printer {
            mode: OutputMode::Json,
            quiet: false,
        }
        .error(&Error::usage(first.trim_start_matches("error: ")));
    } else {
        let _ = e.print();
    }
    ExitCode::from(EXIT_ERROR)
}

/// Whether JSON output was asked for, judged from the raw arguments (they did not parse).
fn json_requested(args: &[OsString]) -> bool {
    let env = std::env::var("FLOWSEC_OUTPUT").is_ok_and(|v| v == "json");
    let mut words = args.iter().filter_map(|a| a.to_str());
    let mut flag = false;
    while let Some(word) = words.next() {
        match word {
            "-o" | "--output" => flag = words.next() == Some("json"),
            "-ojson" | "--output=json" => flag = true,
            w if w.starts_with("--output=") || w.starts_with("-o") && w.len() > 2 => flag = false,
            _ => {}
        }
    }
    flag || env
}

/// `--user U | --role R`: whom a grant or share is for.
#[derive(Debug, clap::Args)]
#[group(required = true, multiple = false)]
pub struct PrincipalArgs {
    /// A user
    #[arg(long)]
    user: Option<String>,
    /// A role
    #[arg(long)]
    role: Option<String>,
}

/// A principal as shown in output: `{"kind":"user","name":"alice"}`.
#[derive(Debug, serde::Serialize)]
pub struct PrincipalRef {
    kind: &'static str,
    name: String,
}

impl std::fmt::Display for PrincipalRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} `{}`", self.kind, self.name)
    }
}

impl PrincipalArgs {
    /// Looks the principal up; it must exist.
    fn resolve(&self, r: &dyn Read) -> Result<(Principal, PrincipalRef)> {
        match (&self.user, &self.role) {
            (Some(user), _) => {
                let user = crate::store::users::get(r, &user_name(user)?)?;
                Ok((
                    Principal::User(user.id),
                    PrincipalRef {
                        kind: "user",
                        name: user.name,
                    },
                ))
            }
            (None, Some(role)) => {
                let role = crate::store::roles::get(r, &role_name(role)?)?;
                Ok((
                    Principal::Role(role.id),
                    PrincipalRef {
                        kind: "role",
                        name: role.name,
                    },
                ))
            }
            (None, None) => Err(Error::usage("name a principal with --user or --role")),
        }
    }
}

/// Parses a user name given on the command line.
fn user_name(raw: &str) -> Result<Name> {
    Name::parse("user", raw)
}

/// Parses a role name given on the command line.
fn role_name(raw: &str) -> Result<Name> {
    Name::parse("role", raw)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_tree_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn json_is_detected_in_unparsed_arguments() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert!(json_requested(&args(&["flowsec", "-o", "json", "bogus"])));
        assert!(json_requested(&args(&["flowsec", "--output=json"])));
        assert!(!json_requested(&args(&["flowsec", "-o", "table"])));
    }
}
