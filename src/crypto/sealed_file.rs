//! A small secret kept in a file of its own, sealed under the key file: the database
//! password of hosts with no other place for it. The file is JSON, written 0600 and
//! replaced whole; its label binds it to what it is for, so it cannot be moved to open
//! anything else.

use std::fs;
use std::io::ErrorKind as IoKind;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{Keyring, Label, Sealed, Unopened, hex};
use crate::error::{Error, ErrorKind, Result};
use crate::files;

const FORMAT: &str = "flowsec-sealed-secret";
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    format: String,
    version: u32,
    key: String,
    nonce: String,
    ciphertext: String,
}

/// Seals `secret` for `label` under the keyring's current key into `path`.
pub fn write(path: &Path, keyring: &Keyring, label: Label<'_>, secret: &[u8]) -> Result<()> {
    let sealed = keyring.seal(label, secret)?;
    let document = Document {
        format: FORMAT.into(),
        version: VERSION,
        key: sealed.key_id,
        nonce: hex(&sealed.nonce),
        ciphertext: hex(&sealed.ciphertext),
    };
    let mut text = serde_json::to_vec_pretty(&document)
        .map_err(|e| Error::invalid(format!("cannot render `{}`: {e}", path.display())))?;
    text.push(b'\n');
    files::create_private_dir(files::parent_dir(path))?;
    files::replace(path, &text)
        .map_err(|e| Error::io(format!("cannot write `{}`", path.display()), e))
}

/// The key id the secret in `path` is sealed with; `None` when there is no such file.
pub fn key_id(path: &Path) -> Result<Option<String>> {
    Ok(read_document(path)?.map(|d| d.key))
}

/// Opens the secret sealed in `path` for `label`; `None` when there is no such file.
pub fn read(
    path: &Path,
    keyring: &Keyring,
    label: Label<'_>,
) -> Result<Option<Zeroizing<Vec<u8>>>> {
    let Some(document) = read_document(path)? else {
        return Ok(None);
    };
    let damaged = || {
        Error::new(
            ErrorKind::Crypto,
            format!("`{}` is damaged", path.display()),
        )
    };
    let sealed = Sealed {
        key_id: document.key,
        nonce: unhex_vec(&document.nonce).ok_or_else(damaged)?,
        ciphertext: unhex_vec(&document.ciphertext).ok_or_else(damaged)?,
    };
    keyring.open(label, &sealed).map(Some).map_err(|why| {
        let hint = match &why {
            Unopened::UnknownKey(_) => {
                "copy the newest key file here from the host that rotated the key"
            }
            Unopened::Inauthentic => "seal it again here with `flowsec db password`",
        };
        Error::new(
            ErrorKind::Crypto,
            format!("cannot open `{}`: {why}", path.display()),
        )
        .with_hint(hint)
    })
}

fn read_document(path: &Path) -> Result<Option<Document>> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == IoKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(format!("cannot read `{}`", path.display()), e)),
    };
    if let Ok(meta) = fs::metadata(path)
        && !files::is_private_file(&meta, files::own_uid())
    {
        return Err(Error::new(
            ErrorKind::Crypto,
            format!(
                "`{}` may be changed or read by other users (mode {:o})",
                path.display(),
                meta.mode() & 0o7777
            ),
        )
        .with_hint(format!("`chmod 600 {}`", path.display())));
    }
    let document: Document = serde_json::from_slice(&bytes).map_err(|_| {
        Error::new(
            ErrorKind::Crypto,
            format!("`{}` is not a sealed secret", path.display()),
        )
    })?;
    if document.format != FORMAT || document.version != VERSION {
        return Err(Error::new(
            ErrorKind::Crypto,
            format!(
                "`{}` is not a sealed secret this flowsec reads",
                path.display()
            ),
        ));
    }
    Ok(Some(document))
}

fn unhex_vec(text: &str) -> Option<Vec<u8>> {
    let mut out = vec![0u8; text.len() / 2];
    super::unhex(text, &mut out)?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_sealed_secret_opens_only_for_its_label_and_its_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.dbpass");
        let store_id = "00112233445566778899aabbccddeeff";
        let mut keyring = Keyring::generate(store_id, 0).unwrap();
        let label = Label {
            item: None,
            field: "db password u@h:5432/db",
        };
        assert!(read(&path, &keyring, label).unwrap().is_none());
        write(&path, &keyring, label, b"hunter2").unwrap();
        assert!(!fs::read_to_string(&path).unwrap().contains("hunter2"));
        assert_eq!(fs::metadata(&path).unwrap().mode() & 0o777, 0o600);
        assert_eq!(
            &**read(&path, &keyring, label).unwrap().unwrap(),
            b"hunter2"
        );
        let other = Label {
            item: None,
            field: "db password u@h:5432/other",
        };
        assert!(read(&path, &keyring, other).is_err());
        let old = key_id(&path).unwrap().unwrap();
        keyring.add_key(1).unwrap();
        assert_eq!(
            &**read(&path, &keyring, label).unwrap().unwrap(),
            b"hunter2"
        );
        keyring.remove_keys(&[old]);
        assert_eq!(
            read(&path, &keyring, label).unwrap_err().kind(),
            ErrorKind::Crypto
        );
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        assert!(key_id(&path).is_err(), "a file others may read is refused");
    }
}
