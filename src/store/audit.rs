//! The audit trail: one append-only record per change to the store and per
//! authentication event. Records never carry secrets; a backend refuses to change or
//! remove one.

use serde::Serialize;

use super::{Store, Tx, now};
use crate::error::Result;
use crate::identity::Actor;

#[derive(Debug, Clone, Serialize)]
pub struct Record {
    pub id: i64,
    pub time: String,
    pub actor: String,
    pub auth: String,
    pub action: String,
    pub target: String,
    pub outcome: String,
    pub details: serde_json::Value,
}

/// A record to append.
pub struct Entry<'a> {
    pub at: i64,
    pub actor: &'a str,
    pub auth: &'a str,
    pub action: &'a str,
    pub target: &'a str,
    /// `ok` for a change, `refused` for a refusal.
    pub outcome: &'a str,
    pub details: &'a serde_json::Value,
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
}

pub trait AuditWrites {
    fn append_audit(&self, entry: &Entry<'_>) -> Result<()>;
}

/// Appends one record of a successful change made in `tx`.
pub fn append(tx: &Tx<'_>, action: &str, target: &str, details: &serde_json::Value) -> Result<()> {
    insert(tx, action, target, "ok", details)
}

fn insert(
    tx: &Tx<'_>,
    action: &str,
    target: &str,
    outcome: &str,
    details: &serde_json::Value,
) -> Result<()> {
    let actor = tx.actor();
    tx.append_audit(&Entry {
        at: now(),
        actor: actor.name(),
        auth: &actor.method(),
        action,
        target,
        outcome,
        details,
    })
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
    use super::parse_since;

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
}
