//! Rows of grants, items, directories, secrets and tokens.

use postgres::Row;

use super::{Pg, get, grant_set};
use crate::crypto::Sealed;
use crate::engine::{GrantSet, ItemId, RoleId, UserId};
use crate::error::Result;
use crate::model::{Category, Permission, Target};
use crate::store::directories::{Config, Directory, DirectoryReads, DirectoryWrites, Mapping};
use crate::store::format_time;
use crate::store::grants::{self, GrantReads, GrantWrites, Holding, Principal};
use crate::store::items::{Item, ItemReads, ItemWrites, item_name};
use crate::store::secrets::{Listed, SecretReads, SecretWrites, Stored};
use crate::store::tokens::{Credential, NewToken, Token, TokenReads, TokenWrites, state};

/// The (user_id, role_id) columns of a principal.
fn columns(principal: Principal) -> (Option<UserId>, Option<RoleId>) {
    match principal {
        Principal::User(id) => (Some(id), None),
        Principal::Role(id) => (None, Some(id)),
    }
}

/// The column that names `principal`, and its id: a query on it can use that kind of
/// principal's index, which `IS NOT DISTINCT FROM` on both columns cannot.
fn principal_column(principal: Principal) -> (&'static str, i64) {
    match principal {
        Principal::User(id) => ("user_id", id),
        Principal::Role(id) => ("role_id", id),
    }
}

/// Permissions from rows of (category, item name, action).
fn permissions(rows: &[Row]) -> Result<Vec<Permission>> {
    rows.iter()
        .map(|r| grants::from_row(&get::<String>(r, 0)?, get(r, 1)?, &get::<String>(r, 2)?))
        .collect()
}

impl GrantReads for Pg<'_> {
    fn principal_name(&self, principal: Principal) -> Result<String> {
        let (sql, id) = match principal {
            Principal::User(id) => ("SELECT name FROM users WHERE id = $1", id),
            Principal::Role(id) => ("SELECT name FROM roles WHERE id = $1", id),
        };
        get(&self.query_one(sql, &[&id])?, 0)
    }

    /// Two queries, whatever the count.
    fn principal_names(&self, principals: &[Principal]) -> Result<Vec<String>> {
        let ids = |role: bool| -> Vec<i64> {
            principals
                .iter()
                .filter_map(|p| match (p, role) {
                    (Principal::User(id), false) | (Principal::Role(id), true) => Some(*id),
                    _ => None,
                })
                .collect()
        };
        let mut names = std::collections::HashMap::new();
        for (role, sql) in [
            (false, "SELECT id, name FROM users WHERE id = ANY($1)"),
            (true, "SELECT id, name FROM roles WHERE id = ANY($1)"),
        ] {
            let wanted = ids(role);
            if wanted.is_empty() {
                continue;
            }
            for row in self.query(sql, &[&wanted])? {
                names.insert((role, get::<i64>(&row, 0)?), get::<String>(&row, 1)?);
            }
        }
        principals
            .iter()
            .map(|p| {
                let key = match p {
                    Principal::User(id) => (false, *id),
                    Principal::Role(id) => (true, *id),
                };
                names
                    .get(&key)
                    .cloned()
                    .ok_or_else(|| crate::store::StoreError::NotFound(format!("no {p:?}")).into())
            })
            .collect()
    }

    fn grants_of(&self, principal: Principal) -> Result<Vec<Permission>> {
        let (column, id) = principal_column(principal);
        let rows = self.query(
            &format!(
                "SELECT g.category, i.name, g.action FROM grants g
                 LEFT JOIN items i ON i.id = g.item_id WHERE g.{column} = $1"
            ),
            &[&id],
        )?;
        let mut found = permissions(&rows)?;
        found.sort();
        Ok(found)
    }

    fn grants_reaching(&self, user: UserId) -> Result<Vec<Permission>> {
        permissions(&self.query(
            "SELECT g.category, i.name, g.action FROM grants g
             LEFT JOIN items i ON i.id = g.item_id
             WHERE g.user_id = $1
                OR g.role_id IN (SELECT role_id FROM role_members WHERE user_id = $1)",
            &[&user],
        )?)
    }

    fn holdings_on_item(&self, item: ItemId) -> Result<(Vec<Holding>, Vec<Holding>)> {
        let rows = self.query(
            "SELECT u.name, r.name, g.action FROM grants g
             LEFT JOIN users u ON u.id = g.user_id LEFT JOIN roles r ON r.id = g.role_id
             WHERE g.item_id = $1
             ORDER BY lower(u.name COLLATE \"C\"), lower(r.name COLLATE \"C\"),
                      g.action COLLATE \"C\"",
            &[&item],
        )?;
        let rows = rows
            .iter()
            .map(|r| Ok((get(r, 0)?, get(r, 1)?, get(r, 2)?)))
            .collect::<Result<Vec<_>>>()?;
        Ok(grants::holdings(rows))
    }
}

