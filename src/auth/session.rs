//! Log-in sessions. `auth login` keeps the session's secret in a 0600 file under the OS
//! user's state directory, one file per store; the store keeps only its SHA-256. A
//! session ends after `session.idle-minutes` without use, and each use extends it.
//! `find` is what start-up calls to learn whether a session names the acting user; a
//! session found ended is deleted there.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;
use zeroize::Zeroizing;

use super::login::{Attempt, Outcome, Purpose, authenticate};
use super::{digest, hex, random_secret};
use crate::error::{Error, Result};
use crate::files::{self, check_private_dir, create_private_dir, parent_dir};
use crate::identity::Actor;
use crate::settings::Settings;
use crate::store::{Read, Store, Tx, format_time};

/// Bytes of randomness in a session secret.
const SECRET_BYTES: usize = 32;

/// The user an active session authenticates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionUser {
    pub name: String,
    pub session_id: i64,
}

/// A session as `auth login` and `auth status` report it.
#[derive(Debug, Clone, Serialize)]
pub struct SessionInfo {
    pub user: String,
    pub started: String,
    pub last_used: String,
    /// When it ends unless used before.
    pub idle_expires: String,
}

/// Where session files are kept: the platform's state directory (the data directory
/// where there is none).
fn session_dir() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "flowsec").ok_or_else(|| {
        Error::usage("cannot find a home directory for the session file")
            .with_hint("set HOME (or XDG_STATE_HOME)")
    })?;
    Ok(dirs
        .state_dir()
        .unwrap_or_else(|| dirs.data_dir())
        .to_path_buf())
}

/// The session file for `store`. A session opened before stores kept an id is in a file
/// named from the store's path; it is moved to the id's name, so the shell that opened
/// it stays logged in.
pub fn file_for(store: &Store) -> Result<PathBuf> {
    let dir = session_dir()?;
    let file = file_in(&dir, &store.read().store_id()?);
    if !file.exists()
        && let Some(path) = store.location().sqlite_path()
        && let Ok(canonical) = fs::canonicalize(path)
    {
        let by_path = dir.join(format!(
            "{FILE_PREFIX}{}",
            hex(&digest(&canonical.to_string_lossy())[..16])
        ));
        if by_path.exists() {
            fs::rename(&by_path, &file)
                .map_err(|e| Error::io(format!("cannot rename `{}`", by_path.display()), e))?;
        }
    }
    Ok(file)
}

/// The session file inside `dir` of the store whose id is `store_id`: keyed by the store
/// itself, so a store that is moved, or reached by another path, keeps its sessions.
pub fn file_in(dir: &Path, store_id: &str) -> PathBuf {
    let id = digest(store_id);
    dir.join(format!("{FILE_PREFIX}{}", hex(&id[..16])))
}

const FILE_PREFIX: &str = "session-";

/// Whether any session file exists, for any store: without one no store need be opened
/// to look for a session.
pub fn any_file() -> bool {
    let Ok(dir) = session_dir() else {
        return false;
    };
    fs::read_dir(dir).is_ok_and(|mut entries| {
        entries.any(|e| e.is_ok_and(|e| e.file_name().to_string_lossy().starts_with(FILE_PREFIX)))
    })
}

/// `auth login`: checks the password like `auth verify`, then opens a session and
/// writes its secret to `file`. The session the file held before ends; with
/// `session.multiple` off, so do the user's other sessions.
pub fn login(
    store: &mut Store,
    actor: &Actor,
    key_file: &Path,
    name: &str,
    password: &str,
    file: &Path,
    now: i64,
) -> Result<Outcome<SessionInfo>> {
    let settings = Settings::load(store.read())?;
    let previous = read_secret(file)?;
    authenticate(
        store,
        &settings,
        actor,
        Attempt {
            name,
            password,
            purpose: Purpose::Login,
            now,
            key_file,
        },
        |tx, account| {
            let idle = idle_seconds(&settings);
            let mut ended = tx.end_sessions_unused_since(now.saturating_sub(idle))?;
            if let Some(previous) = &previous {
                ended += usize::from(tx.end_session_by_secret(&digest(previous))?.is_some());
            }
            if !settings.session_multiple {
                ended += tx.end_sessions_of_user(account.id)?;
            }
            let secret = Zeroizing::new(random_secret(SECRET_BYTES)?);
            let id = tx.start_session(account.id, &digest(&secret), now)?;
            tx.record(
                "session.start",
                &account.name,
                serde_json::json!({"session": id, "sessions_ended": ended}),
            )?;
            // Inside the transaction: if the file cannot be written, no session is opened.
            write_secret(file, &secret)?;
            Ok(SessionInfo {
                user: account.name.clone(),
                started: format_time(now),
                last_used: format_time(now),
                idle_expires: format_time(now.saturating_add(idle)),
            })
        },
    )
}

/// `auth logout`: ends the session in `file` and removes the file. Returns the user
/// whose session it was, if it was still open.
pub fn logout(store: &mut Store, actor: &Actor, file: &Path) -> Result<Option<String>> {
    let Some(secret) = read_secret(file)? else {
        return Ok(None);
    };
    let ended = store.write(actor, |tx| end(tx, &secret))?;
    fs::remove_file(file)
        .map_err(|e| Error::io(format!("cannot remove `{}`", file.display()), e))?;
    Ok(ended)
}

