//! The audit log: who did what, to which record, when and from where. `record` is called inside
//! the transaction of the change it describes, so one never exists without the other. The
//! table is append-only, enforced by a trigger.

pub mod chain;
pub mod model;
pub mod views;

pub fn routes(r: &mut crate::web::Routes) {
    r.get("/audit", views::index);
}

use diesel::ExpressionMethods;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use actix_web::HttpRequest;

use crate::auth::session::{self, Flash};
use crate::auth::{CurrentUser, SessionUser, client_ip};
use crate::config::AppConfig;
use crate::schema::audit_events;

/// Every kind of event the log can hold; the audit page filters by these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    SignIn,
    SignInFailed,
    SecondFactorFailed,
    RecoveryCodeUsed,
    SecondFactorEnrolled,
    RecoveryCodesIssued,
    SecondFactorReset,
    SignOut,
    PasswordChanged,
    PasswordChangeFailed,
    SessionRevoked,
    TimeZoneChanged,
    LanguageChanged,
    OrganisationCreated,
    OrganisationUpdated,
    OrganisationDeactivated,
    OrganisationActivated,
    UserCreated,
    UserUpdated,
    UserDeactivated,
    UserActivated,
    UserPasswordReset,
    ActionItemCreated,
    ActionItemUpdated,
    ActionItemStatusChanged,
    ActionItemCommented,
    ContactCreated,
    ContactUpdated,
    ContactVerified,
    ContactDeleted,
    ContactAbsenceAdded,
    ContactAbsenceRemoved,
    DutyShiftAdded,
    DutyShiftRemoved,
    RescueRequestFiled,
    RescueRequestViewed,
    RescueRequestUpdated,
    RescueRequestStatusChanged,
    RescueRequestNoted,
    RescueRequestAssigned,
    RescueRequestsExported,
    RescueOperationCreated,
    RescueOperationChanged,
    RescueAreaCreated,
    RescueAreaChanged,
    ReferralFiled,
    ReferralViewed,
    ReferralUpdated,
    ReferralCallLogged,
    ReferralAcknowledged,
    ReferralOutcomeRecorded,
    ReferralClosed,
    ReferralFlagged,
    ReferralEscalated,
    ReferralEstimatePassed,
    ReferralPolicyChanged,
    ReferralCheckpointCreated,
    ReferralCheckpointChanged,
    MeetingCreated,
    MeetingUpdated,
    MeetingAttendanceRecorded,
    MinutesSaved,
    MinutesCirculated,
    MinutesApproved,
    MinutesCommented,
    MinutesAddendumAdded,
    DecisionRecorded,
    DecisionReworded,
    CalendarFeedMade,
    CalendarFeedRevoked,
    NotificationsRead,
    NotificationPreferencesChanged,
    ActionItemFollowed,
    ActionItemUnfollowed,
    EmailSent,
    EmailFailed,
    EmailRetried,
}

