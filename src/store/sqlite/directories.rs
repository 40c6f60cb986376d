//! Directory and group-mapping rows.

use rusqlite::{OptionalExtension, Row, params};

use super::{Conn, Writer};
use crate::engine::RoleId;
use crate::error::Result;
use crate::store::directories::{Config, Directory, DirectoryReads, DirectoryWrites, Mapping};
use crate::store::format_time;

const COLUMNS: &str = "id, name, url, starttls, bind_dn, user_base, user_filter, username_attr,
     email_attr, full_name_attr, group_base, group_filter, group_attr, import_filter,
     import_groups, created_at, synced_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Directory> {
    Ok(Directory {
        id: r.get(0)?,
        config: Config {
            name: r.get(1)?,
            url: r.get(2)?,
            starttls: r.get(3)?,
            bind_dn: r.get(4)?,
            user_base: r.get(5)?,
            user_filter: r.get(6)?,
            username_attr: r.get(7)?,
            email_attr: r.get(8)?,
            full_name_attr: r.get(9)?,
            group_base: r.get(10)?,
            group_filter: r.get(11)?,
            group_attr: r.get(12)?,
        },
        import_filter: r.get(13)?,
        import_groups: r.get(14)?,
        created: format_time(r.get(15)?),
        synced: r.get::<_, Option<i64>>(16)?.map(format_time),
    })
}

impl<C: Conn> DirectoryReads for C {
    fn find_directory(&self, name: &str) -> Result<Option<Directory>> {
        let sql = format!("SELECT {COLUMNS} FROM directories WHERE name = ?1");
        Ok(self
            .prepare_cached(&sql)?
            .query_row([name], from_row)
            .optional()?)
    }

    fn list_directories(&self) -> Result<Vec<Directory>> {
        let sql = format!("SELECT {COLUMNS} FROM directories ORDER BY name COLLATE NOCASE");
        let mut stmt = self.prepare(&sql)?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn mappings(&self, directory: i64) -> Result<Vec<Mapping>> {
        let mut stmt = self.prepare_cached(
            "SELECT g.name, r.name, r.id FROM directory_groups g JOIN roles r ON r.id = g.role_id
             WHERE g.directory_id = ?1 ORDER BY g.name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([directory], |r| {
            Ok(Mapping {
                group: r.get(0)?,
                role: r.get(1)?,
                role_id: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl DirectoryWrites for Writer<'_> {
    fn insert_directory(&self, config: &Config, at: i64) -> Result<()> {
        self.execute(
            "INSERT INTO directories (name, url, starttls, bind_dn, user_base, user_filter,
                 username_attr, email_attr, full_name_attr, group_base, group_filter,
                 group_attr, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            params![
                config.name,
                config.url,
                config.starttls,
                config.bind_dn,
                config.user_base,
                config.user_filter,
                config.username_attr,
                config.email_attr,
                config.full_name_attr,
                config.group_base,
                config.group_filter,
                config.group_attr,
                at
            ],
        )?;
        Ok(())
    }

    fn delete_directory(&self, id: i64) -> Result<()> {
        self.execute("DELETE FROM directories WHERE id = ?1", [id])?;
        Ok(())
    }

    fn set_import(&self, id: i64, filter: Option<&str>, groups: bool) -> Result<()> {
        self.execute(
            "UPDATE directories SET import_filter = ?2, import_groups = ?3 WHERE id = ?1",
            params![id, filter, groups],
        )?;
        Ok(())
    }

    fn mark_synced(&self, id: i64, at: i64) -> Result<()> {
        self.execute(
            "UPDATE directories SET synced_at = ?2 WHERE id = ?1",
            [id, at],
        )?;
        Ok(())
    }

    fn map_group(&self, directory: i64, group: &str, role: RoleId) -> Result<()> {
        self.execute(
            "INSERT INTO directory_groups (directory_id, name, role_id) VALUES (?1, ?2, ?3)",
            params![directory, group, role],
        )?;
        Ok(())
    }

    fn unmap_group(&self, directory: i64, group: &str) -> Result<()> {
        self.execute(
            "DELETE FROM directory_groups WHERE directory_id = ?1 AND name = ?2",
            params![directory, group],
        )?;
        Ok(())
    }
}