fn end(tx: &Tx<'_>, secret: &str) -> Result<Option<String>> {
    let name = tx.end_session_by_secret(&digest(secret))?;
    if let Some(name) = &name {
        tx.record("session.end", name, serde_json::json!({}))?;
    }
    Ok(name)
}

/// A live session row with its user.
struct Live {
    user: SessionUser,
    created_at: i64,
    last_used_at: i64,
    idle: i64,
}

/// What a session file names.
enum Found {
    /// No file, or a session no longer in the store.
    Missing,
    /// A session in the store that has ended: idle too long, or its user may no longer
    /// log in (disabled, due to change the password).
    Ended {
        id: i64,
        user: String,
        reason: &'static str,
    },
    Live(Live),
}

fn lookup(r: &dyn Read, file: &Path, now: i64) -> Result<Found> {
    let Some(secret) = read_secret(file)? else {
        return Ok(Found::Missing);
    };
    let settings = Settings::load(r)?;
    let idle = idle_seconds(&settings);
    let found = r.session_by_secret(&digest(&secret))?.map(|row| Live {
        user: SessionUser {
            session_id: row.id,
            name: row.user,
        },
        created_at: row.created_at,
        last_used_at: row.last_used_at,
        idle,
    });
    let Some(found) = found else {
        return Ok(Found::Missing);
    };
    let account = r.account(&found.user.name)?;
    let reason = match account {
        _ if found.last_used_at <= now.saturating_sub(idle) => Some("idle"),
        Some(a) if !a.can_authenticate() => Some("user_disabled"),
        Some(a) if a.must_change_password => Some("must_change_password"),
        Some(a) if a.password_expired(settings.expiry_days, now) => Some("password_expired"),
        Some(_) => None,
        None => Some("user_removed"),
    };
    Ok(match reason {
        Some(reason) => Found::Ended {
            id: found.user.session_id,
            user: found.user.name,
            reason,
        },
        None => Found::Live(found),
    })
}

/// `auth status`: the open session, without extending it.
pub fn status(r: &dyn Read, file: &Path, now: i64) -> Result<Option<SessionInfo>> {
    Ok(match lookup(r, file, now)? {
        Found::Live(l) => Some(SessionInfo {
            user: l.user.name,
            started: format_time(l.created_at),
            last_used: format_time(l.last_used_at),
            idle_expires: format_time(l.last_used_at.saturating_add(l.idle)),
        }),
        Found::Missing | Found::Ended { .. } => None,
    })
}

/// The user of the session in `file` when it is open at `now`, without extending it. A
/// session found ended is deleted (recorded as made by `actor`), so that no later change
/// (enabling the user again, a longer idle time) revives it.
pub fn find(
    store: &mut Store,
    actor: &Actor,
    file: &Path,
    now: i64,
) -> Result<Option<SessionUser>> {
    match lookup(store.read(), file, now)? {
        Found::Live(live) => Ok(Some(live.user)),
        Found::Missing => Ok(None),
        Found::Ended { id, user, reason } => {
            store.write(actor, |tx| {
                if tx.end_session(id)? {
                    tx.record("session.end", &user, serde_json::json!({"reason": reason}))?;
                }
                Ok(())
            })?;
            Ok(None)
        }
    }
}

fn idle_seconds(settings: &Settings) -> i64 {
    settings.session_idle_minutes.saturating_mul(60)
}

/// The secret in the session file; `None` when there is no file.
fn read_secret(file: &Path) -> Result<Option<Zeroizing<String>>> {
    let meta = match fs::symlink_metadata(file) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::io(
                format!("cannot read the session file `{}`", file.display()),
                e,
            ));
        }
    };
    // A session file someone else could have written, or read, is no one's session.
    let me = files::own_uid();
    check_private_dir(parent_dir(file), me, "the session folder")?;
    if !files::is_private_file(&meta, me) {
        return Err(Error::new(
            crate::error::ErrorKind::Auth,
            format!(
                "the session file `{}` is not private to you: another user could have read or written it",
                file.display()
            ),
        )
        .with_hint("remove it (`flowsec auth logout` cannot trust it), then log in again"));
    }
    match fs::read_to_string(file) {
        Ok(text) => Ok(Some(Zeroizing::new(text.trim().to_string()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(
            format!("cannot read the session file `{}`", file.display()),
            e,
        )),
    }
}

/// Writes the secret to a fresh 0600 file in a 0700 folder and moves it into place, so
/// the file is never readable by others nor seen half-written.
fn write_secret(file: &Path, secret: &str) -> Result<()> {
    create_private_dir(parent_dir(file))?;
    check_private_dir(parent_dir(file), files::own_uid(), "the session folder")?;
    let line = Zeroizing::new(format!("{secret}\n"));
    files::replace(file, line.as_bytes()).map_err(|e| {
        Error::io(
            format!("cannot write the session file `{}`", file.display()),
            e,
        )
    })
}
