//! The decision engine: may a subject perform a permission? Pure: the facts about one
//! subject and the requested permissions go in, a decision carrying its reasons comes out.
//! `check`, `perms who`, `perms list --effective` and the authorization of flowsec's own
//! commands all ask here, so each rule of model.md lives in this file only.

use compact_str::CompactString;
use rustc_hash::FxHashSet;
use serde::Serialize;
use smallvec::SmallVec;

use crate::model::{Category, Permission};

pub type UserId = i64;
pub type RoleId = i64;
pub type ItemId = i64;

/// One grantable permission with its item resolved to an id: category, item, action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GrantKey {
    pub category: Category,
    /// `None` for a general permission.
    pub item: Option<ItemId>,
    pub action: u8,
}

pub type GrantSet = FxHashSet<GrantKey>;

/// A role's place among the roles read so far: sets of roles are bits by slot.
pub type RoleSlot = u32;

#[derive(Debug, Clone)]
pub struct RoleFacts {
    pub id: RoleId,
    pub slot: RoleSlot,
    /// Inline up to 24 bytes, as every reason naming the role carries a copy.
    pub name: CompactString,
    pub superuser: bool,
}

/// A set of roles, as bits by slot: a general permission held by half of ten thousand
/// roles costs a bit test, not a probe into each of a user's roles.
#[derive(Debug, Clone, Default)]
pub struct RoleBits(Vec<u64>);

impl RoleBits {
    pub const EMPTY: RoleBits = RoleBits(Vec::new());

    pub fn insert(&mut self, slot: RoleSlot) {
        let (word, bit) = Self::place(slot);
        if self.0.len() <= word {
            self.0.resize(word + 1, 0);
        }
        self.0[word] |= bit;
    }

    pub fn contains(&self, slot: RoleSlot) -> bool {
        let (word, bit) = Self::place(slot);
        self.0.get(word).is_some_and(|w| w & bit != 0)
    }

    fn place(slot: RoleSlot) -> (usize, u64) {
        let slot = slot as usize;
        (slot / 64, 1 << (slot % 64))
    }
}

/// A grant of an item permission to a role, kept with the item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemGrant {
    pub role: RoleSlot,
    pub action: u8,
}

#[derive(Debug, Clone)]
pub struct UserFacts {
    pub id: UserId,
    /// Inline up to 24 bytes, so a user's record is one allocation-free entry.
    pub name: CompactString,
    pub enabled: bool,
    pub roles: SmallVec<[RoleSlot; 4]>,
    /// Permissions granted to the user directly; most users have none.
    pub grants: Option<Box<GrantSet>>,
}

impl UserFacts {
    fn granted(&self, key: &GrantKey) -> bool {
        self.grants.as_ref().is_some_and(|g| g.contains(key))
    }
}

/// What an API token adds to a decision about its user (rule 7).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenFacts {
    pub id: String,
    pub state: TokenState,
    /// `None`: the token carries all of its user's permissions.
    pub scopes: Option<GrantSet>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenState {
    Active,
    Expired,
    Disabled,
    Revoked,
}

impl TokenState {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenState::Active => "active",
            TokenState::Expired => "expired",
            TokenState::Disabled => "disabled",
            TokenState::Revoked => "revoked",
        }
    }
}

/// Who is asking: a named user, or an anonymous request (the trusted account).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectKind {
    User,
    Anonymous,
}

/// Why a subject is denied everything before any permission is looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rejection {
    UnknownUser,
    DisabledUser,
    /// Anonymous requests run as `guest`, which does not exist.
    NoTrustedAccount,
    /// Anonymous requests run as `guest`, which is disabled (the default).
    TrustedAccountDisabled,
    ExpiredToken,
    DisabledToken,
    RevokedToken,
}

