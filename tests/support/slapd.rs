//! A throwaway OpenLDAP server (Debian's slapd) on 127.0.0.1 for the directory tests:
//! a generated slapd.conf with an mdb database in a temporary folder, loaded with
//! `slapadd` before it starts, killed when dropped.

use std::collections::HashSet;
use std::io::Write;
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ldap3::{LdapConn, Mod};

const SLAPD: &str = "/usr/sbin/slapd";
const SLAPADD: &str = "/usr/sbin/slapadd";
/// Set by `.ci/run`: there a missing slapd fails the tests instead of skipping them.
pub const CI_VARIABLE: &str = "FLOWSEC_CI";
/// Names another slapd: the tests of the skip point it at nothing.
pub const SLAPD_VARIABLE: &str = "FLOWSEC_TEST_SLAPD";
/// What a skipped test writes.
pub const SKIPPED: &str = "!!! SKIPPED";

pub const SUFFIX: &str = "dc=example,dc=org";
pub const ROOT_DN: &str = "cn=admin,dc=example,dc=org";
pub const ROOT_PASSWORD: &str = "root-Secret-1";
pub const SERVICE_DN: &str = "cn=flowsec,ou=services,dc=example,dc=org";
pub const SERVICE_PASSWORD: &str = "service-Secret-1";
/// The config database's root, the service account of `start_refusing_user_binds`.
pub const CONFIG_DN: &str = "cn=config";
pub const PEOPLE: &str = "ou=people,dc=example,dc=org";
pub const GROUPS: &str = "ou=groups,dc=example,dc=org";

pub struct Slapd {
    child: Child,
    pub port: u16,
    /// With TLS: the ldaps:// port (the ldap:// one offers StartTLS) and the CA file
    /// that signed the server's certificate.
    pub tls: Option<(u16, PathBuf)>,
    _dir: tempfile::TempDir,
}

pub use crate::support::free_port;

impl Slapd {
    /// Starts slapd serving `ldif` under `SUFFIX`. Without slapd installed the test is
    /// skipped, loudly, except under CI, where that is a failure.
    pub fn start(ldif: &str) -> Option<Slapd> {
        Slapd::start_with(ldif, false, false)
    }

    /// Like `start`, but every bind to a user's entry is answered unwillingToPerform
    /// (53), a server-side refusal; the service account is then `CONFIG_DN`.
    pub fn start_refusing_user_binds(ldif: &str) -> Option<Slapd> {
        Slapd::start_with(ldif, false, true)
    }

    /// Like `start`, also serving TLS (ldaps:// and StartTLS) with a certificate for
    /// 127.0.0.1 from a throwaway CA.
    pub fn start_tls(ldif: &str) -> Option<Slapd> {
        Slapd::start_with(ldif, true, false)
    }

