//! Sending email: the SMTP server of `LIAISON_SMTP_URL` (lettre's URL forms), and the sender
//! of `LIAISON_MAIL_FROM`. What an email says is the areas' business (`notifications::email`).

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::{ExposeSecret, SecretString};

use crate::i18n::Lang;

/// An email's subject and plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub subject: String,
    pub body: String,
}

/// How long one email may take, connecting included: an SMTP server that hangs holds up
/// only the scheduler's delivery, never a page.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(20);

/// The SMTP server and the sender's address.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Mailer(from {})", self.from)
    }
}

impl Mailer {
    /// From `smtp://host:port` (plain), `smtp://user:pass@host:587?tls=required` (STARTTLS)
    /// or `smtps://host:465`, and the From address.
    pub fn new(url: &SecretString, from: &str) -> anyhow::Result<Mailer> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret())
            .map_err(|e| anyhow::anyhow!("LIAISON_SMTP_URL is not an SMTP URL: {e}"))?
            .timeout(Some(SEND_TIMEOUT))
            .build();
        let from = from
            .parse()
            .map_err(|e| anyhow::anyhow!("LIAISON_MAIL_FROM is not an address: {e}"))?;
        Ok(Mailer { transport, from })
    }

    /// Sends one email.
    pub async fn send(&self, to: &str, mail: &Composed, lang: Lang) -> Result<(), Refused> {
        let to: Mailbox = to
            .parse()
            .map_err(|e| Refused::permanently(format!("not an address: {e}")))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.as_str())
            .header(ContentType::TEXT_PLAIN)
            .header(ContentLanguage(lang.code().to_owned()))
            .body(mail.body.clone())
            .map_err(|e| Refused::permanently(format!("the email could not be built: {e}")))?;
        match tokio::time::timeout(SEND_TIMEOUT, self.transport.send(message)).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(Refused {
                reason: e.to_string(),
                permanent: e.is_permanent(),
            }),
            Err(_) => Err(Refused {
                reason: format!(
                    "no answer from the SMTP server within {} seconds",
                    SEND_TIMEOUT.as_secs()
                ),
                permanent: false,
            }),
        }
    }
}

/// Why an email did not go: what the server (or the network) said, for the outbox; and
/// whether trying again can help (a 5xx answer, an address that cannot be one: it cannot).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub reason: String,
    pub permanent: bool,
}

impl Refused {
    fn permanently(reason: String) -> Refused {
        Refused {
            reason,
            permanent: true,
        }
    }
}

/// `Content-Language`, so a mail client can offer to translate or pick a voice.
#[derive(Debug, Clone)]
struct ContentLanguage(String);

impl lettre::message::header::Header for ContentLanguage {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ContentLanguage(s.to_owned()))
    }

    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_three_url_forms_are_accepted() {
        for url in [
            "smtp://127.0.0.1:2525",
            "smtp://user:pass@mail.example.org:587?tls=required",
            "smtps://mail.example.org:465",
        ] {
            Mailer::new(
                &SecretString::from(url.to_owned()),
                "Liaison <liaison@example.org>",
            )
            .unwrap_or_else(|e| panic!("{url}: {e}"));
        }
        for from in ["Liaison <liaison@localhost>", "Liaison <liaison@127.0.0.1>"] {
            Mailer::new(&SecretString::from("smtp://127.0.0.1:25".to_owned()), from)
                .unwrap_or_else(|e| panic!("{from}: {e}"));
        }
        assert!(Mailer::new(&SecretString::from("http://x".to_owned()), "a@b.c").is_err());
        assert!(Mailer::new(&SecretString::from("smtp://x".to_owned()), "not an address").is_err());
    }
}
