//! The audit trail: one append-only record per change to the store and per
//! authentication event. Records never carry secrets; a backend refuses to change or
//! remove one.

use serde::Serialize;

use super::{Read, Store, Tx, now};
use crate::crypto::chain::{self, Content, GENESIS, Hash};
use crate::error::Result;
use crate::identity::Actor;

#[derive(Debug, Clone, Serialize)]
pub struct Record {
    /// Its place in the chain: 1 for a store's first record, one more for each after.
    pub id: i64,
    pub time: String,
    pub actor: String,
    pub auth: String,
    pub action: String,
    pub target: String,
    pub outcome: String,
    pub details: serde_json::Value,
}

/// A record as stored, with its place in the hash chain: what `audit verify` and
/// `audit export` read.
#[derive(Debug, Clone)]
pub struct Stored {
    pub seq: i64,
    pub at: i64,
    pub actor: String,
    pub auth: String,
    pub action: String,
    pub target: String,
    pub outcome: String,
    /// JSON text, as hashed.
    pub details: String,
    /// `None` only if someone removed it: every record is stored with its hash.
    pub hash: Option<Vec<u8>>,
}

impl Stored {
    pub fn content(&self) -> Content<'_> {
        Content {
            seq: self.seq,
            at: self.at,
            actor: &self.actor,
            auth: &self.auth,
            action: &self.action,
            target: &self.target,
            outcome: &self.outcome,
            details: &self.details,
        }
    }
}

/// The newest record's place in the chain: what the next one follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub seq: i64,
    pub hash: Hash,
}

/// A signed statement that the chain reached `seq` with `hash`: a checkpoint, or the
/// anchor `audit prune` leaves where the records it removed ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub kind: CheckpointKind,
    pub seq: i64,
    pub hash: Hash,
    /// When it was signed (seconds since the epoch).
    pub at: i64,
    /// The signer's public key, hex.
    pub key: String,
    pub signature: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckpointKind {
    Checkpoint,
    /// Records up to and including `seq` were pruned.
    Anchor,
}

impl CheckpointKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckpointKind::Checkpoint => "checkpoint",
            CheckpointKind::Anchor => "anchor",
        }
    }

    pub fn parse(text: &str) -> Option<CheckpointKind> {
        match text {
            "checkpoint" => Some(CheckpointKind::Checkpoint),
            "anchor" => Some(CheckpointKind::Anchor),
            _ => None,
        }
    }
}

#[derive(Debug, Default)]
pub struct Filter {
    /// Only records at or after this time (seconds since the epoch).
    pub since: Option<i64>,
    /// Only records whose actor is this (exact name).
    pub actor: Option<String>,
    /// Only the newest N.
    pub limit: Option<u32>,
}

pub trait AuditReads {
    /// Matching records, oldest first.
    fn audit_records(&self, filter: &Filter) -> Result<Vec<Record>>;
    /// Refusals recorded after `after`: (those of `actor`, all).
    fn refusals_after(&self, after: i64, actor: &str) -> Result<(i64, i64)>;
    /// The newest record's place in the chain (this transaction's included); with no
    /// records, the newest anchor's; `None` for a trail not begun.
    fn audit_head(&self) -> Result<Option<Link>>;
    /// Calls `each` with every record after `after` made at or after `since`, in chain
    /// order, until it returns false.
    fn audit_chain(
        &self,
        after: i64,
        since: Option<i64>,
        each: &mut dyn FnMut(Stored) -> Result<bool>,
    ) -> Result<()>;
    /// Every checkpoint and anchor the store keeps, by place in the chain.
    fn audit_checkpoints(&self) -> Result<Vec<Checkpoint>>;
    /// The key of the trail's keyed digests, if one was made.
    fn audit_digest_key(&self) -> Result<Option<Vec<u8>>>;
}

