//! "Who to call now", computed once and shared by every request of the instance.
//!
//! The answer for every organisation changes only when what it is computed from changes (a
//! contact point, its hours, handles or absences, a shift, an organisation, the name of who
//! confirmed an entry), or when time crosses a boundary: a minute turns (weekly hours,
//! absences and the local times shown are whole minutes), a shift starts or ends, an entry
//! turns stale. So the instance keeps one computed board until the database's
//! `directory_version` moves or the next boundary comes, whichever is first. The version is
//! bumped by triggers when the writing transaction commits (see its migration), so an edit
//! made through any instance is seen by every instance on its next request.
//!
//! The rules stay in [`availability::who_to_call`]; this module only decides when to ask again.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

use chrono::{DateTime, Duration, DurationRound, Utc};
use chrono_tz::Tz;
use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::availability::{self, OnDuty, Shift};
use super::model::{self, ContactCard, STALE_AFTER_DAYS};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::orgs::model::{self as orgs, Organisation};

/// The answer for one organisation, with the contacts it names. Times are instants: they are
/// written when a page is rendered, in its reader's language.
pub struct OrgAnswer {
    pub org: Organisation,
    pub answer: Answer,
}

pub enum Answer {
    OnShift {
        card: ContactCard,
        /// The end of the shift.
        until: DateTime<Utc>,
    },
    AroundTheClock(Vec<ContactCard>),
    FirstAvailable(ContactCard),
    /// Nobody is reachable; `listed` is how many contact points it has.
    Nobody {
        listed: usize,
    },
}

impl OrgAnswer {
    pub fn nobody(&self) -> bool {
        matches!(self.answer, Answer::Nobody { .. })
    }

    /// An instant in the organisation's time zone, for a reader of `lang`: the weekday, the
    /// time, its offset and the zone's name.
    pub fn local(
        &self,
        lang: impl std::borrow::Borrow<Lang>,
        at: impl std::borrow::Borrow<DateTime<Utc>>,
    ) -> String {
        availability::local_time(*lang.borrow(), *at.borrow(), self.org.tz())
    }
}

/// Every active organisation's answer at one instant.
pub struct Board {
    /// The `directory_version` the answers were computed at (or after).
    pub version: i64,
    /// The instant the answers are for.
    pub at: DateTime<Utc>,
    /// The first instant at which they may read differently.
    pub until: DateTime<Utc>,
    pub answers: Vec<OrgAnswer>,
    /// Active contacts reachable at `at`, in the directory's order, for its "reachable now"
    /// filter: deciding it needs each contact's own clock, not a condition SQL can check.
    pub reachable: Vec<ContactCard>,
    /// Every active contact of each organisation, in call order: "the rest" after the
    /// answer, for someone who must reach that organisation now (a border referral).
    pub by_org: HashMap<Uuid, Vec<ContactCard>>,
    /// The answers as HTML, per reader's time zone (dates are written in it) and language
    /// (so are its words and dates): the page for every organisation is large, and the same
    /// for every reader of a zone and language until the board changes.
    rendered: Mutex<HashMap<(Tz, Lang), Arc<str>>>,
}

impl Board {
    /// The HTML of every answer for readers in `tz` reading `lang`, rendered by `render` once
    /// per board.
    pub fn rendered_for<E>(
        &self,
        tz: Tz,
        lang: Lang,
        render: impl FnOnce() -> Result<String, E>,
    ) -> Result<Arc<str>, E> {
        let key = (tz, lang);
        if let Some(html) = self.rendered.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Ok(html.clone());
        }
        let html: Arc<str> = render()?.into();
        self.rendered
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, html.clone());
        Ok(html)
    }
}

/// The instance's board, shared by its workers.
#[derive(Default)]
pub struct BoardCache {
    current: RwLock<Option<Arc<Board>>>,
    /// One request computes a new board while the others that need it wait for it.
    computing: tokio::sync::Mutex<()>,
}

impl BoardCache {
    /// The board for now, as of the request's `directory_version` or later: no statement when
    /// the kept one is still right, the nine of [`compute`] when not.
    pub async fn get(
        &self,
        conn: &mut AsyncPgConnection,
        version: i64,
    ) -> Result<Arc<Board>, AppError> {
        if let Some(board) = self.fresh(version, Utc::now()) {
            return Ok(board);
        }
        let _turn = self.computing.lock().await;
        if let Some(board) = self.fresh(version, Utc::now()) {
            return Ok(board);
        }
        let board = Arc::new(compute(conn, version, Utc::now()).await?);
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Some(board.clone());
        Ok(board)
    }

