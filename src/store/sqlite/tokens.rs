//! Token and token-scope rows.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Conn, Writer};
use crate::engine::{GrantSet, UserId};
use crate::error::Result;
use crate::model::Permission;
use crate::store::tokens::{Credential, NewToken, Token, TokenReads, TokenWrites, state};
use crate::store::{format_time, grants};

const COLUMNS: &str = "t.id, u.name, t.name, t.description, t.restricted, t.enabled,
    t.created_at, t.expires_at, t.revoked_at, t.last_used_at, NULLIF(t.disabled_by, '')";

fn from_row(conn: &Connection, r: &Row<'_>, now: i64) -> Result<Token> {
    let id: String = r.get(0)?;
    let restricted: bool = r.get(4)?;
    let expires_at: i64 = r.get(7)?;
    let revoked_at: Option<i64> = r.get(8)?;
    let last_used: Option<i64> = r.get(9)?;
    let enabled: bool = r.get(5)?;
    let disabled = (!enabled)
        .then(|| r.get::<_, Option<String>>(10))
        .transpose()?;
    let scopes = if restricted {
        Some(scope_permissions(conn, &id)?)
    } else {
        None
    };
    Ok(Token {
        user: r.get(1)?,
        name: r.get(2)?,
        description: r.get(3)?,
        status: state(enabled, expires_at, revoked_at.is_some(), now),
        created: format_time(r.get(6)?),
        expires: format_time(expires_at),
        last_used: last_used.map(format_time),
        scopes,
        disabled,
        id,
    })
}

fn scope_permissions(conn: &Connection, id: &str) -> Result<Vec<Permission>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.category, i.name, s.action FROM token_scopes s
         LEFT JOIN items i ON i.id = s.item_id WHERE s.token_id = ?1",
    )?;
    let mut rows = stmt.query([id])?;
    let mut scopes = Vec::new();
    while let Some(r) = rows.next()? {
        scopes.push(grants::from_row(
            r.get_ref(0)?.as_str()?,
            r.get(1)?,
            r.get_ref(2)?.as_str()?,
        )?);
    }
    scopes.sort();
    Ok(scopes)
}

fn scope_keys(conn: &Connection, id: &str) -> Result<GrantSet> {
    let mut stmt = conn
        .prepare_cached("SELECT category, item_id, action FROM token_scopes WHERE token_id = ?1")?;
    let mut rows = stmt.query([id])?;
    let mut set = GrantSet::default();
    while let Some(r) = rows.next()? {
        set.insert(grants::key(
            r.get_ref(0)?.as_str()?,
            r.get(1)?,
            r.get_ref(2)?.as_str()?,
        )?);
    }
    Ok(set)
}

impl<C: Conn> TokenReads for C {
    fn list_tokens(&self, user: Option<UserId>, now: i64) -> Result<Vec<Token>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM tokens t JOIN users u ON u.id = t.user_id
             WHERE ?1 IS NULL OR t.user_id = ?1
             ORDER BY u.name COLLATE NOCASE, t.created_at DESC, t.name"
        );
        let mut stmt = self.prepare(&sql)?;
        let mut rows = stmt.query([user])?;
        let mut tokens = Vec::new();
        while let Some(r) = rows.next()? {
            tokens.push(from_row(self, r, now)?);
        }
        Ok(tokens)
    }

    fn find_token(&self, id: &str, now: i64) -> Result<Option<Token>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.id = ?1"
        );
        let mut stmt = self.prepare_cached(&sql)?;
        let mut rows = stmt.query([id])?;
        rows.next()?.map(|r| from_row(self, r, now)).transpose()
    }

    fn token_credential(&self, id: &str) -> Result<Option<Credential>> {
        let found = self
            .prepare_cached(
                "SELECT t.secret_hash, u.name, t.enabled, t.expires_at, t.revoked_at IS NOT NULL,
                        t.restricted
                 FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.id = ?1",
            )?
            .query_row([id], |r| {
                Ok(Credential {
                    secret_hash: r.get(0)?,
                    user: r.get(1)?,
                    enabled: r.get(2)?,
                    expires_at: r.get(3)?,
                    revoked: r.get(4)?,
                    restricted: r.get(5)?,
                })
            })
            .optional()?;
        Ok(found)
    }

    fn token_scopes(&self, id: &str) -> Result<GrantSet> {
        scope_keys(self, id)
    }

    fn live_token_named(&self, user: UserId, name: &str) -> Result<Option<String>> {
        Ok(self
            .query_row(
                "SELECT id FROM tokens WHERE user_id = ?1 AND name = ?2 AND revoked_at IS NULL",
                params![user, name],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn token_expiry(&self, id: &str) -> Result<Option<i64>> {
        Ok(self
            .query_row("SELECT expires_at FROM tokens WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?)
    }
}

impl TokenWrites for Writer<'_> {
    fn insert_token(&self, token: &NewToken<'_>, scope_items: &[Option<i64>]) -> Result<()> {
        self.execute(
            "INSERT INTO tokens (id, user_id, name, description, secret_hash, restricted,
                                 created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                token.id,
                token.user,
                token.name.as_str(),
                token.description,
                token.secret_hash,
                token.scopes.is_some(),
                token.created_at,
                token.expires_at
            ],
        )?;
        for (permission, item) in token.scopes.unwrap_or_default().iter().zip(scope_items) {
            self.execute(
                "INSERT INTO token_scopes (token_id, category, item_id, action)
                 VALUES (?1, ?2, ?3, ?4)",
                params![
                    token.id,
                    permission.category().name(),
                    item,
                    permission.action()
                ],
            )?;
        }
        Ok(())
    }

    fn set_token_enabled(&self, id: &str, enabled: bool, by: Option<&str>) -> Result<bool> {
        Ok(self.execute(
            "UPDATE tokens SET enabled = ?2, disabled_by = ?3 WHERE id = ?1 AND enabled <> ?2",
            params![id, enabled, by],
        )? > 0)
    }

    fn revoke_token(&self, id: &str, now: i64) -> Result<bool> {
        Ok(self.execute(
            "UPDATE tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
            params![id, now],
        )? > 0)
    }

    fn touch_token(&self, id: &str, now: i64) -> Result<()> {
        self.execute(
            "UPDATE tokens SET last_used_at = ?2 WHERE id = ?1",
            params![id, now],
        )?;
        Ok(())
    }
}
