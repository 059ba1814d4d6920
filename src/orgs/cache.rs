//! The active organisations, kept by each instance until the directory changes.
//!
//! The filters of the action item list, its CSV export and the contact directory offer them,
//! and they change a few times a year. Any change to an organisation moves `directory_version` when it commits (a
//! trigger), and every request reads that version in its session statement; so a page reads
//! the kept list when it is at least as new as the request, and the database otherwise.

use std::sync::{Arc, RwLock};

use diesel_async::AsyncPgConnection;

use super::model::{self, Organisation};

#[derive(Default)]
pub struct OrgCache {
    kept: RwLock<Option<(i64, Arc<Vec<Organisation>>)>>,
}

impl OrgCache {
    /// The active organisations by kind, then code, as of `version` or later.
    pub async fn active(
        &self,
        conn: &mut AsyncPgConnection,
        version: i64,
    ) -> diesel::QueryResult<Arc<Vec<Organisation>>> {
        if let Some((kept_at, orgs)) = &*self.kept.read().unwrap_or_else(|e| e.into_inner())
            && *kept_at >= version
        {
            return Ok(orgs.clone());
        }
        // Read after the version was: at least as new as it.
        let orgs = Arc::new(model::list_active(conn).await?);
        let mut kept = self.kept.write().unwrap_or_else(|e| e.into_inner());
        if kept.as_ref().is_none_or(|(kept_at, _)| *kept_at < version) {
            *kept = Some((version, orgs.clone()));
        }
        Ok(orgs)
    }
}
