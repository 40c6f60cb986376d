//! Audit rows, their hash chain and checkpoints. Triggers refuse updates and deletes,
//! but for the two the chain allows (see migration 10).

use rusqlite::{OptionalExtension, Row, params};

use super::{Conn, Writer};
use crate::crypto::chain::{Content, Hash};
use crate::error::Result;
use crate::store::audit::{
    AuditReads, AuditWrites, Checkpoint, CheckpointKind, Filter, Link, Record, Stored,
};
use crate::store::format_time;

fn from_row(r: &Row<'_>) -> rusqlite::Result<Record> {
    let details: String = r.get(7)?;
    Ok(Record {
        id: r.get(0)?,
        time: format_time(r.get(1)?),
        actor: r.get(2)?,
        auth: r.get(3)?,
        action: r.get(4)?,
        target: r.get(5)?,
        outcome: r.get(6)?,
        details: serde_json::from_str(&details).unwrap_or(serde_json::Value::String(details)),
    })
}

fn link(seq: i64, hash: Vec<u8>) -> Option<Link> {
    Some(Link {
        seq,
        hash: hash.try_into().ok()?,
    })
}

impl<C: Conn> AuditReads for C {
    fn audit_records(&self, filter: &Filter) -> Result<Vec<Record>> {
        let mut stmt = self.prepare(
            "SELECT * FROM (
               SELECT id, at, actor, auth, action, target, outcome, details FROM audit
               WHERE (?1 IS NULL OR at >= ?1) AND (?2 IS NULL OR actor = ?2)
               ORDER BY id DESC LIMIT ?3)
             ORDER BY id",
        )?;
        let limit = filter.limit.map_or(-1, i64::from);
        let rows = stmt.query_map(params![filter.since, filter.actor, limit], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn refusals_after(&self, after: i64, actor: &str) -> Result<(i64, i64)> {
        Ok(self.query_row(
            "SELECT COUNT(*) FILTER (WHERE actor = ?2), COUNT(*) FROM audit
             WHERE at > ?1 AND outcome = 'refused'",
            params![after, actor],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    fn audit_head(&self) -> Result<Option<Link>> {
        let newest = self
            .prepare_cached("SELECT id, IFNULL(hash, x'') FROM audit ORDER BY id DESC LIMIT 1")?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .or(self
                .prepare_cached(
                    "SELECT seq, hash FROM audit_checkpoints WHERE kind = 'anchor'
                     ORDER BY seq DESC LIMIT 1",
                )?
                .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?);
        // A hash that is not one (removed by hand) chains like no hash: verify names it.
        Ok(newest.map(|(seq, hash): (i64, Vec<u8>)| {
            link(seq, hash).unwrap_or(Link { seq, hash: [0; 32] })
        }))
    }

    fn audit_chain(
        &self,
        after: i64,
        since: Option<i64>,
        each: &mut dyn FnMut(Stored) -> Result<bool>,
    ) -> Result<()> {
        let mut stmt = self.prepare(
            "SELECT id, at, actor, auth, action, target, outcome, details, hash FROM audit
             WHERE id > ?1 AND (?2 IS NULL OR at >= ?2) ORDER BY id",
        )?;
        let mut rows = stmt.query(params![after, since])?;
        while let Some(r) = rows.next()? {
            let record = Stored {
                seq: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                auth: r.get(3)?,
                action: r.get(4)?,
                target: r.get(5)?,
                outcome: r.get(6)?,
                details: r.get(7)?,
                hash: r.get(8)?,
            };
            if !each(record)? {
                break;
            }
        }
        Ok(())
    }

    fn audit_checkpoints(&self) -> Result<Vec<Checkpoint>> {
        let mut stmt = self.prepare(
            "SELECT kind, seq, hash, at, key, signature FROM audit_checkpoints ORDER BY seq, kind",
        )?;
        let rows = stmt.query_map([], |r| {
            let kind: String = r.get(0)?;
            let hash: Vec<u8> = r.get(2)?;
            Ok((kind, r.get(1)?, hash, r.get(3)?, r.get(4)?, r.get(5)?))
        })?;
        let mut found = Vec::new();
        for row in rows {
            let (kind, seq, hash, at, key, signature) = row?;
            found.push(Checkpoint {
                // A row that is not a checkpoint's fails its signature: verify names it.
                kind: CheckpointKind::parse(&kind).unwrap_or(CheckpointKind::Checkpoint),
                seq,
                hash: hash.try_into().unwrap_or([0; 32]),
                at,
                key,
                signature,
            });
        }
        Ok(found)
    }

    fn audit_digest_key(&self) -> Result<Option<Vec<u8>>> {
        Ok(self
            .prepare_cached("SELECT audit_key FROM store_info")?
            .query_row([], |r| r.get(0))?)
    }
}

impl AuditWrites for Writer<'_> {
    fn append_audit(&self, content: &Content<'_>, hash: &Hash) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO audit (id, at, actor, auth, action, target, outcome, details, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            content.seq,
            content.at,
            content.actor,
            content.auth,
            content.action,
            content.target,
            content.outcome,
            content.details,
            &hash[..],
        ])?;
        Ok(())
    }

    fn set_audit_hash(&self, seq: i64, hash: &Hash) -> Result<()> {
        self.prepare_cached("UPDATE audit SET hash = ?2 WHERE id = ?1")?
            .execute(params![seq, &hash[..]])?;
        Ok(())
    }

    fn add_checkpoint(&self, c: &Checkpoint) -> Result<()> {
        self.prepare_cached(
            "INSERT OR IGNORE INTO audit_checkpoints (seq, kind, hash, at, key, signature)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            c.seq,
            c.kind.as_str(),
            &c.hash[..],
            c.at,
            c.key,
            c.signature
        ])?;
        Ok(())
    }

    fn remove_audit_through(&self, seq: i64) -> Result<u64> {
        let removed = self
            .prepare_cached("DELETE FROM audit WHERE id <= ?1")?
            .execute([seq])?;
        Ok(removed as u64)
    }

    fn set_audit_digest_key(&self, key: &[u8]) -> Result<()> {
        self.execute("UPDATE store_info SET audit_key = ?1", [key])?;
        Ok(())
    }

    fn audit_memo(&self) -> &crate::store::audit::Memo {
        &self.audit_memo
    }
}

#[cfg(test)]
mod tests {
    use crate::identity::Actor;
    use crate::store::{Seed, sqlite::Sqlite};

    #[test]
    fn records_cannot_be_updated_or_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        crate::store::Store::create(
            &crate::store::Location::Sqlite(path.clone()),
            &Seed::default(),
            &Actor::local(),
        )
        .unwrap();
        let conn = Sqlite::open(&path).unwrap().conn;
        let count = |c: &rusqlite::Connection| -> i64 {
            c.query_row("SELECT COUNT(*) FROM audit", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(count(&conn), 1);
        assert!(
            conn.execute("UPDATE audit SET actor = 'someone else'", [])
                .is_err()
        );
        assert!(conn.execute("DELETE FROM audit", []).is_err());
        assert_eq!(count(&conn), 1);
    }
}
