//! Every authorization decision of Liaison, as small pure functions of the actor (and the
//! record). Roles are matched explicitly: they are not a ladder. Handlers ask here; lists apply
//! the same scope in SQL. Out of scope answers 404, in scope but not allowed 403 (DESIGN.md).

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};

use crate::auth::{CurrentUser, SessionUser};
use crate::config::MfaPolicy;
use crate::domain::OrgKind;
use crate::domain::action_item::Status;
use crate::domain::rescue::Mover;
use crate::error::AppError;

/// What a user may do follows from their organisation's kind and the admin flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Admin,
    Coordinator,
    CountryMember { country: String },
    Observer,
}

pub fn role(user: &SessionUser) -> Role {
    match (user.org_kind, user.is_admin) {
        (OrgKind::Coordinator, true) => Role::Admin,
        (OrgKind::Coordinator, false) => Role::Coordinator,
        (OrgKind::Country, _) => Role::CountryMember {
            country: user.country_code.clone().unwrap_or_default(),
        },
        // The database refuses admins outside coordinator organisations; should one appear,
        // it gets no more than its kind allows.
        (OrgKind::Observer, _) => Role::Observer,
    }
}

/// Organisations and accounts are managed by administrators only.
pub fn can_manage_accounts(user: &SessionUser) -> bool {
    match role(user) {
        Role::Admin => true,
        Role::Coordinator | Role::CountryMember { .. } | Role::Observer => false,
    }
}

pub fn can_manage_organisations(user: &SessionUser) -> bool {
    can_manage_accounts(user)
}

/// The audit log is read by administrators and coordinators.
pub fn can_read_audit(user: &SessionUser) -> bool {
    match role(user) {
        Role::Admin | Role::Coordinator => true,
        Role::CountryMember { .. } | Role::Observer => false,
    }
}

/// Every signed-in user sees the directory of active organisations; administrators also see
/// deactivated ones.
pub fn can_view_organisation(user: &SessionUser, org_active: bool) -> bool {
    org_active || can_manage_organisations(user)
}

/// A user may end only their own sessions.
pub fn can_revoke_session(user: &SessionUser, session_owner: uuid::Uuid) -> bool {
    user.id == session_owner
}

/// Administrators may not lock themselves out.
pub fn can_deactivate_user(user: &SessionUser, target: uuid::Uuid) -> bool {
    can_manage_accounts(user) && user.id != target
}

/// Administrators may not remove their own administrator rights: another administrator must.
pub fn can_set_admin_flag(user: &SessionUser, target: uuid::Uuid, is_admin: bool) -> bool {
    can_manage_accounts(user) && (is_admin || user.id != target)
}

/// Someone who must replace a temporary password may only do that, or sign out.
pub fn may_use_before_password_change(path: &str) -> bool {
    matches!(path, "/account/password" | "/logout")
}

/// Whether the portal's policy requires this user to sign in with a second factor.
pub fn second_factor_required(policy: MfaPolicy, user: &SessionUser) -> bool {
    match policy {
        MfaPolicy::All => true,
        MfaPolicy::Coordinators => user.is_admin || user.org_kind == OrgKind::Coordinator,
        MfaPolicy::None => false,
    }
}

/// Someone who must enrol a second factor may only do that, or sign out.
pub fn may_use_before_enrolment(path: &str) -> bool {
    matches!(path, "/account/mfa" | "/logout")
}

/// An administrator resets another account's second factor (a lost phone); their own stays
/// theirs, so a borrowed session cannot remove it.
pub fn can_reset_second_factor(user: &SessionUser, target: uuid::Uuid) -> bool {
    can_manage_accounts(user) && user.id != target
}

/// An administrator sets temporary passwords for others; their own password they change on
/// their account page, where the current one is asked (a borrowed session cannot take over).
pub fn can_reset_password(user: &SessionUser, target: uuid::Uuid) -> bool {
    can_manage_accounts(user) && user.id != target
}

pub fn can_deactivate_organisation(user: &SessionUser, target: uuid::Uuid) -> bool {
    can_manage_organisations(user) && user.org_id != target
}

