//! The audit trail as evidence. The store keeps every record in a hash chain
//! (`store::audit`); this module signs checkpoints of it with a key kept outside the
//! store, keeps them outside the store too, walks the chain to verify it, exports it
//! as JSON lines that verify offline, and prunes it behind a signed anchor.

pub mod verify;

use std::fs;
use std::io::Write as _;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::crypto::chain::{GENESIS, HASH_BYTES, Hash};
use crate::crypto::signing::{PublicKey, SigningKey};
use crate::crypto::{hex, unhex};
use crate::error::{Error, Result};
use crate::identity::Actor;
use crate::settings::Settings;
use crate::store::audit::{self, Checkpoint, CheckpointKind, Link, Stored};
use crate::store::{Read, Store, format_time, now};
use verify::{Fault, Problem, Start, Walker};

/// Where this host keeps the trail's evidence: the signing key, and the file of every
/// checkpoint it signed. Both are beside the key file by default, apart from the store.
#[derive(Debug, Clone)]
pub struct Evidence {
    pub signing_key: PathBuf,
    pub checkpoints: PathBuf,
}

impl Evidence {
    /// `flowsec.key` gives `flowsec.signing` and, unless `checkpoints` names another
    /// file, `flowsec.checkpoints`.
    pub fn beside(key_file: &Path, checkpoints: Option<&Path>) -> Evidence {
        Evidence {
            signing_key: key_file.with_extension("signing"),
            checkpoints: checkpoints
                .map_or_else(|| key_file.with_extension("checkpoints"), Path::to_path_buf),
        }
    }

    /// The public key that checkpoints must be signed with: `given`, else this host's.
    pub fn public_key(&self, given: Option<PublicKey>) -> Result<Option<PublicKey>> {
        match given {
            Some(key) => Ok(Some(key)),
            None => Ok(SigningKey::load(&self.signing_key)?.map(|k| k.public())),
        }
    }

    /// This host's signing key, made on first use.
    pub fn signing_key(&self) -> Result<SigningKey> {
        SigningKey::load_or_create(&self.signing_key)
    }

    /// Appends `checkpoint` of store `store_id` to the checkpoints file, synced.
    pub fn keep(&self, store_id: &str, checkpoint: &Checkpoint) -> Result<()> {
        let line = serde_json::to_string(&CheckpointLine::of(store_id, checkpoint))
            .map_err(|e| Error::invalid(format!("cannot write a checkpoint: {e}")))?;
        let path = &self.checkpoints;
        fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(path)
            .and_then(|mut file| {
                file.write_all(format!("{line}\n").as_bytes())?;
                file.sync_data()
            })
            .map_err(|e| {
                Error::io(
                    format!("cannot write the checkpoints file `{}`", path.display()),
                    e,
                )
            })
    }

    /// The checkpoints of store `store_id` the file holds; a line that is not one is a
    /// problem, for a file only flowsec appends to.
    fn kept(&self, store_id: &str) -> Result<(Vec<Checkpoint>, Option<Problem>)> {
        read_checkpoints(&self.checkpoints, store_id)
    }
}

/// The statement a checkpoint's signature covers: the store, the kind, the place in the
/// chain, its hash and when it was signed.
fn statement(store_id: &str, kind: CheckpointKind, seq: i64, hash: &Hash, at: i64) -> Vec<u8> {
    let mut out = b"flowsec-audit-checkpoint-v1\0".to_vec();
    out.extend_from_slice(store_id.as_bytes());
    out.push(0);
    out.extend_from_slice(kind.as_str().as_bytes());
    out.push(0);
    out.extend_from_slice(&seq.to_be_bytes());
    out.extend_from_slice(&at.to_be_bytes());
    out.extend_from_slice(hash);
    out
}

