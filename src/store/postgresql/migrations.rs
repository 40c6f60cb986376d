//! The PostgreSQL schema, in lockstep with SQLite's (`copy::TABLES`, `SCHEMA_VERSION`).
//! A PostgreSQL store starts at the version PostgreSQL support came with; later versions
//! add a migration here and in `sqlite/migrations.rs` alike. The version is kept in
//! `flowsec_schema_version`; upgrades run under an advisory lock, so once however many hosts run
//! `flowsec db upgrade` together.

/// Migrations by the version they reach.
pub(super) const MIGRATIONS: &[(i64, &str)] = &[
    (
        8,
        r#"
    CREATE TABLE flowsec_schema_version (
        "only" INTEGER PRIMARY KEY CHECK ("only" = 1),
        version BIGINT NOT NULL
    );
    CREATE TABLE store_info (
        "only" INTEGER PRIMARY KEY CHECK ("only" = 1),
        store_id TEXT NOT NULL
    );
    INSERT INTO store_info ("only", store_id) VALUES (1, replace(gen_random_uuid()::text, '-', ''));
    CREATE TABLE users (
        id BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL,
        full_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        enabled BOOLEAN NOT NULL,
        sharing BOOLEAN NOT NULL DEFAULT TRUE,
        source TEXT NOT NULL DEFAULT 'local',
        password_hash TEXT,
        password_changed_at BIGINT,
        created_at BIGINT NOT NULL,
        failed_logins BIGINT NOT NULL DEFAULT 0,
        locked_until BIGINT,
        must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
        wrong_codes BIGINT NOT NULL DEFAULT 0
    );
    -- Names compare as SQLite's NOCASE does: ASCII letters without regard to case.
    CREATE UNIQUE INDEX users_by_name ON users (lower(name COLLATE "C"));
    CREATE INDEX users_by_source ON users (source);
    CREATE TABLE roles (
        id BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        superuser BOOLEAN NOT NULL DEFAULT FALSE,
        builtin BOOLEAN NOT NULL DEFAULT FALSE,
        created_at BIGINT NOT NULL
    );
    CREATE UNIQUE INDEX roles_by_name ON roles (lower(name COLLATE "C"));
    CREATE TABLE role_members (
        user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role_id BIGINT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, role_id)
    );
    CREATE INDEX role_members_by_role ON role_members (role_id, user_id);
    CREATE TABLE items (
        id BIGSERIAL PRIMARY KEY,
        category TEXT NOT NULL,
        name TEXT NOT NULL,
        owner_id BIGINT NOT NULL REFERENCES users(id),
        created_at BIGINT NOT NULL,
        UNIQUE (category, name)
    );
    CREATE INDEX items_by_owner ON items (owner_id);
    CREATE TABLE grants (
        id BIGSERIAL PRIMARY KEY,
        user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
        role_id BIGINT REFERENCES roles(id) ON DELETE CASCADE,
        category TEXT NOT NULL,
        item_id BIGINT REFERENCES items(id) ON DELETE CASCADE,
        action TEXT NOT NULL,
        CHECK ((user_id IS NULL) <> (role_id IS NULL))
    );
    CREATE UNIQUE INDEX grants_unique ON grants (
        COALESCE(user_id, 0), COALESCE(role_id, 0), category, COALESCE(item_id, 0), action);
    CREATE INDEX grants_by_user ON grants (user_id, category, item_id, action)
        WHERE user_id IS NOT NULL;
    CREATE INDEX grants_by_role ON grants (role_id, category, item_id, action)
        WHERE role_id IS NOT NULL;
    CREATE INDEX grants_by_item ON grants (item_id) WHERE item_id IS NOT NULL;
    CREATE INDEX grants_by_permission ON grants (category, action, item_id);
    CREATE TABLE audit (
        id BIGSERIAL PRIMARY KEY,
        at BIGINT NOT NULL,
        actor TEXT NOT NULL,
        auth TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        outcome TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX audit_by_time ON audit (at);
    CREATE FUNCTION flowsec_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$;
    CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit
        FOR EACH ROW EXECUTE FUNCTION flowsec_audit_append_only();
    CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
        FOR EACH STATEMENT EXECUTE FUNCTION flowsec_audit_append_only();
    CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        secret_hash BYTEA NOT NULL,
        restricted BOOLEAN NOT NULL,
        enabled BOOLEAN NOT NULL DEFAULT TRUE,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        revoked_at BIGINT,
        last_used_at BIGINT,
        disabled_by TEXT
    );
    CREATE UNIQUE INDEX tokens_by_name ON tokens (user_id, name) WHERE revoked_at IS NULL;
    CREATE INDEX tokens_by_user ON tokens (user_id);
    CREATE TABLE token_scopes (
        token_id TEXT NOT NULL REFERENCES tokens(id) ON DELETE CASCADE,
        category TEXT NOT NULL,
        item_id BIGINT REFERENCES items(id) ON DELETE CASCADE,
        action TEXT NOT NULL
    );
    CREATE INDEX token_scopes_by_token ON token_scopes (token_id);
    CREATE INDEX token_scopes_by_item ON token_scopes (item_id) WHERE item_id IS NOT NULL;
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE sessions (
        id BIGSERIAL PRIMARY KEY,
        user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        secret_hash BYTEA NOT NULL UNIQUE,
        created_at BIGINT NOT NULL,
        last_used_at BIGINT NOT NULL
    );
    CREATE INDEX sessions_by_user ON sessions (user_id);
    CREATE TABLE recovery_codes (
        id BIGSERIAL PRIMARY KEY,
        user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash BYTEA NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL
    );
    CREATE INDEX recovery_codes_by_user ON recovery_codes (user_id, created_at);
    CREATE TABLE key_binding (
        "only" INTEGER PRIMARY KEY CHECK ("only" = 1),
        store_id TEXT NOT NULL
    );
    CREATE TABLE key_checks (
        key_id TEXT PRIMARY KEY,
        check_value BYTEA NOT NULL
    );
    CREATE TABLE secrets (
        id BIGSERIAL PRIMARY KEY,
        item_id BIGINT REFERENCES items(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        key_id TEXT NOT NULL,
        nonce BYTEA NOT NULL,
        ciphertext BYTEA NOT NULL,
        updated_at BIGINT NOT NULL
    );
    CREATE UNIQUE INDEX secrets_unique ON secrets (COALESCE(item_id, 0), name);
    CREATE INDEX secrets_by_key ON secrets (key_id);
    CREATE TABLE directories (
        id BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL,
        url TEXT NOT NULL,
        starttls BOOLEAN NOT NULL,
        bind_dn TEXT NOT NULL,
        user_base TEXT NOT NULL,
        user_filter TEXT NOT NULL,
        username_attr TEXT NOT NULL,
        email_attr TEXT NOT NULL,
        full_name_attr TEXT NOT NULL,
        group_base TEXT,
        group_filter TEXT NOT NULL,
        group_attr TEXT NOT NULL,
        import_filter TEXT,
        import_groups BOOLEAN NOT NULL DEFAULT FALSE,
        created_at BIGINT NOT NULL,
        synced_at BIGINT
    );
    CREATE UNIQUE INDEX directories_by_name ON directories (lower(name COLLATE "C"));
    CREATE TABLE directory_groups (
        directory_id BIGINT NOT NULL REFERENCES directories(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role_id BIGINT NOT NULL REFERENCES roles(id) ON DELETE CASCADE
    );
    CREATE UNIQUE INDEX directory_groups_by_name
        ON directory_groups (directory_id, lower(name COLLATE "C"));
    CREATE INDEX directory_groups_by_role ON directory_groups (role_id);
    INSERT INTO flowsec_schema_version ("only", version) VALUES (1, 8);
    "#,
    ),
    (
        9,
        // Bulk grants and memberships (an apply makes 100,000s) at a third of the cost:
        // - A grant is unique among its principal's (NULLS NOT DISTINCT, PostgreSQL 15),
        //   so one index per kind of principal both keeps grants unique and finds a
        //   principal's, instead of three; none is kept by permission (only `perms who`
        //   asks by permission).
        // - Grants and memberships refer to their users, roles and items through
        //   statement triggers, one join per statement, instead of foreign keys, which
        //   check and lock each row's parents one query at a time. Deleting a parent
        //   deletes what refers to it, as ON DELETE CASCADE did. The checks take no row
        //   locks: flowsec's writers hold the write lock, so no other writer can delete
        //   a parent between a check and its commit.
        r#"
    DROP INDEX grants_unique, grants_by_user, grants_by_role, grants_by_permission;
    CREATE UNIQUE INDEX grants_by_user ON grants (user_id, category, item_id, action)
        NULLS NOT DISTINCT WHERE user_id IS NOT NULL;
    CREATE UNIQUE INDEX grants_by_role ON grants (role_id, category, item_id, action)
        NULLS NOT DISTINCT WHERE role_id IS NOT NULL;
    ALTER TABLE grants DROP CONSTRAINT grants_user_id_fkey,
        DROP CONSTRAINT grants_role_id_fkey, DROP CONSTRAINT grants_item_id_fkey;
    ALTER TABLE role_members DROP CONSTRAINT role_members_user_id_fkey,
        DROP CONSTRAINT role_members_role_id_fkey;

    CREATE FUNCTION flowsec_grants_refer() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM added g WHERE
               (g.user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users WHERE id = g.user_id))
            OR (g.role_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM roles WHERE id = g.role_id))
            OR (g.item_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM items WHERE id = g.item_id)))
        THEN
            RAISE foreign_key_violation USING MESSAGE = 'a grant names a missing user, role or item';
        END IF;
        RETURN NULL;
    END $$;
    CREATE TRIGGER grants_refer_on_insert AFTER INSERT ON grants
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION flowsec_grants_refer();
    CREATE TRIGGER grants_refer_on_update AFTER UPDATE ON grants
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION flowsec_grants_refer();

    CREATE FUNCTION flowsec_members_refer() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM added m WHERE
               NOT EXISTS (SELECT 1 FROM users WHERE id = m.user_id)
            OR NOT EXISTS (SELECT 1 FROM roles WHERE id = m.role_id))
        THEN
            RAISE foreign_key_violation USING MESSAGE = 'a membership names a missing user or role';
        END IF;
        RETURN NULL;
    END $$;
    CREATE TRIGGER role_members_refer_on_insert AFTER INSERT ON role_members
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION flowsec_members_refer();
    CREATE TRIGGER role_members_refer_on_update AFTER UPDATE ON role_members
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION flowsec_members_refer();

    CREATE FUNCTION flowsec_user_gone() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM grants WHERE user_id IN (SELECT id FROM gone);
        DELETE FROM role_members WHERE user_id IN (SELECT id FROM gone);
        RETURN NULL;
    END $$;
    CREATE TRIGGER users_gone AFTER DELETE ON users
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION flowsec_user_gone();
    CREATE FUNCTION flowsec_role_gone() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM grants WHERE role_id IN (SELECT id FROM gone);
        DELETE FROM role_members WHERE role_id IN (SELECT id FROM gone);
        RETURN NULL;
    END $$;
    CREATE TRIGGER roles_gone AFTER DELETE ON roles
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION flowsec_role_gone();
    CREATE FUNCTION flowsec_item_gone() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM grants WHERE item_id IN (SELECT id FROM gone);
        RETURN NULL;
    END $$;
    CREATE TRIGGER items_gone AFTER DELETE ON items
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION flowsec_item_gone();

    UPDATE flowsec_schema_version SET version = 9;
    "#,
    ),
    (
        10,
        // The audit trail as evidence, as in SQLite's migration 10: each record's hash,
        // set once; checkpoints and prune anchors; the key of the keyed digests. The
        // trigger lets through only the hashing of records made before the chain and
        // the removal of records an anchor covers.
        r#"
    ALTER TABLE audit ADD COLUMN hash BYTEA;
    CREATE TABLE audit_checkpoints (
        seq BIGINT NOT NULL,
        kind TEXT NOT NULL,
        hash BYTEA NOT NULL,
        at BIGINT NOT NULL,
        key TEXT NOT NULL,
        signature BYTEA NOT NULL,
        PRIMARY KEY (seq, kind)
    );
    ALTER TABLE store_info ADD COLUMN audit_key BYTEA;
    CREATE OR REPLACE FUNCTION flowsec_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
                AND (NEW.id, NEW.at, NEW.actor, NEW.auth, NEW.action, NEW.target,
                     NEW.outcome, NEW.details)
                    IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor, OLD.auth,
                     OLD.action, OLD.target, OLD.outcome, OLD.details)
            THEN
                RETURN NEW;
            END IF;
        ELSIF TG_OP = 'DELETE' THEN
            IF OLD.id <= (SELECT COALESCE(MAX(seq), 0) FROM audit_checkpoints
                          WHERE kind = 'anchor') THEN
                RETURN OLD;
            END IF;
        END IF;
        RAISE EXCEPTION 'the audit trail is append-only';
    END $$;
    UPDATE flowsec_schema_version SET version = 10;
    "#,
    ),
];

/// The version whose upgrade hashes the records made before the chain.
pub(super) const CHAINED: i64 = 10;
