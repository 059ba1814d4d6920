//! The scheduler's side of referrals: claiming the referrals with a step due, and taking it.

use chrono::{DateTime, Utc};
use diesel::{ExpressionMethods, QueryDsl, SelectableHelper};
use diesel_async::{AsyncConnection as _, AsyncPgConnection, RunQueryDsl};

use super::{NewEntry, ReferralRow, add_event, embassies_of};
use crate::audit::{self, Action, Actor, Event};
use crate::contacts::board::{Answer, answer_for};
use crate::contacts::model::ContactPoint;
use crate::notifications::Teller;
use crate::referrals::notices;
use crate::domain::referral::DueStep;
use crate::personal::Keyring;
use crate::schema::referrals;

/// Takes the due steps of up to `size` referrals whose next step time has come, skipping
/// the ones another instance is working on; answers how many referrals it took (one that
/// failed is not counted, and is put back a few minutes). Each step
/// writes its timeline entry and audit event in this transaction, with the referral's new
/// schedule, so a step is never taken twice nor lost.
pub async fn take_batch(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    teller: &Teller,
    now: DateTime<Utc>,
    size: i64,
) -> Result<usize, crate::error::AppError> {
    let rows: Vec<ReferralRow> = referrals::table
        .filter(referrals::next_step_at.le(now))
        .order(referrals::next_step_at.asc())
        .limit(size)
        .for_update()
        .skip_locked()
        .select(ReferralRow::as_select())
        .load(conn)
        .await?;
    if rows.is_empty() {
        return Ok(0);
    }
    let orgs = crate::orgs::model::list_active(conn).await?;
    let mut done = 0;
    for row in &rows {
        // Each referral in a savepoint of its own: one that cannot be taken (logged) leaves
        // the others of the batch to be taken.
        let taken = conn
            .transaction::<(), crate::error::AppError, _>(async |conn| {
                let (steps, timing) = row.timing().due_steps(now);
                for step in steps {
                    take(conn, keys, teller, &orgs, row, step, now).await?;
                }
                diesel::update(referrals::table.find(row.id))
                    .set((
                        referrals::escalation_step.eq(timing.step_taken),
                        referrals::estimate_flagged.eq(timing.estimate_flagged),
                        referrals::next_step_at.eq(timing.next_at()),
                    ))
                    .execute(conn)
                    .await?;
                Ok(())
            })
            .await;
        match taken {
            Ok(()) => done += 1,
            // Put back a few minutes, so that the batches of this wake move on past it and
            // the next wakes do not stall on it either.
            Err(error) => {
                tracing::warn!(referral = %row.id, %error, "a referral's escalation step failed; it is tried again in five minutes");
                diesel::update(referrals::table.find(row.id))
                    .set(referrals::next_step_at.eq(now + chrono::Duration::minutes(5)))
                    .execute(conn)
                    .await?;
            }
        }
    }
    Ok(done)
}

/// The on-duty names as the timeline keeps them: at most `MAX` characters, the rest counted.
fn on_duty_names(names: &[String]) -> String {
    const MAX: usize = 900;
    let mut out = String::new();
    for (shown, name) in names.iter().enumerate() {
        let next = if out.is_empty() { name.clone() } else { format!("{out}, {name}") };
        if next.chars().count() > MAX {
            out.push_str(&format!(" (+{})", names.len() - shown));
            break;
        }
        out = next;
    }
    out
}

async fn take(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    teller: &Teller,
    orgs: &[crate::orgs::model::Organisation],
    row: &ReferralRow,
    step: DueStep,
    now: DateTime<Utc>,
) -> Result<(), crate::error::AppError> {
    let reference = row.reference();
    let embassies = embassies_of(orgs, &row.nationality);
    // The contact points the step goes to by email, with their organisation's code.
    let mut reached: Vec<(ContactPoint, String)> = Vec::new();
    let (entry_summary, action) = match step {
        DueStep::FlagAgain => {
            // Whom it goes to is decided now, against the duty rota of this moment.
            let mut on_duty = Vec::new();
            let (mut contacts, mut members) = (0, 0);
            for embassy in &embassies {
                let cards = crate::contacts::model::of_organisation(conn, embassy.id, now).await?;
                contacts += cards.len();
                let answering = match answer_for(cards, now) {
                    Answer::OnShift { card, .. } | Answer::FirstAvailable(card) => vec![card],
                    Answer::AroundTheClock(cards) => cards,
                    Answer::Nobody { .. } => Vec::new(),
                };
                for card in answering {
                    on_duty.push(card.contact.name.clone());
                    reached.push((card.contact, embassy.code.clone()));
                }
                let n: i64 = diesel::select(crate::orgs::model::member_count_of(embassy.id))
                    .get_result::<Option<i64>>(conn)
                    .await?
                    .unwrap_or(0);
                members += usize::try_from(n).unwrap_or(0);
            }
            let names = on_duty_names(&on_duty);
            add_event(
                conn,
                keys,
                row.id,
                None,
                NewEntry::Flagged {
                    on_duty: &names,
                    contacts,
                    members,
                },
                "",
            )
            .await?;
            let whom = if embassies.is_empty() {
                "no embassy on the portal".to_owned()
            } else {
                let codes: Vec<&str> = embassies.iter().map(|e| e.code.as_str()).collect();
                format!("{contacts} contact points and {members} members of {}", codes.join(", "))
            };
            (
                format!("{reference}: not acknowledged by the deadline; flagged again to {whom}"),
                Action::ReferralFlagged,
            )
        }
        DueStep::Escalate => {
            add_event(conn, keys, row.id, None, NewEntry::Escalated, "").await?;
            (
                format!("{reference}: not acknowledged by twice the deadline; on the escalation board"),
                Action::ReferralEscalated,
            )
        }
        DueStep::EstimatePassed => {
            add_event(conn, keys, row.id, None, NewEntry::EstimatePassed, "").await?;
            (
                format!("{reference}: the embassy's estimate passed without an outcome; flagged again"),
                Action::ReferralEstimatePassed,
            )
        }
    };
    let embassy_ids: Vec<uuid::Uuid> = embassies.iter().map(|e| e.id).collect();
    notices::escalated(conn, teller, row, step, &embassy_ids, &reached).await?;
    audit::record(
        conn,
        Event {
            actor: Actor::SYSTEM,
            action,
            target_type: "referral",
            target_id: row.id.to_string(),
            summary: entry_summary,
            ip: None,
        },
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::on_duty_names;

    #[test]
    fn many_on_duty_names_are_cut_and_counted() {
        let names: Vec<String> = (0..10).map(|i| format!("{i}{}", "x".repeat(199))).collect();
        let kept = on_duty_names(&names);
        assert!(kept.chars().count() <= 1000, "{}", kept.len());
        assert!(kept.ends_with(" (+6)"), "{kept}");
        assert_eq!(on_duty_names(&["A".into(), "B".into()]), "A, B");
    }
}
