//! Rows of the small kinds: settings, sessions, recovery codes, the key binding and
//! checks, and the audit trail.

use std::collections::HashMap;

use super::{Pg, get};
use crate::crypto::chain::{Content, Hash};
use crate::engine::UserId;
use crate::error::Result;
use crate::store::audit::{
    AuditReads, AuditWrites, Checkpoint, CheckpointKind, Filter, Link, Record, Stored,
};
use crate::store::copy::Cell;
use crate::store::format_time;
use crate::store::keys::{KeyReads, KeyWrites};
use crate::store::recovery_codes::{RecoveryCodeReads, RecoveryCodeWrites};
use crate::store::sessions::{Session, SessionReads, SessionWrites};
use crate::store::settings::{SettingReads, SettingWrites};

fn count(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

impl SettingReads for Pg<'_> {
    fn all_settings(&self) -> Result<HashMap<String, String>> {
        self.query("SELECT key, value FROM settings", &[])?
            .iter()
            .map(|r| Ok((get(r, 0)?, get(r, 1)?)))
            .collect()
    }
}

impl SettingWrites for Pg<'_> {
    fn put_setting(&self, key: &str, value: &str) -> Result<()> {
        self.execute(
            "INSERT INTO settings (key, value) VALUES ($1, $2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            &[&key, &value],
        )?;
        Ok(())
    }

    fn remove_setting(&self, key: &str) -> Result<bool> {
        Ok(self.execute("DELETE FROM settings WHERE key = $1", &[&key])? > 0)
    }
}

impl SessionReads for Pg<'_> {
    fn session_by_secret(&self, secret_hash: &[u8]) -> Result<Option<Session>> {
        self.query_opt(
            "SELECT s.id, u.name, s.created_at, s.last_used_at
             FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.secret_hash = $1",
            &[&secret_hash],
        )?
        .map(|r| {
            Ok(Session {
                id: get(&r, 0)?,
                user: get(&r, 1)?,
                created_at: get(&r, 2)?,
                last_used_at: get(&r, 3)?,
            })
        })
        .transpose()
    }

    fn session_exists(&self, id: i64) -> Result<bool> {
        Ok(self
            .query_opt("SELECT 1 FROM sessions WHERE id = $1", &[&id])?
            .is_some())
    }
}

impl SessionWrites for Pg<'_> {
    fn start_session(&self, user: UserId, secret_hash: &[u8], now: i64) -> Result<i64> {
        get(
            &self.query_one(
                "INSERT INTO sessions (user_id, secret_hash, created_at, last_used_at)
                 VALUES ($1, $2, $3, $3) RETURNING id",
                &[&user, &secret_hash, &now],
            )?,
            0,
        )
    }

    fn touch_session(&self, id: i64, now: i64) -> Result<()> {
        self.execute(
            "UPDATE sessions SET last_used_at = $2 WHERE id = $1 AND last_used_at < $2",
            &[&id, &now],
        )?;
        Ok(())
    }

    fn end_session(&self, id: i64) -> Result<bool> {
        Ok(self.execute("DELETE FROM sessions WHERE id = $1", &[&id])? > 0)
    }

    fn end_session_by_secret(&self, secret_hash: &[u8]) -> Result<Option<String>> {
        self.query_opt(
            "DELETE FROM sessions s WHERE secret_hash = $1
             RETURNING (SELECT name FROM users WHERE id = s.user_id)",
            &[&secret_hash],
        )?
        .map(|r| get(&r, 0))
        .transpose()
    }

    fn end_sessions_of_user(&self, user: UserId) -> Result<usize> {
        Ok(count(self.execute(
            "DELETE FROM sessions WHERE user_id = $1",
            &[&user],
        )?))
    }

    fn end_sessions_unused_since(&self, cutoff: i64) -> Result<usize> {
        Ok(count(self.execute(
            "DELETE FROM sessions WHERE last_used_at <= $1",
            &[&cutoff],
        )?))
    }

    fn end_sessions_with_passwords_set_before(&self, cutoff: i64) -> Result<usize> {
        Ok(count(self.execute(
            "DELETE FROM sessions WHERE user_id IN
               (SELECT id FROM users WHERE password_changed_at <= $1)",
            &[&cutoff],
        )?))
    }
}

impl RecoveryCodeReads for Pg<'_> {
    fn codes_sent_since(&self, user: UserId, since: i64) -> Result<i64> {
        get(
            &self.query_one(
                "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND created_at > $2",
                &[&user, &since],
            )?,
            0,
        )
    }

    fn valid_codes(&self, user: UserId, now: i64) -> Result<Vec<Vec<u8>>> {
        self.query(
            "SELECT code_hash FROM recovery_codes WHERE user_id = $1 AND expires_at > $2",
            &[&user, &now],
        )?
        .iter()
        .map(|r| get(r, 0))
        .collect()
    }
}