impl GrantWrites for Pg<'_> {
    fn insert_grant(
        &self,
        to: Principal,
        permission: &Permission,
        item: Option<ItemId>,
    ) -> Result<bool> {
        let (user, role) = columns(to);
        Ok(self.execute(
            "INSERT INTO grants (user_id, role_id, category, item_id, action)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            &[
                &user,
                &role,
                &permission.category().name(),
                &item,
                &permission.action(),
            ],
        )? > 0)
    }

    /// One statement, whatever the count.
    fn insert_grants(
        &self,
        grants: &[(Principal, &Permission, Option<ItemId>)],
    ) -> Result<Vec<bool>> {
        let mut users = Vec::with_capacity(grants.len());
        let mut roles = Vec::with_capacity(grants.len());
        let mut categories = Vec::with_capacity(grants.len());
        let mut items = Vec::with_capacity(grants.len());
        let mut actions = Vec::with_capacity(grants.len());
        for (to, permission, item) in grants {
            let (user, role) = columns(*to);
            users.push(user);
            roles.push(role);
            categories.push(permission.category().name());
            items.push(*item);
            actions.push(permission.action());
        }
        let inserted = self.query(
            "INSERT INTO grants (user_id, role_id, category, item_id, action)
             SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::bigint[], $5::text[])
             ON CONFLICT DO NOTHING
             RETURNING user_id, role_id, category, item_id, action",
            &[&users, &roles, &categories, &items, &actions],
        )?;
        type Key = (Option<i64>, Option<i64>, String, Option<i64>, String);
        let mut new: std::collections::HashSet<Key> = inserted
            .iter()
            .map(|r| Ok((get(r, 0)?, get(r, 1)?, get(r, 2)?, get(r, 3)?, get(r, 4)?)))
            .collect::<Result<_>>()?;
        // The first of any duplicates is the one that went in.
        Ok((0..grants.len())
            .map(|i| {
                new.remove(&(
                    users[i],
                    roles[i],
                    categories[i].to_string(),
                    items[i],
                    actions[i].to_string(),
                ))
            })
            .collect())
    }

    fn delete_grant(
        &self,
        from: Principal,
        permission: &Permission,
        item: Option<ItemId>,
    ) -> Result<bool> {
        let (column, id) = principal_column(from);
        Ok(self.execute(
            &format!(
                "DELETE FROM grants WHERE {column} = $1 AND category = $2
                   AND item_id IS NOT DISTINCT FROM $3 AND action = $4"
            ),
            &[
                &id,
                &permission.category().name(),
                &item,
                &permission.action(),
            ],
        )? > 0)
    }
}

const ITEMS: &str = "SELECT i.id, i.category, i.name, u.name, i.owner_id, i.created_at
                     FROM items i JOIN users u ON u.id = i.owner_id";

fn item(r: &Row) -> Result<Item> {
    Ok(Item {
        id: get(r, 0)?,
        target: Target {
            category: Category::parse(&get::<String>(r, 1)?).map_err(grants::damaged)?,
            item: Some(get(r, 2)?),
        },
        owner: get(r, 3)?,
        owner_id: get(r, 4)?,
        created: format_time(get(r, 5)?),
    })
}