    fn start_with(ldif: &str, tls: bool, refuse_user_binds: bool) -> Option<Slapd> {
        let slapd =
            std::env::var_os(SLAPD_VARIABLE).map_or_else(|| PathBuf::from(SLAPD), PathBuf::from);
        if !slapd.exists() {
            assert!(
                std::env::var_os(CI_VARIABLE).is_none(),
                "{} is missing under CI: .ci/run must install slapd",
                slapd.display()
            );
            // Straight to the process's stderr: libtest captures `eprintln!` of a
            // passing test, which would hide the skip.
            let _ = write!(
                std::io::stderr(),
                "\n{SKIPPED}: {} is not installed, so the directory tests did not run.\n\
                 !!! Install it with: apt-get install -y slapd ldap-utils\n",
                slapd.display()
            );
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        std::fs::create_dir(&db).unwrap();
        let conf = dir.path().join("slapd.conf");
        let tls_conf = if tls {
            crate::support::certificates(dir.path());
            format!(
                "TLSCACertificateFile {d}/ca.pem\nTLSCertificateFile {d}/server.pem\n\
                 TLSCertificateKeyFile {d}/server.key\n",
                d = dir.path().display()
            )
        } else {
            String::new()
        };
        let (config_db, restrict) = if refuse_user_binds {
            (
                format!("database config\nrootpw {SERVICE_PASSWORD}\n"),
                "restrict bind\n",
            )
        } else {
            (String::new(), "")
        };
        std::fs::write(
            &conf,
            format!(
                "{tls_conf}include /etc/ldap/schema/core.schema\n\
                 include /etc/ldap/schema/cosine.schema\n\
                 include /etc/ldap/schema/inetorgperson.schema\n\
                 include /etc/ldap/schema/nis.schema\n\
                 pidfile {dir}/slapd.pid\n\
                 argsfile {dir}/slapd.args\n\
                 modulepath /usr/lib/ldap\n\
                 moduleload back_mdb\n\
                 {config_db}\
                 database mdb\n\
                 maxsize 16777216\n\
                 suffix \"{SUFFIX}\"\n\
                 rootdn \"{ROOT_DN}\"\n\
                 rootpw {ROOT_PASSWORD}\n\
                 directory {db}\n\
                 access to attrs=userPassword by anonymous auth by * none\n\
                 access to * by anonymous auth by users read\n\
                 {restrict}",
                dir = dir.path().display(),
                db = db.display(),
            ),
        )
        .unwrap();
        let data = dir.path().join("data.ldif");
        std::fs::write(&data, format!("{}\n{ldif}", base_entries())).unwrap();
        let out = Command::new(SLAPADD)
            .arg("-q")
            .args(["-b", SUFFIX])
            .arg("-f")
            .arg(&conf)
            .arg("-l")
            .arg(&data)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "slapadd: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let port = free_port();
        let tls_port = tls.then(free_port);
        let mut urls = format!("ldap://127.0.0.1:{port}/");
        if let Some(tls_port) = tls_port {
            urls.push_str(&format!(" ldaps://127.0.0.1:{tls_port}/"));
        }
        // With -d, slapd stays in the foreground, so that dropping the child ends it.
        let mut child = Command::new(&slapd)
            .arg("-f")
            .arg(&conf)
            .arg("-h")
            .arg(urls)
            .args(["-d", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Some(status) = child.try_wait().unwrap() {
                let out = child.wait_with_output().unwrap();
                panic!(
                    "slapd exited ({status}): {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "slapd did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(Slapd {
            child,
            port,
            tls: tls_port.map(|p| (p, dir.path().join("ca.pem"))),
            _dir: dir,
        })
    }

    pub fn url(&self) -> String {
        format!("ldap://127.0.0.1:{}", self.port)
    }

    /// A connection bound as the directory's root, to change it under the tests' feet.
    pub fn admin(&self) -> LdapConn {
        let mut conn = LdapConn::new(&self.url()).unwrap();
        conn.simple_bind(ROOT_DN, ROOT_PASSWORD)
            .unwrap()
            .success()
            .unwrap();
        conn
    }

    /// Takes `member` (a DN) out of `group` (a groupOfNames).
    pub fn remove_member(&self, group: &str, member: &str) {
        self.modify_group(group, Mod::Delete("member", HashSet::from([member])));
    }

    pub fn add_member(&self, group: &str, member: &str) {
        self.modify_group(group, Mod::Add("member", HashSet::from([member])));
    }

    fn modify_group(&self, group: &str, change: Mod<&str>) {
        self.admin()
            .modify(&group_dn(group), vec![change])
            .unwrap()
            .success()
            .unwrap();
    }

    pub fn delete(&self, dn: &str) {
        self.admin().delete(dn).unwrap().success().unwrap();
    }

    /// Adds a person with a password.
    pub fn add_person(&self, uid: &str, password: &str) {
        let cn = format!("{uid} Person");
        let attrs = vec![
            ("objectClass", HashSet::from(["inetOrgPerson"])),
            ("uid", HashSet::from([uid])),
            ("cn", HashSet::from([cn.as_str()])),
            ("sn", HashSet::from(["Person"])),
            ("userPassword", HashSet::from([password])),
        ];
        self.admin()
            .add(&person_dn(uid), attrs)
            .unwrap()
            .success()
            .unwrap();
    }
}

impl Drop for Slapd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn person_dn(uid: &str) -> String {
    format!("uid={uid},{PEOPLE}")
}

pub fn group_dn(cn: &str) -> String {
    format!("cn={cn},{GROUPS}")
}

/// The suffix, the folders and the service account every test directory has.
fn base_entries() -> String {
    format!(
        "dn: {SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\no: Example\ndc: example\n\n\
         dn: {PEOPLE}\nobjectClass: organizationalUnit\nou: people\n\n\
         dn: {GROUPS}\nobjectClass: organizationalUnit\nou: groups\n\n\
         dn: ou=services,{SUFFIX}\nobjectClass: organizationalUnit\nou: services\n\n\
         dn: {SERVICE_DN}\nobjectClass: person\ncn: flowsec\nsn: flowsec\n\
         userPassword: {SERVICE_PASSWORD}\n"
    )
}

/// A person entry in LDIF.
pub fn person(uid: &str, full_name: &str, email: Option<&str>, password: &str) -> String {
    let mail = email.map(|m| format!("mail: {m}\n")).unwrap_or_default();
    format!(
        "dn: {}\nobjectClass: inetOrgPerson\nuid: {uid}\ncn: {full_name}\nsn: {uid}\n{mail}\
         userPassword: {password}\n",
        person_dn(uid)
    )
}

/// A groupOfNames entry in LDIF with the given member uids.
pub fn group(cn: &str, members: &[&str]) -> String {
    let members: String = members
        .iter()
        .map(|uid| format!("member: {}\n", person_dn(uid)))
        .collect();
    format!(
        "dn: {}\nobjectClass: groupOfNames\ncn: {cn}\n{members}",
        group_dn(cn)
    )
}
