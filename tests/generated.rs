#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test may fail loudly

//! The committed completions (`completions/`) and man pages (`man/`) must be exactly what
//! the current binary generates. Regenerate with:
//!   for s in bash zsh fish elvish powershell; do flowsec completions $s > ...; done
//!   rm -rf man && flowsec man man

use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_flowsec");

fn generate(args: &[&str]) -> Vec<u8> {
    let out = Command::new(BIN).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn committed_completions_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        ("bash", "flowsec.bash"),
        ("zsh", "_flowsec"),
        ("fish", "flowsec.fish"),
        ("elvish", "flowsec.elv"),
        ("powershell", "_flowsec.ps1"),
    ] {
        let committed = std::fs::read(root.join(file)).unwrap();
        assert!(
            committed == generate(&["completions", shell]),
            "completions/{file} is stale: regenerate with `flowsec completions {shell}`"
        );
    }
}

#[test]
fn committed_man_pages_are_current() {
    let fresh = tempfile::tempdir().unwrap();
    generate(&["man", fresh.path().to_str().unwrap()]);
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let names = |dir: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let expected = names(fresh.path());
    assert!(expected.contains(&"flowsec-users-create.1".to_string()));
    assert_eq!(
        names(&committed),
        expected,
        "man/ lists other pages: regenerate it"
    );
    for name in expected {
        assert!(
            std::fs::read(committed.join(&name)).unwrap()
                == std::fs::read(fresh.path().join(&name)).unwrap(),
            "man/{name} is stale: regenerate with `flowsec man man`"
        );
    }
}

#[test]
fn completions_for_an_unknown_shell_are_a_usage_error() {
    let out = Command::new(BIN)
        .args(["completions", "tcsh"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