impl ItemReads for Pg<'_> {
    fn find_item(&self, target: &Target) -> Result<Option<Item>> {
        let sql = format!("{ITEMS} WHERE i.category = $1 AND i.name = $2");
        self.query_opt(&sql, &[&target.category.name(), &item_name(target)?])?
            .map(|r| item(&r))
            .transpose()
    }

    /// One query, whatever the count.
    fn item_ids(&self, targets: &[&Target]) -> Result<Vec<Option<ItemId>>> {
        let categories: Vec<&str> = targets.iter().map(|t| t.category.name()).collect();
        let names = targets
            .iter()
            .map(|t| item_name(t))
            .collect::<Result<Vec<&str>>>()?;
        self.query(
            "SELECT i.id FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(category, name, n)
             LEFT JOIN items i ON i.category = t.category AND i.name = t.name ORDER BY t.n",
            &[&categories, &names],
        )?
        .iter()
        .map(|r| get(r, 0))
        .collect()
    }

    fn list_items(&self, category: Option<Category>, owner: Option<UserId>) -> Result<Vec<Item>> {
        let sql = format!(
            "{ITEMS} WHERE ($1::text IS NULL OR i.category = $1)
               AND ($2::bigint IS NULL OR i.owner_id = $2)
             ORDER BY i.category COLLATE \"C\", i.name COLLATE \"C\""
        );
        self.query(&sql, &[&category.map(Category::name), &owner])?
            .iter()
            .map(item)
            .collect()
    }
}

impl ItemWrites for Pg<'_> {
    fn insert_item(&self, target: &Target, owner: UserId, at: i64) -> Result<ItemId> {
        get(
            &self.query_one(
                "INSERT INTO items (category, name, owner_id, created_at)
                 VALUES ($1, $2, $3, $4) RETURNING id",
                &[&target.category.name(), &item_name(target)?, &owner, &at],
            )?,
            0,
        )
    }

    /// One statement, whatever the count.
    fn insert_items(&self, items: &[(&Target, UserId)], at: i64) -> Result<Vec<ItemId>> {
        let categories: Vec<&str> = items.iter().map(|(t, _)| t.category.name()).collect();
        let names = items
            .iter()
            .map(|(t, _)| item_name(t))
            .collect::<Result<Vec<&str>>>()?;
        let owners: Vec<UserId> = items.iter().map(|(_, owner)| *owner).collect();
        let made: std::collections::HashMap<(String, String), ItemId> = self
            .query(
                "INSERT INTO items (category, name, owner_id, created_at)
                 SELECT c, n, o, $4 FROM unnest($1::text[], $2::text[], $3::bigint[]) AS t(c, n, o)
                 RETURNING category, name, id",
                &[&categories, &names, &owners, &at],
            )?
            .iter()
            .map(|r| Ok(((get(r, 0)?, get(r, 1)?), get(r, 2)?)))
            .collect::<Result<_>>()?;
        categories
            .iter()
            .zip(&names)
            .map(|(c, n)| {
                made.get(&(c.to_string(), n.to_string()))
                    .copied()
                    .ok_or_else(|| {
                        crate::store::StoreError::Backend("an item went missing".into()).into()
                    })
            })
            .collect()
    }

    fn set_item_owner(&self, item: ItemId, owner: UserId) -> Result<()> {
        self.execute(
            "UPDATE items SET owner_id = $2 WHERE id = $1",
            &[&item, &owner],
        )?;
        Ok(())
    }

    fn delete_item(&self, item: ItemId) -> Result<()> {
        self.execute("DELETE FROM items WHERE id = $1", &[&item])?;
        Ok(())
    }
}

const DIRECTORIES: &str = "SELECT id, name, url, starttls, bind_dn, user_base, user_filter,
     username_attr, email_attr, full_name_attr, group_base, group_filter, group_attr,
     import_filter, import_groups, created_at, synced_at FROM directories";

fn directory(r: &Row) -> Result<Directory> {
    Ok(Directory {
        id: get(r, 0)?,
        config: Config {
            name: get(r, 1)?,
            url: get(r, 2)?,
            starttls: get(r, 3)?,
            bind_dn: get(r, 4)?,
            user_base: get(r, 5)?,
            user_filter: get(r, 6)?,
            username_attr: get(r, 7)?,
            email_attr: get(r, 8)?,
            full_name_attr: get(r, 9)?,
            group_base: get(r, 10)?,
            group_filter: get(r, 11)?,
            group_attr: get(r, 12)?,
        },
        import_filter: get(r, 13)?,
        import_groups: get(r, 14)?,
        created: format_time(get(r, 15)?),
        synced: get::<Option<i64>>(r, 16)?.map(format_time),
    })
}