/// A checkpoint of `head`, signed now.
pub fn sign(key: &SigningKey, store_id: &str, kind: CheckpointKind, head: Link) -> Checkpoint {
    let at = now();
    Checkpoint {
        kind,
        seq: head.seq,
        hash: head.hash,
        at,
        key: key.public().to_string(),
        signature: key
            .sign(&statement(store_id, kind, head.seq, &head.hash, at))
            .to_vec(),
    }
}

fn signed_by(key: &PublicKey, store_id: &str, c: &Checkpoint) -> bool {
    key.verifies(
        &statement(store_id, c.kind, c.seq, &c.hash, c.at),
        &c.signature,
    )
}

/// Signs automatic checkpoints every `audit.checkpoint-every` records, for the store
/// whose writes pass through it.
pub struct Notary {
    evidence: Evidence,
    /// The store's id, read when a checkpoint is signed, for `kept`.
    store_id: std::cell::RefCell<String>,
}

impl Notary {
    /// A notary for this host, when it has a key file or a signing key already: a host
    /// with neither keeps no evidence until `audit checkpoint` makes the signing key.
    pub fn for_host(key_file: &Path, evidence: Evidence) -> Option<Notary> {
        (key_file.exists() || evidence.signing_key.exists()).then(|| Notary {
            evidence,
            store_id: std::cell::RefCell::default(),
        })
    }
}

impl crate::store::Notary for Notary {
    fn due(&self, r: &dyn Read, before: Option<Link>, after: Link) -> Result<Option<Checkpoint>> {
        let every = Settings::load(r)?.checkpoint_every;
        let before = before.map_or(0, |l| l.seq);
        if every == 0 || after.seq / every == before / every {
            return Ok(None);
        }
        let store_id = r.store_id()?;
        let checkpoint = sign(
            &self.evidence.signing_key()?,
            &store_id,
            CheckpointKind::Checkpoint,
            after,
        );
        *self.store_id.borrow_mut() = store_id;
        Ok(Some(checkpoint))
    }

    fn kept(&self, checkpoint: &Checkpoint) -> Result<()> {
        self.evidence.keep(&self.store_id.borrow(), checkpoint)
    }
}

/// A checkpoint as the checkpoints file keeps it: one JSON object a line.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckpointLine {
    store: String,
    kind: CheckpointKind,
    seq: i64,
    hash: String,
    at: i64,
    time: String,
    key: String,
    signature: String,
}

impl CheckpointLine {
    fn of(store_id: &str, c: &Checkpoint) -> CheckpointLine {
        CheckpointLine {
            store: store_id.to_string(),
            kind: c.kind,
            seq: c.seq,
            hash: hex(&c.hash),
            at: c.at,
            time: format_time(c.at),
            key: c.key.clone(),
            signature: hex(&c.signature),
        }
    }

    fn checkpoint(&self) -> Option<Checkpoint> {
        let mut signature = vec![0u8; crate::crypto::signing::SIGNATURE_BYTES];
        unhex(&self.signature, &mut signature)?;
        Some(Checkpoint {
            kind: self.kind,
            seq: self.seq,
            hash: parse_hash(&self.hash)?,
            at: self.at,
            key: self.key.clone(),
            signature,
        })
    }
}

impl<'de> Deserialize<'de> for CheckpointKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = <&str>::deserialize(d)?;
        CheckpointKind::parse(text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a checkpoint kind")))
    }
}

fn parse_hash(text: &str) -> Option<Hash> {
    let mut hash = [0u8; HASH_BYTES];
    unhex(text, &mut hash)?;
    Some(hash)
}