/// Which action items a user may read. Lists, counts, exports and single lookups all apply
/// it in SQL, so a restricted item of another country never leaves the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemScope {
    All,
    /// Shared items, and restricted ones assigned to this organisation.
    SharedOrAssignedTo(uuid::Uuid),
}

pub fn action_item_scope(user: &SessionUser) -> ItemScope {
    match role(user) {
        Role::Admin | Role::Coordinator | Role::Observer => ItemScope::All,
        Role::CountryMember { .. } => ItemScope::SharedOrAssignedTo(user.org_id),
    }
}

/// What decisions about one action item need to know of it.
pub struct ItemFacts {
    pub created_by: uuid::Uuid,
    pub assignee_orgs: Vec<uuid::Uuid>,
}

/// Observers change nothing, so their organisations owe no work.
pub fn can_be_assigned_action_items(kind: OrgKind) -> bool {
    ASSIGNABLE_KINDS.contains(&kind)
}

/// Coordinators create items for anyone; country members for their own organisation.
pub fn can_create_action_items(user: &SessionUser) -> bool {
    match role(user) {
        Role::Admin | Role::Coordinator | Role::CountryMember { .. } => true,
        Role::Observer => false,
    }
}

/// Choosing which organisations owe an item is a coordinator's call; a country member's items
/// are always their own organisation's.
pub fn can_assign_any_organisation(user: &SessionUser) -> bool {
    match role(user) {
        Role::Admin | Role::Coordinator => true,
        Role::CountryMember { .. } | Role::Observer => false,
    }
}

/// Fields, reassignment and cancelling: coordinators and the item's creator.
pub fn can_edit_action_item(user: &SessionUser, item: &ItemFacts) -> bool {
    match role(user) {
        Role::Admin | Role::Coordinator => true,
        Role::CountryMember { .. } => item.created_by == user.id,
        Role::Observer => false,
    }
}

/// Moving the status and commenting: the assignee organisations and coordinators.
pub fn can_work_on_action_item(user: &SessionUser, item: &ItemFacts) -> bool {
    match role(user) {
        Role::Admin | Role::Coordinator => true,
        Role::CountryMember { .. } => item.assignee_orgs.contains(&user.org_id),
        Role::Observer => false,
    }
}

/// Whether the status form is open to the user at all: to those who work on the item, and
/// to those who may cancel it.
pub fn can_move_action_item(user: &SessionUser, item: &ItemFacts) -> bool {
    can_work_on_action_item(user, item) || can_edit_action_item(user, item)
}

/// Naming a person on an item: coordinators name anyone, country members someone of their
/// own organisation; a person already named may stay whoever edits.
pub fn can_name_on_action_item(
    user: &SessionUser,
    person_org: uuid::Uuid,
    already_named: bool,
) -> bool {
    already_named || can_assign_any_organisation(user) || person_org == user.org_id
}

/// The kinds of organisation that can owe work, for the queries that list them.
pub const ASSIGNABLE_KINDS: [OrgKind; 2] = [OrgKind::Coordinator, OrgKind::Country];

/// Cancelling an item, or reopening a cancelled one, is for coordinators and the creator;
/// other moves for whoever works on it.
pub fn can_change_action_item_status(
    user: &SessionUser,
    item: &ItemFacts,
    from: Status,
    to: Status,
) -> bool {
    if from == Status::Cancelled || to == Status::Cancelled {
        can_edit_action_item(user, item)
    } else {
        can_work_on_action_item(user, item)
    }
}

/// Contact points, absences and the duty rota of an organisation are kept by its own members
/// and by coordinators; other countries and observers read them. A deactivated organisation's
/// entries are frozen until it is activated again.
pub fn can_manage_contacts(user: &SessionUser, org: uuid::Uuid, org_active: bool) -> bool {
    if !org_active {
        return false;
    }
    match role(user) {
        Role::Admin | Role::Coordinator => true,
        Role::CountryMember { .. } => user.org_id == org,
        Role::Observer => false,
    }
}

/// Adding contact points at all: everyone but observers (a country member for their own
/// organisation, coordinators for any).
pub fn can_add_contacts(user: &SessionUser) -> bool {
    can_manage_contacts(user, user.org_id, true) || can_manage_any_organisations_contacts(user)
}

