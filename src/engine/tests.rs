//! Unit tests of the engine, on facts laid out by hand.

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
