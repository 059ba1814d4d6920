//! Dates and times written each language's way, by ICU4X: Thai with the Buddhist-era year
//! (2 ธ.ค. 2569), Chinese 2026年12月2日, Arabic with its own order and day periods. Every
//! caller passes a time already in the reader's zone; the formatters are built once per
//! language. Form inputs never use these: they keep ISO values.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Offset, TimeZone, Timelike};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{self, zone::LocalizedOffsetShort};
use icu_datetime::input::{Date, Time, ZonedDateTime};
use icu_datetime::options::TimePrecision;
use icu_locale_core::Locale;
use icu_time::zone::UtcOffset;

use super::Lang;

struct Formatters {
    date: DateTimeFormatter<fieldsets::YMD>,
    weekday_date: DateTimeFormatter<fieldsets::YMDE>,
    time: DateTimeFormatter<fieldsets::T>,
    date_time_zone: DateTimeFormatter<fieldsets::Combo<fieldsets::YMDT, LocalizedOffsetShort>>,
    weekday_time_zone: DateTimeFormatter<fieldsets::Combo<fieldsets::MDET, LocalizedOffsetShort>>,
}

thread_local! {
    // ICU4X's formatters hold reference-counted data, so each thread builds its own, once.
    static FORMATTERS: Vec<Formatters> = Lang::ALL.iter().map(|&lang| formatters(lang)).collect();
}

fn locale(lang: Lang) -> Locale {
    // English as it is written in the international offices we serve: 2 Dec 2026, 14:05.
    let tag = if lang == Lang::En {
        "en-GB"
    } else {
        lang.code()
    };
    tag.parse().expect("our language codes are valid locales")
}

fn formatters(lang: Lang) -> Formatters {
    let prefs = || locale(lang).into();
    let minutes = TimePrecision::Minute;
    let built = (|| {
        Ok::<_, icu_datetime::DateTimeFormatterLoadError>(Formatters {
            date: DateTimeFormatter::try_new(prefs(), fieldsets::YMD::medium())?,
            weekday_date: DateTimeFormatter::try_new(prefs(), fieldsets::YMDE::medium())?,
            time: DateTimeFormatter::try_new(
                prefs(),
                fieldsets::T::medium().with_time_precision(minutes),
            )?,
            date_time_zone: DateTimeFormatter::try_new(
                prefs(),
                fieldsets::YMDT::medium()
                    .with_time_precision(minutes)
                    .with_zone(LocalizedOffsetShort),
            )?,
            weekday_time_zone: DateTimeFormatter::try_new(
                prefs(),
                fieldsets::MDET::medium()
                    .with_time_precision(minutes)
                    .with_zone(LocalizedOffsetShort),
            )?,
        })
    })();
    built.unwrap_or_else(|error| panic!("no date formats for {lang}: {error}"))
}

fn with<R>(lang: Lang, f: impl FnOnce(&Formatters) -> R) -> R {
    FORMATTERS.with(|all| f(&all[lang.index()]))
}

/// Builds this thread's formatters for every language now, so that a missing one stops the
/// server at start (called on the main thread first, then on each worker).
pub fn load() {
    with(Lang::En, |_| ());
}

fn icu_date(date: NaiveDate) -> Option<Date<icu_calendar::Iso>> {
    Date::try_new_iso(date.year(), date.month() as u8, date.day() as u8).ok()
}

fn icu_time(time: NaiveTime) -> Option<Time> {
    Time::try_new(time.hour() as u8, time.minute() as u8, 0, 0).ok()
}

/// 2 Dec 2026 · 2 ธ.ค. 2569 · 2026年12月2日.
pub fn date(lang: Lang, date: NaiveDate) -> String {
    match icu_date(date) {
        Some(d) => with(lang, |f| f.date.format(&d).to_string()),
        None => date.to_string(),
    }
}

/// Wed, 2 Dec 2026.
pub fn weekday_date(lang: Lang, date: NaiveDate) -> String {
    match icu_date(date) {
        Some(d) => with(lang, |f| f.weekday_date.format(&d).to_string()),
        None => date.to_string(),
    }
}

/// 14:05 (2:05 م in Arabic).
pub fn time(lang: Lang, time: NaiveTime) -> String {
    match icu_time(time) {
        Some(t) => with(lang, |f| f.time.format(&t).to_string()),
        None => time.format("%H:%M").to_string(),
    }
}

fn zoned<Tz: TimeZone>(at: &DateTime<Tz>) -> Option<ZonedDateTime<icu_calendar::Iso, UtcOffset>> {
    let local = at.naive_local();
    Some(ZonedDateTime {
        date: icu_date(local.date())?,
        time: icu_time(local.time())?,
        zone: UtcOffset::try_from_seconds(at.offset().fix().local_minus_utc()).ok()?,
    })
}

/// 2 Dec 2026, 14:05 GMT+7: a moment in the zone it was converted to.
pub fn date_time<Tz: TimeZone>(lang: Lang, at: &DateTime<Tz>) -> String {
    match zoned(at) {
        Some(z) => with(lang, |f| f.date_time_zone.format(&z).to_string()),
        None => at.naive_local().format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// Wed, 2 Dec, 14:05 GMT+7: a moment of the coming days, where the weekday matters more
/// than the year.
pub fn weekday_time<Tz: TimeZone>(lang: Lang, at: &DateTime<Tz>) -> String {
    match zoned(at) {
        Some(z) => with(lang, |f| f.weekday_time_zone.format(&z).to_string()),
        None => at.naive_local().format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// The ISO form, for `<time datetime>` and inputs.
pub fn iso_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_dates_carry_the_buddhist_era() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        assert_eq!(date(Lang::Th, d), "2 ธ.ค. 2569");
        assert_eq!(date(Lang::En, d), "2 Dec 2026");
        assert_eq!(date(Lang::ZhHans, d), "2026年12月2日");
    }

    #[test]
    fn a_moment_is_written_with_its_offset() {
        let at = chrono::Utc
            .with_ymd_and_hms(2026, 12, 2, 7, 5, 0)
            .unwrap()
            .with_timezone(&chrono_tz::Asia::Bangkok);
        assert_eq!(date_time(Lang::En, &at), "2 Dec 2026, 14:05 GMT+7");
        assert!(date_time(Lang::Th, &at).starts_with("2 ธ.ค. 2569 14:05"));
    }
}
