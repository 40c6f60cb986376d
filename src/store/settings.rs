//! Setting records: each set key's value, as validated text. What a key means, its type
//! and its default are `crate::settings`'.

use std::collections::HashMap;

use crate::error::Result;

pub trait SettingReads {
    /// Every stored value by key (keys at their default are absent).
    fn all_settings(&self) -> Result<HashMap<String, String>>;
}

pub trait SettingWrites {
    /// Stores `value` for `key`, replacing any.
    fn put_setting(&self, key: &str, value: &str) -> Result<()>;
    /// Forgets `key`'s value; whether there was one.
    fn remove_setting(&self, key: &str) -> Result<bool>;
}