pub trait AuditWrites {
    /// Appends a record whose hash is `hash`.
    fn append_audit(&self, content: &Content<'_>, hash: &Hash) -> Result<()>;
    /// Gives a record made before the chain existed its hash (a record that has one
    /// keeps it: the backend refuses).
    fn set_audit_hash(&self, seq: i64, hash: &Hash) -> Result<()>;
    /// Keeps a checkpoint or anchor; one already kept for the same place is left.
    fn add_checkpoint(&self, checkpoint: &Checkpoint) -> Result<()>;
    /// Removes the records up to and including `seq`, which an anchor kept first
    /// covers (the backend refuses any other removal); returns how many went.
    fn remove_audit_through(&self, seq: i64) -> Result<u64>;
    fn set_audit_digest_key(&self, key: &[u8]) -> Result<()>;
    /// What this transaction's records have read of the store to conceal their fields.
    fn audit_memo(&self) -> &Memo;
}

/// What concealing a record reads, read once per write transaction rather than once per
/// record (on PostgreSQL each read is a round trip).
#[derive(Default)]
pub struct Memo {
    digest_emails: std::cell::Cell<Option<bool>>,
    key: std::cell::RefCell<Option<zeroize::Zeroizing<Vec<u8>>>>,
}

/// Appends one record of a successful change made in `tx`.
pub fn append(tx: &Tx<'_>, action: &str, target: &str, details: &serde_json::Value) -> Result<()> {
    insert(tx, action, target, "ok", details)
}

/// The setting that has email addresses kept as keyed digests (`settings` types it).
pub const DIGEST_EMAILS: &str = "audit.digest-emails";

fn insert(
    tx: &Tx<'_>,
    action: &str,
    target: &str,
    outcome: &str,
    details: &serde_json::Value,
) -> Result<()> {
    let actor = tx.actor();
    let (target, details) = conceal(tx, action, target, details)?;
    // Settings changes are recorded as they are made: the memo forgets what it read.
    if action.starts_with("settings.") {
        tx.audit_memo().digest_emails.set(None);
    }
    let head = tx.audit_head()?;
    let prev = head.map_or(GENESIS, |h| h.hash);
    let details = details.to_string();
    let content = Content {
        seq: head.map_or(1, |h| h.seq + 1),
        at: now(),
        actor: actor.name(),
        auth: &actor.method(),
        action,
        target: &target,
        outcome,
        details: &details,
    };
    tx.append_audit(&content, &chain::link(&prev, &content))
}

/// The record as kept: a token's id (the first half of its secret's string) is kept as
/// a keyed digest, and so are email addresses when the setting says so. The trail never
/// needs them in the clear: `audit hash VALUE` finds them.
fn conceal(
    tx: &Tx<'_>,
    action: &str,
    target: &str,
    details: &serde_json::Value,
) -> Result<(String, serde_json::Value)> {
    let token_target = action.starts_with("token.") && target != "?";
    let email = details
        .get("email")
        .and_then(|e| e.as_str())
        .filter(|e| !e.is_empty());
    let digest_emails = match email {
        Some(_) => digest_emails(tx)?,
        None => false,
    };
    if !token_target && !digest_emails {
        return Ok((target.to_string(), details.clone()));
    }
    let key = digest_key(tx)?;
    let mut details = details.clone();
    if let (true, Some(email)) = (digest_emails, email) {
        details["email"] = chain::keyed_digest(&key, email).into();
    }
    let target = match token_target {
        true => chain::keyed_digest(&key, target),
        false => target.to_string(),
    };
    Ok((target, details))
}

fn digest_emails(tx: &Tx<'_>) -> Result<bool> {
    let memo = &tx.audit_memo().digest_emails;
    if let Some(on) = memo.get() {
        return Ok(on);
    }
    let on = tx
        .all_settings()?
        .get(DIGEST_EMAILS)
        .is_some_and(|v| v == "on");
    memo.set(Some(on));
    Ok(on)
}

/// The store's key for keyed digests, made on first use.
fn digest_key(tx: &Tx<'_>) -> Result<zeroize::Zeroizing<Vec<u8>>> {
    let mut memo = tx.audit_memo().key.borrow_mut();
    if let Some(key) = &*memo {
        return Ok(key.clone());
    }
    let key = match tx.audit_digest_key()? {
        Some(key) => key,
        None => {
            let key = crate::crypto::random::<32>()?.to_vec();
            tx.set_audit_digest_key(&key)?;
            key
        }
    };
    Ok(memo.insert(zeroize::Zeroizing::new(key)).clone())
}

/// What `value` is kept as where the trail keeps it as a keyed digest; `None` while the
/// store has no digest key (nothing has been kept so yet).
pub fn digest_of(r: &dyn Read, value: &str) -> Result<Option<String>> {
    Ok(r.audit_digest_key()?
        .map(|key| chain::keyed_digest(&key, value)))
}

/// Gives the records made before the chain existed (schema 9 and older) their hashes,
/// in order: an upgrade's last step.
pub fn chain_unhashed(tx: &Tx<'_>) -> Result<()> {
    let mut prev = GENESIS;
    let mut missing = Vec::new();
    tx.audit_chain(0, None, &mut |record| {
        let hash = chain::link(&prev, &record.content());
        if record.hash.is_none() {
            missing.push((record.seq, hash));
        }
        prev = hash;
        Ok(true)
    })?;
    missing
        .iter()
        .try_for_each(|(seq, hash)| tx.set_audit_hash(*seq, hash))
}

/// Keeps `checkpoint` in the store and, if it is an anchor, removes the records it
/// covers; returns how many went.
pub fn keep_checkpoint(tx: &Tx<'_>, checkpoint: &Checkpoint) -> Result<u64> {
    tx.add_checkpoint(checkpoint)?;
    match checkpoint.kind {
        CheckpointKind::Anchor => tx.remove_audit_through(checkpoint.seq),
        CheckpointKind::Checkpoint => Ok(0),
    }
}

/// Refusals recorded in any one minute for one actor, and for all: past these a flood
/// leaves one record saying so instead of taking the write lock for each. The budget is
/// the actor's own first, so one actor's flood does not hide another's refusals.
const REFUSALS_PER_ACTOR: i64 = 60;
const REFUSALS_PER_MINUTE: i64 = 600;

/// Records a refusal (outcome `refused`): a forbidden command, a credential that did
/// not authenticate. At most `REFUSALS_PER_ACTOR` a minute are written for one actor
/// (and `REFUSALS_PER_MINUTE` in all), the last of them marked as the start of a flood,
/// so refusals never keep the store locked.
pub fn refusal(
    store: &mut Store,
    actor: &Actor,
    action: &str,
    target: &str,
    mut details: serde_json::Value,
) -> Result<()> {
    let at = now();
    let (mine, all) = store
        .read()
        .refusals_after(at.saturating_sub(60), actor.name())?;
    if mine >= REFUSALS_PER_ACTOR || all >= REFUSALS_PER_MINUTE {
        return Ok(());
    }
    if mine + 1 == REFUSALS_PER_ACTOR || all + 1 == REFUSALS_PER_MINUTE {
        details["flood"] = format!(
            "{} refusals in a minute: no more are recorded until it has passed",
            if mine + 1 == REFUSALS_PER_ACTOR {
                REFUSALS_PER_ACTOR
            } else {
                REFUSALS_PER_MINUTE
            }
        )
        .into();
    }
    store.write(actor, |tx| insert(tx, action, target, "refused", &details))
}

/// Parses `--since`: an RFC 3339 time, a date (midnight UTC), or an age such as `30m`,
/// `12h` or `7d` counted back from `now` (seconds since the epoch).
pub fn parse_since(raw: &str, now: i64) -> Result<i64> {
    let bad = || {
        crate::error::Error::invalid(format!(
            "`{raw}` is not a time: expected RFC 3339 (2026-11-22T10:00:00Z), a date (2026-11-22) or an age (30m, 12h, 7d)"
        ))
    };
    if let Ok(t) = raw.parse::<jiff::Timestamp>() {
        return Ok(t.as_second());
    }
    if let Ok(d) = raw.parse::<jiff::civil::Date>() {
        return d
            .to_zoned(jiff::tz::TimeZone::UTC)
            .map(|z| z.timestamp().as_second())
            .map_err(|_| bad());
    }
    crate::time::parse_duration(raw)
        .and_then(|age| now.checked_sub(age))
        .ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::{DIGEST_EMAILS, parse_since};
    use crate::identity::Actor;
    use crate::store::{Location, Seed, Store};

    const NOW: i64 = 1_800_000_000;

    #[test]
    fn since_accepts_times_dates_and_ages() {
        assert_eq!(
            parse_since("2026-11-22T00:00:00Z", NOW).unwrap(),
            1_795_305_600
        );
        assert_eq!(parse_since("2026-11-22", NOW).unwrap(), 1_795_305_600);
        assert_eq!(parse_since("90s", NOW).unwrap(), NOW - 90);
        assert_eq!(parse_since("30m", NOW).unwrap(), NOW - 1800);
        assert_eq!(parse_since("2h", NOW).unwrap(), NOW - 7200);
        assert_eq!(parse_since("7d", NOW).unwrap(), NOW - 604_800);
    }

    #[test]
    fn since_rejects_anything_else() {
        for bad in [
            "",
            "d",
            "7w",
            "-",
            "-5d",
            "+5d",
            "7é",
            "yesterday",
            "2026-13-01",
            "1.5h",
        ] {
            assert!(parse_since(bad, NOW).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_settings_change_reaches_the_rest_of_its_transaction() {
        let dir = tempfile::tempdir().unwrap();
        let location = Location::Sqlite(dir.path().join("s.db"));
        let actor = Actor::local();
        let mut store = Store::create(&location, &Seed::default(), &actor).unwrap();
        let email = |n: &str| serde_json::json!({ "email": format!("{n}@example.com") });
        store
            .write(&actor, |tx| {
                tx.record("user.create", "before", email("before"))?;
                tx.put_setting(DIGEST_EMAILS, "on")?;
                tx.record("settings.set", DIGEST_EMAILS, serde_json::json!({}))?;
                tx.record("user.create", "after", email("after"))
            })
            .unwrap();
        let emails: Vec<String> = store
            .read()
            .audit_records(&super::Filter::default())
            .unwrap()
            .into_iter()
            .filter(|r| r.action == "user.create")
            .map(|r| r.details["email"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(emails[0], "before@example.com");
        assert!(emails[1].starts_with("hmac-sha256:"), "{}", emails[1]);
    }
}
