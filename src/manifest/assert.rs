//! Policy tests: each `[[assert]]` names a subject and permissions it must be allowed or
//! denied; the engine decides them against the store, with its reasons, as `check` does.

use serde::Serialize;

use super::Manifest;
use super::plan;
use super::state::State;
use crate::engine::{PermissionResult, SubjectSummary};
use crate::error::Result;
use crate::facts::{Facts, Subject};
use crate::store::Read;

/// What an assertion expected of one permission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Expected {
    Allow,
    Deny,
}

#[derive(Debug, Serialize)]
pub struct Outcome {
    pub expected: Expected,
    pub holds: bool,
    #[serde(flatten)]
    pub result: PermissionResult,
}

/// One assertion's verdict: it holds when every outcome does.
#[derive(Debug, Serialize)]
pub struct Verdict {
    /// 1-based, in file order.
    pub index: usize,
    pub line: usize,
    pub subject: SubjectSummary,
    pub holds: bool,
    pub results: Vec<Outcome>,
}

/// Decides every assertion of `manifest` against the store, once the file is found free
/// of the mistakes an apply would refuse.
pub fn evaluate(r: &dyn Read, manifest: &Manifest) -> Result<Vec<Verdict>> {
    plan::check(manifest, &State::read(r)?)?;
    let mut facts = Facts::new(r);
    let mut verdicts = Vec::with_capacity(manifest.asserts.len());
    for (i, assertion) in manifest.asserts.iter().enumerate() {
        let subject = match &assertion.user {
            Some(name) => Subject::User(name.as_str()),
            None => Subject::Anonymous,
        };
        let asked: Vec<_> = (assertion.allow.iter().chain(&assertion.deny))
            .cloned()
            .collect();
        let decision = facts.decide(subject, &asked)?;
        let expected = (assertion.allow.iter().map(|_| Expected::Allow))
            .chain(assertion.deny.iter().map(|_| Expected::Deny));
        let results: Vec<Outcome> = (decision.results.into_iter().zip(expected))
            .map(|(result, expected)| Outcome {
                expected,
                holds: result.allowed == (expected == Expected::Allow),
                result,
            })
            .collect();
        verdicts.push(Verdict {
            index: i + 1,
            line: assertion.line,
            subject: decision.subject,
            holds: results.iter().all(|o| o.holds),
            results,
        });
    }
    Ok(verdicts)
}
