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
mod tests {
    use super::*;

    fn perm(raw: &str) -> Permission {
        Permission::parse(raw).unwrap()
    }

    fn key(p: &Permission, item: Option<ItemId>) -> GrantKey {
        GrantKey {
            category: p.category(),
            item,
            action: p.action_index(),
        }
    }

    fn user(id: UserId, enabled: bool, grants: &[GrantKey]) -> UserFacts {
        UserFacts {
            id,
            name: compact_str::format_compact!("u{id}"),
            enabled,
            roles: SmallVec::new(),
            grants: (!grants.is_empty()).then(|| Box::new(grants.iter().copied().collect())),
        }
    }

    /// A role in slot `slot`, with id `100 + slot`.
    fn role(slot: RoleSlot, name: &str, superuser: bool) -> RoleFacts {
        RoleFacts {
            id: 100 + RoleId::from(slot),
            slot,
            name: name.into(),
            superuser,
        }
    }

    const SAMPLES: ItemId = 7;

    fn samples_run() -> &'static Permission {
        static P: std::sync::OnceLock<Permission> = std::sync::OnceLock::new();
        P.get_or_init(|| perm("repositories/Samples:run"))
    }

    /// Running Samples, owned by `owner` and granted to `roles`.
    fn run_samples<'f>(owner: UserId, roles: &'f [ItemGrant]) -> Request<'f> {
        Request {
            permission: samples_run(),
            target: TargetFacts::Item { id: SAMPLES, owner },
            granted_to: Grantees::Item {
                grants: roles,
                action: samples_run().action_index(),
            },
        }
    }

    /// The grant of running Samples to `role`.
    fn run_granted(role: &RoleFacts) -> ItemGrant {
        ItemGrant {
            role: role.slot,
            action: samples_run().action_index(),
        }
    }

    #[test]
    fn admission_rejects_unknown_and_disabled_subjects() {
        let on = user(1, true, &[]);
        let off = user(2, false, &[]);
        assert_eq!(
            admit(SubjectKind::User, None, None).unwrap_err(),
            Rejection::UnknownUser
        );
        assert_eq!(
            admit(SubjectKind::User, Some(&off), None).unwrap_err(),
            Rejection::DisabledUser
        );
        assert_eq!(
            admit(SubjectKind::Anonymous, None, None).unwrap_err(),
            Rejection::NoTrustedAccount
        );
        assert_eq!(
            admit(SubjectKind::Anonymous, Some(&off), None).unwrap_err(),
            Rejection::TrustedAccountDisabled
        );
        assert_eq!(
            admit(SubjectKind::Anonymous, Some(&on), None).unwrap().id,
            1
        );
    }

    #[test]
    fn each_source_allows_and_is_named() {
        let request = run_samples(99, &[]);
        let k = request.key().unwrap();

        let direct = user(1, true, &[k]);
        assert_eq!(
            evaluate(&direct, &[], &request).reasons,
            vec![Reason::DirectGrant]
        );

        let plain = user(1, true, &[]);
        let granting = role(0, "runners", false);
        let other = role(1, "others", false);
        let granted = [run_granted(&granting)];
        let request = run_samples(99, &granted);
        assert_eq!(
            evaluate(&plain, &[&other, &granting], &request).reasons,
            vec![Reason::RoleGrant {
                role: "runners".into()
            }]
        );
        // The same grant of another action gives nothing.
        let other_action = [ItemGrant {
            action: granted[0].action + 1,
            ..granted[0]
        }];
        assert!(!evaluate(&plain, &[&granting], &run_samples(99, &other_action)).allowed);

        let su = role(2, "fmesuperuser", true);
        let r = evaluate(&plain, &[&su], &request);
        assert!(r.allowed);
        assert_eq!(
            r.reasons,
            vec![Reason::SuperuserRole {
                role: "fmesuperuser".into()
            }]
        );

        let owned = run_samples(1, &[]);
        assert_eq!(evaluate(&plain, &[], &owned).reasons, vec![Reason::Owner]);
    }

    #[test]
    fn general_permissions_are_granted_to_roles_by_slot() {
        let general = perm("jobs:access");
        let holder = role(70, "holder", false);
        let other = role(3, "other", false);
        let mut bits = RoleBits::default();
        bits.insert(holder.slot);
        let request = Request {
            permission: &general,
            target: TargetFacts::General,
            granted_to: Grantees::General(&bits),
        };
        let u = user(1, true, &[]);
        assert_eq!(
            evaluate(&u, &[&other, &holder], &request).reasons,
            vec![Reason::RoleGrant {
                role: "holder".into()
            }]
        );
        assert!(!evaluate(&u, &[&other], &request).allowed);
        // A slot past the last word of the set is not in it.
        assert!(!evaluate(&u, &[&role(700, "far", false)], &request).allowed);
    }

    #[test]
    fn reasons_add_up() {
        let a = role(0, "a", false);
        let b = role(1, "b", false);
        let granted = [run_granted(&a), run_granted(&b)];
        let request = run_samples(1, &granted);
        let u = user(1, true, &[request.key().unwrap()]);
        let r = evaluate(&u, &[&a, &b], &request);
        assert_eq!(r.reasons.len(), 4);
    }

    #[test]
    fn item_and_general_permissions_are_independent() {
        let general = perm("repositories:access");
        let u = user(1, true, &[key(&general, None)]);
        let r = evaluate(&u, &[], &run_samples(99, &[]));
        assert!(!r.allowed);
        assert_eq!(r.reasons, vec![Reason::NoGrant]);

        // and an item grant gives nothing at the general level
        let item = run_samples(99, &[]);
        let u = user(1, true, &[item.key().unwrap()]);
        let nobody = RoleBits::default();
        let req = Request {
            permission: &general,
            target: TargetFacts::General,
            granted_to: Grantees::General(&nobody),
        };
        assert!(!evaluate(&u, &[], &req).allowed);
    }

    #[test]
    fn grants_on_another_item_do_not_leak() {
        let p = perm("repositories/Samples:run");
        let u = user(1, true, &[key(&p, Some(SAMPLES + 1))]);
        assert!(!evaluate(&u, &[], &run_samples(99, &[])).allowed);
    }

    #[test]
    fn missing_items_are_denied_except_to_superusers() {
        let p = perm("repositories/Nope:run");
        let req = Request {
            permission: &p,
            target: TargetFacts::MissingItem,
            granted_to: Grantees::Item {
                grants: &[],
                action: p.action_index(),
            },
        };
        let u = user(1, true, &[]);
        assert_eq!(evaluate(&u, &[], &req).reasons, vec![Reason::NoSuchItem]);
        let su = role(0, "fmesuperuser", true);
        assert!(evaluate(&u, &[&su], &req).allowed);
    }

    fn token(state: TokenState, scopes: Option<&[GrantKey]>) -> TokenFacts {
        TokenFacts {
            id: "t".into(),
            state,
            scopes: scopes.map(|s| s.iter().copied().collect()),
        }
    }

    #[test]
    fn tokens_that_are_not_active_reject_their_user() {
        let on = user(1, true, &[]);
        for (state, why) in [
            (TokenState::Expired, Rejection::ExpiredToken),
            (TokenState::Disabled, Rejection::DisabledToken),
            (TokenState::Revoked, Rejection::RevokedToken),
        ] {
            let t = token(state, None);
            assert_eq!(
                admit(SubjectKind::User, Some(&on), Some(&t)).unwrap_err(),
                why
            );
        }
        let active = token(TokenState::Active, None);
        assert!(admit(SubjectKind::User, Some(&on), Some(&active)).is_ok());
        // A disabled user stays rejected through an active token.
        let off = user(2, false, &[]);
        assert_eq!(
            admit(SubjectKind::User, Some(&off), Some(&active)).unwrap_err(),
            Rejection::DisabledUser
        );
    }

    #[test]
    fn a_restricted_token_gives_the_intersection_of_its_scopes_and_the_user() {
        let request = run_samples(1, &[]);
        let k = request.key().unwrap();
        let other = key(&perm("jobs:access"), None);
        let su = role(0, "fmesuperuser", true);
        let plain = user(2, true, &[]);
        let decide_with = |u: &UserFacts, roles: &[&RoleFacts], t: &TokenFacts| {
            decide(
                SubjectKind::User,
                "u",
                Some(u),
                roles,
                Some(t),
                std::slice::from_ref(&request),
            )
        };
        // Scoped to the request: the superuser role still allows it.
        let scoped = token(TokenState::Active, Some(&[k]));
        assert!(decide_with(&plain, &[&su], &scoped).allowed);
        // Scoped elsewhere: even a superuser is narrowed, and the reason says so.
        let elsewhere = token(TokenState::Active, Some(&[other]));
        let d = decide_with(&plain, &[&su], &elsewhere);
        assert!(!d.allowed);
        assert_eq!(d.results[0].reasons, vec![Reason::OutsideTokenScope]);
        // A scope the user does not hold gives nothing.
        assert!(!decide_with(&plain, &[], &scoped).allowed);
        // Unrestricted: exactly the user's own permissions.
        let all = token(TokenState::Active, None);
        assert!(decide_with(&plain, &[&su], &all).allowed);
        assert!(!decide_with(&plain, &[], &all).allowed);
        assert_eq!(
            decide_with(&plain, &[], &all).subject.token.as_deref(),
            Some("t")
        );
    }

    #[test]
    fn every_permission_must_be_allowed() {
        let yes = PermissionResult {
            permission: perm("jobs:access"),
            allowed: true,
            reasons: vec![],
        };
        let no = PermissionResult {
            allowed: false,
            ..yes.clone()
        };
        assert!(all_allowed(&[yes.clone(), yes.clone()]));
        assert!(!all_allowed(&[yes, no]));
        assert!(!all_allowed(&[]));
    }
}
