//! The figures of referrals (`/referrals/stats`): the last twelve weeks by checkpoint and by
//! nationality, how fast embassies acknowledge, and the outcomes, with a chart drawn on the
//! server as SVG (no script) and the same numbers as tables. Two aggregate statements over
//! the weeks' slice of `referrals_created_idx` (an index-only scan), whatever the table's
//! size; a country sees its own nationals' referrals only. Twelve weeks are some 12,000 rows at
//! the border's pace, about 7 ms of CPU: the instance keeps each scope's figures for
//! [`KEEP_SECS`] seconds, and the page says when they were computed.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration as StdDuration, Instant};

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use diesel::sql_types::{BigInt, Bool, Date, Double, Nullable, Text, Timestamptz, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::model::{self, Checkpoint};
use crate::auth::CurrentUser;
use crate::authz::{self, RescueScope};
use crate::domain::referral::Outcome;
use crate::error::AppError;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::render;

pub const WEEKS: usize = 12;

#[derive(diesel::QueryableByName)]
struct Cell {
    #[diesel(sql_type = Date)]
    week: NaiveDate,
    #[diesel(sql_type = SqlUuid)]
    checkpoint_id: Uuid,
    #[diesel(sql_type = Text)]
    nationality: String,
    #[diesel(sql_type = Nullable<Text>)]
    outcome: Option<String>,
    #[diesel(sql_type = Bool)]
    acknowledged: bool,
    #[diesel(sql_type = Bool)]
    in_time: bool,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

#[derive(diesel::QueryableByName)]
struct Speed {
    #[diesel(sql_type = Nullable<Double>)]
    median: Option<f64>,
    #[diesel(sql_type = Nullable<Double>)]
    p90: Option<f64>,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// A row of a table: a name and one count per week.
pub struct WeekRow {
    pub label: String,
    pub is_other: bool,
    pub counts: Vec<i64>,
    pub total: i64,
}

/// An embassy's (a nationality's) answers.
pub struct EmbassyRow {
    pub nationality: String,
    pub filed: i64,
    pub in_time: i64,
    pub late: i64,
}

impl EmbassyRow {
    pub fn share(&self) -> i64 {
        if self.filed == 0 { 0 } else { (self.in_time * 100 + self.filed / 2) / self.filed }
    }
}

/// One bar of the chart, in the SVG's coordinates.
pub struct Bar {
    pub x: i64,
    pub week: NaiveDate,
    pub total: i64,
    /// (y, height) of the three parts, bottom up: acknowledged in time, late, not at all.
    pub in_time: (i64, i64),
    pub late: (i64, i64),
    pub unanswered: (i64, i64),
}

/// How long an instance keeps a scope's figures.
pub const KEEP_SECS: u64 = 60;

/// Each scope's figures (all, or one country's), as last computed by this instance.
#[derive(Default)]
pub struct FiguresCache {
    kept: Mutex<HashMap<Option<String>, Kept>>,
}

/// When a scope's figures were computed, and them.
type Kept = (Instant, Arc<Figures>);

impl FiguresCache {
    fn fresh(&self, country: &Option<String>) -> Option<Arc<Figures>> {
        let kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        let (at, figures) = kept.get(country)?;
        (at.elapsed() < StdDuration::from_secs(KEEP_SECS)).then(|| figures.clone())
    }

    fn keep(&self, country: Option<String>, figures: Arc<Figures>) {
        self.kept
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(country, (Instant::now(), figures));
    }
}

#[derive(Template)]
#[template(path = "referrals/stats.html")]
pub struct StatsPage {
    pub ctx: PageContext,
    pub figures: Arc<Figures>,
}

impl std::ops::Deref for StatsPage {
    type Target = Figures;

    fn deref(&self) -> &Figures {
        &self.figures
    }
}

/// What the page shows, computed from the two statements.
pub struct Figures {
    pub computed_at: DateTime<Utc>,
    pub weeks: Vec<NaiveDate>,
    pub by_checkpoint: Vec<WeekRow>,
    pub by_nationality: Vec<WeekRow>,
    pub embassies: Vec<EmbassyRow>,
    pub outcomes: Vec<(Option<Outcome>, i64)>,
    pub total: i64,
    pub median_minutes: Option<i64>,
    pub p90_minutes: Option<i64>,
    pub acknowledged: i64,
    pub bars: Vec<Bar>,
    pub chart_max: i64,
    /// The country the figures are narrowed to, for a country's members.
    pub country: Option<String>,
}

/// Monday of the week `at` falls in, in Bangkok.
fn week_of(at: DateTime<Utc>) -> NaiveDate {
    let local = at.with_timezone(&chrono_tz::Asia::Bangkok).date_naive();
    local - Duration::days(i64::from(local.weekday().num_days_from_monday()))
}

pub async fn index(
    state: web::Data<AppState>,
    current: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let scope = authz::referral_scope(&current.user);
    let country = match &scope {
        RescueScope::Nationality(country) => Some(country.clone()),
        RescueScope::All | RescueScope::Redacted => None,
    };
    let figures = match state.figures.fresh(&country) {
        Some(figures) => figures,
        None => {
            let figures = Arc::new(compute(&state, country.clone()).await?);
            state.figures.keep(country, figures.clone());
            figures
        }
    };
    render(&StatsPage {
        ctx: PageContext::new(&current, Section::Referrals),
        figures,
    })
}

async fn compute(state: &AppState, country: Option<String>) -> Result<Figures, AppError> {
    let mut conn = state.pool.get().await?;
    let first_week = week_of(Utc::now()) - Duration::weeks(WEEKS as i64 - 1);
    let start = chrono_tz::Asia::Bangkok
        .from_local_datetime(&first_week.and_hms_opt(0, 0, 0).unwrap_or_default())
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(Utc::now);
    let scope_sql = if country.is_some() { " AND nationality = $2" } else { "" };
    let cells: Vec<Cell> = {
        let query = diesel::sql_query(format!(
            "SELECT (date_trunc('week', created_at AT TIME ZONE 'Asia/Bangkok'))::date AS week, \
               checkpoint_id, nationality, outcome, acknowledged_at IS NOT NULL AS acknowledged, \
               coalesce(acknowledged_at <= ack_due_at, false) AS in_time, count(*) AS n \
             FROM referrals WHERE created_at >= $1{scope_sql} \
             GROUP BY 1, 2, 3, 4, 5, 6"
        ))
        .into_boxed::<diesel::pg::Pg>()
        .bind::<Timestamptz, _>(start);
        match &country {
            Some(c) => query.bind::<Text, _>(c.clone()).load(&mut conn).await?,
            None => query.load(&mut conn).await?,
        }
    };
    let speed: Speed = {
        let query = diesel::sql_query(format!(
            "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s) AS median, \
               percentile_cont(0.9) WITHIN GROUP (ORDER BY s) AS p90, count(s) AS n \
             FROM (SELECT extract(epoch FROM acknowledged_at - created_at)::float8 AS s \
                   FROM referrals WHERE created_at >= $1{scope_sql} AND acknowledged_at IS NOT NULL) AS a"
        ))
        .into_boxed::<diesel::pg::Pg>()
        .bind::<Timestamptz, _>(start);
        match &country {
            Some(c) => query.bind::<Text, _>(c.clone()).get_result(&mut conn).await?,
            None => query.get_result(&mut conn).await?,
        }
    };
    let checkpoints = model::checkpoints(&mut conn).await?;
    drop(conn);
    let weeks: Vec<NaiveDate> = (0..WEEKS as i64).map(|i| first_week + Duration::weeks(i)).collect();
    let (bars, chart_max) = bars(&cells, &weeks);
    Ok(Figures {
        computed_at: Utc::now(),
        bars,
        chart_max,
        by_checkpoint: by_checkpoint(&cells, &weeks, &checkpoints),
        by_nationality: by_nationality(&cells, &weeks),
        embassies: embassies(&cells),
        outcomes: outcomes(&cells),
        total: cells.iter().map(|c| c.n).sum(),
        median_minutes: speed.median.map(|s| (s / 60.0).round() as i64),
        p90_minutes: speed.p90.map(|s| (s / 60.0).round() as i64),
        acknowledged: speed.n,
        weeks,
        country,
    })
}

fn index_of(weeks: &[NaiveDate], week: NaiveDate) -> Option<usize> {
    weeks.iter().position(|w| *w == week)
}

fn by_checkpoint(cells: &[Cell], weeks: &[NaiveDate], checkpoints: &[Checkpoint]) -> Vec<WeekRow> {
    checkpoints
        .iter()
        .filter_map(|checkpoint| {
            let mut counts = vec![0; weeks.len()];
            for cell in cells.iter().filter(|c| c.checkpoint_id == checkpoint.id) {
                if let Some(i) = index_of(weeks, cell.week) {
                    counts[i] += cell.n;
                }
            }
            let total: i64 = counts.iter().sum();
            (total > 0).then(|| WeekRow {
                label: checkpoint.name.clone(),
                is_other: checkpoint.is_other,
                counts,
                total,
            })
        })
        .collect()
}

fn by_nationality(cells: &[Cell], weeks: &[NaiveDate]) -> Vec<WeekRow> {
    let mut rows: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
    for cell in cells {
        if let Some(i) = index_of(weeks, cell.week) {
            rows.entry(&cell.nationality).or_insert_with(|| vec![0; weeks.len()])[i] += cell.n;
        }
    }
    let mut rows: Vec<WeekRow> = rows
        .into_iter()
        .map(|(label, counts)| WeekRow {
            label: label.to_owned(),
            is_other: false,
            total: counts.iter().sum(),
            counts,
        })
        .collect();
    rows.sort_by(|a, b| b.total.cmp(&a.total).then(a.label.cmp(&b.label)));
    rows
}

fn embassies(cells: &[Cell]) -> Vec<EmbassyRow> {
    let mut rows: BTreeMap<&str, EmbassyRow> = BTreeMap::new();
    for cell in cells {
        let row = rows.entry(&cell.nationality).or_insert_with(|| EmbassyRow {
            nationality: cell.nationality.clone(),
            filed: 0,
            in_time: 0,
            late: 0,
        });
        row.filed += cell.n;
        match (cell.acknowledged, cell.in_time) {
            (true, true) => row.in_time += cell.n,
            (true, false) => row.late += cell.n,
            (false, _) => {}
        }
    }
    rows.into_values().collect()
}

fn outcomes(cells: &[Cell]) -> Vec<(Option<Outcome>, i64)> {
    let mut out: Vec<(Option<Outcome>, i64)> = Outcome::ALL.iter().map(|o| (Some(*o), 0)).collect();
    out.push((None, 0));
    for cell in cells {
        let outcome = cell.outcome.as_deref().and_then(|o| o.parse().ok());
        if let Some(slot) = out.iter_mut().find(|(o, _)| *o == outcome) {
            slot.1 += cell.n;
        }
    }
    out
}

/// The chart's geometry: the SVG is 600 × 240, the bars stand on y = 220.
pub const CHART_BASE: i64 = 220;
const CHART_HEIGHT: i64 = 200;
const BAR_STEP: i64 = 48;

fn bars(cells: &[Cell], weeks: &[NaiveDate]) -> (Vec<Bar>, i64) {
    let mut parts = vec![(0i64, 0i64, 0i64); weeks.len()];
    for cell in cells {
        if let Some(i) = index_of(weeks, cell.week) {
            match (cell.acknowledged, cell.in_time) {
                (true, true) => parts[i].0 += cell.n,
                (true, false) => parts[i].1 += cell.n,
                (false, _) => parts[i].2 += cell.n,
            }
        }
    }
    let max = parts.iter().map(|(a, b, c)| a + b + c).max().unwrap_or(0).max(1);
    let scale = |n: i64| (n * CHART_HEIGHT + max / 2) / max;
    let bars = weeks
        .iter()
        .zip(parts)
        .enumerate()
        .map(|(i, (week, (in_time, late, unanswered)))| {
            let h1 = scale(in_time);
            let h2 = scale(late);
            let h3 = scale(unanswered);
            Bar {
                x: 40 + i as i64 * BAR_STEP,
                week: *week,
                total: in_time + late + unanswered,
                in_time: (CHART_BASE - h1, h1),
                late: (CHART_BASE - h1 - h2, h2),
                unanswered: (CHART_BASE - h1 - h2 - h3, h3),
            }
        })
        .collect();
    (bars, max)
}
