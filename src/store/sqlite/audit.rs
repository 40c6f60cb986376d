//! Audit rows. Triggers refuse updates and deletes.

use rusqlite::{Row, params};

use super::{Conn, Writer};
use crate::error::Result;
use crate::store::audit::{AuditReads, AuditWrites, Entry, Filter, Record};
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
}

impl AuditWrites for Writer<'_> {
    fn append_audit(&self, entry: &Entry<'_>) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO audit (at, actor, auth, action, target, outcome, details)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![
            entry.at,
            entry.actor,
            entry.auth,
            entry.action,
            entry.target,
            entry.outcome,
            entry.details.to_string()
        ])?;
        Ok(())
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
