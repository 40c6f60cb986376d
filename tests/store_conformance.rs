//! The store's conformance suite: what every backend must do behind the one interface.
//! Each case takes a fresh store from a `Fixture`; `conformance!` runs every case against
//! every backend named in it, so a new backend is one fixture and one name more.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use flowsec::crypto::Sealed;
use flowsec::error::{ErrorKind, Result};
use flowsec::identity::Actor;
use flowsec::model::{Category, Name, Permission, Target};
use flowsec::store::directories::{self, Config};
use flowsec::store::grants::{self, Principal};
use flowsec::store::location::{Location, Source};
use flowsec::store::roles::{self, NewRole};
use flowsec::store::tokens::{self, NewToken};
use flowsec::store::users::{self, Changes, ListFilter, NewUser};
use flowsec::store::{Seed, Store, Tx, audit, items, keys, now, secrets};

mod support;
use support::pg;

/// Where a fixture's store is.
enum Kind {
    Sqlite,
    Postgres(&'static pg::Postgres),
}

/// A store made for one case, and the way to open it again (as another process would).
struct Fixture {
    dir: tempfile::TempDir,
    kind: Kind,
    location: Location,
    key_file: PathBuf,
}

impl Fixture {
    fn open(&self) -> Store {
        Store::open(&self.location).unwrap()
    }
}

fn seed(dir: &tempfile::TempDir) -> (Seed, PathBuf) {
    let key_file = dir.path().join("store.key");
    let seed = Seed {
        key_file: Some(key_file.clone()),
        ..Seed::default()
    };
    (seed, key_file)
}

/// A new SQLite store with a key file.
fn sqlite() -> Option<Fixture> {
    let dir = tempfile::tempdir().unwrap();
    let location = Location::Sqlite(dir.path().join("store.db"));
    let (seed, key_file) = seed(&dir);
    Store::create(&location, &seed, &Actor::local()).unwrap();
    Some(Fixture {
        dir,
        kind: Kind::Sqlite,
        location,
        key_file,
    })
}

/// A new PostgreSQL store with a key file, in a database of its own; `None` (the test
/// skipped, loudly) where the server is not installed, except under CI.
fn postgres() -> Option<Fixture> {
    let server = pg::shared()?;
    let location = pg_location(server, &server.new_database());
    let dir = tempfile::tempdir().unwrap();
    let (seed, key_file) = seed(&dir);
    Store::create(&location, &seed, &Actor::local()).unwrap();
    Some(Fixture {
        dir,
        kind: Kind::Postgres(server),
        location,
        key_file,
    })
}

fn pg_location(server: &pg::Postgres, database: &str) -> Location {
    Location::parse(
        std::ffi::OsStr::new(&server.database_url(database)),
        Source::Private,
    )
    .unwrap()
}

fn name(kind: &str, raw: &str) -> Name {
    Name::parse(kind, raw).unwrap()
}

fn new_user(raw: &str) -> NewUser {
    NewUser {
        name: name("user", raw),
        full_name: format!("{raw} full"),
        email: format!("{raw}@example.com"),
        enabled: true,
        password_hash: None,
    }
}

fn write<T>(store: &mut Store, change: impl FnOnce(&Tx<'_>) -> Result<T>) -> T {
    store.write(&Actor::local(), change).unwrap()
}

fn permission(raw: &str) -> Permission {
    Permission::parse(raw).unwrap()
}

fn actions_recorded(store: &Store) -> Vec<String> {
    store
        .read()
        .audit_records(&audit::Filter::default())
        .unwrap()
        .into_iter()
        .map(|r| r.action)
        .collect()
}

fn users_are_kept_changed_and_removed(f: Fixture) {
    let mut store = f.open();
    let id = write(&mut store, |tx| users::create(tx, &new_user("Alice")));
    let r = store.read();
    let alice = r
        .find_user("alice")
        .unwrap()
        .expect("names compare without case");
    assert_eq!((alice.id, alice.name.as_str()), (id, "Alice"));
    assert_eq!(alice.email, "Alice@example.com");
    assert!(!r.account("ALICE").unwrap().unwrap().can_authenticate());
    let duplicate = store.write(&Actor::local(), |tx| users::create(tx, &new_user("alice")));
    assert_eq!(duplicate.unwrap_err().kind(), ErrorKind::Conflict);
    write(&mut store, |tx| {
        let changes = Changes {
            enabled: Some(false),
            full_name: Some("Alice B".into()),
            ..Changes::default()
        };
        users::update(tx, &alice, &changes)
    });
    let changed = store.read().find_user("alice").unwrap().unwrap();
    assert!(!changed.enabled && changed.full_name == "Alice B");
    let disabled = ListFilter {
        enabled: Some(false),
        ..ListFilter::default()
    };
    let names: Vec<String> = store
        .read()
        .list_users(&disabled)
        .unwrap()
        .into_iter()
        .map(|u| u.name)
        .collect();
    assert!(names.contains(&"Alice".to_string()));
    write(&mut store, |tx| users::remove(tx, &changed, None));
    assert!(store.read().find_user("alice").unwrap().is_none());
    let recorded = actions_recorded(&store);
    for action in ["user.create", "user.update", "user.remove"] {
        assert!(
            recorded.iter().any(|a| a == action),
            "{action}: {recorded:?}"
        );
    }
}

fn roles_members_and_grants(f: Fixture) {
    let mut store = f.open();
    let ops = name("role", "ops");
    let (role, user) = write(&mut store, |tx| {
        let role = roles::create(
            tx,
            &NewRole {
                name: &ops,
                description: "operators",
                superuser: false,
                builtin: false,
            },
        )?;
        let user = users::create(tx, &new_user("bob"))?;
        assert!(roles::add_member(tx, role, user)?);
        assert!(!roles::add_member(tx, role, user)?, "already a member");
        let run = permission("repositories:create");
        assert!(grants::grant(tx, Principal::Role(role), &run)?);
        assert!(!grants::grant(tx, Principal::Role(role), &run)?);
        Ok((role, user))
    });
    let r = store.read();
    assert_eq!(r.role_members(role).unwrap(), ["bob"]);
    assert_eq!(r.roles_of_user(user).unwrap()[0].name, "ops");
    assert_eq!(
        r.grants_of(Principal::Role(role)).unwrap(),
        [permission("repositories:create")]
    );
    assert!(
        grants::held_by(r, user)
            .unwrap()
            .contains(&permission("repositories:create"))
    );
    let ops_role = roles::get(r, &ops).unwrap();
    write(&mut store, |tx| {
        assert!(grants::revoke(
            tx,
            Principal::Role(role),
            &permission("repositories:create")
        )?);
        assert!(roles::remove_member(tx, role, user)?);
        roles::remove(tx, &ops_role)
    });
    assert!(store.read().find_role("ops").unwrap().is_none());
}

/// Grants and memberships refer to users, roles and items that exist, and go with them.
fn what_refers_to_a_record_goes_with_it_and_never_to_a_missing_one(f: Fixture) {
    let mut store = f.open();
    let target = Target::parse("connections/Warehouse").unwrap();
    let general = permission("repositories:create");
    let on_item = permission("connections/Warehouse:access");
    let (dave, eve, ops, devs) = write(&mut store, |tx| {
        let dave = users::create(tx, &new_user("dave"))?;
        let eve = users::create(tx, &new_user("eve"))?;
        let new_role = |raw| NewRole {
            name: raw,
            description: "",
            superuser: false,
            builtin: false,
        };
        let ids = roles::create_all(
            tx,
            &[
                new_role(&name("role", "ops")),
                new_role(&name("role", "devs")),
            ],
        )?;
        items::create(tx, &target, &tx.find_user("eve")?.unwrap())?;
        for to in [Principal::User(dave), Principal::Role(ids[0])] {
            assert!(grants::grant(tx, to, &general)?);
            assert!(
                !grants::grant(tx, to, &general)?,
                "a general grant is kept once"
            );
            assert!(grants::grant(tx, to, &on_item)?);
            assert!(
                !grants::grant(tx, to, &on_item)?,
                "an item grant is kept once"
            );
        }
        roles::add_members(tx, &[(ids[0], dave), (ids[1], dave), (ids[1], eve)])?;
        Ok((dave, eve, ids[0], ids[1]))
    });
    let missing = 1 << 40;
    let refuses = |store: &mut Store, change: &dyn Fn(&Tx<'_>) -> Result<()>| {
        store.write(&Actor::local(), change).is_err()
    };
    let to_missing_user = |tx: &Tx<'_>| {
        tx.insert_grant(Principal::User(missing), &general, None)
            .map(drop)
    };
    assert!(refuses(&mut store, &to_missing_user));
    let to_missing_role = |tx: &Tx<'_>| {
        tx.insert_grant(Principal::Role(missing), &general, None)
            .map(drop)
    };
    assert!(refuses(&mut store, &to_missing_role));
    let on_missing_item = |tx: &Tx<'_>| {
        tx.insert_grant(Principal::User(dave), &on_item, Some(missing))
            .map(drop)
    };
    assert!(refuses(&mut store, &on_missing_item));
    let missing_member = |tx: &Tx<'_>| tx.insert_members(&[(ops, missing)]).map(drop);
    assert!(refuses(&mut store, &missing_member));
    let missing_role = |tx: &Tx<'_>| tx.insert_members(&[(missing, dave)]).map(drop);
    assert!(refuses(&mut store, &missing_role));
    let grants_of = |store: &Store, to| store.read().grants_of(to).unwrap();
    write(&mut store, |tx| {
        items::remove(tx, &items::get(tx, &target)?)
    });
    for to in [Principal::User(dave), Principal::Role(ops)] {
        assert_eq!(
            grants_of(&store, to),
            std::slice::from_ref(&general),
            "item grants go with it"
        );
    }
    write(&mut store, |tx| {
        roles::remove(tx, &roles::get(tx, &name("role", "ops"))?)
    });
    assert!(grants_of(&store, Principal::Role(ops)).is_empty());
    assert_eq!(store.read().roles_of_user(dave).unwrap().len(), 1);
    write(&mut store, |tx| {
        users::remove(tx, &tx.find_user("dave")?.unwrap(), None)
    });
    assert!(grants_of(&store, Principal::User(dave)).is_empty());
    assert_eq!(store.read().role_members(devs).unwrap(), ["eve"]);
    assert_eq!(store.read().roles_of_user(eve).unwrap()[0].name, "devs");
}

