//! The embassies' and UNODC's demo contact points: each embassy's 24-hour duty phone and its
//! consular staff in Bangkok, and some home-country consular desks in their own time zones.
//! The people and numbers are invented; the addresses are on reserved domains.

use chrono_tz::{Africa, America, Asia, Europe};

use super::contacts::{BANGKOK, DemoContact, Hours};

pub(super) const CONTACTS: &[DemoContact] = &[
    // Brazil
    DemoContact {
        org: "BRA",
        name: "Consular duty phone (plantão consular)",
        position: "After-hours emergencies of Brazilian nationals, Embassy of Brazil in Bangkok",
        phones: &["+66 81 640 2201"],
        email: Some("plantao@bra.embassy.example"),
        handles: &[("whatsapp", "+66816402201")],
        languages: &["pt", "en"],
        hours: Hours::Always,
        ..BANGKOK
    },
    DemoContact {
        org: "BRA",
        name: "Mariana Albuquerque Costa",
        position: "Head of the consular section",
        phones: &["+66 2 030 2210", "+66 81 640 2210"],
        email: Some("mariana.costa@bra.embassy.example"),
        handles: &[("whatsapp", "+66816402210"), ("signal", "mariana.bkk")],
        languages: &["pt", "en", "es"],
        order: 2,
        hours: Hours::Weekdays("09:00", "17:00"),
        absent: Some((3, 5)),
        ..BANGKOK
    },
    DemoContact {
        org: "BRA",
        name: "Núcleo de Assistência a Brasileiros",
        position: "Consular emergency desk, Ministry of Foreign Affairs, Brasília",
        phones: &["+55 61 3030 0101"],
        email: Some("nab@itamaraty.example"),
        languages: &["pt", "en", "es"],
        order: 3,
        zone: America::Sao_Paulo,
        hours: Hours::Always,
        ..BANGKOK
    },
    // Tanzania
    DemoContact {
        org: "TZA",
        name: "Amani Mwakyusa",
        position: "Counsellor, consular and diaspora affairs",
        phones: &["+66 2 030 3310", "+66 85 640 3310"],
        email: Some("amani.mwakyusa@tza.embassy.example"),
        handles: &[("whatsapp", "+66856403310")],
        languages: &["sw", "en"],
        hours: Hours::Weekdays("08:30", "16:30"),
        ..BANGKOK
    },
    DemoContact {
        org: "TZA",
        name: "Embassy duty officer",
        position: "After-hours duty phone, Embassy of Tanzania",
        phones: &["+66 85 640 3301"],
        email: Some("duty@tza.embassy.example"),
        handles: &[("whatsapp", "+66856403301")],
        languages: &["sw", "en"],
        order: 2,
        hours: Hours::Always,
        ..BANGKOK
    },
    DemoContact {
        org: "TZA",
        name: "Diaspora and consular desk",
        position: "Ministry of Foreign Affairs and East African Cooperation, Dodoma",
        phones: &["+255 26 216 0101"],
        email: Some("consular@foreign.tz.example"),
        languages: &["sw", "en"],
        order: 3,
        zone: Africa::Dar_es_Salaam,
        hours: Hours::Weekdays("07:30", "15:30"),
        ..BANGKOK
    },
    // Russia
    DemoContact {
        org: "RUS",
        name: "Consular duty line",
        position: "24-hour consular line, Embassy of the Russian Federation",
        phones: &["+66 81 640 4401"],
        email: Some("duty@rus.embassy.example"),
        handles: &[("telegram", "@rus_consul_bkk")],
        languages: &["ru", "en"],
        hours: Hours::Always,
        ..BANGKOK
    },
    DemoContact {
        org: "RUS",
        name: "Dmitry Sokolov",
        position: "Consul",
        phones: &["+66 2 030 4410"],
        email: Some("d.sokolov@rus.embassy.example"),
        handles: &[("telegram", "@dsokolov_bkk")],
        languages: &["ru", "en", "th"],
        order: 2,
        hours: Hours::Weekdays("09:00", "17:00"),
        ..BANGKOK
    },
    DemoContact {
        org: "RUS",
        name: "Situation and Crisis Centre",
        position: "Ministry of Foreign Affairs, Moscow",
        phones: &["+7 495 000 0101"],
        email: Some("crisis@mid.ru.example"),
        languages: &["ru", "en"],
        order: 3,
        zone: Europe::Moscow,
        hours: Hours::Always,
        ..BANGKOK
    },
    // The Philippines
    DemoContact {
        org: "PHL",
        name: "Assistance-to-Nationals hotline",
        position: "24-hour line for Filipinos in distress, Embassy of the Philippines",
        phones: &["+66 81 640 5501"],
        email: Some("atn@phl.embassy.example"),
        handles: &[("whatsapp", "+66816405501")],
        languages: &["tl", "en"],
        hours: Hours::Always,
        ..BANGKOK
    },
    DemoContact {
        org: "PHL",
        name: "Maria Teresa Dizon-Reyes",
        position: "Assistance-to-Nationals officer",
        phones: &["+66 2 030 5510", "+66 81 640 5510"],
        email: Some("mt.reyes@phl.embassy.example"),
        handles: &[("whatsapp", "+66816405510")],
        languages: &["tl", "en"],
        order: 2,
        hours: Hours::Weekdays("08:30", "17:00"),
        ..BANGKOK
    },
    DemoContact {
        org: "PHL",
        name: "Office of the Undersecretary for Migrant Workers' Affairs",
        position: "Department of Foreign Affairs, Manila",
        phones: &["+63 2 8000 0101"],
        email: Some("oumwa@dfa.ph.example"),
        languages: &["tl", "en"],
        order: 3,
        zone: Asia::Manila,
        hours: Hours::Weekdays("08:00", "17:00"),
        ..BANGKOK
    },
    // Myanmar
    DemoContact {
        org: "MMR",
        name: "Embassy duty phone",
        position: "24-hour line for Myanmar nationals, Embassy of Myanmar",
        phones: &["+66 81 640 6601"],
        email: Some("duty@mmr.embassy.example"),
        handles: &[("line", "mmr.embassy.duty")],
        languages: &["my", "th", "en"],
        hours: Hours::Always,
        ..BANGKOK
    },
    DemoContact {
        org: "MMR",
        name: "U Kyaw Zin Htet",
        position: "Labour attaché",
        phones: &["+66 2 030 6610", "+66 81 640 6610"],
        email: Some("kyawzinhtet@mmr.embassy.example"),
        handles: &[("line", "kyawzin.labour")],
        languages: &["my", "th", "en"],
        order: 2,
        hours: Hours::Weekdays("09:00", "16:30"),
        absent: Some((-2, 1)),
        ..BANGKOK
    },
    // Laos
    DemoContact {
        org: "LAO",
        name: "Embassy duty officer",
        position: "After-hours duty phone, Embassy of the Lao PDR",
        phones: &["+66 81 640 7701"],
        email: Some("duty@lao.embassy.example"),
        handles: &[("line", "lao.embassy.duty")],
        languages: &["lo", "th"],
        hours: Hours::Always,
        ..BANGKOK
    },
    DemoContact {
        org: "LAO",
        name: "Souksavanh Phommachanh",
        position: "First Secretary, consular section",
        phones: &["+66 2 030 7710"],
        email: Some("souksavanh.p@lao.embassy.example"),
        handles: &[("line", "souksavanh.consul"), ("whatsapp", "+66816407710")],
        languages: &["lo", "th", "en"],
        order: 2,
        hours: Hours::Weekdays("08:30", "16:30"),
        ..BANGKOK
    },
    // India
    DemoContact {
        org: "IND",
        name: "Embassy emergency helpline",
        position: "24-hour helpline for Indian nationals in distress",
        phones: &["+66 81 640 8801"],
        email: Some("helpline@ind.embassy.example"),
        handles: &[("whatsapp", "+66816408801")],
        languages: &["hi", "en"],
        hours: Hours::Always,
        ..BANGKOK
    },
    DemoContact {
        org: "IND",
        name: "Rohan Mehta",
        position: "First Secretary, consular and community welfare",
        phones: &["+66 2 030 8810", "+66 81 640 8810"],
        email: Some("rohan.mehta@ind.embassy.example"),
        handles: &[("whatsapp", "+66816408810")],
        languages: &["hi", "en", "ta"],
        order: 2,
        hours: Hours::Weekdays("09:00", "17:30"),
        absent: Some((20, 27)),
        ..BANGKOK
    },
    DemoContact {
        org: "IND",
        name: "MADAD consular desk",
        position: "Consular grievances desk, Ministry of External Affairs, New Delhi",
        phones: &["+91 11 2300 0101"],
        email: Some("madad@mea.in.example"),
        languages: &["hi", "en"],
        order: 3,
        zone: Asia::Kolkata,
        hours: Hours::Weekdays("09:30", "18:00"),
        ..BANGKOK
    },
    // Morocco
    DemoContact {
        org: "MAR",
        name: "Embassy duty phone",
        position: "After-hours duty phone, Embassy of Morocco",
        phones: &["+66 81 640 9901"],
        email: Some("permanence@mar.embassy.example"),
        handles: &[("whatsapp", "+66816409901")],
        languages: &["ar", "fr", "en"],
        hours: Hours::Always,
        ..BANGKOK
    },
    DemoContact {
        org: "MAR",
        name: "Youssef El Amrani",
        position: "Consul",
        phones: &["+66 2 030 9910"],
        email: Some("y.elamrani@mar.embassy.example"),
        handles: &[("whatsapp", "+66816409910")],
        languages: &["ar", "fr", "en"],
        order: 2,
        hours: Hours::Weekdays("09:00", "16:00"),
        ..BANGKOK
    },
    // China
    DemoContact {
        org: "CHN",
        name: "Consular protection hotline",
        position: "24-hour consular protection line, Embassy of China",
        phones: &["+66 81 641 0001"],
        email: Some("protection@chn.embassy.example"),
        languages: &["zh", "en", "th"],
        hours: Hours::Always,
        ..BANGKOK
    },
    DemoContact {
        org: "CHN",
        name: "Liu Wenjie",
        position: "Consular protection officer",
        phones: &["+66 2 031 0010", "+66 81 641 0010"],
        email: Some("liu.wenjie@chn.embassy.example"),
        languages: &["zh", "en", "th"],
        order: 2,
        hours: Hours::Weekdays("09:00", "17:00"),
        ..BANGKOK
    },
    // UNODC: an office, not a duty desk; outside its hours the on-duty page says so.
    DemoContact {
        org: "UNODC",
        name: "Sarah Lindqvist",
        position: "Programme officer, trafficking in persons and smuggling of migrants",
        phones: &["+66 2 032 0010", "+66 81 642 0010"],
        email: Some("sarah.lindqvist@unodc.example"),
        handles: &[("signal", "sarah.unodc")],
        languages: &["en", "fr"],
        hours: Hours::Weekdays("08:30", "17:00"),
        ..BANGKOK
    },
    DemoContact {
        org: "UNODC",
        name: "Regional Office for Southeast Asia and the Pacific",
        position: "Switchboard",
        phones: &["+66 2 032 0000"],
        email: Some("rosea@unodc.example"),
        languages: &["en", "th"],
        order: 2,
        hours: Hours::Weekdays("08:30", "17:00"),
        ..BANGKOK
    },
];
