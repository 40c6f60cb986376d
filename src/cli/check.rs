//! `flowsec check`: may this subject do this? One request, or a batch of JSON lines.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::io::{BufRead, BufWriter, Write};

use serde::Deserialize;

use super::{Context, Status, user_name};
use crate::authorize::{Requirement, authorize};
use crate::engine::Decision;
use crate::error::{Error, ErrorKind, Result};
use crate::facts::{Facts, Subject};
use crate::identity::Actor;
use crate::model::Permission;

#[derive(Debug, clap::Args)]
#[command(after_help = "Exit codes: 0 allowed, 1 denied, 2 error.

Examples:
  flowsec check --user alice repositories/Samples:run 'services/Data Download:full-access'
  flowsec check --anonymous jobs:access --explain
  flowsec -o json check --user alice security:manage
  printf '%s\\n' '{\"user\":\"alice\",\"permissions\":[\"jobs:access\"]}' | flowsec check --batch

Batch: one JSON request a line, {\"user\":\"U\",\"permissions\":[...]} or
{\"anonymous\":true,\"permissions\":[...]}; one JSON answer a line, in input order. A bad
line is answered with {\"error\":{...}} and the batch goes on.")]
pub struct Args {
    /// The user to decide for [default: the acting token's user]
    #[arg(long, conflicts_with = "anonymous")]
    pub(super) user: Option<String>,
    /// Decide for an unauthenticated request (the trusted account `guest`)
    #[arg(long)]
    pub(super) anonymous: bool,
    /// Say what allowed or denied each permission
    #[arg(long)]
    explain: bool,
    /// Read requests as JSON lines from stdin and answer each as a JSON line
    #[arg(long, conflicts_with_all = ["user", "anonymous", "explain", "permissions"])]
    pub(super) batch: bool,
    /// TARGET:ACTION; allowed only if every one is
    #[arg(required_unless_present = "batch")]
    permissions: Vec<String>,
}

pub fn run(args: Args, ctx: &Context) -> Result<Status> {
    if args.batch {
        return batch(ctx);
    }
    let user = args.user.as_deref().map(user_name).transpose()?;
    let permissions = args
        .permissions
        .iter()
        .map(|p| Permission::parse(p))
        .collect::<Result<Vec<_>>>()?;
    let subject = match (&user, args.anonymous, Subject::of(&ctx.actor)) {
        (Some(name), _, _) => named(name.as_str(), &ctx.actor),
        (None, true, _) => Subject::Anonymous,
        // "May I?": the acting identity itself, through its token.
        (None, false, Some(me)) => me,
        (None, false, None) => {
            return Err(
                Error::usage("name whom to decide for with --user or --anonymous")
                    .with_hint("or act as a user with FLOWSEC_TOKEN to ask about yourself"),
            );
        }
    };
    let store = ctx.store()?;
    let snapshot = store.snapshot()?;
    let decision = Facts::new(&*snapshot).decide(subject, &permissions)?;
    ctx.printer
        .emit(&decision, || human(&decision, args.explain))?;
    Ok(if decision.allowed {
        Status::Success
    } else {
        Status::No
    })
}

/// A named user as the subject; the acting user, named, is still seen through its token.
fn named<'a>(name: &'a str, actor: &'a Actor) -> Subject<'a> {
    match Subject::of(actor) {
        Some(me) if actor.is(name) => me,
        _ => Subject::User(name),
    }
}

fn human(decision: &Decision, explain: bool) -> String {
    let verdict = if decision.allowed {
        "allowed"
    } else {
        "denied"
    };
    if !explain {
        return verdict.to_string();
    }
    let subject = &decision.subject;
    let who = if subject.anonymous {
        format!("anonymous (as `{}`)", subject.user)
    } else {
        format!("user `{}`", subject.user)
    };
    let mut text = format!("{verdict}: {who}\n");
    for result in &decision.results {
        let why: Vec<String> = result.reasons.iter().map(|r| r.describe()).collect();
        let state = if result.allowed { "allowed" } else { "denied" };
        text.push_str(&format!(
            "  {state} {}: {}\n",
            result.permission,
            why.join("; ")
        ));
    }
    text
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BatchRequest<'a> {
    #[serde(borrow, default)]
    user: Option<Cow<'a, str>>,
    #[serde(default)]
    anonymous: bool,
    #[serde(borrow)]
    permissions: Vec<Cow<'a, str>>,
}

impl BatchRequest<'_> {
    fn parse(line: &str) -> Result<(Option<String>, Vec<Permission>)> {
        let request: BatchRequest<'_> = serde_json::from_str(line)
            .map_err(|e| Error::invalid(format!("not a check request: {e}")))?;
        let user = match (&request.user, request.anonymous) {
            (Some(user), false) => Some(user_name(user)?.as_str().to_string()),
            (None, true) => None,
            _ => {
                return Err(Error::invalid(
                    "a request names either \"user\" or \"anonymous\":true",
                ));
            }
        };
        if request.permissions.is_empty() {
            return Err(Error::invalid("a request needs at least one permission"));
        }
        let permissions = request
            .permissions
            .iter()
            .map(|p| Permission::parse(p))
            .collect::<Result<Vec<_>>>()?;
        Ok((user, permissions))
    }
}

