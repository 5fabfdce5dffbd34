//! The page's watch over the file worker: a worker that says nothing for too long while it
//! works (an endless read, a decompression that does not end) is stopped and reported
//! ([`FileError::ReaderStopped`](crate::files::protocol::FileError::ReaderStopped)), so the
//! page never waits for ever; the next file gets a fresh worker (docs/rules.md §6.4).
//!
//! [`Watchdog`] is the decision as pure state over times in milliseconds: the page tells it
//! when a request goes out and when the worker says anything (ready, progress, an answer), and
//! asks it, when its timer fires, whether to wait on or stop the worker. The timer and the
//! clock are the page's (`src/ui/files/`).

/// How long the worker may say nothing while it works, in milliseconds.
///
/// The worker reports progress every 5,000 rows of a sheet and after each zip entry it
/// inflates; it goes quiet only inside a reader's single long call. Measured natively for
/// 100,000 rows (`cargo bench --bench workbooks`, "longest silence"): .xlsx 0.2 s, .xls (65,000
/// rows) 0.2 s, .ods 1.4 s (calamine parses the whole file when it opens it); decoding a 20 MB
/// Windows-1258 CSV, 0.8 s. Wasm runs two to three times slower and a low-end phone some four
/// times slower again: the slowest of these, a 100,000-row .ods, stays near 15 s there. Thirty
/// seconds leaves twice that before an honest read is taken for a hung one, and a user watching
/// a progress line that no longer moves is told what to do within half a minute. A file so large
/// that one call outlasts it (a 500,000-row .ods on a phone) gets the same advice a hung read
/// does: save it as CSV, or use a computer.
pub const SILENCE_LIMIT_MS: u32 = 30_000;

/// What the watchdog says when asked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    /// Nothing is awaited: no timer needed.
    Idle,
    /// Ask again in this many milliseconds.
    Wait(f64),
    /// The worker has said nothing for the whole limit: stop it.
    Silent,
}

/// The silence of a worker that is asked something.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Watchdog {
    limit_ms: f64,
    /// When the worker last said something (or was asked, if it has not spoken since); `None`
    /// while nothing is awaited.
    since_ms: Option<f64>,
}

impl Default for Watchdog {
    fn default() -> Self {
        Watchdog::new(SILENCE_LIMIT_MS)
    }
}

impl Watchdog {
    /// A watchdog that allows `limit_ms` of silence (a test gives a few milliseconds).
    pub fn new(limit_ms: u32) -> Watchdog {
        Watchdog {
            limit_ms: f64::from(limit_ms.max(1)),
            since_ms: None,
        }
    }

    /// The limit in whole seconds (rounded up), for the message that names it.
    pub fn limit_seconds(&self) -> u64 {
        (self.limit_ms / 1000.0).ceil() as u64
    }

    /// A request went out at `now_ms`. Silence counts from now unless the worker already owes
    /// an answer: a request queued behind one that hangs proves nothing about the worker.
    pub fn sent(&mut self, now_ms: f64) {
        if self.since_ms.is_none() {
            self.since_ms = Some(now_ms);
        }
    }

    /// The worker said something at `now_ms`; `awaiting` tells whether requests still wait for
    /// their answer (after the last answer nothing is watched).
    pub fn heard(&mut self, now_ms: f64, awaiting: bool) {
        self.since_ms = awaiting.then_some(now_ms);
    }

    /// Nothing is awaited any more (the worker was stopped).
    pub fn rest(&mut self) {
        self.since_ms = None;
    }

    /// Whether the worker is to be stopped at `now_ms`, or when to ask again. A clock that went
    /// back (a changed system time) counts as no time passed.
    pub fn verdict(&self, now_ms: f64) -> Verdict {
        let Some(since) = self.since_ms else {
            return Verdict::Idle;
        };
        let silent_for = (now_ms - since).max(0.0);
        if silent_for >= self.limit_ms {
            Verdict::Silent
        } else {
            Verdict::Wait(self.limit_ms - silent_for)
        }
    }
}
