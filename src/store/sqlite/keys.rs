//! The key binding and key check rows.

use rusqlite::{OptionalExtension, params};

use super::{Conn, Writer};
use crate::error::Result;
use crate::store::keys::{KeyReads, KeyWrites};

impl<C: Conn> KeyReads for C {
    fn bound_store_id(&self) -> Result<Option<String>> {
        Ok(self
            .query_row("SELECT store_id FROM key_binding", [], |r| r.get(0))
            .optional()?)
    }

    fn keeps_key_checks(&self) -> Result<bool> {
        Ok(self.query_row("SELECT EXISTS (SELECT 1 FROM key_checks)", [], |r| r.get(0))?)
    }

    fn key_check(&self, key_id: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .query_row(
                "SELECT check_value FROM key_checks WHERE key_id = ?1",
                [key_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn keys_in_use(&self) -> Result<Vec<String>> {
        Ok(self
            .prepare("SELECT DISTINCT key_id FROM secrets")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }
}

impl KeyWrites for Writer<'_> {
    fn bind_key_file(&self, store_id: &str) -> Result<()> {
        self.execute(
            "INSERT INTO key_binding (only, store_id) VALUES (1, ?1)",
            [store_id],
        )?;
        Ok(())
    }

    fn add_key_check(&self, key_id: &str, check_value: &[u8]) -> Result<()> {
        self.execute(
            "INSERT OR IGNORE INTO key_checks (key_id, check_value) VALUES (?1, ?2)",
            params![key_id, check_value],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use crate::error::ErrorKind;
    use crate::identity::Actor;
    use crate::store::sqlite::Sqlite;
    use crate::store::{Seed, Store, secrets};

    /// Changes the first key of a key file, as damage would.
    fn damage(key_file: &std::path::Path) {
        let mut file: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(key_file).unwrap()).unwrap();
        let key = file["keys"][0]["key"].as_str().unwrap().to_string();
        let flipped = if key.starts_with('0') { "1" } else { "0" };
        file["keys"][0]["key"] = format!("{flipped}{}", &key[1..]).into();
        fs::write(key_file, file.to_string()).unwrap();
    }

    #[test]
    fn a_key_from_before_check_values_is_judged_by_what_it_sealed() {
        let dir = tempfile::tempdir().unwrap();
        let (db, key_file) = (dir.path().join("s.db"), dir.path().join("s.key"));
        let actor = Actor::local();
        let seed = Seed {
            key_file: Some(key_file.clone()),
            ..Seed::default()
        };
        let mut store =
            Store::create(&crate::store::Location::Sqlite(db.clone()), &seed, &actor).unwrap();
        store
            .write(&actor, |tx| {
                secrets::set_system(tx, &key_file, "first", "one")
            })
            .unwrap();
        // A store upgraded from before check values keeps none.
        let old = Sqlite::open(&db).unwrap();
        old.conn.conn.execute("DELETE FROM key_checks", []).unwrap();
        let good = fs::read(&key_file).unwrap();
        damage(&key_file);
        let err = store
            .write(&actor, |tx| {
                secrets::set_system(tx, &key_file, "second", "two")
            })
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Crypto, "{err}");
        assert!(err.message().contains("damaged"), "{err}");
        assert!(!secrets::has_system(store.read(), "second").unwrap());
        fs::write(&key_file, good).unwrap();
        let first = secrets::get_system(store.read(), &key_file, "first").unwrap();
        assert_eq!(first.unwrap().as_str(), "one");
    }
}
