//! Keeps the house in order: the store's driver is named only inside its backend's
//! folder, and every module imports only modules of lower layers, so there is no circle.
//! It reads the sources' `crate::` paths; comments are skipped.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may use its own submodules and the modules of
/// lower layers, never one of its own layer or above.
const LAYERS: &[&[&str]] = &[
    &["error"],
    &["files", "time"],
    // The names of the model, and the pure decision over facts.
    &["model"],
    &["engine", "output"],
    &["identity", "crypto", "password"],
    // The store interface and its backends.
    &["store"],
    // The decision engine's fact cache, and authorization with it.
    &["facts"],
    &["authorize"],
    // Services over the store and the engine.
    &["settings"],
    // The audit trail as evidence: its checkpoints, verification and export.
    &["trail"],
    &["tokens"],
    &["directory"],
    &["auth"],
    &["manifest"],
    &["config"],
    &["cli"],
];

/// Each backend's folder, the only place that may name its driver, and the driver.
const BACKENDS: &[(&str, &str)] = &[
    ("src/store/sqlite", "rusqlite"),
    ("src/store/postgresql", "postgres::"),
];

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

fn all_sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for dir in ["src", "tests", "benches"] {
        sources(&root.join(dir), &mut found);
    }
    found
        .into_iter()
        .map(|p| p.strip_prefix(root).unwrap().to_path_buf())
        .collect()
}

/// The file's lines of code, without comments.
fn code(path: &Path) -> Vec<(usize, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::read_to_string(root.join(path))
        .unwrap()
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(n, l)| (n + 1, l.to_string()))
        .collect()
}

/// The top-level modules a line names through `crate::`, including each of a
/// `crate::{a, b::c}` group.
fn crate_paths(line: &str) -> Vec<String> {
    let mut named = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for part in group[..end].split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                named.push(name);
            }
        } else {
            named.push(
                rest.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect(),
            );
        }
    }
    named.retain(|n| !n.is_empty());
    named
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// The top-level module a source file of `src/` belongs to; `None` for the crate roots.
fn module_of(path: &Path) -> Option<String> {
    let inside = path.strip_prefix("src").ok()?;
    let first = inside.components().next()?.as_os_str().to_str()?;
    let name = first.trim_end_matches(".rs");
    (!matches!(name, "lib" | "main")).then(|| name.to_string())
}

#[test]
fn only_a_backend_names_its_driver() {
    let mut found = Vec::new();
    for path in all_sources() {
        if path.ends_with("layering.rs") {
            continue;
        }
        for (backend, driver) in BACKENDS {
            if path.starts_with(backend) {
                continue;
            }
            for (n, line) in code(&path) {
                if line.contains(driver) {
                    found.push(format!("{}:{n}: {}", path.display(), line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "the store's driver named outside its backend:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_module_imports_only_lower_layers() {
    let mut found = Vec::new();
    for path in all_sources() {
        let Some(module) = module_of(&path) else {
            continue;
        };
        let Some(own) = layer_of(&module) else {
            found.push(format!(
                "{}: module `{module}` has no layer",
                path.display()
            ));
            continue;
        };
        for (n, line) in code(&path) {
            for named in crate_paths(&line) {
                if named == module {
                    continue;
                }
                match layer_of(&named) {
                    Some(layer) if layer < own => {}
                    _ => found.push(format!(
                        "{}:{n}: `{module}` uses `{named}`, which is not below it",
                        path.display()
                    )),
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn only_the_store_module_chooses_a_backend() {
    let mut found = Vec::new();
    for path in all_sources() {
        if BACKENDS.iter().any(|(folder, _)| path.starts_with(folder))
            || path == Path::new("src/store/mod.rs")
            || path.ends_with("layering.rs")
        {
            continue;
        }
        for (n, line) in code(&path) {
            let names_one = ["sqlite::", "postgresql::"].iter().any(|backend| {
                line.contains(&format!("store::{backend}"))
                    || line.contains(&format!("super::{backend}"))
            });
            if names_one {
                found.push(format!("{}:{n}: {}", path.display(), line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_checker_reads_grouped_and_inline_paths() {
    assert_eq!(
        crate_paths("use crate::{error::Result, model};  x = crate::store::now();"),
        ["error", "model", "store"]
    );
    assert_eq!(
        module_of(Path::new("src/store/sqlite/users.rs")).unwrap(),
        "store"
    );
    assert_eq!(module_of(Path::new("src/lib.rs")), None);
    assert!(layer_of("store") < layer_of("facts"));
}