fn read_checkpoints(path: &Path, store_id: &str) -> Result<(Vec<Checkpoint>, Option<Problem>)> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), None)),
        Err(e) => {
            return Err(Error::io(
                format!("cannot read the checkpoints file `{}`", path.display()),
                e,
            ));
        }
    };
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let parsed = serde_json::from_str::<CheckpointLine>(line).ok();
        match parsed.as_ref().map(|l| (l, l.checkpoint())) {
            Some((l, _)) if l.store != store_id => {}
            Some((_, Some(checkpoint))) => found.push(checkpoint),
            _ => {
                let problem = Problem {
                    record: parsed.map_or(0, |l| l.seq),
                    fault: Fault::BadCheckpoint,
                    message: format!(
                        "line {} of the checkpoints file `{}` is not a checkpoint: the file was altered",
                        number + 1,
                        path.display()
                    ),
                };
                return Ok((found, Some(problem)));
            }
        }
    }
    Ok((found, None))
}

/// Signs a checkpoint of the trail as it is now, keeps it in the store and in the
/// checkpoints file; `None` for a trail with no records yet.
pub fn checkpoint(
    store: &mut Store,
    actor: &Actor,
    evidence: &Evidence,
) -> Result<Option<(String, Checkpoint)>> {
    let key = evidence.signing_key()?;
    let made = store.write(actor, |tx| {
        let Some(head) = tx.audit_head()? else {
            return Ok(None);
        };
        let store_id = tx.store_id()?;
        let checkpoint = sign(&key, &store_id, CheckpointKind::Checkpoint, head);
        audit::keep_checkpoint(tx, &checkpoint)?;
        Ok(Some((store_id, checkpoint)))
    })?;
    if let Some((store_id, checkpoint)) = &made {
        evidence.keep(store_id, checkpoint)?;
    }
    Ok(made)
}

/// What `audit prune` did.
#[derive(Debug, Serialize)]
pub struct Pruned {
    pub removed: u64,
    /// The last record removed, where the anchor stands.
    pub through: Option<i64>,
}

/// Removes the records made before `before` (from the oldest, up to the first made
/// since), after checking that they verify, and leaves a signed anchor where they ended.
pub fn prune(store: &mut Store, actor: &Actor, evidence: &Evidence, before: i64) -> Result<Pruned> {
    let key = evidence.signing_key()?;
    let public = key.public();
    let anchored = store.write(actor, |tx| {
        let store_id = tx.store_id()?;
        let (checkpoints, problem) = trusted_checkpoints(tx, evidence, &store_id, Some(public))?;
        if let Some(problem) = problem {
            return Err(not_pruned(&problem));
        }
        let mut walker = Walker::new(Start::of_trail(newest_anchor(&checkpoints)), &checkpoints);
        tx.audit_chain(0, None, &mut |record| {
            Ok(record.at < before && walker.feed(&record))
        })?;
        if let Some(problem) = &walker.problem {
            return Err(not_pruned(problem));
        }
        let Some(through) = walker.last else {
            return Ok(None);
        };
        let anchor = sign(&key, &store_id, CheckpointKind::Anchor, through);
        let removed = audit::keep_checkpoint(tx, &anchor)?;
        tx.record(
            "audit.prune",
            "audit",
            serde_json::json!({"before": format_time(before), "through": through.seq, "removed": removed}),
        )?;
        Ok(Some((store_id, anchor, removed)))
    })?;
    let Some((store_id, anchor, removed)) = anchored else {
        return Ok(Pruned {
            removed: 0,
            through: None,
        });
    };
    evidence.keep(&store_id, &anchor)?;
    Ok(Pruned {
        removed,
        through: Some(anchor.seq),
    })
}

fn not_pruned(problem: &Problem) -> Error {
    Error::conflict(format!(
        "the records to prune do not verify, so nothing was pruned: {}",
        problem.message
    ))
    .with_hint("`flowsec audit verify` shows what is wrong; pruning would hide it")
}

fn newest_anchor(checkpoints: &[Checkpoint]) -> Option<&Checkpoint> {
    checkpoints
        .iter()
        .rev()
        .find(|c| c.kind == CheckpointKind::Anchor)
}