/// Whether the contact form lets the user pick the organisation, or it is their own.
pub fn can_manage_any_organisations_contacts(user: &SessionUser) -> bool {
    match role(user) {
        Role::Admin | Role::Coordinator => true,
        Role::CountryMember { .. } | Role::Observer => false,
    }
}

/// Which rescue requests a user reads, and whether with the person's data. A request is its
/// nationality's country's and the coordinators'; observers follow the flow without knowing
/// who anyone is. Lists, counts, searches, exports and single lookups apply it in SQL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RescueScope {
    /// Coordinators: every request, personal data included.
    All,
    /// A country's members: their nationals' requests, personal data included.
    Nationality(String),
    /// Observers: every request, the personal fields never selected.
    Redacted,
}

impl RescueScope {
    pub fn sees_personal_data(&self) -> bool {
        match self {
            RescueScope::All | RescueScope::Nationality(_) => true,
            RescueScope::Redacted => false,
        }
    }
}

pub fn rescue_scope(user: &SessionUser) -> RescueScope {
    match role(user) {
        Role::Admin | Role::Coordinator => RescueScope::All,
        Role::CountryMember { country } => RescueScope::Nationality(country),
        Role::Observer => RescueScope::Redacted,
    }
}

/// Filing: a country's members for their own nationals, coordinators for any country.
pub fn can_file_rescue_requests(user: &SessionUser) -> bool {
    match role(user) {
        Role::Admin | Role::Coordinator | Role::CountryMember { .. } => true,
        Role::Observer => false,
    }
}

/// The nationality a user may file for: any participating country for coordinators, their own
/// for a country's members.
pub fn can_file_rescue_request_for(user: &SessionUser, nationality: &str) -> bool {
    match role(user) {
        Role::Admin | Role::Coordinator => true,
        Role::CountryMember { country } => country == nationality,
        Role::Observer => false,
    }
}

/// Notes and the request's details: the person's country and coordinators.
pub fn can_update_rescue_request(user: &SessionUser, nationality: &str) -> bool {
    can_file_rescue_request_for(user, nationality)
}

/// A step of the workflow, by who the step is for (`domain::rescue::Step::by`): coordinators
/// move the case; only the person's country withdraws it.
pub fn can_take_rescue_step(user: &SessionUser, nationality: &str, by: Mover) -> bool {
    let coordinator = matches!(role(user), Role::Admin | Role::Coordinator);
    let own_country =
        matches!(role(user), Role::CountryMember { country } if country == nationality);
    match by {
        Mover::Coordinators => coordinator,
        Mover::FilingCountry => own_country,
        Mover::CoordinatorsOrFilingCountry => coordinator || own_country,
    }
}

/// Assigning a Thai unit and officer, grouping into operations, the CSV export and the list of
/// who has viewed a case (for the country: its own requests) are the coordinators'.
pub fn can_coordinate_rescues(user: &SessionUser) -> bool {
    match role(user) {
        Role::Admin | Role::Coordinator => true,
        Role::CountryMember { .. } | Role::Observer => false,
    }
}

/// Who has seen a case: its country and coordinators.
pub fn can_see_rescue_viewers(user: &SessionUser, nationality: &str) -> bool {
    can_update_rescue_request(user, nationality)
}

/// Border referrals are a national's records like rescue requests: the traveller's country
/// and the coordinators read them with the traveller's data, observers without it.
pub fn referral_scope(user: &SessionUser) -> RescueScope {
    rescue_scope(user)
}

/// Filing, call attempts, corrections and closing a referral: the coordinators (in practice
/// the Immigration Bureau at a checkpoint).
pub fn can_file_referrals(user: &SessionUser) -> bool {
    match role(user) {
        Role::Admin | Role::Coordinator => true,
        Role::CountryMember { .. } | Role::Observer => false,
    }
}

/// Acknowledging a referral and recording its outcome: the traveller's country alone (the
/// embassy is the one that must speak with its national).
pub fn can_answer_referral(user: &SessionUser, nationality: &str) -> bool {
    matches!(role(user), Role::CountryMember { country } if country == nationality)
}

