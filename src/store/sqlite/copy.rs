//! Rows of any table, for `db copy`. Table and column names come from `copy::TABLES`,
//! never from input.

use rusqlite::types::{Value, ValueRef};

use super::{Conn, Writer};
use crate::error::{Error, Result};
use crate::store::copy::{self, Cell, CopyReads, CopyWrites};

/// `table`, checked to be one of the store's.
fn known(table: &str) -> Result<&'static str> {
    Ok(copy::table(table)?.0)
}

fn cell(value: ValueRef<'_>) -> Result<Cell> {
    Ok(match value {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(n) => Cell::Integer(n),
        ValueRef::Text(t) => Cell::Text(
            std::str::from_utf8(t)
                .map_err(|e| Error::invalid(format!("a stored text is not UTF-8: {e}")))?
                .to_string(),
        ),
        ValueRef::Blob(b) => Cell::Blob(b.to_vec()),
        ValueRef::Real(_) => return Err(Error::invalid("the store holds no real numbers")),
    })
}

fn value(cell: &Cell) -> Value {
    match cell {
        Cell::Null => Value::Null,
        Cell::Integer(n) => Value::Integer(*n),
        Cell::Text(t) => Value::Text(t.clone()),
        Cell::Blob(b) => Value::Blob(b.clone()),
    }
}

impl<C: Conn> CopyReads for C {
    fn schema_version(&self) -> Result<i64> {
        Ok(self.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    fn count_rows(&self, table: &str) -> Result<u64> {
        let count: i64 = self.query_row(
            &format!("SELECT COUNT(*) FROM {}", known(table)?),
            [],
            |r| r.get(0),
        )?;
        Ok(u64::try_from(count).unwrap_or(0))
    }

    fn read_rows(
        &self,
        table: &str,
        columns: &[&str],
        each: &mut dyn FnMut(&[Cell]) -> Result<()>,
    ) -> Result<()> {
        let sql = format!("SELECT {} FROM {}", columns.join(", "), known(table)?);
        let mut stmt = self.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        let mut row = Vec::with_capacity(columns.len());
        while let Some(r) = rows.next()? {
            row.clear();
            for i in 0..columns.len() {
                row.push(cell(r.get_ref(i)?)?);
            }
            each(&row)?;
        }
        Ok(())
    }
}

impl CopyWrites for Writer<'_> {
    fn clear_rows(&self, table: &str) -> Result<()> {
        self.execute(&format!("DELETE FROM {}", known(table)?), [])?;
        Ok(())
    }

    fn insert_row(&self, table: &str, columns: &[&str], row: &[Cell]) -> Result<()> {
        let marks: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            known(table)?,
            columns.join(", "),
            marks.join(", ")
        );
        self.prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(row.iter().map(value)))?;
        Ok(())
    }

    fn rows_copied(&self, _table: &str) -> Result<()> {
        // SQLite takes the next rowid from the largest there is.
        Ok(())
    }
}