/// The checkpoints of the store and of the checkpoints file, sorted and without
/// repeats, each checked against `public` (when there is one): the first that fails is
/// the problem.
fn trusted_checkpoints(
    r: &dyn Read,
    evidence: &Evidence,
    store_id: &str,
    public: Option<PublicKey>,
) -> Result<(Vec<Checkpoint>, Option<Problem>)> {
    let (mut all, problem) = evidence.kept(store_id)?;
    if problem.is_some() {
        return Ok((all, problem));
    }
    all.extend(r.audit_checkpoints()?);
    all.sort_by(|a, b| (a.seq, a.kind.as_str(), a.at).cmp(&(b.seq, b.kind.as_str(), b.at)));
    all.dedup();
    let Some(public) = public else {
        return Ok((all, None));
    };
    let forged = all.iter().find(|c| !signed_by(&public, store_id, c));
    let problem = forged.map(|c| Problem {
        record: c.seq,
        fault: Fault::BadCheckpoint,
        message: match c.key == public.to_string() {
            true => format!(
                "the {} of record {} has a bad signature: it was forged or altered",
                c.kind.as_str(),
                c.seq
            ),
            false => format!(
                "the {} of record {} is signed by key {}, not the audit key {public}",
                c.kind.as_str(),
                c.seq,
                c.key
            ),
        },
    });
    Ok((all, problem))
}

/// What `audit verify` found.
#[derive(Debug, Serialize)]
pub struct Report {
    pub intact: bool,
    /// Records verified.
    pub records: u64,
    pub first: Option<i64>,
    pub last: Option<i64>,
    /// The newest record's hash, hex.
    pub head: Option<String>,
    /// Checkpoints and anchors checked against the trail.
    pub checkpoints: usize,
    /// The public key they were checked with; `None`: there was none, so they were
    /// taken as they are.
    pub key: Option<String>,
    pub problem: Option<Problem>,
}

impl Report {
    fn new(
        walker: &Walker<'_>,
        first: Option<i64>,
        checkpoints: usize,
        key: Option<PublicKey>,
    ) -> Report {
        Report {
            intact: walker.problem.is_none(),
            records: walker.records,
            first,
            last: walker.last.map(|l| l.seq),
            head: walker.last.map(|l| hex(&l.hash)),
            checkpoints,
            key: key.map(|k| k.to_string()),
            problem: walker.problem.clone(),
        }
    }

    fn failed(problem: Problem, key: Option<PublicKey>) -> Report {
        Report {
            intact: false,
            records: 0,
            first: None,
            last: None,
            head: None,
            checkpoints: 0,
            key: key.map(|k| k.to_string()),
            problem: Some(problem),
        }
    }
}

/// Walks the store's chain from its start (or from record `from`) to its end, against
/// every checkpoint of the store and of the checkpoints file. `progress` is told how
/// many records are done.
pub fn verify_store(
    store: &Store,
    evidence: &Evidence,
    public: Option<PublicKey>,
    from: Option<i64>,
    progress: &dyn Fn(u64),
) -> Result<Report> {
    let snapshot = store.snapshot()?;
    let r: &dyn Read = &*snapshot;
    let store_id = r.store_id()?;
    let public = evidence.public_key(public)?;
    let (checkpoints, problem) = trusted_checkpoints(r, evidence, &store_id, public)?;
    if let Some(problem) = problem {
        return Ok(Report::failed(problem, public));
    }
    let mut start = Start::of_trail(newest_anchor(&checkpoints));
    if let Some(from) = from.filter(|f| *f > start.seq) {
        start = Start {
            seq: from,
            prev: stored_hash(r, from - 1)?.ok_or_else(|| {
                Error::not_found(format!(
                    "the trail has no record {} to verify from",
                    from - 1
                ))
            })?,
        };
    }
    let mut walker = Walker::new(start, &checkpoints);
    let mut first = None;
    r.audit_chain(start.seq - 1, None, &mut |record| {
        first.get_or_insert(record.seq);
        let going = walker.feed(&record);
        if walker.records.is_multiple_of(16_384) {
            progress(walker.records);
        }
        Ok(going)
    })?;
    walker.finish();
    Ok(Report::new(&walker, first, checkpoints.len(), public))
}