impl Rejection {
    pub fn describe(self) -> &'static str {
        match self {
            Rejection::UnknownUser => "no such user",
            Rejection::DisabledUser => "the user is disabled",
            Rejection::NoTrustedAccount => {
                "anonymous access is off: the trusted account `guest` does not exist"
            }
            Rejection::TrustedAccountDisabled => {
                "anonymous access is off: the trusted account `guest` is disabled"
            }
            Rejection::ExpiredToken => "the token has expired",
            Rejection::DisabledToken => "the token is disabled",
            Rejection::RevokedToken => "the token has been revoked",
        }
    }
}

/// A requested permission with its target and the roles granted it looked up in the store.
#[derive(Debug, Clone)]
pub struct Request<'f> {
    pub permission: &'f Permission,
    pub target: TargetFacts,
    pub granted_to: Grantees<'f>,
}

/// The roles granted a requested permission.
#[derive(Debug, Clone, Copy)]
pub enum Grantees<'f> {
    /// A general permission: the roles holding it.
    General(&'f RoleBits),
    /// An item permission: the item's grants to roles, of every action.
    Item { grants: &'f [ItemGrant], action: u8 },
}

impl Grantees<'_> {
    pub fn include(self, role: &RoleFacts) -> bool {
        match self {
            Grantees::General(roles) => roles.contains(role.slot),
            Grantees::Item { grants, action } => grants
                .iter()
                .any(|g| g.action == action && g.role == role.slot),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetFacts {
    General,
    Item { id: ItemId, owner: UserId },
    MissingItem,
}

impl Request<'_> {
    /// The grant that would allow this request, if its target exists.
    pub fn key(&self) -> Option<GrantKey> {
        let item = match self.target {
            TargetFacts::General => None,
            TargetFacts::Item { id, .. } => Some(id),
            TargetFacts::MissingItem => return None,
        };
        Some(GrantKey {
            category: self.permission.category(),
            item,
            action: self.permission.action_index(),
        })
    }
}

/// What allowed a permission, or what was missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    SuperuserRole {
        role: CompactString,
    },
    DirectGrant,
    RoleGrant {
        role: CompactString,
    },
    Owner,
    NoGrant,
    NoSuchItem,
    /// The user holds it, but the restricted token acting for the user does not.
    OutsideTokenScope,
    SubjectRejected {
        why: Rejection,
    },
}