impl DirectoryReads for Pg<'_> {
    fn find_directory(&self, name: &str) -> Result<Option<Directory>> {
        let sql =
            format!("{DIRECTORIES} WHERE lower(name COLLATE \"C\") = lower($1 COLLATE \"C\")");
        self.query_opt(&sql, &[&name])?
            .map(|r| directory(&r))
            .transpose()
    }

    fn list_directories(&self) -> Result<Vec<Directory>> {
        let sql = format!("{DIRECTORIES} ORDER BY lower(name COLLATE \"C\")");
        self.query(&sql, &[])?.iter().map(directory).collect()
    }

    fn mappings(&self, directory: i64) -> Result<Vec<Mapping>> {
        self.query(
            "SELECT g.name, r.name, r.id FROM directory_groups g JOIN roles r ON r.id = g.role_id
             WHERE g.directory_id = $1 ORDER BY lower(g.name COLLATE \"C\")",
            &[&directory],
        )?
        .iter()
        .map(|r| {
            Ok(Mapping {
                group: get(r, 0)?,
                role: get(r, 1)?,
                role_id: get(r, 2)?,
            })
        })
        .collect()
    }
}

impl DirectoryWrites for Pg<'_> {
    fn insert_directory(&self, config: &Config, at: i64) -> Result<()> {
        self.execute(
            "INSERT INTO directories (name, url, starttls, bind_dn, user_base, user_filter,
                 username_attr, email_attr, full_name_attr, group_base, group_filter,
                 group_attr, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            &[
                &config.name,
                &config.url,
                &config.starttls,
                &config.bind_dn,
                &config.user_base,
                &config.user_filter,
                &config.username_attr,
                &config.email_attr,
                &config.full_name_attr,
                &config.group_base,
                &config.group_filter,
                &config.group_attr,
                &at,
            ],
        )?;
        Ok(())
    }

    fn delete_directory(&self, id: i64) -> Result<()> {
        self.execute("DELETE FROM directories WHERE id = $1", &[&id])?;
        Ok(())
    }

    fn set_import(&self, id: i64, filter: Option<&str>, groups: bool) -> Result<()> {
        self.execute(
            "UPDATE directories SET import_filter = $2, import_groups = $3 WHERE id = $1",
            &[&id, &filter, &groups],
        )?;
        Ok(())
    }

    fn mark_synced(&self, id: i64, at: i64) -> Result<()> {
        self.execute(
            "UPDATE directories SET synced_at = $2 WHERE id = $1",
            &[&id, &at],
        )?;
        Ok(())
    }

    fn map_group(&self, directory: i64, group: &str, role: RoleId) -> Result<()> {
        self.execute(
            "INSERT INTO directory_groups (directory_id, name, role_id) VALUES ($1, $2, $3)",
            &[&directory, &group, &role],
        )?;
        Ok(())
    }

    fn unmap_group(&self, directory: i64, group: &str) -> Result<()> {
        self.execute(
            "DELETE FROM directory_groups WHERE directory_id = $1 AND name = $2",
            &[&directory, &group],
        )?;
        Ok(())
    }
}

const SECRETS: &str = "SELECT s.id, s.item_id, i.category || '/' || i.name, s.name,
                              s.key_id, s.nonce, s.ciphertext
                       FROM secrets s LEFT JOIN items i ON i.id = s.item_id";

fn stored(r: &Row) -> Result<Stored> {
    Ok(Stored {
        id: get(r, 0)?,
        item: get(r, 1)?,
        target: get(r, 2)?,
        name: get(r, 3)?,
        sealed: Sealed {
            key_id: get(r, 4)?,
            nonce: get(r, 5)?,
            ciphertext: get(r, 6)?,
        },
    })
}