impl Action {
    pub const ALL: [Action; 77] = [
        Action::SignIn,
        Action::SignInFailed,
        Action::SecondFactorFailed,
        Action::RecoveryCodeUsed,
        Action::SecondFactorEnrolled,
        Action::RecoveryCodesIssued,
        Action::SecondFactorReset,
        Action::SignOut,
        Action::PasswordChanged,
        Action::PasswordChangeFailed,
        Action::SessionRevoked,
        Action::TimeZoneChanged,
        Action::LanguageChanged,
        Action::OrganisationCreated,
        Action::OrganisationUpdated,
        Action::OrganisationDeactivated,
        Action::OrganisationActivated,
        Action::UserCreated,
        Action::UserUpdated,
        Action::UserDeactivated,
        Action::UserActivated,
        Action::UserPasswordReset,
        Action::ActionItemCreated,
        Action::ActionItemUpdated,
        Action::ActionItemStatusChanged,
        Action::ActionItemCommented,
        Action::ContactCreated,
        Action::ContactUpdated,
        Action::ContactVerified,
        Action::ContactDeleted,
        Action::ContactAbsenceAdded,
        Action::ContactAbsenceRemoved,
        Action::DutyShiftAdded,
        Action::DutyShiftRemoved,
        Action::RescueRequestFiled,
        Action::RescueRequestViewed,
        Action::RescueRequestUpdated,
        Action::RescueRequestStatusChanged,
        Action::RescueRequestNoted,
        Action::RescueRequestAssigned,
        Action::RescueRequestsExported,
        Action::RescueOperationCreated,
        Action::RescueOperationChanged,
        Action::RescueAreaCreated,
        Action::RescueAreaChanged,
        Action::ReferralFiled,
        Action::ReferralViewed,
        Action::ReferralUpdated,
        Action::ReferralCallLogged,
        Action::ReferralAcknowledged,
        Action::ReferralOutcomeRecorded,
        Action::ReferralClosed,
        Action::ReferralFlagged,
        Action::ReferralEscalated,
        Action::ReferralEstimatePassed,
        Action::ReferralPolicyChanged,
        Action::ReferralCheckpointCreated,
        Action::ReferralCheckpointChanged,
        Action::MeetingCreated,
        Action::MeetingUpdated,
        Action::MeetingAttendanceRecorded,
        Action::MinutesSaved,
        Action::MinutesCirculated,
        Action::MinutesApproved,
        Action::MinutesCommented,
        Action::MinutesAddendumAdded,
        Action::DecisionRecorded,
        Action::DecisionReworded,
        Action::CalendarFeedMade,
        Action::CalendarFeedRevoked,
        Action::NotificationsRead,
        Action::NotificationPreferencesChanged,
        Action::ActionItemFollowed,
        Action::ActionItemUnfollowed,
        Action::EmailSent,
        Action::EmailFailed,
        Action::EmailRetried,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::SignIn => "auth.sign_in",
            Action::SignInFailed => "auth.sign_in_failed",
            Action::SecondFactorFailed => "auth.second_factor_failed",
            Action::RecoveryCodeUsed => "auth.recovery_code_used",
            Action::SecondFactorEnrolled => "account.second_factor_enrolled",
            Action::RecoveryCodesIssued => "account.recovery_codes_issued",
            Action::SecondFactorReset => "user.second_factor_reset",
            Action::SignOut => "auth.sign_out",
            Action::PasswordChanged => "account.password_changed",
            Action::PasswordChangeFailed => "account.password_change_failed",
            Action::SessionRevoked => "account.session_revoked",
            Action::TimeZoneChanged => "account.time_zone_changed",
            Action::LanguageChanged => "account.language_changed",
            Action::OrganisationCreated => "organisation.created",
            Action::OrganisationUpdated => "organisation.updated",
            Action::OrganisationDeactivated => "organisation.deactivated",
            Action::OrganisationActivated => "organisation.activated",
            Action::UserCreated => "user.created",
            Action::UserUpdated => "user.updated",
            Action::UserDeactivated => "user.deactivated",
            Action::UserActivated => "user.activated",
            Action::UserPasswordReset => "user.password_reset",
            Action::ActionItemCreated => "action_item.created",
            Action::ActionItemUpdated => "action_item.updated",
            Action::ActionItemStatusChanged => "action_item.status_changed",
            Action::ActionItemCommented => "action_item.commented",
            Action::ContactCreated => "contact.created",
            Action::ContactUpdated => "contact.updated",
            Action::ContactVerified => "contact.verified",
            Action::ContactDeleted => "contact.deleted",
            Action::ContactAbsenceAdded => "contact.absence_added",
            Action::ContactAbsenceRemoved => "contact.absence_removed",
            Action::DutyShiftAdded => "duty.shift_added",
            Action::DutyShiftRemoved => "duty.shift_removed",
            Action::RescueRequestFiled => "rescue_request.filed",
            Action::RescueRequestViewed => "rescue_request.viewed",
            Action::RescueRequestUpdated => "rescue_request.updated",
            Action::RescueRequestStatusChanged => "rescue_request.status_changed",
            Action::RescueRequestNoted => "rescue_request.noted",
            Action::RescueRequestAssigned => "rescue_request.assigned",
            Action::RescueRequestsExported => "rescue_request.exported",
            Action::RescueOperationCreated => "rescue_operation.created",
            Action::RescueOperationChanged => "rescue_operation.changed",
            Action::RescueAreaCreated => "rescue_area.created",
            Action::RescueAreaChanged => "rescue_area.changed",
            Action::ReferralFiled => "referral.filed",
            Action::ReferralViewed => "referral.viewed",
            Action::ReferralUpdated => "referral.updated",
            Action::ReferralCallLogged => "referral.call_logged",
            Action::ReferralAcknowledged => "referral.acknowledged",
            Action::ReferralOutcomeRecorded => "referral.outcome_recorded",
            Action::ReferralClosed => "referral.closed",
            Action::ReferralFlagged => "referral.flagged",
            Action::ReferralEscalated => "referral.escalated",
            Action::ReferralEstimatePassed => "referral.estimate_passed",
            Action::ReferralPolicyChanged => "referral_policy.changed",
            Action::ReferralCheckpointCreated => "referral_checkpoint.created",
            Action::ReferralCheckpointChanged => "referral_checkpoint.changed",
            Action::MeetingCreated => "meeting.created",
            Action::MeetingUpdated => "meeting.updated",
            Action::MeetingAttendanceRecorded => "meeting.attendance_recorded",
            Action::MinutesSaved => "minutes.saved",
            Action::MinutesCirculated => "minutes.circulated",
            Action::MinutesApproved => "minutes.approved",
            Action::MinutesCommented => "minutes.commented",
            Action::MinutesAddendumAdded => "minutes.addendum_added",
            Action::DecisionRecorded => "decision.recorded",
            Action::DecisionReworded => "decision.reworded",
            Action::CalendarFeedMade => "account.calendar_feed_made",
            Action::CalendarFeedRevoked => "account.calendar_feed_revoked",
            Action::NotificationsRead => "notification.read",
            Action::NotificationPreferencesChanged => "account.notification_preferences_changed",
            Action::ActionItemFollowed => "action_item.followed",
            Action::ActionItemUnfollowed => "action_item.unfollowed",
            Action::EmailSent => "email.sent",
            Action::EmailFailed => "email.failed",
            Action::EmailRetried => "email.retried",
        }
    }

    /// The name of the action as the audit page shows it, in the reader's language.
    pub fn message_id(self) -> &'static str {
        match self {
            Action::SignIn => "audit-action-sign-in",
            Action::SignInFailed => "audit-action-sign-in-failed",
            Action::SecondFactorFailed => "audit-action-second-factor-failed",
            Action::RecoveryCodeUsed => "audit-action-recovery-code-used",
            Action::SecondFactorEnrolled => "audit-action-second-factor-enrolled",
            Action::RecoveryCodesIssued => "audit-action-recovery-codes-issued",
            Action::SecondFactorReset => "audit-action-second-factor-reset",
            Action::SignOut => "audit-action-sign-out",
            Action::PasswordChanged => "audit-action-password-changed",
            Action::PasswordChangeFailed => "audit-action-password-change-failed",
            Action::SessionRevoked => "audit-action-session-revoked",
            Action::TimeZoneChanged => "audit-action-time-zone-changed",
            Action::LanguageChanged => "audit-action-language-changed",
            Action::OrganisationCreated => "audit-action-organisation-created",
            Action::OrganisationUpdated => "audit-action-organisation-updated",
            Action::OrganisationDeactivated => "audit-action-organisation-deactivated",
            Action::OrganisationActivated => "audit-action-organisation-activated",
            Action::UserCreated => "audit-action-user-created",
            Action::UserUpdated => "audit-action-user-updated",
            Action::UserDeactivated => "audit-action-user-deactivated",
            Action::UserActivated => "audit-action-user-activated",
            Action::UserPasswordReset => "audit-action-user-password-reset",
            Action::ActionItemCreated => "audit-action-action-item-created",
            Action::ActionItemUpdated => "audit-action-action-item-updated",
            Action::ActionItemStatusChanged => "audit-action-action-item-status-changed",
            Action::ActionItemCommented => "audit-action-action-item-commented",
            Action::ContactCreated => "audit-action-contact-created",
            Action::ContactUpdated => "audit-action-contact-updated",
            Action::ContactVerified => "audit-action-contact-verified",
            Action::ContactDeleted => "audit-action-contact-deleted",
            Action::ContactAbsenceAdded => "audit-action-contact-absence-added",
            Action::ContactAbsenceRemoved => "audit-action-contact-absence-removed",
            Action::DutyShiftAdded => "audit-action-duty-shift-added",
            Action::DutyShiftRemoved => "audit-action-duty-shift-removed",
            Action::RescueRequestFiled => "audit-action-rescue-request-filed",
            Action::RescueRequestViewed => "audit-action-rescue-request-viewed",
            Action::RescueRequestUpdated => "audit-action-rescue-request-updated",
            Action::RescueRequestStatusChanged => "audit-action-rescue-request-status-changed",
            Action::RescueRequestNoted => "audit-action-rescue-request-noted",
            Action::RescueRequestAssigned => "audit-action-rescue-request-assigned",
            Action::RescueRequestsExported => "audit-action-rescue-requests-exported",
            Action::RescueOperationCreated => "audit-action-rescue-operation-created",
            Action::RescueOperationChanged => "audit-action-rescue-operation-changed",
            Action::RescueAreaCreated => "audit-action-rescue-area-created",
            Action::RescueAreaChanged => "audit-action-rescue-area-changed",
            Action::ReferralFiled => "audit-action-referral-filed",
            Action::ReferralViewed => "audit-action-referral-viewed",
            Action::ReferralUpdated => "audit-action-referral-updated",
            Action::ReferralCallLogged => "audit-action-referral-call-logged",
            Action::ReferralAcknowledged => "audit-action-referral-acknowledged",
            Action::ReferralOutcomeRecorded => "audit-action-referral-outcome-recorded",
            Action::ReferralClosed => "audit-action-referral-closed",
            Action::ReferralFlagged => "audit-action-referral-flagged",
            Action::ReferralEscalated => "audit-action-referral-escalated",
            Action::ReferralEstimatePassed => "audit-action-referral-estimate-passed",
            Action::ReferralPolicyChanged => "audit-action-referral-policy-changed",
            Action::ReferralCheckpointCreated => "audit-action-referral-checkpoint-created",
            Action::ReferralCheckpointChanged => "audit-action-referral-checkpoint-changed",
            Action::MeetingCreated => "audit-action-meeting-created",
            Action::MeetingUpdated => "audit-action-meeting-updated",
            Action::MeetingAttendanceRecorded => "audit-action-meeting-attendance-recorded",
            Action::MinutesSaved => "audit-action-minutes-saved",
            Action::MinutesCirculated => "audit-action-minutes-circulated",
            Action::MinutesApproved => "audit-action-minutes-approved",
            Action::MinutesCommented => "audit-action-minutes-commented",
            Action::MinutesAddendumAdded => "audit-action-minutes-addendum-added",
            Action::DecisionRecorded => "audit-action-decision-recorded",
            Action::DecisionReworded => "audit-action-decision-reworded",
            Action::CalendarFeedMade => "audit-action-calendar-feed-made",
            Action::CalendarFeedRevoked => "audit-action-calendar-feed-revoked",
            Action::NotificationsRead => "audit-action-notifications-read",
            Action::NotificationPreferencesChanged => "audit-action-notification-preferences-changed",
            Action::ActionItemFollowed => "audit-action-action-item-followed",
            Action::ActionItemUnfollowed => "audit-action-action-item-unfollowed",
            Action::EmailSent => "audit-action-email-sent",
            Action::EmailFailed => "audit-action-email-failed",
            Action::EmailRetried => "audit-action-email-retried",
        }
    }

    pub fn parse(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// Who acted: a signed-in user, or nobody (a failed sign-in, the command line).
#[derive(Debug, Clone, Copy)]
pub struct Actor {
    pub user_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
}

impl Actor {
    pub const SYSTEM: Actor = Actor {
        user_id: None,
        organisation_id: None,
    };

    pub fn user(user: &SessionUser) -> Actor {
        Actor {
            user_id: Some(user.id),
            organisation_id: Some(user.org_id),
        }
    }
}

pub struct Event<'a> {
    pub actor: Actor,
    pub action: Action,
    pub target_type: &'a str,
    pub target_id: String,
    pub summary: String,
    pub ip: Option<&'a str>,
}

