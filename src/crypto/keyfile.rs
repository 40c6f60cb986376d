//! The key file: a versioned JSON document holding the store's id and its keys, oldest
//! first. It is written 0600 to a temporary file, synced, then renamed (or, when it must
//! not exist yet, linked) into place, so a crash never leaves half a key file.

use std::fs;
use std::io::ErrorKind as IoKind;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{KEY_BYTES, Key, Keyring, STORE_ID_BYTES, push_hex, unhex};
use crate::error::{Error, ErrorKind, Result};
use crate::files::{self, create_private_dir, parent_dir};

const FORMAT: &str = "flowsec-key-file";
const VERSION: u32 = 1;
/// Room for the whole document, so the buffer holding key material never reallocates
/// (which would leave copies behind in freed memory).
const ROOM_PER_KEY: usize = 256;

#[derive(Deserialize)]
struct Header<'a> {
    format: &'a str,
    version: u32,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document<'a> {
    format: &'a str,
    version: u32,
    store: &'a str,
    #[serde(borrow)]
    keys: Vec<Entry<'a>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry<'a> {
    id: &'a str,
    /// RFC 3339.
    created: &'a str,
    /// The key material, hex.
    key: &'a str,
}

/// Reads the key file at `path`, which only its owner may read.
pub fn load(path: &Path) -> Result<Keyring> {
    if let Ok(meta) = fs::metadata(path)
        && meta.mode() & 0o077 != 0
    {
        return Err(Error::new(
            ErrorKind::Crypto,
            format!(
                "the key file `{}` may be read by other users: it opens every secret in the store",
                path.display()
            ),
        )
        .with_hint(format!("`chmod 600 {}`, then rotate the key (`flowsec encrypt rotate`) if others may have read it", path.display())));
    }
    let bytes = match fs::read(path) {
        Ok(bytes) => Zeroizing::new(bytes),
        Err(e) if e.kind() == IoKind::NotFound => return Err(missing(path)),
        Err(e) => {
            return Err(with_hint(Error::new(
                ErrorKind::Crypto,
                format!("cannot read the key file `{}`: {e}", path.display()),
            )));
        }
    };
    parse(&bytes).map_err(|problem| {
        with_hint(Error::new(
            ErrorKind::Crypto,
            format!("the key file `{}` {problem}", path.display()),
        ))
    })
}

/// Replaces the key file at `path` with `keyring`: readers see the old file or the new one.
pub fn save(path: &Path, keyring: &Keyring) -> Result<()> {
    files::replace(path, &render(keyring)?).map_err(|e| write_error(path, e))
}

/// Writes a new key file at `path`; one that exists already is never replaced.
pub fn create(path: &Path, keyring: &Keyring) -> Result<()> {
    create_private_dir(parent_dir(path))?;
    match files::create_new(path, &render(keyring)?) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == IoKind::AlreadyExists => Err(exists(path)),
        Err(e) => Err(write_error(path, e)),
    }
}

/// A key file at `path` is in the way of a new one.
pub fn exists(path: &Path) -> Error {
    Error::conflict(format!("a key file already exists at `{}`", path.display())).with_hint(
        "nothing was changed; flowsec never overwrites a key file: choose another place with \
         --key-file or FLOWSEC_KEY_FILE, or remove it if no store uses it (one left by an \
         interrupted init or first secret)",
    )
}

/// The store has a key file, but not at `path`.
pub fn missing(path: &Path) -> Error {
    with_hint(Error::new(
        ErrorKind::Crypto,
        format!("no key file at `{}`", path.display()),
    ))
}

/// The key file at `path` was made for another store.
pub fn foreign(path: &Path) -> Error {
    with_hint(Error::new(
        ErrorKind::Crypto,
        format!("the key file `{}` belongs to another store", path.display()),
    ))
}

fn with_hint(error: Error) -> Error {
    error.with_hint(
        "nothing was changed; name this store's key file with --key-file or FLOWSEC_KEY_FILE \
         (by default it is the store's path with the extension .key)",
    )
}

fn write_error(path: &Path, e: std::io::Error) -> Error {
    Error::io(format!("cannot write the key file `{}`", path.display()), e)
}

fn render(keyring: &Keyring) -> Result<Zeroizing<Vec<u8>>> {
    let materials: Vec<Zeroizing<String>> = keyring
        .keys
        .iter()
        .map(|k| {
            let mut hex = Zeroizing::new(String::with_capacity(KEY_BYTES * 2));
            push_hex(&mut hex, k.material.as_slice());
            hex
        })
        .collect();
    let created: Vec<String> = keyring
        .keys
        .iter()
        .map(|k| {
            jiff::Timestamp::from_second(k.created)
                .map(|t| t.to_string())
                .map_err(|e| Error::invalid(format!("key `{}`: {e}", k.id)))
        })
        .collect::<Result<_>>()?;
    let document = Document {
        format: FORMAT,
        version: VERSION,
        store: &keyring.store_id,
        keys: keyring
            .keys
            .iter()
            .zip(&materials)
            .zip(&created)
            .map(|((k, material), created)| Entry {
                id: &k.id,
                created,
                key: material,
            })
            .collect(),
    };
    let mut out = Zeroizing::new(Vec::with_capacity(ROOM_PER_KEY * (keyring.keys.len() + 1)));
    serde_json::to_writer_pretty(&mut *out, &document)
        .map_err(|e| Error::invalid(format!("cannot render the key file: {e}")))?;
    out.push(b'\n');
    Ok(out)
}

