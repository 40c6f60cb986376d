//! `flowsec apply`, `export` and `test`: the manifest commands of CI provisioning.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::progress::Progress;
use super::{Context, Status};
use crate::error::{Error, Result};
use crate::manifest::assert::{self, Expected, Verdict};
use crate::manifest::plan::{self, Line, Plan, Summary};
use crate::manifest::state::State;
use crate::manifest::{self, Manifest, apply as applying, export as exporting};
use crate::output::{OutputMode, Printer};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit codes: 0 applied (or nothing to change), 2 error: nothing changed.

Without --prune, apply only adds and updates; fields a user, role or item leaves out keep
their values (new records get the defaults). With --prune, what a section of the file does
not list is removed (users, roles, items, their members and grants, stored settings), for
the sections the file has only; built-in roles and `admin` are never removed.

Examples:
  flowsec apply security.toml --dry-run
  ALICE_PASSWORD=... flowsec apply security.toml
  flowsec -o json apply security.toml --prune"
)]
pub struct ApplyArgs {
    /// The manifest (TOML)
    file: PathBuf,
    /// Print the plan (+ create, ~ change, - remove) and write nothing
    #[arg(long)]
    dry_run: bool,
    /// Also remove what the file's sections do not list
    #[arg(long)]
    prune: bool,
}

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  flowsec export security.toml
  flowsec export > security.toml

Writes users, roles, members, grants, items, owners and stored settings, sorted; never
password hashes, tokens or secrets.")]
pub struct ExportArgs {
    /// Where to write the manifest [default: stdout]
    file: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit codes: 0 every assertion holds, 1 one fails, 2 error.

Each [[assert]] names `user = \"NAME\"` or `anonymous = true`, and permissions it must be
allowed (`allow = [...]`) or denied (`deny = [...]`); the rest of the file is checked for
mistakes but not applied.

Examples:
  flowsec test security.toml
  flowsec -o json test security.toml"
)]
pub struct TestArgs {
    /// The manifest holding [[assert]] entries
    file: PathBuf,
}

fn read(file: &Path) -> Result<Manifest> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Error::io(format!("cannot read `{}`", file.display()), e))?;
    manifest::parse(&file.display().to_string(), &text)
}

#[derive(Serialize)]
struct Report<'a> {
    file: &'a str,
    dry_run: bool,
    /// Whether anything was written.
    applied: bool,
    summary: Summary,
    changes: Vec<Line>,
}

impl Report<'_> {
    fn human(&self) -> String {
        let mut text: String = self.changes.iter().map(|l| format!("{l}\n")).collect();
        let Summary {
            create,
            change,
            remove,
        } = self.summary;
        text.push_str(&if self.changes.is_empty() {
            format!("no changes: the store matches `{}`", self.file)
        } else if self.dry_run {
            format!(
                "dry run: {create} to create, {change} to change, {remove} to remove; nothing was written"
            )
        } else {
            format!(
                "applied `{}`: {create} created, {change} changed, {remove} removed",
                self.file
            )
        });
        text
    }
}

pub fn apply(args: ApplyArgs, ctx: &Context) -> Result<Status> {
    let manifest = read(&args.file)?;
    let mut store = ctx.store()?;
    // Planned from a read snapshot first: an apply with nothing to do writes nothing.
    let preview = {
        let snapshot = store.snapshot()?;
        plan::plan(&manifest, &State::read(&*snapshot)?, args.prune)?
    };
    let done = if args.dry_run || preview.is_empty() {
        preview
    } else {
        // Hashed before the write lock is taken, so other writers do not wait on argon2.
        let hashes = applying::Hashes::of(&preview)?;
        let progress = Progress::new(
            "applying",
            u64::try_from(preview.changes.len()).unwrap_or(u64::MAX),
            "changes",
            ctx.printer,
        );
        // Planned again under the write lock, against the state it changes.
        let done = store.write(&ctx.actor, |tx| {
            let state = State::read(tx)?;
            let plan = plan::plan(&manifest, &state, args.prune)?;
            let file = &manifest.file;
            applying::apply(tx, &state, &plan, &hashes, file, |n| {
                progress.tick(u64::try_from(n).unwrap_or(u64::MAX))
            })?;
            Ok(plan)
        });
        progress.finish();
        done?
    };
    report(&manifest, &done, args.dry_run, ctx)
}