/// The escalation board is the coordinators' work list; observers follow it without names.
pub fn can_read_escalation_board(user: &SessionUser) -> bool {
    match role(user) {
        Role::Admin | Role::Coordinator | Role::Observer => true,
        Role::CountryMember { .. } => false,
    }
}

/// Which meetings a user reads: coordinators and observers every one; a country's members
/// those their organisation takes part in. Lists, the calendar feed, the dashboard and the
/// carried-over items apply it in SQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingScope {
    All,
    ParticipantOf(uuid::Uuid),
}

pub fn meeting_scope(user: &SessionUser) -> MeetingScope {
    meeting_scope_of(user.org_kind, user.org_id)
}

/// The scope of an account known by its organisation alone (a calendar feed, read without a
/// session).
pub fn meeting_scope_of(kind: OrgKind, org: uuid::Uuid) -> MeetingScope {
    match kind {
        OrgKind::Coordinator | OrgKind::Observer => MeetingScope::All,
        OrgKind::Country => MeetingScope::ParticipantOf(org),
    }
}

/// Creating meetings, their agenda, attendance, minutes and decisions, approving and
/// correcting the minutes, and turning decisions into action items: the coordinators.
pub fn can_run_meetings(user: &SessionUser) -> bool {
    match role(user) {
        Role::Admin | Role::Coordinator => true,
        Role::CountryMember { .. } | Role::Observer => false,
    }
}

/// Commenting beside circulated minutes: the members of a participating organisation, and
/// the coordinators; observers read.
pub fn can_comment_on_minutes(user: &SessionUser, participant: bool) -> bool {
    match role(user) {
        Role::Admin | Role::Coordinator => true,
        Role::CountryMember { .. } => participant,
        Role::Observer => false,
    }
}

/// An account a notification could reach, known by its organisation: the people told of a
/// change are others than the one who made it, so there is no session to ask.
#[derive(Debug, Clone)]
pub struct Reader {
    pub org_id: uuid::Uuid,
    pub org_kind: OrgKind,
    pub country: Option<String>,
}

impl Reader {
    pub fn of(user: &SessionUser) -> Reader {
        Reader {
            org_id: user.org_id,
            org_kind: user.org_kind,
            country: user.country_code.clone(),
        }
    }
}

/// What decides who may read a record, as its pages' scope decides it.
#[derive(Debug, Clone, Copy)]
pub enum Readable<'a> {
    ActionItem {
        restricted: bool,
        assignees: &'a [uuid::Uuid],
    },
    /// A rescue request or a border referral: its person's nationality.
    National {
        nationality: &'a str,
    },
    Meeting {
        participants: &'a [uuid::Uuid],
    },
}

/// Nobody is told of a record they may not open: the same rules as `action_item_scope`,
/// `rescue_scope`, `referral_scope` and `meeting_scope`, for an account known by its
/// organisation.
pub fn may_be_told_of(reader: &Reader, record: Readable<'_>) -> bool {
    let country = reader.org_kind == OrgKind::Country;
    match record {
        Readable::ActionItem {
            restricted,
            assignees,
        } => !country || !restricted || assignees.contains(&reader.org_id),
        Readable::National { nationality } => {
            !country || reader.country.as_deref() == Some(nationality)
        }
        Readable::Meeting { participants } => !country || participants.contains(&reader.org_id),
    }
}

/// Following an action item (to be told of its comments and status) is the reader's own
/// business: anyone who may read the item, observers too.
pub fn can_follow_action_item(_user: &SessionUser) -> bool {
    true
}

/// Undelivered emails (their addresses and the servers' answers) are the administrators'.
pub fn can_see_email_deliveries(user: &SessionUser) -> bool {
    can_manage_accounts(user)
}