/// Parses a key file; the error completes "the key file `P` ...". Messages never quote
/// the file's content, which holds key material.
fn parse(bytes: &[u8]) -> Result<Keyring, String> {
    let damaged =
        |e: serde_json::Error| format!("is damaged or not a key file (line {})", e.line());
    let header: Header<'_> = serde_json::from_slice(bytes).map_err(damaged)?;
    if header.format != FORMAT {
        return Err("is not a flowsec key file".into());
    }
    if header.version != VERSION {
        return Err(format!(
            "has format version {}; this flowsec reads version {VERSION}",
            header.version
        ));
    }
    let document: Document<'_> = serde_json::from_slice(bytes).map_err(damaged)?;
    let mut store = [0u8; STORE_ID_BYTES];
    unhex(document.store, &mut store).ok_or("has a malformed store id")?;
    let mut keys: Vec<Key> = Vec::with_capacity(document.keys.len());
    for entry in &document.keys {
        let mut id = [0u8; super::KEY_ID_BYTES];
        unhex(entry.id, &mut id).ok_or("has a malformed key id")?;
        if keys.iter().any(|k| k.id == entry.id) {
            return Err(format!("lists key `{}` twice", entry.id));
        }
        let created = entry
            .created
            .parse::<jiff::Timestamp>()
            .map_err(|_| format!("has a malformed creation time for key `{}`", entry.id))?;
        let mut material = Zeroizing::new([0u8; KEY_BYTES]);
        unhex(entry.key, material.as_mut_slice())
            .ok_or_else(|| format!("has malformed material for key `{}`", entry.id))?;
        keys.push(Key {
            id: entry.id.to_string(),
            created: created.as_second(),
            material,
        });
    }
    if keys.is_empty() {
        return Err("holds no key".into());
    }
    Ok(Keyring {
        store_id: document.store.to_string(),
        keys,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::Label;
    use std::os::unix::fs::PermissionsExt;

    const NOW: i64 = 1_800_000_000;
    const STORE: &str = "00112233445566778899aabbccddeeff";
    const OTHER_STORE: &str = "ffeeddccbbaa99887766554433221100";

    #[test]
    fn a_saved_keyring_loads_back_and_still_decrypts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/s.key");
        let mut ring = Keyring::generate(STORE, NOW).unwrap();
        ring.add_key(NOW + 60).unwrap();
        let label = Label {
            item: Some(3),
            field: "password",
        };
        let sealed = ring.seal(label, b"value").unwrap();
        create(&path, &ring).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);

        let loaded = load(&path).unwrap();
        assert_eq!(loaded.store_id(), ring.store_id());
        let ids = |r: &Keyring| -> Vec<(String, i64)> {
            r.keys()
                .iter()
                .map(|k| (k.id().to_string(), k.created()))
                .collect()
        };
        assert_eq!(ids(&loaded), ids(&ring));
        assert_eq!(loaded.open(label, &sealed).unwrap().as_slice(), b"value");

        // `create` never replaces; `save` does, atomically, and leaves no temporary file.
        let other = Keyring::generate(OTHER_STORE, NOW).unwrap();
        assert_eq!(
            create(&path, &other).unwrap_err().kind(),
            ErrorKind::Conflict
        );
        assert_eq!(load(&path).unwrap().store_id(), ring.store_id());
        save(&path, &other).unwrap();
        assert_eq!(load(&path).unwrap().store_id(), other.store_id());
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("s.key")]);
    }

    #[test]
    fn bad_key_files_are_crypto_errors_that_do_not_quote_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        assert_eq!(load(&path).unwrap_err().kind(), ErrorKind::Crypto);

        let ring = Keyring::generate(STORE, NOW).unwrap();
        create(&path, &ring).unwrap();
        let good = fs::read_to_string(&path).unwrap();
        let material = good
            .lines()
            .find_map(|l| l.trim().strip_prefix("\"key\": \""))
            .unwrap()
            .trim_end_matches('"')
            .to_string();
        let cases = [
            good.replace(&material, &material[..10]),
            good.replace(&material, &format!("{}zz", &material[2..])),
            good.replace("\"version\": 1", "\"version\": 2"),
            good.replace("flowsec-key-file", "something-else"),
            good.replace("\"keys\"", "\"version2\": 1, \"keys\""),
            good.replace(
                &material,
                "not hex at all, but long enough to be quoted back",
            ),
            "{".to_string(),
            "{\"format\": 5}".to_string(),
        ];
        for bad in cases {
            fs::write(&path, &bad).unwrap();
            let e = load(&path).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::Crypto, "{bad}");
            assert!(!e.message().contains(&material[..10]), "{}", e.message());
            assert!(!e.message().contains("quoted back"), "{}", e.message());
            assert!(e.hint().unwrap().contains("--key-file"));
        }
    }
}