/// A batch line's subject: a named user, or anonymous.
fn subject<'a>(user: Option<&'a str>, actor: &'a Actor) -> Subject<'a> {
    user.map_or(Subject::Anonymous, |name| named(name, actor))
}

/// How many requests are read before the first of them is answered: enough to keep
/// several fetches from main memory under way, few enough that what they fetch is still
/// in the caches when its request is answered.
const READ_AHEAD: usize = 16;

/// A batch line's number and its request, or what is wrong with it.
type Parsed = (usize, Result<(Option<String>, Vec<Permission>)>);

/// Answers JSON lines from stdin, in order; only store and I/O failures stop it.
fn batch(ctx: &Context) -> Result<Status> {
    let store = ctx.store()?;
    // The whole batch is answered from one consistent state of the store.
    let snapshot = store.snapshot()?;
    // An acting user without the right to check others may still ask about itself: the
    // refusal to answer for lines about others.
    let others = Requirement::AnyOf(super::requirements::checking_others()?);
    let only = match authorize(&*snapshot, &ctx.actor, &others) {
        Ok(()) => None,
        Err(e) if e.kind() == ErrorKind::Forbidden => Some(e),
        Err(e) => return Err(e),
    };
    let mut facts = Facts::new(&*snapshot);
    let mut stdin = std::io::stdin().lock();
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let write_error = |e: std::io::Error| Error::io("cannot write the answers", e);
    let mut answer = |facts: &mut Facts<'_>, (index, request): Parsed| -> Result<()> {
        let written = match request {
            Ok((user, permissions)) => {
                let decision = facts.decide(subject(user.as_deref(), &ctx.actor), &permissions)?;
                serde_json::to_writer(&mut out, &decision)
            }
            Err(e) => serde_json::to_writer(
                &mut out,
                &serde_json::json!({"error": {
                    "kind": e.kind(),
                    "message": format!("line {}: {}", index + 1, e.message()),
                }}),
            ),
        };
        written.map_err(|e| write_error(e.into()))?;
        out.write_all(b"\n").map_err(write_error)
    };
    // Requests are read ahead of their answers, and what each will read is fetched in two
    // steps: its user's and items' entries when it is read, its items' grants (whose place
    // is in the item's entry) half way to its answer.
    let mut ahead: VecDeque<Parsed> = VecDeque::with_capacity(READ_AHEAD + 1);
    let mut line = Vec::new();
    let mut index = 0;
    let unread = loop {
        line.clear();
        match stdin.read_until(b'\n', &mut line) {
            Ok(0) => break None,
            Ok(_) => {}
            Err(e) => {
                break Some(Error::io(
                    format!("cannot read the requests past line {index}"),
                    e,
                ));
            }
        }
        let request =
            line_text(&line)
                .and_then(BatchRequest::parse)
                .and_then(|(user, permissions)| match &only {
                    Some(refusal) if user.as_deref().is_some_and(|u| !ctx.actor.is(u)) => {
                        Err(Error::forbidden(refusal.message()))
                    }
                    _ => Ok((user, permissions)),
                });
        if let Ok((user, permissions)) = &request {
            facts.prefetch(subject(user.as_deref(), &ctx.actor), permissions);
        }
        ahead.push_back((index, request));
        // The request read half the read-ahead ago.
        let halfway = ahead.len().checked_sub(READ_AHEAD / 2 + 1);
        if let Some((_, Ok((_, permissions)))) = halfway.and_then(|i| ahead.get(i)) {
            facts.prefetch_item_grants(permissions);
        }
        if ahead.len() > READ_AHEAD
            && let Some(oldest) = ahead.pop_front()
        {
            answer(&mut facts, oldest)?;
        }
        index += 1;
    };
    // Lines read before a failure to read on are still answered.
    for request in ahead {
        answer(&mut facts, request)?;
    }
    out.flush().map_err(write_error)?;
    // The process ends here: freeing millions of cached records one by one would take
    // longer than the exit that returns their memory at once.
    std::mem::forget(facts);
    unread.map_or(Ok(Status::Success), Err)
}

/// A line's text without its line ending; a line that is not UTF-8 is a bad line.
fn line_text(line: &[u8]) -> Result<&str> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    std::str::from_utf8(line).map_err(|_| Error::invalid("not a check request: not UTF-8 text"))
}