/// Records that `current` saw a record's personal data, from where: every view of it is
/// audited (DESIGN.md), outside any change.
pub async fn record_view(
    conn: &mut AsyncPgConnection,
    req: &HttpRequest,
    config: &AppConfig,
    current: &CurrentUser,
    action: Action,
    (target_type, target_id): (&'static str, Uuid),
    summary: String,
) -> diesel::QueryResult<()> {
    record(
        conn,
        Event {
            actor: Actor::user(&current.user),
            action,
            target_type,
            target_id: target_id.to_string(),
            summary,
            ip: Some(&client_ip(req, config)),
        },
    )
    .await
}

/// Who is making a change, from where: what a change's audit event and its confirmation need.
/// Built before the change's transaction and moved into it.
#[derive(Debug, Clone)]
pub struct Author {
    pub actor: Actor,
    pub ip: Option<String>,
    /// The session that sees the confirmation; none on the command line.
    pub session_id: Option<Uuid>,
}

impl Author {
    pub fn of(current: &CurrentUser, req: &HttpRequest, config: &AppConfig) -> Author {
        Author {
            actor: Actor::user(&current.user),
            ip: Some(client_ip(req, config)),
            session_id: Some(current.session_id),
        }
    }

    /// An operator at the command line (`org add`, `user add`, `seed-demo`).
    pub fn command_line() -> Author {
        Author {
            actor: Actor::SYSTEM,
            ip: None,
            session_id: None,
        }
    }

    /// Records the change and sets its confirmation, inside the change's transaction, so
    /// neither exists without the other. The confirmation first: the audit event's insert
    /// takes the chain's lock (see `chain`), held until commit, so it is the last statement.
    pub async fn apply<T>(
        &self,
        conn: &mut AsyncPgConnection,
        change: Change<T>,
    ) -> Result<T, crate::error::AppError> {
        if let (Some(message), Some(session_id)) = (change.flash, self.session_id) {
            session::set_flash(conn, session_id, Flash::success(message)).await?;
        }
        record(
            conn,
            Event {
                actor: self.actor,
                action: change.action,
                target_type: change.target_type,
                target_id: change.target_id,
                summary: change.summary,
                ip: self.ip.as_deref(),
            },
        )
        .await?;
        Ok(change.value)
    }
}

/// A change as the audit log and the person who made it are told of it: what was done to
/// which record, a summary, the confirmation to show next, and what the change returns to
/// its handler (a new record's id, say).
#[derive(Debug)]
pub struct Change<T = ()> {
    pub value: T,
    pub action: Action,
    pub target_type: &'static str,
    pub target_id: String,
    pub summary: String,
    pub flash: Option<crate::i18n::Msg>,
}

impl Change {
    pub fn new(
        action: Action,
        target_type: &'static str,
        target_id: impl ToString,
        summary: impl Into<String>,
    ) -> Change {
        Change {
            value: (),
            action,
            target_type,
            target_id: target_id.to_string(),
            summary: summary.into(),
            flash: None,
        }
    }
}

impl<T> Change<T> {
    /// The confirmation shown on the next page.
    pub fn flash(mut self, message: crate::i18n::Msg) -> Change<T> {
        self.flash = Some(message);
        self
    }

    /// What the change hands back to its handler.
    pub fn returning<U>(self, value: U) -> Change<U> {
        Change {
            value,
            action: self.action,
            target_type: self.target_type,
            target_id: self.target_id,
            summary: self.summary,
            flash: self.flash,
        }
    }
}

pub async fn record(conn: &mut AsyncPgConnection, event: Event<'_>) -> diesel::QueryResult<()> {
    diesel::insert_into(audit_events::table)
        .values((
            audit_events::actor_user_id.eq(event.actor.user_id),
            audit_events::actor_organisation_id.eq(event.actor.organisation_id),
            audit_events::action.eq(event.action.as_str()),
            audit_events::target_type.eq(event.target_type),
            audit_events::target_id.eq(event.target_id),
            audit_events::summary.eq(event.summary),
            audit_events::ip.eq(event.ip),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::Action;

    #[test]
    fn action_names_round_trip_and_fit_the_database_check() {
        for action in Action::ALL {
            assert_eq!(Action::parse(action.as_str()), Some(action));
            let (area, verb) = action.as_str().split_once('.').unwrap();
            assert!(!area.is_empty() && !verb.is_empty());
        }
    }
}