fn items_with_owners_grants_and_secrets(f: Fixture) {
    let mut store = f.open();
    let target = Target::parse("connections/Warehouse").unwrap();
    let key_file = f.key_file.clone();
    write(&mut store, |tx| {
        let owner = users::create(tx, &new_user("carol"))?;
        let carol = tx.find_user("carol")?.unwrap();
        assert_eq!(carol.id, owner);
        items::create(tx, &target, &carol)?;
        let item = items::get(tx, &target)?;
        let read = permission("connections/Warehouse:access");
        grants::grant(tx, Principal::User(owner), &read)?;
        secrets::set(tx, &key_file, &item, &name("field", "password"), "pw-1")?;
        Ok(())
    });
    let r = store.read();
    let item = items::get(r, &target).unwrap();
    assert_eq!(item.owner, "carol");
    let (holders, _) = r.holdings_on_item(item.id).unwrap();
    assert_eq!(holders[0].name, "carol");
    let got = secrets::get(r, &f.key_file, &item, &name("field", "password")).unwrap();
    assert_eq!(got.as_str(), "pw-1");
    assert_eq!(r.list_secrets(Some(&target)).unwrap().len(), 1);
    assert!(keys::unlock(r, &f.key_file).unwrap().is_some());
    let listed = r.list_items(Some(Category::parse("connections").unwrap()), None);
    assert_eq!(listed.unwrap().len(), 1);
    write(&mut store, |tx| items::remove(tx, &item));
    assert!(store.read().find_item(&target).unwrap().is_none());
    assert!(
        store.read().all_secrets().unwrap().is_empty(),
        "secrets go with their item"
    );
}