impl RecoveryCodeWrites for Pg<'_> {
    fn add_code(
        &self,
        user: UserId,
        code_hash: &[u8],
        (now, made_before): (i64, i64),
        expires_at: i64,
    ) -> Result<()> {
        self.execute(
            "DELETE FROM recovery_codes
             WHERE user_id = $1 AND expires_at <= $2 AND created_at <= $3",
            &[&user, &now, &made_before],
        )?;
        self.execute(
            "INSERT INTO recovery_codes (user_id, code_hash, created_at, expires_at)
             VALUES ($1, $2, $3, $4)",
            &[&user, &code_hash, &now, &expires_at],
        )?;
        Ok(())
    }

    fn use_up_codes(&self, user: UserId, now: i64) -> Result<()> {
        self.execute(
            "UPDATE recovery_codes SET expires_at = $2 WHERE user_id = $1 AND expires_at > $2",
            &[&user, &now],
        )?;
        Ok(())
    }
}

impl KeyReads for Pg<'_> {
    fn bound_store_id(&self) -> Result<Option<String>> {
        self.query_opt("SELECT store_id FROM key_binding", &[])?
            .map(|r| get(&r, 0))
            .transpose()
    }

    fn keeps_key_checks(&self) -> Result<bool> {
        get(
            &self.query_one("SELECT EXISTS (SELECT 1 FROM key_checks)", &[])?,
            0,
        )
    }

    fn key_check(&self, key_id: &str) -> Result<Option<Vec<u8>>> {
        self.query_opt(
            "SELECT check_value FROM key_checks WHERE key_id = $1",
            &[&key_id],
        )?
        .map(|r| get(&r, 0))
        .transpose()
    }

    fn keys_in_use(&self) -> Result<Vec<String>> {
        self.query("SELECT DISTINCT key_id FROM secrets", &[])?
            .iter()
            .map(|r| get(r, 0))
            .collect()
    }
}

impl KeyWrites for Pg<'_> {
    fn bind_key_file(&self, store_id: &str) -> Result<()> {
        self.execute(
            "INSERT INTO key_binding (\"only\", store_id) VALUES (1, $1)",
            &[&store_id],
        )?;
        Ok(())
    }

    fn add_key_check(&self, key_id: &str, check_value: &[u8]) -> Result<()> {
        self.execute(
            "INSERT INTO key_checks (key_id, check_value) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[&key_id, &check_value],
        )?;
        Ok(())
    }
}

impl AuditReads for Pg<'_> {
    fn audit_records(&self, filter: &Filter) -> Result<Vec<Record>> {
        self.send_audit()?;
        let limit = filter.limit.map(i64::from);
        self.query(
            "SELECT * FROM (
               SELECT id, at, actor, auth, action, target, outcome, details FROM audit
               WHERE ($1::bigint IS NULL OR at >= $1) AND ($2::text IS NULL OR actor = $2)
               ORDER BY id DESC LIMIT $3) newest
             ORDER BY id",
            &[&filter.since, &filter.actor, &limit],
        )?
        .iter()
        .map(|r| {
            let details: String = get(r, 7)?;
            Ok(Record {
                id: get(r, 0)?,
                time: format_time(get(r, 1)?),
                actor: get(r, 2)?,
                auth: get(r, 3)?,
                action: get(r, 4)?,
                target: get(r, 5)?,
                outcome: get(r, 6)?,
                details: serde_json::from_str(&details)
                    .unwrap_or(serde_json::Value::String(details)),
            })
        })
        .collect()
    }

    fn refusals_after(&self, after: i64, actor: &str) -> Result<(i64, i64)> {
        self.send_audit()?;
        let r = self.query_one(
            "SELECT COUNT(*) FILTER (WHERE actor = $2), COUNT(*) FROM audit
             WHERE at > $1 AND outcome = 'refused'",
            &[&after, &actor],
        )?;
        Ok((get(&r, 0)?, get(&r, 1)?))
    }

    /// The writer's own newest record once it has made one: it holds the write lock, so
    /// no one else appends meanwhile.
    fn audit_head(&self) -> Result<Option<Link>> {
        if let Some(head) = self.audit_head.get() {
            return Ok(Some(head));
        }
        let newest = self.query_opt(
            "(SELECT id, COALESCE(hash, '') FROM audit ORDER BY id DESC LIMIT 1)
             UNION ALL
             (SELECT seq, hash FROM audit_checkpoints WHERE kind = 'anchor'
              ORDER BY seq DESC LIMIT 1)
             LIMIT 1",
            &[],
        )?;
        let Some(row) = newest else {
            return Ok(None);
        };
        let (seq, hash): (i64, Vec<u8>) = (get(&row, 0)?, get(&row, 1)?);
        // A hash that is not one (removed by hand) chains like no hash: verify names it.
        Ok(Some(Link {
            seq,
            hash: hash.try_into().unwrap_or([0; 32]),
        }))
    }

    /// A page at a time, in the one snapshot, so memory stays bounded however long the
    /// trail.
    fn audit_chain(
        &self,
        after: i64,
        since: Option<i64>,
        each: &mut dyn FnMut(Stored) -> Result<bool>,
    ) -> Result<()> {
        const PAGE: i64 = 10_000;
        self.send_audit()?;
        let mut after = after;
        loop {
            let rows = self.query(
                "SELECT id, at, actor, auth, action, target, outcome, details, hash FROM audit
                 WHERE id > $1 AND ($2::bigint IS NULL OR at >= $2) ORDER BY id LIMIT $3",
                &[&after, &since, &PAGE],
            )?;
            for r in &rows {
                let record = Stored {
                    seq: get(r, 0)?,
                    at: get(r, 1)?,
                    actor: get(r, 2)?,
                    auth: get(r, 3)?,
                    action: get(r, 4)?,
                    target: get(r, 5)?,
                    outcome: get(r, 6)?,
                    details: get(r, 7)?,
                    hash: get(r, 8)?,
                };
                after = record.seq;
                if !each(record)? {
                    return Ok(());
                }
            }
            if (rows.len() as i64) < PAGE {
                return Ok(());
            }
        }
    }

    fn audit_checkpoints(&self) -> Result<Vec<Checkpoint>> {
        self.query(
            "SELECT kind, seq, hash, at, key, signature FROM audit_checkpoints ORDER BY seq, kind",
            &[],
        )?
        .iter()
        .map(|r| {
            let kind: String = get(r, 0)?;
            let hash: Vec<u8> = get(r, 2)?;
            Ok(Checkpoint {
                // A row that is not a checkpoint's fails its signature: verify names it.
                kind: CheckpointKind::parse(&kind).unwrap_or(CheckpointKind::Checkpoint),
                seq: get(r, 1)?,
                hash: hash.try_into().unwrap_or([0; 32]),
                at: get(r, 3)?,
                key: get(r, 4)?,
                signature: get(r, 5)?,
            })
        })
        .collect()
    }

    fn audit_digest_key(&self) -> Result<Option<Vec<u8>>> {
        get(&self.query_one("SELECT audit_key FROM store_info", &[])?, 0)
    }
}

