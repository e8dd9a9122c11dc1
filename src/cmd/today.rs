//! "Today" in the workspace time zone; `SKP_TODAY` fixes it for tests.

use chrono::{FixedOffset, Utc};

use crate::model::date::Date;
use crate::workspace::config::TimeZone;

pub fn today(tz: TimeZone) -> Date {
    if let Some(d) = std::env::var("SKP_TODAY")
        .ok()
        .and_then(|s| Date::parse(&s))
    {
        return d;
    }
    let offset = FixedOffset::east_opt(tz.offset_hours * 3600)
        .unwrap_or(FixedOffset::east_opt(0).expect("zero offset is valid"));
    Date(Utc::now().with_timezone(&offset).date_naive())
}