fn tokens_sessions_codes_settings_and_directories(f: Fixture) {
    let mut store = f.open();
    let at = now();
    let token_name = name("token", "ci");
    let user = write(&mut store, |tx| {
        let user = users::create(tx, &new_user("dave"))?;
        let token = NewToken {
            id: "0123456789abcdef",
            secret_hash: &[7; 32],
            user,
            name: &token_name,
            description: "nightly",
            created_at: at,
            expires_at: at + 3600,
            scopes: Some(&[permission("jobs:access")]),
        };
        tokens::insert(tx, &token, "dave")?;
        let session = tx.start_session(user, &[9; 32], at)?;
        tx.touch_session(session, at + 5)?;
        tx.add_code(user, &[3; 32], (at, at - 3600), at + 600)?;
        tx.put_setting("session.idle-minutes", "45")?;
        directories::insert(tx, &directory_config())?;
        Ok(user)
    });
    let r = store.read();
    let token = tokens::get(r, "0123456789ABCDEF", at).unwrap();
    assert_eq!((token.user.as_str(), token.name.as_str()), ("dave", "ci"));
    assert_eq!(token.scopes.unwrap(), [permission("jobs:access")]);
    let credential = r.token_credential("0123456789abcdef").unwrap().unwrap();
    assert_eq!(credential.secret_hash, [7; 32]);
    assert!(credential.restricted);
    assert!(!r.token_scopes("0123456789abcdef").unwrap().is_empty());
    let session = r.session_by_secret(&[9; 32]).unwrap().unwrap();
    assert_eq!(
        (session.user.as_str(), session.last_used_at),
        ("dave", at + 5)
    );
    assert_eq!(r.valid_codes(user, at).unwrap(), [vec![3; 32]]);
    assert_eq!(r.codes_sent_since(user, at - 1).unwrap(), 1);
    assert_eq!(r.all_settings().unwrap()["session.idle-minutes"], "45");
    let directory = directories::get(r, "corp").unwrap();
    write(&mut store, |tx| {
        let token = tokens::get(tx, "0123456789abcdef", at)?;
        assert!(tokens::set_enabled(tx, &token, false)?);
        assert!(tokens::revoke(tx, &token, at)?);
        tx.use_up_codes(user, at)?;
        assert!(tx.end_session(session.id)?);
        assert!(tx.remove_setting("session.idle-minutes")?);
        directories::map(
            tx,
            &directory,
            "admins",
            roles::get(tx, &name("role", "fmeadmin"))?.id,
        )
    });
    let r = store.read();
    assert_eq!(
        tokens::get(r, "0123456789abcdef", at).unwrap().status,
        flowsec::engine::TokenState::Revoked
    );
    assert!(r.valid_codes(user, at).unwrap().is_empty());
    assert!(!r.session_exists(session.id).unwrap());
    assert_eq!(
        directories::mapping(r, directory.id, "ADMINS")
            .unwrap()
            .unwrap()
            .role,
        "fmeadmin"
    );
}

