//! Walking the chain: each record must follow the one before it, hash for hash, from
//! the trail's start (its first record, or the newest prune anchor) to its end, and
//! agree with every signed checkpoint. The first thing wrong is named, record by number.

use serde::Serialize;

use crate::crypto::chain::{self, GENESIS, Hash};
use crate::crypto::hex;
use crate::store::audit::{Checkpoint, Link, Stored};
use crate::store::format_time;

/// What is wrong with the trail, at the first record where it shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fault {
    /// A record's content does not give its hash.
    Changed,
    /// Records are missing between two that are there, or before the first.
    Removed,
    /// Records come out of order.
    Reordered,
    /// Records a signed checkpoint covers are gone from the end.
    MissingAfterCheckpoint,
    /// A record is not the one a signed checkpoint says was there.
    Rewritten,
    /// A checkpoint or anchor whose signature does not hold.
    BadCheckpoint,
}

#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    /// The first record that is wrong.
    pub record: i64,
    pub fault: Fault,
    pub message: String,
}

/// Where a walk begins: the record it expects first and the hash that record follows.
#[derive(Debug, Clone, Copy)]
pub struct Start {
    pub seq: i64,
    pub prev: Hash,
}

impl Start {
    /// The beginning of a trail: after the newest anchor, or its first record.
    pub fn of_trail(anchor: Option<&Checkpoint>) -> Start {
        match anchor {
            Some(a) => Start {
                seq: a.seq + 1,
                prev: a.hash,
            },
            None => Start {
                seq: 1,
                prev: GENESIS,
            },
        }
    }
}

/// Feeds records in order; stops at the first problem.
pub struct Walker<'c> {
    expected: i64,
    prev: Hash,
    /// Trusted checkpoints, by place in the chain; `next` is the first not yet reached.
    checkpoints: &'c [Checkpoint],
    next: usize,
    pub records: u64,
    pub last: Option<Link>,
    pub problem: Option<Problem>,
}

impl<'c> Walker<'c> {
    /// `checkpoints` must be sorted by `seq`; those before `start` are not looked at.
    pub fn new(start: Start, checkpoints: &'c [Checkpoint]) -> Walker<'c> {
        let next = checkpoints.partition_point(|c| c.seq < start.seq);
        Walker {
            expected: start.seq,
            prev: start.prev,
            checkpoints,
            next,
            records: 0,
            last: None,
            problem: None,
        }
    }

    /// Checks `record`, the next in order, against the one before it. Returns false
    /// once a problem is found.
    pub fn feed(&mut self, record: &Stored) -> bool {
        if self.problem.is_some() {
            return false;
        }
        if record.seq < self.expected {
            let after = self.expected - 1;
            return self.fail(
                record.seq,
                Fault::Reordered,
                format!(
                    "record {} comes after record {after}: the records are out of order",
                    record.seq
                ),
            );
        }
        if record.seq > self.expected {
            let (from, to) = (self.expected, record.seq - 1);
            let which = match from == to {
                true => format!("record {from} is"),
                false => format!("records {from}-{to} are"),
            };
            return self.fail(from, Fault::Removed, format!("{which} missing: removed"));
        }
        let computed = chain::link(&self.prev, &record.content());
        match record.hash.as_deref() {
            Some(stored) if stored == computed => {}
            Some(_) => {
                return self.fail(
                    record.seq,
                    Fault::Changed,
                    format!(
                        "record {} does not match its hash: it was changed, or it (or the record \
                         before it) was moved from elsewhere in the trail",
                        record.seq
                    ),
                );
            }
            None => {
                return self.fail(
                    record.seq,
                    Fault::Changed,
                    format!("record {} has no hash", record.seq),
                );
            }
        }
        while let Some(c) = self
            .checkpoints
            .get(self.next)
            .filter(|c| c.seq <= record.seq)
        {
            if c.seq == record.seq && c.hash != computed {
                return self.fail(
                    record.seq,
                    Fault::Rewritten,
                    format!(
                        "record {} is not the one the {} signed at {} covers: the trail was \
                         rewritten from there or before",
                        record.seq,
                        c.kind.as_str(),
                        format_time(c.at)
                    ),
                );
            }
            self.next += 1;
        }
        self.prev = computed;
        self.expected = record.seq + 1;
        self.records += 1;
        self.last = Some(Link {
            seq: record.seq,
            hash: computed,
        });
        true
    }

    /// After the last record: a checkpoint beyond it means records were removed from
    /// the end.
    pub fn finish(&mut self) {
        if self.problem.is_some() {
            return;
        }
        let beyond = self.checkpoints[self.next..]
            .iter()
            .find(|c| c.seq >= self.expected);
        if let Some(c) = beyond {
            let from = self.expected;
            let message = format!(
                "records {from}-{} are missing: the checkpoint signed at {} covers record {}, \
                 so the newest records were removed",
                c.seq,
                format_time(c.at),
                c.seq
            );
            self.fail(from, Fault::MissingAfterCheckpoint, message);
        }
    }

    fn fail(&mut self, record: i64, fault: Fault, message: String) -> bool {
        self.problem = Some(Problem {
            record,
            fault,
            message,
        });
        false
    }
}

/// A hash as shown: hex.
pub fn show(hash: &Hash) -> String {
    hex(hash)
}