/// The stored hash of record `seq`; 0 is the trail's start.
fn stored_hash(r: &dyn Read, seq: i64) -> Result<Option<Hash>> {
    if seq == 0 {
        return Ok(Some(GENESIS));
    }
    let mut found = None;
    r.audit_chain(seq - 1, None, &mut |record| {
        if record.seq == seq {
            found = record.hash.and_then(|h| h.try_into().ok());
        }
        Ok(false)
    })?;
    Ok(found)
}

/// One record as `audit export` writes it: everything its hash covers, the hash before
/// it and its own, and its store's id, so a file verifies on its own.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line<'a> {
    seq: i64,
    time: String,
    at: i64,
    actor: String,
    auth: String,
    action: String,
    target: String,
    outcome: String,
    #[serde(borrow)]
    details: &'a RawValue,
    prev: String,
    hash: String,
    store: String,
}

/// Writes `record` (following `prev`) as one export line, newline included.
fn export_line(out: &mut Vec<u8>, store_id: &str, prev: &Hash, record: &Stored) -> Result<()> {
    let quoted;
    let details = match serde_json::from_str::<&RawValue>(&record.details) {
        Ok(raw) => raw,
        // Not JSON: shown as a string, which will not verify, as it should not.
        Err(_) => {
            quoted = serde_json::value::to_raw_value(&record.details)
                .map_err(|e| Error::invalid(e.to_string()))?;
            &quoted
        }
    };
    let line = Line {
        seq: record.seq,
        time: format_time(record.at),
        at: record.at,
        actor: record.actor.clone(),
        auth: record.auth.clone(),
        action: record.action.clone(),
        target: record.target.clone(),
        outcome: record.outcome.clone(),
        details,
        prev: hex(prev),
        hash: record.hash.as_deref().map(hex).unwrap_or_default(),
        store: store_id.to_string(),
    };
    serde_json::to_writer(&mut *out, &line).map_err(|e| Error::invalid(e.to_string()))?;
    out.push(b'\n');
    Ok(())
}

/// Where an export begins.
#[derive(Debug, Clone, Copy)]
pub enum ExportStart {
    Start,
    After(i64),
    Since(i64),
}

/// Writes every record from `from` as export lines to `each`, a page at a time;
/// returns the last record written and its hash, from which a follow goes on.
pub fn export(
    r: &dyn Read,
    from: ExportStart,
    after: Option<Link>,
    each: &mut dyn FnMut(&[u8]) -> Result<bool>,
) -> Result<Option<Link>> {
    let store_id = r.store_id()?;
    let (after_seq, since) = match (after, from) {
        (Some(link), _) => (link.seq, None),
        (None, ExportStart::Start) => (0, None),
        (None, ExportStart::After(seq)) => (seq, None),
        (None, ExportStart::Since(at)) => (0, Some(at)),
    };
    let mut prev: Option<Hash> = after.map(|l| l.hash);
    let mut last = after;
    let mut page = Vec::with_capacity(64 * 1024);
    let mut going = true;
    r.audit_chain(after_seq, since, &mut |record| {
        let before = match prev {
            Some(hash) => hash,
            None => stored_hash(r, record.seq - 1)?
                .or_else(|| newest_anchor_hash(r, record.seq - 1))
                .unwrap_or(GENESIS),
        };
        export_line(&mut page, &store_id, &before, &record)?;
        let hash: Hash = record
            .hash
            .as_deref()
            .and_then(|h| h.try_into().ok())
            .unwrap_or(GENESIS);
        prev = Some(hash);
        last = Some(Link {
            seq: record.seq,
            hash,
        });
        if page.len() >= 60 * 1024 {
            going = each(&page)?;
            page.clear();
        }
        Ok(going)
    })?;
    if going && !page.is_empty() {
        each(&page)?;
    }
    Ok(last)
}