fn directory_config() -> Config {
    Config {
        name: "corp".into(),
        url: "ldap://127.0.0.1:1389".into(),
        starttls: false,
        bind_dn: "cn=svc,dc=example,dc=com".into(),
        user_base: "ou=people,dc=example,dc=com".into(),
        user_filter: "(uid={username})".into(),
        username_attr: "uid".into(),
        email_attr: "mail".into(),
        full_name_attr: "cn".into(),
        group_base: None,
        group_filter: "(objectClass=groupOfNames)".into(),
        group_attr: "cn".into(),
    }
}

fn an_error_rolls_back_the_change_and_its_audit_records(f: Fixture) {
    let mut store = f.open();
    let before = actions_recorded(&store);
    let failed: Result<()> = store.write(&Actor::local(), |tx| {
        users::create(tx, &new_user("erin"))?;
        Err(flowsec::error::Error::invalid("changed my mind"))
    });
    assert!(failed.is_err());
    assert!(store.read().find_user("erin").unwrap().is_none());
    assert_eq!(actions_recorded(&store), before);
}

fn a_failing_write_guard_changes_nothing(f: Fixture) {
    let mut store = f.open();
    store.guard_writes(Box::new(|_| {
        Err(flowsec::error::Error::forbidden("no longer"))
    }));
    let r = store.write(&Actor::local(), |tx| users::create(tx, &new_user("frank")));
    assert_eq!(r.unwrap_err().kind(), ErrorKind::Forbidden);
    assert!(f.open().read().find_user("frank").unwrap().is_none());
}

fn concurrent_writers_queue_and_all_land(f: Fixture) {
    const WRITERS: usize = 4;
    const EACH: usize = 25;
    std::thread::scope(|scope| {
        for w in 0..WRITERS {
            let f = &f;
            scope.spawn(move || {
                let mut store = f.open();
                for i in 0..EACH {
                    write(&mut store, |tx| {
                        users::create(tx, &new_user(&format!("w{w}-{i}")))
                    });
                }
            });
        }
    });
    let all = f.open().read().list_users(&ListFilter::default()).unwrap();
    let made = all.iter().filter(|u| u.name.starts_with('w')).count();
    assert_eq!(made, WRITERS * EACH);
}

fn a_snapshot_sees_one_state(f: Fixture) {
    let reader = f.open();
    let snapshot = reader.snapshot().unwrap();
    assert!(snapshot.find_user("gina").unwrap().is_none());
    let mut writer = f.open();
    write(&mut writer, |tx| users::create(tx, &new_user("gina")));
    assert!(
        snapshot.find_user("gina").unwrap().is_none(),
        "the snapshot moved"
    );
    drop(snapshot);
    assert!(reader.read().find_user("gina").unwrap().is_some());
}