    /// The kept board if it is at least as new as `version` and `now` lies in its span. A
    /// board newer than the version read here holds data at least as new: it is served.
    fn fresh(&self, version: i64, now: DateTime<Utc>) -> Option<Arc<Board>> {
        let board = self
            .current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()?;
        (board.version >= version && board.at <= now && now < board.until).then_some(board)
    }
}

/// Reads everything the board depends on and answers for every active organisation: the
/// organisations, the contacts with six kinds of details, and the next shift to start.
async fn compute(
    conn: &mut AsyncPgConnection,
    version: i64,
    at: DateTime<Utc>,
) -> Result<Board, AppError> {
    let orgs = orgs::list_active(conn).await?;
    let cards = model::all_active(conn, at).await?;
    let next_shift = model::next_shift_start(conn, at).await?;
    let until = next_change(
        at,
        cards
            .iter()
            .flat_map(|c| c.shifts.iter().map(|s| s.ends_at))
            .chain(next_shift)
            .chain(
                cards
                    .iter()
                    .map(|c| c.contact.verified_at + Duration::days(STALE_AFTER_DAYS)),
            ),
    );
    let reachable = cards.iter().filter(|c| c.reachable(at)).cloned().collect();
    let mut by_org: HashMap<Uuid, Vec<ContactCard>> = HashMap::new();
    for card in cards {
        by_org.entry(card.org.id).or_default().push(card);
    }
    let answers = orgs
        .into_iter()
        .map(|org| {
            let cards = by_org.get(&org.id).cloned().unwrap_or_default();
            let answer = answer_for(cards, at);
            OrgAnswer { org, answer }
        })
        .collect();
    Ok(Board {
        version,
        at,
        until,
        answers,
        reachable,
        by_org,
        rendered: Mutex::default(),
    })
}

/// The first instant after `at` at which a board computed at `at` may read differently: the
/// next minute, or an earlier instant among `boundaries` (a running shift's end, the next
/// shift's start, an entry turning stale).
pub fn next_change(
    at: DateTime<Utc>,
    boundaries: impl IntoIterator<Item = DateTime<Utc>>,
) -> DateTime<Utc> {
    let minute = Duration::minutes(1);
    let next_minute = at.duration_trunc(minute).unwrap_or(at) + minute;
    boundaries
        .into_iter()
        .filter(|t| *t > at)
        .fold(next_minute, DateTime::min)
}

/// The answer for one organisation's contacts at `now`: the on-duty rule of the directory.
pub fn answer_for(mut cards: Vec<ContactCard>, now: DateTime<Utc>) -> Answer {
    let times: Vec<_> = cards.iter().map(ContactCard::times).collect();
    let shifts: Vec<Shift> = cards
        .iter()
        .flat_map(|c| c.shifts.iter().copied())
        .collect();
    let mut take = |id: Uuid| {
        cards
            .iter()
            .position(|c| c.contact.id == id)
            .map(|i| cards.swap_remove(i))
    };
    match availability::who_to_call(&times, &shifts, now) {
        OnDuty::OnShift {
            contact,
            shift_ends_at,
        } => match take(contact) {
            Some(card) => Answer::OnShift {
                card,
                until: shift_ends_at,
            },
            None => Answer::Nobody {
                listed: times.len(),
            },
        },
        OnDuty::AroundTheClock(ids) => {
            Answer::AroundTheClock(ids.into_iter().filter_map(&mut take).collect())
        }
        OnDuty::FirstAvailable(id) => match take(id) {
            Some(card) => Answer::FirstAvailable(card),
            None => Answer::Nobody {
                listed: times.len(),
            },
        },
        OnDuty::Nobody => Answer::Nobody {
            listed: times.len(),
        },
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at(h: u32, m: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 3, h, m, s).unwrap()
    }

    #[test]
    fn a_board_lasts_until_the_minute_turns_or_a_boundary_comes_first() {
        assert_eq!(next_change(at(3, 0, 20), []), at(3, 1, 0));
        // Exactly on the minute: the next one.
        assert_eq!(next_change(at(3, 0, 0), []), at(3, 1, 0));
        // A shift ending mid-minute ends the board's span there.
        assert_eq!(next_change(at(3, 0, 20), [at(3, 0, 45)]), at(3, 0, 45));
        // Boundaries already passed, or exactly now, do not count.
        assert_eq!(
            next_change(at(3, 0, 20), [at(2, 0, 0), at(3, 0, 20)]),
            at(3, 1, 0)
        );
        assert_eq!(
            next_change(at(3, 0, 20), [at(9, 0, 0), at(3, 0, 30), at(3, 0, 40)]),
            at(3, 0, 30)
        );
    }
}