impl Reason {
    pub fn describe(&self) -> String {
        match self {
            Reason::SuperuserRole { role } => format!("superuser role `{role}`"),
            Reason::DirectGrant => "direct grant to the user".to_string(),
            Reason::RoleGrant { role } => format!("granted to role `{role}`"),
            Reason::Owner => "the user owns the item".to_string(),
            Reason::NoGrant => "no role, grant or ownership of the user gives it".to_string(),
            Reason::NoSuchItem => "the item does not exist".to_string(),
            Reason::OutsideTokenScope => {
                "the user holds it, but the token is restricted to other permissions".to_string()
            }
            Reason::SubjectRejected { why } => why.describe().to_string(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct PermissionResult {
    pub permission: Permission,
    pub allowed: bool,
    pub reasons: Vec<Reason>,
}

/// Rules 1, 2 and 7: whether the subject may be considered at all.
pub fn admit<'u>(
    kind: SubjectKind,
    user: Option<&'u UserFacts>,
    token: Option<&TokenFacts>,
) -> Result<&'u UserFacts, Rejection> {
    match token.map(|t| t.state) {
        Some(TokenState::Expired) => return Err(Rejection::ExpiredToken),
        Some(TokenState::Disabled) => return Err(Rejection::DisabledToken),
        Some(TokenState::Revoked) => return Err(Rejection::RevokedToken),
        Some(TokenState::Active) | None => {}
    }
    match (kind, user) {
        (SubjectKind::User, None) => Err(Rejection::UnknownUser),
        (SubjectKind::Anonymous, None) => Err(Rejection::NoTrustedAccount),
        (SubjectKind::User, Some(u)) if !u.enabled => Err(Rejection::DisabledUser),
        (SubjectKind::Anonymous, Some(u)) if !u.enabled => Err(Rejection::TrustedAccountDisabled),
        (_, Some(u)) => Ok(u),
    }
}

/// Rules 3, 4 and 6 for one admitted user: every source that grants the request.
/// `roles` are the user's roles. Item and general permissions never imply each other,
/// and there are no deny rules: the reasons simply add up.
pub fn evaluate(user: &UserFacts, roles: &[&RoleFacts], request: &Request<'_>) -> PermissionResult {
    let mut reasons = Vec::new();
    let key = request.key();
    for role in roles {
        if role.superuser {
            // A superuser role holds everything, on items that exist now and later.
            reasons.push(Reason::SuperuserRole {
                role: role.name.clone(),
            });
        }
    }
    if let Some(key) = key {
        if user.granted(&key) {
            reasons.push(Reason::DirectGrant);
        }
        for role in roles {
            if request.granted_to.include(role) {
                reasons.push(Reason::RoleGrant {
                    role: role.name.clone(),
                });
            }
        }
    }
    if let TargetFacts::Item { owner, .. } = request.target
        && owner == user.id
    {
        reasons.push(Reason::Owner);
    }
    let allowed = !reasons.is_empty();
    if !allowed {
        reasons.push(match request.target {
            TargetFacts::MissingItem => Reason::NoSuchItem,
            _ => Reason::NoGrant,
        });
    }
    PermissionResult {
        permission: request.permission.clone(),
        allowed,
        reasons,
    }
}

/// The result for a permission requested by a subject rejected outright.
pub fn rejected(permission: &Permission, why: Rejection) -> PermissionResult {
    PermissionResult {
        permission: permission.clone(),
        allowed: false,
        reasons: vec![Reason::SubjectRejected { why }],
    }
}

/// Who a decision was about, and why it was rejected outright, if it was.
#[derive(Debug, Clone, Serialize)]
pub struct SubjectSummary {
    pub user: String,
    pub anonymous: bool,
    pub rejected: Option<Rejection>,
    /// The id of the token the decision was made through, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

/// The answer to one request: allowed only if every permission is (rule 5).
#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    pub allowed: bool,
    pub subject: SubjectSummary,
    pub results: Vec<PermissionResult>,
}

/// Rule 7: a restricted token narrows what its user holds to the token's scopes.
fn narrow(
    result: PermissionResult,
    token: Option<&TokenFacts>,
    key: Option<GrantKey>,
) -> PermissionResult {
    let Some(scopes) = token.and_then(|t| t.scopes.as_ref()) else {
        return result;
    };
    if !result.allowed || key.is_some_and(|k| scopes.contains(&k)) {
        return result;
    }
    PermissionResult {
        allowed: false,
        reasons: vec![Reason::OutsideTokenScope],
        ..result
    }
}

/// Applies every rule to one subject; `name` is how the subject is shown.
pub fn decide(
    kind: SubjectKind,
    name: &str,
    user: Option<&UserFacts>,
    roles: &[&RoleFacts],
    token: Option<&TokenFacts>,
    requests: &[Request<'_>],
) -> Decision {
    let (rejected, results): (_, Vec<_>) = match admit(kind, user, token) {
        Err(why) => (
            Some(why),
            requests
                .iter()
                .map(|r| rejected(r.permission, why))
                .collect(),
        ),
        Ok(user) => (
            None,
            requests
                .iter()
                .map(|r| narrow(evaluate(user, roles, r), token, r.key()))
                .collect(),
        ),
    };
    Decision {
        allowed: all_allowed(&results),
        subject: SubjectSummary {
            user: name.to_string(),
            anonymous: kind == SubjectKind::Anonymous,
            rejected,
            token: token.map(|t| t.id.clone()),
        },
        results,
    }
}

/// Rule 5: a request naming several permissions is allowed only if every one is.
pub fn all_allowed(results: &[PermissionResult]) -> bool {
    !results.is_empty() && results.iter().all(|r| r.allowed)
}

#[cfg(test)]
mod tests;