fn newest_anchor_hash(r: &dyn Read, seq: i64) -> Option<Hash> {
    r.audit_checkpoints()
        .ok()?
        .into_iter()
        .find(|c| c.kind == CheckpointKind::Anchor && c.seq == seq)
        .map(|c| c.hash)
}

/// Verifies an export file on its own: its records chain from the first one's `prev`
/// to the last, and agree with the checkpoints of the checkpoints file up to the last.
pub fn verify_file(
    path: &Path,
    evidence: &Evidence,
    public: Option<PublicKey>,
    progress: &dyn Fn(u64),
) -> Result<Report> {
    let text = fs::read_to_string(path)
        .map_err(|e| Error::io(format!("cannot read `{}`", path.display()), e))?;
    let public = evidence.public_key(public)?;
    let mut lines = Vec::new();
    for (number, raw) in text.lines().enumerate() {
        let line: Line<'_> = serde_json::from_str(raw).map_err(|e| {
            Error::invalid(format!(
                "line {} of `{}` is not an exported audit record: {e}",
                number + 1,
                path.display()
            ))
        })?;
        lines.push(line);
    }
    let Some(first) = lines.first() else {
        return Err(Error::invalid(format!(
            "`{}` holds no audit records",
            path.display()
        )));
    };
    let store_id = first.store.clone();
    let (mut checkpoints, problem) = evidence.kept(&store_id)?;
    if let Some(problem) = problem {
        return Ok(Report::failed(problem, public));
    }
    if let Some(public) = public
        && let Some(bad) = checkpoints
            .iter()
            .find(|c| !signed_by(&public, &store_id, c))
    {
        let problem = Problem {
            record: bad.seq,
            fault: Fault::BadCheckpoint,
            message: format!(
                "the {} of record {} in the checkpoints file has a bad signature",
                bad.kind.as_str(),
                bad.seq
            ),
        };
        return Ok(Report::failed(problem, public.into()));
    }
    // Records beyond the file's end are not its business: it was exported before them.
    let end = lines.iter().map(|l| l.seq).max().unwrap_or(0);
    checkpoints.retain(|c| c.seq <= end);
    checkpoints.sort_by_key(|c| (c.seq, c.at));
    let start = Start {
        seq: first.seq,
        prev: parse_hash(&first.prev).ok_or_else(|| {
            Error::invalid(format!(
                "the first record of `{}` has no valid `prev`",
                path.display()
            ))
        })?,
    };
    let mut walker = Walker::new(start, &checkpoints);
    for (done, line) in lines.iter().enumerate() {
        if line.store != store_id {
            return Err(Error::invalid(format!(
                "`{}` mixes the records of two stores (at record {})",
                path.display(),
                line.seq
            )));
        }
        let record = Stored {
            seq: line.seq,
            at: line.at,
            actor: line.actor.clone(),
            auth: line.auth.clone(),
            action: line.action.clone(),
            target: line.target.clone(),
            outcome: line.outcome.clone(),
            details: line.details.get().to_string(),
            hash: parse_hash(&line.hash).map(|h| h.to_vec()),
        };
        if !walker.feed(&record) {
            break;
        }
        if done.is_multiple_of(16_384) {
            progress(done as u64);
        }
    }
    walker.finish();
    Ok(Report::new(
        &walker,
        Some(first.seq),
        checkpoints.len(),
        public,
    ))
}

/// What `audit hash VALUE` prints: the keyed digest the trail keeps for `value`.
pub fn digest(r: &dyn Read, value: &str) -> Result<String> {
    audit::digest_of(r, value)?.ok_or_else(|| {
        Error::not_found("the trail has no keyed digests yet: nothing sensitive has been recorded")
    })
}
