//! The text of an email, written in the recipient's language when the change is made (the
//! outbox keeps it as written; `crate::mail` sends it).

use crate::i18n::{Lang, Msg};
pub use crate::mail::Composed;

/// Why the recipient gets the email, said at its end.
pub enum Footer {
    /// An account, told by its own preferences (the link changes them).
    Account { settings: String },
    /// A contact point of the 24/7 directory, told of an escalation to its organisation.
    DutyRota { org: String },
}

/// The email of a notification: what happened, more `lines` (a digest's items), the link to
/// the record and why it came. Nothing but what `what` and `lines` say of the record.
pub fn compose(lang: Lang, what: &Msg, link: &str, lines: &[String], footer: Footer) -> Composed {
    let what = what.text(lang);
    let subject = Msg::new("notifications-email-subject")
        .arg("what", what.as_str())
        .text(lang);
    let mut body = format!("{what}\n\n");
    for line in lines {
        body.push_str(line);
        body.push('\n');
    }
    if !lines.is_empty() {
        body.push('\n');
    }
    body.push_str(&Msg::new("notifications-email-open").text(lang));
    body.push('\n');
    body.push_str(link);
    body.push_str("\n\n-- \n");
    match footer {
        Footer::Account { settings } => {
            body.push_str(&Msg::new("notifications-email-footer-account").text(lang));
            body.push('\n');
            body.push_str(&settings);
        }
        Footer::DutyRota { org } => {
            body.push_str(
                &Msg::new("notifications-email-footer-duty")
                    .arg("org", org)
                    .text(lang),
            );
        }
    }
    body.push('\n');
    Composed {
        // A subject is one line: a line break typed into a meeting's title stays out of the
        // headers.
        subject: subject.replace(['\r', '\n'], " ").chars().take(400).collect(),
        body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_email_says_what_happened_links_to_it_and_says_why_it_came() {
        let what = Msg::new("notifications-item-assigned")
            .arg("reference", "AI-0042")
            .arg("org", "BRA")
            .arg("by", "CCIB");
        let mail = compose(
            Lang::En,
            &what,
            "https://liaison.example.org/action-items/1",
            &[],
            Footer::Account {
                settings: "https://liaison.example.org/account#notifications".into(),
            },
        );
        assert!(mail.subject.starts_with("Liaison: "), "{}", mail.subject);
        assert!(mail.subject.contains("AI-0042"), "{}", mail.subject);
        assert!(mail.body.contains("\nhttps://liaison.example.org/action-items/1\n"));
        assert!(mail.body.contains("/account#notifications"));
        let thai = compose(Lang::Th, &what, "x", &["AI-0001".into()], Footer::DutyRota {
            org: "BRA".into(),
        });
        assert_ne!(thai.subject, mail.subject);
        assert!(thai.body.contains("AI-0001\n"));
    }

    #[test]
    fn a_line_break_in_the_text_stays_out_of_the_subject() {
        let what = Msg::new("notifications-minutes-circulated").arg("meeting", "a\r\nBcc: x@y.z");
        let mail = compose(Lang::En, &what, "x", &[], Footer::DutyRota { org: "X".into() });
        assert!(!mail.subject.contains('\n') && !mail.subject.contains('\r'));
    }
}
