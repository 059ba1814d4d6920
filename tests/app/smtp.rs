//! A real SMTP server for the email tests (tests/support/smtp_sink.py, Debian's aiosmtpd):
//! started on a free port, stopped and started again on the same one, and read back as the
//! messages it accepted.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde::Deserialize;

/// One message as the server received it, decoded.
#[derive(Debug, Clone, Deserialize)]
pub struct Received {
    pub envelope_to: Vec<String>,
    pub from: String,
    pub to: String,
    pub subject: String,
    pub language: String,
    pub body: String,
}

pub struct SmtpSink {
    pub port: u16,
    out: PathBuf,
    child: Option<Child>,
}

impl SmtpSink {
    /// A server on a free port, answering once this returns.
    pub fn start() -> SmtpSink {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let out = std::env::temp_dir().join(format!("liaison-smtp-{}.jsonl", uuid::Uuid::new_v4()));
        let mut sink = SmtpSink {
            port,
            out,
            child: None,
        };
        sink.resume();
        sink
    }

    /// `LIAISON_SMTP_URL` for this server (plain SMTP on loopback).
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Starts the server (again) on its port.
    pub fn resume(&mut self) {
        assert!(self.child.is_none(), "the SMTP server is already running");
        let mut child = Command::new("/usr/bin/python3")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/support/smtp_sink.py"
            ))
            .arg(self.port.to_string())
            .arg(&self.out)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3-aiosmtpd runs (scripts/test installs it)");
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
        assert_eq!(line.trim(), "ready", "the SMTP server starts");
        self.child = Some(child);
    }

    /// Stops the server: its port refuses connections until [`SmtpSink::resume`].
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every message received so far, in order.
    pub fn received(&self) -> Vec<Received> {
        let Ok(text) = std::fs::read_to_string(&self.out) else {
            return Vec::new();
        };
        text.lines()
            .map(|line| {
                let mut message: Received = serde_json::from_str(line).unwrap();
                message.body = message.body.replace("\r\n", "\n");
                message
            })
            .collect()
    }

    /// Waits (up to 30 s) until at least `n` messages have arrived, and answers them all.
    pub async fn wait_for(&self, n: usize) -> Vec<Received> {
        for _ in 0..300 {
            let received = self.received();
            if received.len() >= n {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "expected {n} emails, the SMTP server received {}: {:#?}",
            self.received().len(),
            self.received()
        );
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_file(&self.out);
    }
}