impl AuditWrites for Pg<'_> {
    /// Kept, and sent with the others (see `send_audit`): an apply makes as many
    /// records as changes.
    fn append_audit(&self, content: &Content<'_>, hash: &Hash) -> Result<()> {
        let kept = {
            let mut pending = self.pending_audit.borrow_mut();
            pending.push(content, hash);
            pending.len()
        };
        self.audit_head.set(Some(Link {
            seq: content.seq,
            hash: *hash,
        }));
        if kept >= AuditBatch::MOST {
            self.send_audit()?;
        }
        Ok(())
    }

    fn set_audit_hash(&self, seq: i64, hash: &Hash) -> Result<()> {
        self.execute(
            "UPDATE audit SET hash = $2 WHERE id = $1",
            &[&seq, &&hash[..]],
        )?;
        Ok(())
    }

    fn add_checkpoint(&self, c: &Checkpoint) -> Result<()> {
        self.execute(
            "INSERT INTO audit_checkpoints (seq, kind, hash, at, key, signature)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            &[
                &c.seq,
                &c.kind.as_str(),
                &&c.hash[..],
                &c.at,
                &c.key,
                &c.signature,
            ],
        )?;
        Ok(())
    }

    fn remove_audit_through(&self, seq: i64) -> Result<u64> {
        self.send_audit()?;
        self.execute("DELETE FROM audit WHERE id <= $1", &[&seq])
    }

    fn set_audit_digest_key(&self, key: &[u8]) -> Result<()> {
        self.execute("UPDATE store_info SET audit_key = $1", &[&key])?;
        Ok(())
    }

    fn audit_memo(&self) -> &crate::store::audit::Memo {
        &self.audit_memo
    }
}

/// Audit records waiting to be sent, as rows for one `COPY` (`send_audit`).
#[derive(Default)]
pub(super) struct AuditBatch(Vec<Vec<Cell>>);

impl AuditBatch {
    /// The columns sent.
    pub(super) const COLUMNS: &[&str] = &[
        "id", "at", "actor", "auth", "action", "target", "outcome", "details", "hash",
    ];
    /// Sent once this many are kept, to bound the memory they take.
    const MOST: usize = 20_000;

    fn push(&mut self, content: &Content<'_>, hash: &Hash) {
        let text = |t: &str| Cell::Text(t.to_string());
        self.0.push(vec![
            Cell::Integer(content.seq),
            Cell::Integer(content.at),
            text(content.actor),
            text(content.auth),
            text(content.action),
            text(content.target),
            text(content.outcome),
            text(content.details),
            Cell::Blob(hash.to_vec()),
        ]);
    }

    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    pub(super) fn rows(&self) -> &[Vec<Cell>] {
        &self.0
    }
}