impl SecretReads for Pg<'_> {
    fn find_secret(&self, item: Option<ItemId>, name: &str) -> Result<Option<Stored>> {
        let sql = format!(
            "{SECRETS} WHERE COALESCE(s.item_id, 0) = COALESCE($1::bigint, 0) AND s.name = $2"
        );
        self.query_opt(&sql, &[&item, &name])?
            .map(|r| stored(&r))
            .transpose()
    }

    fn list_secrets(&self, target: Option<&Target>) -> Result<Vec<Listed>> {
        let category = target.map(|t| t.category.name());
        let item = target.and_then(|t| t.item.as_deref());
        self.query(
            "SELECT i.category || '/' || i.name, s.name, s.key_id, s.updated_at
             FROM secrets s JOIN items i ON i.id = s.item_id
             WHERE ($1::text IS NULL OR i.category = $1) AND ($2::text IS NULL OR i.name = $2)
             ORDER BY i.category COLLATE \"C\", i.name COLLATE \"C\", s.name COLLATE \"C\"",
            &[&category, &item],
        )?
        .iter()
        .map(|r| {
            Ok(Listed {
                target: get(r, 0)?,
                field: get(r, 1)?,
                key: get(r, 2)?,
                updated: format_time(get(r, 3)?),
            })
        })
        .collect()
    }

    fn all_secrets(&self) -> Result<Vec<Stored>> {
        let sql = format!("{SECRETS} ORDER BY s.id");
        self.query(&sql, &[])?.iter().map(stored).collect()
    }

    fn one_sealed_with(&self, key_id: &str) -> Result<Option<Stored>> {
        let sql = format!("{SECRETS} WHERE s.key_id = $1 LIMIT 1");
        self.query_opt(&sql, &[&key_id])?
            .map(|r| stored(&r))
            .transpose()
    }

    fn secrets_per_key(&self) -> Result<Vec<(String, i64)>> {
        self.query(
            "SELECT key_id, COUNT(*) FROM secrets GROUP BY key_id ORDER BY key_id COLLATE \"C\"",
            &[],
        )?
        .iter()
        .map(|r| Ok((get(r, 0)?, get(r, 1)?)))
        .collect()
    }
}

impl SecretWrites for Pg<'_> {
    fn put_secret(&self, item: Option<ItemId>, name: &str, sealed: &Sealed, at: i64) -> Result<()> {
        self.execute(
            "INSERT INTO secrets (item_id, name, key_id, nonce, ciphertext, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (COALESCE(item_id, 0), name) DO UPDATE SET key_id = excluded.key_id,
               nonce = excluded.nonce, ciphertext = excluded.ciphertext,
               updated_at = excluded.updated_at",
            &[
                &item,
                &name,
                &sealed.key_id,
                &sealed.nonce,
                &sealed.ciphertext,
                &at,
            ],
        )?;
        Ok(())
    }

    fn delete_secret(&self, item: Option<ItemId>, name: &str) -> Result<bool> {
        Ok(self.execute(
            "DELETE FROM secrets WHERE COALESCE(item_id, 0) = COALESCE($1::bigint, 0) AND name = $2",
            &[&item, &name],
        )? > 0)
    }

    fn reseal_secret(&self, id: i64, sealed: &Sealed) -> Result<()> {
        self.execute(
            "UPDATE secrets SET key_id = $2, nonce = $3, ciphertext = $4 WHERE id = $1",
            &[&id, &sealed.key_id, &sealed.nonce, &sealed.ciphertext],
        )?;
        Ok(())
    }
}

const TOKENS: &str = "SELECT t.id, u.name, t.name, t.description, t.restricted, t.enabled,
    t.created_at, t.expires_at, t.revoked_at, t.last_used_at, NULLIF(t.disabled_by, '')
    FROM tokens t JOIN users u ON u.id = t.user_id";

impl Pg<'_> {
    fn token(&self, r: &Row, now: i64) -> Result<Token> {
        let id: String = get(r, 0)?;
        let restricted: bool = get(r, 4)?;
        let enabled: bool = get(r, 5)?;
        let expires_at: i64 = get(r, 7)?;
        let revoked_at: Option<i64> = get(r, 8)?;
        let last_used: Option<i64> = get(r, 9)?;
        let disabled = (!enabled)
            .then(|| get::<Option<String>>(r, 10))
            .transpose()?;
        let scopes = match restricted {
            true => {
                let rows = self.query(
                    "SELECT s.category, i.name, s.action FROM token_scopes s
                     LEFT JOIN items i ON i.id = s.item_id WHERE s.token_id = $1",
                    &[&id],
                )?;
                let mut scopes = permissions(&rows)?;
                scopes.sort();
                Some(scopes)
            }
            false => None,
        };
        Ok(Token {
            user: get(r, 1)?,
            name: get(r, 2)?,
            description: get(r, 3)?,
            status: state(enabled, expires_at, revoked_at.is_some(), now),
            created: format_time(get(r, 6)?),
            expires: format_time(expires_at),
            last_used: last_used.map(format_time),
            scopes,
            disabled,
            id,
        })
    }
}

