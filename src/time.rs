//! Times as flowsec reads them from people: RFC 3339 instants and short durations.

use crate::error::{Error, Result};

/// A duration such as `30s`, `15m`, `12h` or `30d`, in seconds.
pub fn parse_duration(raw: &str) -> Option<i64> {
    let split = raw.len().checked_sub(1)?;
    let (number, unit) = raw.split_at_checked(split)?;
    let unit_seconds = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return None,
    };
    // Digits only: `parse` would also take a sign.
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    number.parse::<i64>().ok()?.checked_mul(unit_seconds)
}

/// When something given `--expires 30d|12h|RFC3339` at `now` expires; it must be later.
pub fn parse_expiry(raw: &str, now: i64) -> Result<i64> {
    let at = match raw.parse::<jiff::Timestamp>() {
        Ok(t) => Some(t.as_second()),
        Err(_) => parse_duration(raw).and_then(|d| now.checked_add(d)),
    }
    .ok_or_else(|| {
        Error::invalid(format!(
            "`{raw}` is not an expiry: expected a duration (12h, 30d) or an RFC 3339 time (2027-01-31T00:00:00Z)"
        ))
    })?;
    if at <= now {
        return Err(Error::invalid(format!(
            "the expiry `{raw}` is not in the future"
        )));
    }
    Ok(at)
}

/// Seconds since the Unix epoch, as the store keeps times.
pub fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// Renders a stored time as RFC 3339 (UTC); one beyond what a date can say (a token of
/// an older store, made before lifetimes were bounded) as the last or first there is.
pub fn format_time(seconds: i64) -> String {
    let bound = match seconds > 0 {
        true => jiff::Timestamp::MAX,
        false => jiff::Timestamp::MIN,
    };
    jiff::Timestamp::from_second(seconds)
        .unwrap_or(bound)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    #[test]
    fn durations_and_expiries_parse() {
        assert_eq!(parse_duration("30d"), Some(30 * 86_400));
        assert_eq!(parse_duration("12h"), Some(12 * 3600));
        assert_eq!(parse_duration("15m"), Some(900));
        for bad in [
            "",
            "d",
            "12",
            "-1d",
            "+1d",
            "1w",
            "1.5h",
            "7é",
            "99999999999999999999d",
        ] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
        assert_eq!(parse_expiry("1h", NOW).unwrap(), NOW + 3600);
        assert_eq!(
            parse_expiry("2030-01-01T00:00:00Z", NOW).unwrap(),
            1_893_456_000
        );
        assert!(parse_expiry("2020-01-01T00:00:00Z", NOW).is_err());
        assert!(parse_expiry("0d", NOW).is_err());
        assert!(parse_expiry("soon", NOW).is_err());
    }
}
