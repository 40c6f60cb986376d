//! Free text people give flowsec (full names, descriptions, item names) and stored text
//! on its way to a terminal: nothing that moves the cursor, hides characters or reorders
//! a line gets in, and nothing of the kind that an older store or a directory holds gets
//! out unescaped.

use std::borrow::Cow;
use std::fmt::Display;

use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};

/// The longest full name, in characters.
pub const FULL_NAME_MAX: usize = 256;
/// The longest description of a role or token, in characters.
pub const DESCRIPTION_MAX: usize = 1024;

/// Characters that show nothing or reorder what follows: bidi controls and marks,
/// zero-width characters, line and paragraph separators, variation selectors (and
/// their supplement), tags and the other format characters (Unicode's Cf).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{08E2}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// Whether a character is unfit for one line of text shown at a terminal.
fn is_unsafe(c: char) -> bool {
    c.is_control() || is_invisible(c)
}

/// Checks one line of free text: at most `max` characters, and none that is a control,
/// bidi or invisible character. `what` names the field in the error.
pub fn check(what: &dyn Display, raw: &str, max: usize) -> Result<()> {
    let mut chars = 0;
    for c in raw.chars() {
        if is_unsafe(c) {
            return Err(Error::invalid(format!(
                "{what} contains U+{:04X}: control characters, bidi controls and invisible characters are not allowed",
                u32::from(c)
            )));
        }
        chars += 1;
    }
    if chars > max {
        return Err(Error::invalid(format!(
            "{what} is longer than {max} characters"
        )));
    }
    Ok(())
}

/// A name as it is kept and compared: checked like free text, and in Unicode's composed
/// form (NFC), so that two spellings of one name are one name.
pub fn normalized_name(what: &dyn Display, raw: &str, max: usize) -> Result<String> {
    check(what, raw, max)?;
    if raw.is_ascii() {
        return Ok(raw.to_string());
    }
    // Other spaces look like the plain one: `a b` and `a\u{a0}b` would be twins.
    if let Some(space) = raw.chars().find(|&c| c.is_whitespace() && c != ' ') {
        return Err(Error::invalid(format!(
            "{what} contains U+{:04X}, a space that looks like another: only the plain space is allowed in names",
            u32::from(space)
        )));
    }
    Ok(raw.nfc().collect())
}

/// Text as a terminal may show it: control, bidi and invisible characters are written
/// as escapes (`\u{1b}`), so no stored value can move the cursor or hide a row.
pub fn printable(text: &str) -> Cow<'_, str> {
    escaped(text, is_unsafe)
}

/// Lines of text as a terminal may show them: as `printable`, but line breaks stay.
pub fn printable_lines(text: &str) -> Cow<'_, str> {
    escaped(text, |c| c != '\n' && is_unsafe(c))
}

fn escaped(text: &str, escape: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(&escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if escape(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_bidi_and_invisible_characters_are_refused() {
        for bad in [
            "a\u{1b}[2Jb",
            "line\r",
            "tab\t",
            "\u{202E}evil",
            "zero\u{200B}width",
            "\u{FEFF}bom",
            "del\u{7f}",
        ] {
            assert!(check(&"full name", bad, 100).is_err(), "{bad:?}");
        }
        for good in ["Zoë Ωmega", "李小龍", "O'Brien-Smith, Jr.", "emoji 🎉"] {
            assert!(check(&"full name", good, 100).is_ok(), "{good:?}");
        }
        assert!(check(&"x", &"é".repeat(10), 10).is_ok());
        assert!(check(&"x", &"é".repeat(11), 10).is_err());
    }

    #[test]
    fn names_are_kept_composed() {
        let decomposed = "Cafe\u{301}";
        assert_eq!(normalized_name(&"item", decomposed, 255).unwrap(), "Café");
        assert_eq!(normalized_name(&"item", "Café", 255).unwrap(), "Café");
        for twin in [
            "a\u{a0}b",
            "a\u{3000}b",
            "abc\u{E0100}",
            "ab\u{1D173}c",
            "\u{600}x",
        ] {
            assert!(normalized_name(&"item", twin, 255).is_err(), "{twin:?}");
        }
    }

    #[test]
    fn unprintable_characters_are_escaped() {
        assert_eq!(printable("plain"), "plain");
        assert_eq!(printable("a\u{1b}[2J\nb"), "a\\u{1b}[2J\\u{a}b");
        assert_eq!(printable("\u{202e}x"), "\\u{202e}x");
        assert_eq!(printable_lines("a\u{1b}\nb"), "a\\u{1b}\nb");
    }
}
