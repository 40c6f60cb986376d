//! flowsec: a command-line security administrator over a local SQLite store. The model's
//! notation, the decision engine, the store, authentication and output live here; the
//! `cli` module is a thin layer that parses arguments and renders results.

pub mod auth;
pub mod authorize;
pub mod cli;
pub mod config;
pub mod crypto;
pub mod directory;
pub mod engine;
pub mod error;
pub mod facts;
pub mod files;
pub mod identity;
pub mod manifest;
pub mod model;
pub mod output;
pub mod password;
pub mod settings;
pub mod store;
pub mod time;
pub mod tokens;
pub mod trail;