/// A command reads one state of the store: its reads on their own share one, until it
/// begins a transaction of its own, which sees what others wrote since.
fn reads_on_their_own_see_one_state_until_a_transaction_begins(f: Fixture) {
    let mut store = f.open();
    let mut other = f.open();
    assert!(store.read().find_user("hana").unwrap().is_none());
    write(&mut other, |tx| users::create(tx, &new_user("hana")));
    assert!(
        store.read().find_user("hana").unwrap().is_none(),
        "the reads moved"
    );
    drop(store.snapshot().unwrap());
    assert!(store.read().find_user("hana").unwrap().is_some());
    write(&mut other, |tx| users::create(tx, &new_user("ivan")));
    assert!(store.read().find_user("ivan").unwrap().is_none());
    write(&mut store, |tx| users::create(tx, &new_user("jo")));
    let r = store.read();
    assert!(r.find_user("ivan").unwrap().is_some() && r.find_user("jo").unwrap().is_some());
    assert!(r.find_user("nobody").unwrap().is_none());
}

fn each_store_has_its_own_lasting_id(f: Fixture) {
    let id = f.open().read().store_id().unwrap();
    assert_eq!(id.len(), 32);
    assert_eq!(f.open().read().store_id().unwrap(), id, "kept in the store");
    let other = sqlite().unwrap();
    assert_ne!(other.open().read().store_id().unwrap(), id);
    assert_eq!(
        f.open().read().bound_store_id().unwrap().as_deref(),
        Some(id.as_str()),
        "the key file is bound to the same id"
    );
}

fn a_damaged_value_is_detected(f: Fixture) {
    let mut store = f.open();
    let key_file = f.key_file.clone();
    write(&mut store, |tx| {
        secrets::set_system(tx, &key_file, "smtp", "pw")
    });
    let stored = store.read().all_secrets().unwrap().remove(0);
    let mut sealed: Sealed = stored.sealed.clone();
    sealed.ciphertext[0] ^= 1;
    write(&mut store, |tx| tx.reseal_secret(stored.id, &sealed));
    let err = secrets::get_system(store.read(), &f.key_file, "smtp").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Crypto);
}

fn a_missing_or_foreign_store_is_refused(f: Fixture) {
    if let Kind::Postgres(server) = &f.kind {
        let missing = Store::open(&pg_location(server, &server.new_database()))
            .err()
            .unwrap();
        assert_eq!(missing.kind(), ErrorKind::NotFound, "{missing}");
        return;
    }
    let dir = f.dir.path();
    let missing = Store::open(&Location::Sqlite(dir.join("nothing.db")))
        .err()
        .unwrap();
    assert_eq!(missing.kind(), ErrorKind::NotFound);
    let foreign = dir.join("foreign.db");
    write_private(&foreign, &[0x42; 4096]);
    let err = Store::open(&Location::Sqlite(foreign)).err().unwrap();
    assert_eq!(err.kind(), ErrorKind::Store);
    assert!(err.message().contains("not a flowsec store"), "{err}");
}

fn write_private(path: &Path, bytes: &[u8]) {
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .unwrap();
    std::io::Write::write_all(&mut file, bytes).unwrap();
}

/// Runs every case against each backend.
macro_rules! conformance {
    ($($backend:ident),+ $(,)?) => {
        $(mod $backend {
            conformance!(@cases $backend:
                users_are_kept_changed_and_removed,
                roles_members_and_grants,
                what_refers_to_a_record_goes_with_it_and_never_to_a_missing_one,
                items_with_owners_grants_and_secrets,
                tokens_sessions_codes_settings_and_directories,
                an_error_rolls_back_the_change_and_its_audit_records,
                a_failing_write_guard_changes_nothing,
                concurrent_writers_queue_and_all_land,
                a_snapshot_sees_one_state,
                reads_on_their_own_see_one_state_until_a_transaction_begins,
                each_store_has_its_own_lasting_id,
                a_damaged_value_is_detected,
                a_missing_or_foreign_store_is_refused,
            );
        })+
    };
    (@cases $backend:ident: $($case:ident),+ $(,)?) => {
        $(#[test]
        fn $case() {
            if let Some(fixture) = super::$backend() {
                super::$case(fixture);
            }
        })+
    };
}

conformance!(sqlite, postgres);
