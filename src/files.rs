//! Private files: folders only their owner may enter, and files written whole, 0600 from
//! their first byte, then moved into place, so no reader sees half of one, no other OS
//! user can read one, and a link planted at the path is replaced, never followed.

use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result};

/// The folder a file is in (`.` for a bare name).
pub fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Creates a folder (and its parents) only its owner may enter.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::io(format!("cannot create `{}`", dir.display()), e))
}

/// The process's own (effective) user.
pub fn own_uid() -> u32 {
    nix::unistd::geteuid().as_raw()
}

/// Whether a file is `owner`'s own regular file that no one else may read or write.
pub fn is_private_file(meta: &fs::Metadata, owner: u32) -> bool {
    meta.is_file() && meta.uid() == owner && meta.mode() & 0o077 == 0
}

/// Refuses a folder others could plant files in: writable by group or others, or owned
/// by someone but `owner`, the process's own user or root. `what` names it.
pub fn check_private_dir(dir: &Path, owner: u32, what: &str) -> Result<()> {
    let meta =
        fs::metadata(dir).map_err(|e| Error::io(format!("cannot read `{}`", dir.display()), e))?;
    let me = own_uid();
    if meta.mode() & 0o022 != 0 {
        return Err(Error::new(
            ErrorKind::Store,
            format!(
                "{what} `{}` may be written by other users, who could plant files in it",
                dir.display()
            ),
        )
        .with_hint(format!(
            "`chmod go-w {}`, or choose another place",
            dir.display()
        )));
    }
    if ![owner, me, 0].contains(&meta.uid()) {
        return Err(Error::new(
            ErrorKind::Store,
            format!(
                "{what} `{}` belongs to another user, who could replace what is in it",
                dir.display()
            ),
        ));
    }
    Ok(())
}

/// Makes a link or rename durable; best effort, as some file systems refuse.
pub fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Writes `bytes` to a new private file beside `path`, synced; returns its path. The
/// name is new to this process and moment, so concurrent writers never share one.
pub fn write_beside(path: &Path, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let nonce = jiff::Timestamp::now().as_nanosecond();
    let temp = parent_dir(path).join(format!(".{name}.new-{}-{nonce}", std::process::id()));
    let written = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&temp)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        });
    match written {
        Ok(()) => Ok(temp),
        Err(e) => {
            let _ = fs::remove_file(&temp);
            Err(e)
        }
    }
}

/// Writes a new private file at `path`, whole, or fails with `AlreadyExists` leaving one
/// that is there untouched.
pub fn create_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temp = write_beside(path, bytes)?;
    let linked = fs::hard_link(&temp, path);
    let _ = fs::remove_file(&temp);
    linked?;
    sync_dir(parent_dir(path));
    Ok(())
}

/// Replaces the file at `path` with `bytes`: readers see the old file or the new one.
pub fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temp = write_beside(path, bytes)?;
    if let Err(e) = fs::rename(&temp, path) {
        let _ = fs::remove_file(&temp);
        return Err(e);
    }
    sync_dir(parent_dir(path));
    Ok(())
}
