//! The police units' demo contact points: two duty officers each who take turns on the rota, a
//! commander in office hours, and the 24-hour desks of the units that keep one. The people and
//! numbers are invented; the addresses are on reserved domains.

use super::contacts::{BANGKOK, DemoContact, Hours};

const OFFICE: Hours = Hours::Weekdays("08:30", "16:30");

pub(super) const CONTACTS: &[DemoContact] = &[
    // Anti-Trafficking in Persons Centre
    DemoContact {
        org: "ATPC",
        name: "Pol. Maj. Kanokwan Srisuk",
        position: "Duty officer, operations room",
        phones: &["+66 81 530 1101", "+66 2 010 4401"],
        email: Some("kanokwan.s@atpc.police.example"),
        handles: &[("line", "kanokwan.atpc"), ("whatsapp", "+66815301101")],
        hours: OFFICE,
        on_rota: true,
        ..BANGKOK
    },
    DemoContact {
        org: "ATPC",
        name: "Pol. Capt. Thanakorn Boonmee",
        position: "Duty officer, operations room",
        phones: &["+66 81 530 1102"],
        email: Some("thanakorn.b@atpc.police.example"),
        handles: &[("line", "thanakorn.atpc"), ("telegram", "@thanakorn_atpc")],
        languages: &["th", "en", "my"],
        hours: OFFICE,
        on_rota: true,
        ..BANGKOK
    },
    DemoContact {
        org: "ATPC",
        name: "ATPC operations room",
        position: "24-hour desk for referrals and rescue coordination",
        phones: &["+66 2 010 4400", "+66 89 530 4400"],
        email: Some("ops@atpc.police.example"),
        handles: &[("line", "@atpc-ops")],
        order: 2,
        hours: Hours::Always,
        ..BANGKOK
    },
    DemoContact {
        org: "ATPC",
        name: "Pol. Col. Narong Sitthiporn",
        position: "Deputy Commander, Anti-Trafficking in Persons Centre",
        phones: &["+66 2 010 4410"],
        email: Some("narong.s@atpc.police.example"),
        order: 3,
        hours: OFFICE,
        absent: Some((8, 14)),
        ..BANGKOK
    },
    // Central Investigation Bureau
    DemoContact {
        org: "CIB",
        name: "Pol. Lt. Col. Anucha Thongdee",
        position: "Duty investigator, Crime Suppression Division",
        phones: &["+66 81 530 2201", "+66 2 010 5501"],
        email: Some("anucha.t@cib.police.example"),
        handles: &[("line", "anucha.cib")],
        hours: OFFICE,
        on_rota: true,
        ..BANGKOK
    },
    DemoContact {
        org: "CIB",
        name: "Pol. Maj. Pimchanok Wongsawat",
        position: "Duty investigator, Crime Suppression Division",
        phones: &["+66 81 530 2202"],
        email: Some("pimchanok.w@cib.police.example"),
        handles: &[("line", "pimchanok.cib"), ("signal", "pimchanok.42")],
        languages: &["th", "en", "zh"],
        hours: OFFICE,
        on_rota: true,
        ..BANGKOK
    },
    DemoContact {
        org: "CIB",
        name: "Pol. Maj. Gen. Chatchai Inthawong",
        position: "Deputy Commissioner, Central Investigation Bureau",
        phones: &["+66 2 010 5510"],
        email: Some("chatchai.i@cib.police.example"),
        order: 3,
        hours: OFFICE,
        ..BANGKOK
    },
    // Cyber Crime Investigation Bureau
    DemoContact {
        org: "CCIB",
        name: "Pol. Capt. Siriporn Kaewkla",
        position: "Duty officer, cyber threat response",
        phones: &["+66 81 530 3301"],
        email: Some("siriporn.k@ccib.police.example"),
        handles: &[("line", "siriporn.ccib"), ("telegram", "@siriporn_ccib")],
        hours: OFFICE,
        on_rota: true,
        ..BANGKOK
    },
    DemoContact {
        org: "CCIB",
        name: "Pol. Lt. Wittaya Chaiyasit",
        position: "Duty officer, digital forensics",
        phones: &["+66 81 530 3302", "+66 2 010 6602"],
        email: Some("wittaya.c@ccib.police.example"),
        handles: &[("line", "wittaya.ccib")],
        languages: &["th", "en", "zh"],
        hours: OFFICE,
        on_rota: true,
        ..BANGKOK
    },
    DemoContact {
        org: "CCIB",
        name: "CCIB response centre",
        position: "24-hour reporting line for online fraud and scam compounds",
        phones: &["+66 2 010 6600"],
        email: Some("response@ccib.police.example"),
        handles: &[("line", "@ccib-response")],
        order: 2,
        hours: Hours::Always,
        ..BANGKOK
    },
    DemoContact {
        org: "CCIB",
        name: "Pol. Col. Prasert Limthong",
        position: "Superintendent, online fraud sub-division",
        phones: &["+66 2 010 6610"],
        email: Some("prasert.l@ccib.police.example"),
        order: 3,
        hours: OFFICE,
        absent: Some((-1, 2)),
        ..BANGKOK
    },
    // Immigration Bureau
    DemoContact {
        org: "IMB",
        name: "Pol. Maj. Supachai Rungruang",
        position: "Duty officer, Immigration Bureau operations centre",
        phones: &["+66 81 530 4401"],
        email: Some("supachai.r@imb.police.example"),
        handles: &[("line", "supachai.imb"), ("whatsapp", "+66815304401")],
        languages: &["th", "en", "my"],
        hours: OFFICE,
        on_rota: true,
        ..BANGKOK
    },
    DemoContact {
        org: "IMB",
        name: "Pol. Capt. Orawan Phetcharat",
        position: "Duty officer, Immigration Bureau operations centre",
        phones: &["+66 81 530 4402"],
        email: Some("orawan.p@imb.police.example"),
        handles: &[("line", "orawan.imb")],
        hours: OFFICE,
        on_rota: true,
        ..BANGKOK
    },
    DemoContact {
        org: "IMB",
        name: "IMB operations centre",
        position: "24-hour line for border referrals from the checkpoints",
        phones: &["+66 2 010 7700", "+66 89 530 7700"],
        email: Some("ops@imb.police.example"),
        order: 2,
        hours: Hours::Always,
        ..BANGKOK
    },
    DemoContact {
        org: "IMB",
        name: "Pol. Col. Teerapong Saengthong",
        position: "Superintendent, Mae Sot immigration checkpoint (Tak)",
        phones: &["+66 55 530 770", "+66 81 530 4410"],
        email: Some("teerapong.s@imb.police.example"),
        handles: &[("line", "teerapong.maesot")],
        languages: &["th", "en", "my"],
        order: 3,
        hours: Hours::Weekdays("08:00", "16:30"),
        ..BANGKOK
    },
    // Foreign Affairs Division
    DemoContact {
        org: "FAD",
        name: "Pol. Lt. Col. Naree Chanthawong",
        position: "Duty liaison officer for the embassies",
        phones: &["+66 81 530 5501"],
        email: Some("naree.c@fad.police.example"),
        handles: &[("line", "naree.fad"), ("whatsapp", "+66815305501")],
        languages: &["th", "en", "fr"],
        hours: OFFICE,
        on_rota: true,
        ..BANGKOK
    },
    DemoContact {
        org: "FAD",
        name: "Pol. Maj. Kittisak Ponsawat",
        position: "Duty liaison officer for the embassies",
        phones: &["+66 81 530 5502"],
        email: Some("kittisak.p@fad.police.example"),
        handles: &[("line", "kittisak.fad")],
        hours: OFFICE,
        on_rota: true,
        ..BANGKOK
    },
    DemoContact {
        org: "FAD",
        name: "Pol. Col. Apinya Suwannarat",
        position: "Director, Foreign Affairs Division",
        phones: &["+66 2 010 8810"],
        email: Some("apinya.s@fad.police.example"),
        order: 3,
        hours: OFFICE,
        ..BANGKOK
    },
    // Technology Crime Prevention and Suppression Centre
    DemoContact {
        org: "TCSC",
        name: "Pol. Maj. Jirawat Sombat",
        position: "Duty officer, financial tracing",
        phones: &["+66 81 530 6601"],
        email: Some("jirawat.s@tcsc.police.example"),
        handles: &[("line", "jirawat.tcsc")],
        hours: OFFICE,
        on_rota: true,
        ..BANGKOK
    },
    DemoContact {
        org: "TCSC",
        name: "Pol. Capt. Nattaya Klinhom",
        position: "Duty officer, mule account response",
        phones: &["+66 81 530 6602"],
        email: Some("nattaya.k@tcsc.police.example"),
        handles: &[("line", "nattaya.tcsc"), ("telegram", "@nattaya_tcsc")],
        languages: &["th", "en", "zh"],
        hours: OFFICE,
        on_rota: true,
        ..BANGKOK
    },
    DemoContact {
        org: "TCSC",
        name: "Pol. Col. Worawut Detchai",
        position: "Deputy Commander, Technology Crime Prevention and Suppression Centre",
        phones: &["+66 2 010 9910"],
        email: Some("worawut.d@tcsc.police.example"),
        order: 3,
        hours: OFFICE,
        ..BANGKOK
    },
];