fn report(manifest: &Manifest, plan: &Plan, dry_run: bool, ctx: &Context) -> Result<Status> {
    let report = Report {
        file: &manifest.file,
        dry_run,
        applied: !dry_run && !plan.is_empty(),
        summary: plan.summary(),
        changes: plan.changes.iter().map(|c| c.line()).collect(),
    };
    ctx.printer.emit(&report, || report.human())?;
    Ok(Status::Success)
}

pub fn export(args: ExportArgs, ctx: &Context) -> Result<Status> {
    let store = ctx.store()?;
    let snapshot = store.snapshot()?;
    let state = State::read(&*snapshot)?;
    let text = exporting::export(&state)?;
    match &args.file {
        None => {
            // The manifest is the output, whatever the output mode.
            let printer = Printer {
                mode: OutputMode::Table,
                ..ctx.printer
            };
            // Byte for byte: the manifest is data, escaped by TOML's own rules.
            printer.emit_raw(&(), || text)?;
        }
        Some(file) => {
            // Private, whole and never through a link: the manifest names every account.
            crate::files::replace(file, text.as_bytes())
                .map_err(|e| Error::io(format!("cannot write `{}`", file.display()), e))?;
            let (users, roles, items) = (state.users.len(), state.roles.len(), state.items.len());
            ctx.printer.emit(
                &serde_json::json!({
                    "file": file.display().to_string(),
                    "users": users, "roles": roles, "items": items,
                }),
                || {
                    format!(
                        "exported {users} users, {roles} roles and {items} items to `{}`",
                        file.display()
                    )
                },
            )?;
        }
    }
    Ok(Status::Success)
}

#[derive(Serialize)]
struct TestReport<'a> {
    file: &'a str,
    passed: bool,
    total: usize,
    failed: usize,
    assertions: Vec<Verdict>,
}

pub fn test(args: TestArgs, ctx: &Context) -> Result<Status> {
    let manifest = read(&args.file)?;
    let store = ctx.store()?;
    let snapshot = store.snapshot()?;
    let assertions = assert::evaluate(&*snapshot, &manifest)?;
    let failed = assertions.iter().filter(|v| !v.holds).count();
    let report = TestReport {
        file: &manifest.file,
        passed: failed == 0,
        total: assertions.len(),
        failed,
        assertions,
    };
    ctx.printer.emit(&report, || test_human(&report))?;
    Ok(if report.passed {
        Status::Success
    } else {
        Status::No
    })
}

fn test_human(report: &TestReport<'_>) -> String {
    let mut text = String::new();
    for verdict in report.assertions.iter().filter(|v| !v.holds) {
        let who = if verdict.subject.anonymous {
            format!("anonymous (as `{}`)", verdict.subject.user)
        } else {
            format!("user `{}`", verdict.subject.user)
        };
        text.push_str(&format!(
            "FAIL {}: assert {} (line {}): {who}\n",
            report.file, verdict.index, verdict.line
        ));
        for outcome in verdict.results.iter().filter(|o| !o.holds) {
            let (expected, got) = match outcome.expected {
                Expected::Allow => ("allow", "denied"),
                Expected::Deny => ("deny", "allowed"),
            };
            let why: Vec<String> = outcome
                .result
                .reasons
                .iter()
                .map(|r| r.describe())
                .collect();
            text.push_str(&format!(
                "  expected {expected} {}: {got} ({})\n",
                outcome.result.permission,
                why.join("; ")
            ));
        }
    }
    let held = report.total - report.failed;
    text.push_str(&format!(
        "{held} of {} assertions hold in `{}`",
        report.total, report.file
    ));
    text
}