/// The signed-in user when `allowed` says yes; 403 when not; sign-in when anonymous.
fn require(
    req: &HttpRequest,
    payload: &mut Payload,
    allowed: fn(&SessionUser) -> bool,
) -> Result<CurrentUser, AppError> {
    let current = CurrentUser::from_request(req, payload).into_inner()?;
    if allowed(&current.user) {
        Ok(current)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Declares an extractor that lets a handler through only when `allowed` says yes, so its
/// signature says what it needs: 403 for other signed-in users, sign-in for anonymous ones.
macro_rules! guard {
    ($(#[$doc:meta])* $name:ident, $allowed:path) => {
        $(#[$doc])*
        pub struct $name(pub CurrentUser);

        impl FromRequest for $name {
            type Error = AppError;
            type Future = Ready<Result<$name, AppError>>;

            fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
                ready(require(req, payload, $allowed).map($name))
            }
        }
    };
}

guard!(
    /// Handlers that only administrators may reach.
    RequireAdmin,
    can_manage_accounts
);
guard!(
    /// The audit log's readers.
    RequireAuditReader,
    can_read_audit
);
guard!(
    /// Creating action items (everyone but observers).
    RequireItemCreator,
    can_create_action_items
);
guard!(
    /// Adding contact points (everyone but observers).
    RequireContactAuthor,
    can_add_contacts
);
guard!(
    /// Filing rescue requests (everyone but observers).
    RequireRescueFiler,
    can_file_rescue_requests
);
guard!(
    /// Rescue operations, assignments and the export: coordinators.
    RequireRescueCoordinator,
    can_coordinate_rescues
);

guard!(
    /// Filing referrals and the other coordinators' steps.
    RequireReferralFiler,
    can_file_referrals
);
guard!(
    /// The escalation board's readers.
    RequireEscalationReader,
    can_read_escalation_board
);

guard!(
    /// Undelivered emails: the administrators.
    RequireDeliveryReader,
    can_see_email_deliveries
);

guard!(
    /// Running meetings: the coordinators.
    RequireMeetingRunner,
    can_run_meetings
);

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    #[test]
    fn notifications_follow_the_scope_of_the_pages() {
        let kinds = [
            (user(OrgKind::Coordinator, true), true),
            (user(OrgKind::Coordinator, false), true),
            (user(OrgKind::Country, false), false),
            (user(OrgKind::Observer, false), true),
        ];
        let other = Uuid::now_v7();
        for (u, sees_all) in &kinds {
            let reader = Reader::of(u);
            let restricted_elsewhere = Readable::ActionItem {
                restricted: true,
                assignees: &[other],
            };
            assert_eq!(
                may_be_told_of(&reader, restricted_elsewhere),
                action_item_scope(u) == ItemScope::All
            );
            assert_eq!(may_be_told_of(&reader, restricted_elsewhere), *sees_all);
            let own = [u.org_id];
            assert!(may_be_told_of(
                &reader,
                Readable::ActionItem {
                    restricted: true,
                    assignees: &own
                }
            ));
            assert!(may_be_told_of(
                &reader,
                Readable::ActionItem {
                    restricted: false,
                    assignees: &[other]
                }
            ));
            let laos = Readable::National { nationality: "LA" };
            assert_eq!(may_be_told_of(&reader, laos), *sees_all);
            assert!(may_be_told_of(
                &reader,
                Readable::National { nationality: "BR" }
            ));
            assert_eq!(
                may_be_told_of(
                    &reader,
                    Readable::Meeting {
                        participants: &[other]
                    }
                ),
                meeting_scope(u) == MeetingScope::All
            );
            assert!(may_be_told_of(
                &reader,
                Readable::Meeting { participants: &own }
            ));
        }
    }

    fn user(kind: OrgKind, is_admin: bool) -> SessionUser {
        SessionUser {
            id: Uuid::now_v7(),
            email: "x@y.z".into(),
            name: "X".into(),
            is_admin,
            must_change_password: false,
            time_zone: chrono_tz::Asia::Bangkok,
            org_id: Uuid::now_v7(),
            org_code: "ORG".into(),
            org_name: "Org".into(),
            org_kind: kind,
            country_code: (kind == OrgKind::Country).then(|| "BR".into()),
            language: None,
            has_second_factor: false,
            unread_notifications: 0,
        }
    }

    #[test]
    fn the_policy_names_who_needs_a_second_factor() {
        let admin = user(OrgKind::Coordinator, true);
        let coordinator = user(OrgKind::Coordinator, false);
        let member = user(OrgKind::Country, false);
        let observer = user(OrgKind::Observer, false);
        for u in [&admin, &coordinator, &member, &observer] {
            assert!(second_factor_required(MfaPolicy::All, u));
            assert!(!second_factor_required(MfaPolicy::None, u));
        }
        assert!(second_factor_required(MfaPolicy::Coordinators, &admin));
        assert!(second_factor_required(
            MfaPolicy::Coordinators,
            &coordinator
        ));
        assert!(!second_factor_required(MfaPolicy::Coordinators, &member));
        assert!(!second_factor_required(MfaPolicy::Coordinators, &observer));
        assert!(may_use_before_enrolment("/account/mfa"));
        assert!(may_use_before_enrolment("/logout"));
        assert!(!may_use_before_enrolment("/account/mfa/recovery-codes"));
        assert!(!may_use_before_enrolment("/"));
        assert!(!can_reset_second_factor(&admin, admin.id));
        assert!(can_reset_second_factor(&admin, member.id));
        assert!(!can_reset_second_factor(&coordinator, member.id));
    }

    #[test]
    fn referrals_are_filed_by_coordinators_and_answered_by_the_travellers_country() {
        let coordinator = user(OrgKind::Coordinator, false);
        let member = user(OrgKind::Country, false);
        let observer = user(OrgKind::Observer, false);
        assert!(can_file_referrals(&coordinator));
        assert!(!can_file_referrals(&member));
        assert!(!can_file_referrals(&observer));
        assert!(can_answer_referral(&member, "BR"));
        assert!(!can_answer_referral(&member, "LA"));
        assert!(!can_answer_referral(&coordinator, "BR"));
        assert!(!can_answer_referral(&observer, "BR"));
        assert!(can_read_escalation_board(&observer));
        assert!(!can_read_escalation_board(&member));
        assert_eq!(referral_scope(&observer), RescueScope::Redacted);
    }

    #[test]
    fn only_admins_manage_accounts() {
        assert!(can_manage_accounts(&user(OrgKind::Coordinator, true)));
        assert!(!can_manage_accounts(&user(OrgKind::Coordinator, false)));
        assert!(!can_manage_accounts(&user(OrgKind::Country, false)));
        assert!(!can_manage_accounts(&user(OrgKind::Observer, false)));
    }

    #[test]
    fn an_admin_flag_outside_a_coordinator_grants_nothing() {
        assert_eq!(role(&user(OrgKind::Observer, true)), Role::Observer);
        assert!(!can_manage_accounts(&user(OrgKind::Observer, true)));
        assert!(!can_read_audit(&user(OrgKind::Country, true)));
    }

    #[test]
    fn coordinators_and_admins_read_the_audit_log() {
        assert!(can_read_audit(&user(OrgKind::Coordinator, false)));
        assert!(can_read_audit(&user(OrgKind::Coordinator, true)));
        assert!(!can_read_audit(&user(OrgKind::Observer, false)));
    }

    #[test]
    fn admins_cannot_lock_themselves_out() {
        let admin = user(OrgKind::Coordinator, true);
        assert!(!can_set_admin_flag(&admin, admin.id, false));
        assert!(can_set_admin_flag(&admin, admin.id, true));
        assert!(can_set_admin_flag(&admin, Uuid::now_v7(), false));
        assert!(!can_reset_password(&admin, admin.id));
        assert!(!can_deactivate_user(&admin, admin.id));
        assert!(can_deactivate_user(&admin, Uuid::now_v7()));
        assert!(!can_deactivate_organisation(&admin, admin.org_id));
    }

    #[test]
    fn action_items_follow_the_design_table() {
        let coordinator = user(OrgKind::Coordinator, false);
        let member = user(OrgKind::Country, false);
        let other_member = user(OrgKind::Country, false);
        let observer = user(OrgKind::Observer, false);
        let by_coordinator = ItemFacts {
            created_by: coordinator.id,
            assignee_orgs: vec![member.org_id],
        };
        let by_member = ItemFacts {
            created_by: member.id,
            assignee_orgs: vec![member.org_id],
        };

        assert_eq!(action_item_scope(&coordinator), ItemScope::All);
        assert_eq!(action_item_scope(&observer), ItemScope::All);
        assert_eq!(
            action_item_scope(&member),
            ItemScope::SharedOrAssignedTo(member.org_id)
        );

        assert!(can_create_action_items(&member));
        assert!(!can_create_action_items(&observer));
        assert!(can_assign_any_organisation(&coordinator));
        assert!(!can_assign_any_organisation(&member));

        // Fields: coordinators and the creator.
        assert!(can_edit_action_item(&coordinator, &by_member));
        assert!(can_edit_action_item(&member, &by_member));
        assert!(!can_edit_action_item(&member, &by_coordinator));
        assert!(!can_edit_action_item(&observer, &by_coordinator));

        // Status and comments: the assignees and coordinators.
        assert!(can_work_on_action_item(&member, &by_coordinator));
        assert!(!can_work_on_action_item(&other_member, &by_coordinator));
        assert!(!can_work_on_action_item(&observer, &by_coordinator));
        let (open, done, cancelled) = (Status::Open, Status::Done, Status::Cancelled);
        assert!(can_change_action_item_status(
            &member,
            &by_coordinator,
            open,
            done
        ));
        assert!(!can_change_action_item_status(
            &member,
            &by_coordinator,
            open,
            cancelled
        ));
        assert!(can_change_action_item_status(
            &member, &by_member, open, cancelled
        ));
        assert!(!can_change_action_item_status(
            &member,
            &by_coordinator,
            cancelled,
            open
        ));
        assert!(can_change_action_item_status(
            &coordinator,
            &by_member,
            cancelled,
            open
        ));
        assert!(!can_change_action_item_status(
            &observer,
            &by_coordinator,
            open,
            done
        ));
        assert!(!can_change_action_item_status(
            &other_member,
            &by_coordinator,
            open,
            done
        ));

        // The status form: workers and those who may cancel.
        assert!(can_move_action_item(&member, &by_coordinator));
        assert!(can_move_action_item(&coordinator, &by_member));
        assert!(!can_move_action_item(&other_member, &by_coordinator));
        assert!(!can_move_action_item(&observer, &by_coordinator));

        // Naming a person: coordinators anyone, members their own, the named one may stay.
        let elsewhere = Uuid::now_v7();
        assert!(can_name_on_action_item(&coordinator, elsewhere, false));
        assert!(can_name_on_action_item(&member, member.org_id, false));
        assert!(!can_name_on_action_item(&member, elsewhere, false));
        assert!(can_name_on_action_item(&member, elsewhere, true));

        assert!(can_be_assigned_action_items(OrgKind::Country));
        assert!(can_be_assigned_action_items(OrgKind::Coordinator));
        assert!(!can_be_assigned_action_items(OrgKind::Observer));
    }

    #[test]
    fn contact_points_are_kept_by_their_organisation_and_coordinators() {
        let coordinator = user(OrgKind::Coordinator, false);
        let member = user(OrgKind::Country, false);
        let observer = user(OrgKind::Observer, false);
        assert!(can_manage_contacts(&member, member.org_id, true));
        assert!(!can_manage_contacts(&member, Uuid::now_v7(), true));
        assert!(can_manage_contacts(&coordinator, member.org_id, true));
        assert!(!can_manage_contacts(&coordinator, member.org_id, false));
        assert!(!can_manage_contacts(&observer, observer.org_id, true));
        assert!(can_manage_any_organisations_contacts(&coordinator));
        assert!(!can_manage_any_organisations_contacts(&member));
    }

    #[test]
    fn meetings_are_run_by_coordinators_and_seen_by_their_participants() {
        let admin = user(OrgKind::Coordinator, true);
        let coordinator = user(OrgKind::Coordinator, false);
        let member = user(OrgKind::Country, false);
        let observer = user(OrgKind::Observer, false);
        assert_eq!(meeting_scope(&coordinator), MeetingScope::All);
        assert_eq!(meeting_scope(&observer), MeetingScope::All);
        assert_eq!(
            meeting_scope(&member),
            MeetingScope::ParticipantOf(member.org_id)
        );
        assert!(can_run_meetings(&admin) && can_run_meetings(&coordinator));
        assert!(!can_run_meetings(&member) && !can_run_meetings(&observer));
        assert!(can_comment_on_minutes(&member, true));
        assert!(!can_comment_on_minutes(&member, false));
        assert!(can_comment_on_minutes(&coordinator, false));
        assert!(!can_comment_on_minutes(&observer, true));
    }
}
