//! The escalation of unacknowledged referrals, as a job of the scheduler: the steps are
//! decided by `domain::referral::Timing` (a pure function of the referral's times) and taken
//! by `model::due`.

use futures_util::FutureExt;

use super::model::due;
use crate::notifications::{Links, Teller};
use crate::scheduler::{Job, JobContext, in_batches};

const BATCH: usize = 50;

pub fn job() -> Job {
    Job {
        name: "referral escalation",
        run: |context| run(context).boxed(),
    }
}

async fn run(context: &JobContext) -> anyhow::Result<usize> {
    in_batches(&context.pool, BATCH, || {
        let keys = context.keys.clone();
        let teller = Teller::system(Links::new(context.public_url.clone()));
        Box::new(move |conn| {
            async move {
                due::take_batch(conn, &keys, &teller, chrono::Utc::now(), BATCH as i64).await
            }
            .boxed()
        })
    })
    .await
}