impl TokenReads for Pg<'_> {
    fn list_tokens(&self, user: Option<UserId>, now: i64) -> Result<Vec<Token>> {
        let sql = format!(
            "{TOKENS} WHERE $1::bigint IS NULL OR t.user_id = $1
             ORDER BY lower(u.name COLLATE \"C\"), t.created_at DESC, t.name COLLATE \"C\""
        );
        self.query(&sql, &[&user])?
            .iter()
            .map(|r| self.token(r, now))
            .collect()
    }

    fn find_token(&self, id: &str, now: i64) -> Result<Option<Token>> {
        let sql = format!("{TOKENS} WHERE t.id = $1");
        self.query_opt(&sql, &[&id])?
            .map(|r| self.token(&r, now))
            .transpose()
    }

    fn token_credential(&self, id: &str) -> Result<Option<Credential>> {
        self.query_opt(
            "SELECT t.secret_hash, u.name, t.enabled, t.expires_at, t.revoked_at IS NOT NULL,
                    t.restricted
             FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.id = $1",
            &[&id],
        )?
        .map(|r| {
            Ok(Credential {
                secret_hash: get(&r, 0)?,
                user: get(&r, 1)?,
                enabled: get(&r, 2)?,
                expires_at: get(&r, 3)?,
                revoked: get(&r, 4)?,
                restricted: get(&r, 5)?,
            })
        })
        .transpose()
    }

    fn token_scopes(&self, id: &str) -> Result<GrantSet> {
        grant_set(&self.query(
            "SELECT category, item_id, action FROM token_scopes WHERE token_id = $1",
            &[&id],
        )?)
    }

    fn live_token_named(&self, user: UserId, name: &str) -> Result<Option<String>> {
        self.query_opt(
            "SELECT id FROM tokens WHERE user_id = $1 AND name = $2 AND revoked_at IS NULL",
            &[&user, &name],
        )?
        .map(|r| get(&r, 0))
        .transpose()
    }

    fn token_expiry(&self, id: &str) -> Result<Option<i64>> {
        self.query_opt("SELECT expires_at FROM tokens WHERE id = $1", &[&id])?
            .map(|r| get(&r, 0))
            .transpose()
    }
}

impl TokenWrites for Pg<'_> {
    fn insert_token(&self, token: &NewToken<'_>, scope_items: &[Option<i64>]) -> Result<()> {
        self.execute(
            "INSERT INTO tokens (id, user_id, name, description, secret_hash, restricted,
                                 created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[
                &token.id,
                &token.user,
                &token.name.as_str(),
                &token.description,
                &token.secret_hash,
                &token.scopes.is_some(),
                &token.created_at,
                &token.expires_at,
            ],
        )?;
        for (permission, item) in token.scopes.unwrap_or_default().iter().zip(scope_items) {
            self.execute(
                "INSERT INTO token_scopes (token_id, category, item_id, action)
                 VALUES ($1, $2, $3, $4)",
                &[
                    &token.id,
                    &permission.category().name(),
                    item,
                    &permission.action(),
                ],
            )?;
        }
        Ok(())
    }

    fn set_token_enabled(&self, id: &str, enabled: bool, by: Option<&str>) -> Result<bool> {
        Ok(self.execute(
            "UPDATE tokens SET enabled = $2, disabled_by = $3 WHERE id = $1 AND enabled <> $2",
            &[&id, &enabled, &by],
        )? > 0)
    }

    fn revoke_token(&self, id: &str, now: i64) -> Result<bool> {
        Ok(self.execute(
            "UPDATE tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL",
            &[&id, &now],
        )? > 0)
    }

    fn touch_token(&self, id: &str, now: i64) -> Result<()> {
        self.execute(
            "UPDATE tokens SET last_used_at = $2 WHERE id = $1",
            &[&id, &now],
        )?;
        Ok(())
    }
}
