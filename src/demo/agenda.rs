//! The demo's action items, from what the meeting at Royal Thai Police headquarters agreed:
//! 24/7 contact points for border referrals, border officials calling embassies about
//! travellers to Mae Sot without a clear itinerary, rescuing nationals trapped in scam
//! compounds, and cracking down on networks that relocate. Items carry no victim's personal
//! data: that belongs in rescue requests.

use super::action_items::{DemoItem, Step};
use crate::domain::action_item::{Priority, Status, Visibility};

const EMBASSIES: &[&str] = &[
    "BRA", "CHN", "IND", "LAO", "MAR", "MMR", "PHL", "RUS", "TZA",
];

pub(super) const ITEMS: &[DemoItem] = &[
    DemoItem {
        title: "Confirm a 24/7 contact point for border referrals",
        description: "As agreed at the meeting, each embassy names a contact point that answers \
**around the clock** when the Immigration Bureau refers one of its nationals stopped at a \
border checkpoint.\n\n\
- List the line among your contact points, marked 24/7.\n\
- Give the languages it answers in.\n\
- Comment here once it is listed.",
        creator: "ATPC",
        assignees: EMBASSIES,
        person: None,
        due_in_days: -3,
        priority: Priority::High,
        visibility: Visibility::Shared,
        timeline: &[
            Step::Status(
                "ATPC",
                Status::InProgress,
                "Reminder sent to every embassy; the lines listed so far are on the on-duty page.",
            ),
            Step::Comment(
                "BRA",
                "Our consular duty phone is listed as 24/7 and answers in Portuguese and English.",
            ),
            Step::Comment(
                "RUS",
                "Duty line listed. At night the Crisis Centre in Moscow is our second number.",
            ),
        ],
    },
    DemoItem {
        title: "Brief checkpoint officers on calling embassies about travellers to Mae Sot",
        description: "Border officials contact the traveller's embassy when a foreign national \
heads for a high-risk area such as **Mae Sot (Tak)** without a clear itinerary: no return \
ticket, a job offer they cannot name, an agent travelling with them.\n\n\
Prepare a one-page briefing for the checkpoints at Suvarnabhumi, Don Mueang and Mae Sot with \
the call procedure and where to find each embassy's 24/7 line.",
        creator: "IMB",
        assignees: &["IMB"],
        person: Some("IMB"),
        due_in_days: 7,
        priority: Priority::Urgent,
        visibility: Visibility::Shared,
        timeline: &[Step::Comment(
            "IMB",
            "Draft briefing ready; it lists the embassies' numbers once the 24/7 item is done.",
        )],
    },
    DemoItem {
        title: "Rescue and return of Brazilian nationals held in a compound across from Mae Sot",
        description: "Three Brazilian nationals recruited with fake customer-service jobs report \
being held in a compound across the border from Mae Sot. Details of the people are in the \
rescue request, not here.\n\n\
1. Confirm the location with partners across the border.\n\
2. Agree the hand-over point with the Immigration Bureau.\n\
3. Emergency travel documents and flights home.",
        creator: "ATPC",
        assignees: &["ATPC", "BRA"],
        person: Some("BRA"),
        due_in_days: 2,
        priority: Priority::Urgent,
        visibility: Visibility::Restricted,
        timeline: &[
            Step::Status(
                "ATPC",
                Status::InProgress,
                "Location confirmed with partners; rescue request opened.",
            ),
            Step::Comment(
                "BRA",
                "We can issue emergency travel documents within 24 hours of the hand-over.",
            ),
            Step::Comment(
                "ATPC",
                "Hand-over agreed at the Friendship Bridge checkpoint; IMB is informed.",
            ),
        ],
    },
    DemoItem {
        title: "Crack down on networks relocating from Kanchanaburi",
        description: "Operators of compounds raided in Kanchanaburi are moving staff and \
equipment to new sites. Map the new sites, the people running them and the payment accounts \
they use, and plan the joint operation.",
        creator: "CIB",
        assignees: &["CCIB", "CIB", "IMB"],
        person: None,
        due_in_days: 14,
        priority: Priority::High,
        visibility: Visibility::Restricted,
        timeline: &[
            Step::Status(
                "CIB",
                Status::InProgress,
                "Three sites identified near the Three Pagodas Pass; surveillance under way.",
            ),
            Step::Comment(
                "CCIB",
                "Two of the sites use payment accounts seen in last month's raid; see the case file.",
            ),
        ],
    },
    DemoItem {
        title: "Take down recruitment adverts targeting Tanzanian job-seekers",
        description: "Adverts for well-paid \"customer service\" jobs in Thailand circulate in \
social media groups in Tanzania. Collect them, ask the platforms to take them down and keep \
the evidence for the investigation.",
        creator: "CCIB",
        assignees: &["CCIB", "TZA"],
        person: None,
        due_in_days: -5,
        priority: Priority::High,
        visibility: Visibility::Shared,
        timeline: &[
            Step::Status("CCIB", Status::InProgress, ""),
            Step::Comment(
                "TZA",
                "We collected 14 adverts from groups in Dar es Salaam and sent them to CCIB.",
            ),
            Step::Status(
                "CCIB",
                Status::Blocked,
                "Waiting for two platforms to answer the take-down requests.",
            ),
        ],
    },
    DemoItem {
        title: "Emergency travel documents for Filipino nationals awaiting repatriation",
        description: "Filipino nationals rescued last week wait at the shelter for travel \
documents. Interview them, request the documents from Manila and book the flights.",
        creator: "FAD",
        assignees: &["FAD", "PHL"],
        person: Some("PHL"),
        due_in_days: -2,
        priority: Priority::High,
        visibility: Visibility::Shared,
        timeline: &[
            Step::Status(
                "PHL",
                Status::InProgress,
                "Interviews held at the shelter; documents requested from Manila.",
            ),
            Step::Status(
                "PHL",
                Status::Done,
                "All documents issued; flights booked with IOM's support.",
            ),
        ],
    },
    DemoItem {
        title: "Nominate a Russian-speaking liaison officer for the joint operations room",
        description: "The joint operations room needs a Russian speaker on call for \
referrals and rescues of Russian-speaking nationals. Name the officer and add them to your \
contact points.",
        creator: "ATPC",
        assignees: &["RUS"],
        person: None,
        due_in_days: -1,
        priority: Priority::Normal,
        visibility: Visibility::Shared,
        timeline: &[Step::Comment(
            "ATPC",
            "Reminder: next month's rota is drawn up on Friday.",
        )],
    },
    DemoItem {
        title: "Translate the victim screening checklist into Lao and Burmese",
        description: "Officers screening people at checkpoints and shelters use the English and \
Thai checklist. Provide Lao and Burmese versions so people can read the questions themselves.",
        creator: "ATPC",
        assignees: &["LAO", "MMR"],
        person: Some("LAO"),
        due_in_days: 10,
        priority: Priority::Normal,
        visibility: Visibility::Shared,
        timeline: &[],
    },
    DemoItem {
        title: "Freeze payment accounts used by a compound's call centre",
        description: "Financial tracing links a set of mule accounts to a call centre working \
from a compound near the border. Request the freezes and match the accounts against \
complaints from victims abroad.",
        creator: "TCSC",
        assignees: &["CHN", "TCSC"],
        person: None,
        due_in_days: 5,
        priority: Priority::High,
        visibility: Visibility::Restricted,
        timeline: &[Step::Comment(
            "CHN",
            "The Ministry of Public Security can match the accounts against complaints in China.",
        )],
    },
    DemoItem {
        title: "Publish a joint warning about fake job offers in Thailand",
        description: "A short warning for the embassies' websites and social media about offers \
of jobs in Thailand that end in scam compounds.",
        creator: "FAD",
        assignees: &["FAD", "IND", "MAR"],
        person: None,
        due_in_days: 3,
        priority: Priority::Low,
        visibility: Visibility::Shared,
        timeline: &[Step::Status(
            "FAD",
            Status::Cancelled,
            "Replaced by the regional awareness campaign UNODC is preparing.",
        )],
    },
    DemoItem {
        title: "Brief the Embassy of India on screening at the Mae Sot checkpoint",
        description: "Walk the embassy's consular team through how the Mae Sot checkpoint \
screens travellers and when it calls the embassy's 24/7 line.",
        creator: "IMB",
        assignees: &["IMB", "IND"],
        person: None,
        due_in_days: -6,
        priority: Priority::Normal,
        visibility: Visibility::Shared,
        timeline: &[
            Step::Status("IMB", Status::InProgress, ""),
            Step::Status(
                "IND",
                Status::Done,
                "Briefing held; the checkpoint now calls our emergency helpline directly.",
            ),
        ],
    },
    DemoItem {
        title: "Waive overstay fines for rescued Moroccan nationals",
        description: "Moroccan nationals identified as victims of trafficking overstayed while \
held in a compound. Ask for the fines to be waived so they can leave without delay.",
        creator: "IMB",
        assignees: &["IMB", "MAR"],
        person: Some("MAR"),
        due_in_days: 4,
        priority: Priority::High,
        visibility: Visibility::Restricted,
        timeline: &[
            Step::Status(
                "IMB",
                Status::InProgress,
                "Request filed with the Immigration Bureau's legal division.",
            ),
            Step::Status(
                "IMB",
                Status::Blocked,
                "The legal division asks for each person's victim identification record first.",
            ),
            Step::Comment(
                "MAR",
                "We will send the identification records through ATPC this week.",
            ),
        ],
    },
];
