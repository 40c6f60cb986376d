//! TLS to the server with rustls, as libpq's `sslmode` means it: `disable` never,
//! `prefer` if the server offers it, `require` always (checking the chain against
//! `sslrootcert` when one is named, as libpq does), `verify-ca` always with the chain
//! checked, `verify-full` always with the chain and the host name checked. The driver's
//! own parser knows only the first three, so these two parameters are taken out of the
//! URL here.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{ClientConfig, WebPkiServerVerifier};
use rustls::crypto::WebPkiSupportedAlgorithms;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

/// What a URL asks of TLS, and the URL left for the driver.
#[derive(Debug)]
pub(super) struct Wanted {
    pub mode: Mode,
    pub root_cert: Option<PathBuf>,
    pub url: String,
}

/// Takes `sslmode` and `sslrootcert` out of `url` (which holds no password).
pub(super) fn wanted(url: &str) -> Result<Wanted> {
    let mut parsed =
        url::Url::parse(url).map_err(|_| Error::usage("the PostgreSQL URL is malformed"))?;
    let mut mode = Mode::Prefer;
    let mut root_cert = None;
    let mut rest = Vec::new();
    for (key, value) in parsed.query_pairs() {
        match &*key {
            "sslmode" => {
                mode = match &*value {
                    "disable" => Mode::Disable,
                    "prefer" => Mode::Prefer,
                    "require" => Mode::Require,
                    "verify-ca" => Mode::VerifyCa,
                    "verify-full" => Mode::VerifyFull,
                    other => {
                        return Err(Error::usage(format!(
                            "sslmode `{other}` is not one of disable, prefer, require, verify-ca, verify-full"
                        )));
                    }
                }
            }
            "sslrootcert" => root_cert = Some(PathBuf::from(&*value)),
            _ => rest.push((key.into_owned(), value.into_owned())),
        }
    }
    if rest.is_empty() {
        parsed.set_query(None);
    } else {
        parsed.query_pairs_mut().clear().extend_pairs(rest);
    }
    // As libpq: `require` with a root certificate named checks the chain.
    if mode == Mode::Require && root_cert.is_some() {
        mode = Mode::VerifyCa;
    }
    Ok(Wanted {
        mode,
        root_cert,
        url: parsed.to_string(),
    })
}

/// The rustls configuration for `mode`; `None` for `disable`.
pub(super) fn client_config(mode: Mode, root_cert: Option<&Path>) -> Result<Option<ClientConfig>> {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(tls_error)?;
    let chain = match mode {
        Mode::Disable => return Ok(None),
        Mode::Prefer | Mode::Require => None,
        Mode::VerifyCa | Mode::VerifyFull => Some(
            WebPkiServerVerifier::builder_with_provider(
                Arc::new(roots(root_cert)?),
                provider.clone(),
            )
            .build()
            .map_err(tls_error)?,
        ),
    };
    let verifier = Arc::new(Checks {
        chain,
        name: mode == Mode::VerifyFull,
        algorithms: provider.signature_verification_algorithms,
    });
    Ok(Some(
        builder
            .dangerous()
            .with_custom_certificate_verifier(verifier)
            .with_no_client_auth(),
    ))
}

fn tls_error(e: impl std::fmt::Display) -> Error {
    Error::usage(format!("cannot set up TLS: {e}"))
}

/// The certificates `sslrootcert` names, or the system's.
fn roots(root_cert: Option<&Path>) -> Result<RootCertStore> {
    let mut roots = RootCertStore::empty();
    match root_cert {
        Some(path) => {
            let unreadable = |e: &dyn std::fmt::Display| {
                Error::usage(format!("cannot read sslrootcert `{}`: {e}", path.display()))
            };
            let certs = CertificateDer::pem_file_iter(path)
                .map_err(|e| unreadable(&e))?
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(|e| unreadable(&e))?;
            let (added, _) = roots.add_parsable_certificates(certs);
            if added == 0 {
                return Err(unreadable(&"it holds no certificate"));
            }
        }
        None => {
            roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
            if roots.is_empty() {
                return Err(Error::usage(
                    "this host has no system certificates to check the server's against",
                )
                .with_hint("name the server's CA with sslrootcert=FILE in the URL"));
            }
        }
    }
    Ok(roots)
}

/// What a mode checks of the server's certificate. Without a chain to check (`prefer`,
/// `require`) any certificate will do: libpq's meaning, guarding against eavesdroppers,
/// not against someone posing as the server. `verify-ca` checks the chain but not the
/// name in it, `verify-full` both. The handshake's signatures are always checked.
#[derive(Debug)]
struct Checks {
    chain: Option<Arc<WebPkiServerVerifier>>,
    name: bool,
    algorithms: WebPkiSupportedAlgorithms,
}

impl ServerCertVerifier for Checks {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        let Some(chain) = &self.chain else {
            return Ok(ServerCertVerified::assertion());
        };
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) if !self.name => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssl_parameters_are_taken_out_of_the_url() {
        let w = wanted(
            "postgres://u@h:5433/db?sslmode=verify-full&sslrootcert=/ca.pem&application_name=x",
        )
        .unwrap();
        assert_eq!(w.mode, Mode::VerifyFull);
        assert_eq!(w.root_cert.as_deref(), Some(Path::new("/ca.pem")));
        assert_eq!(w.url, "postgres://u@h:5433/db?application_name=x");
        let w = wanted("postgres://u@h/db").unwrap();
        assert_eq!(
            (w.mode, w.url.as_str()),
            (Mode::Prefer, "postgres://u@h/db")
        );
        let w = wanted("postgres://u@h/db?sslmode=require&sslrootcert=ca.pem").unwrap();
        assert_eq!(
            w.mode,
            Mode::VerifyCa,
            "libpq checks the chain when a root is named"
        );
        assert!(wanted("postgres://u@h/db?sslmode=allow-all").is_err());
    }
}
