//! The page's watch over the file worker (`sansang::forms::watchdog`): a worker that says
//! nothing for the whole limit while it owes an answer is stopped; progress, an answer, or
//! nothing asked keep it alive.

use sansang::forms::watchdog::{SILENCE_LIMIT_MS, Verdict, Watchdog};

#[test]
fn nothing_asked_nothing_watched() {
    let watch = Watchdog::default();
    assert_eq!(watch.verdict(0.0), Verdict::Idle);
    assert_eq!(
        watch.verdict(1e12),
        Verdict::Idle,
        "an idle worker is never stopped"
    );
    assert_eq!(watch.limit_seconds(), u64::from(SILENCE_LIMIT_MS / 1000));
}

#[test]
fn a_worker_silent_for_the_whole_limit_is_stopped() {
    let mut watch = Watchdog::new(30_000);
    watch.sent(1_000.0);
    assert_eq!(watch.verdict(1_000.0), Verdict::Wait(30_000.0));
    assert_eq!(watch.verdict(30_999.0), Verdict::Wait(1.0));
    assert_eq!(watch.verdict(31_000.0), Verdict::Silent);
    assert_eq!(watch.verdict(90_000.0), Verdict::Silent);
}

#[test]
fn each_word_from_the_worker_starts_the_silence_again() {
    let mut watch = Watchdog::new(30_000);
    watch.sent(0.0);
    // Progress every 20 s: never 30 s of silence, however long the read.
    for beat in 1..=10 {
        let now = f64::from(beat) * 20_000.0;
        assert!(
            matches!(watch.verdict(now), Verdict::Wait(_)),
            "beat {beat}"
        );
        watch.heard(now, true);
    }
    assert_eq!(watch.verdict(200_000.0 + 29_000.0), Verdict::Wait(1_000.0));
    assert_eq!(watch.verdict(200_000.0 + 30_000.0), Verdict::Silent);
}

#[test]
fn the_last_answer_ends_the_watch_and_the_next_request_starts_afresh() {
    let mut watch = Watchdog::new(30_000);
    watch.sent(0.0);
    watch.heard(10_000.0, false);
    assert_eq!(watch.verdict(100_000.0), Verdict::Idle, "no request waits");
    watch.sent(200_000.0);
    assert_eq!(watch.verdict(229_000.0), Verdict::Wait(1_000.0));
}

#[test]
fn a_request_queued_behind_a_silent_one_does_not_hide_the_silence() {
    let mut watch = Watchdog::new(30_000);
    watch.sent(0.0);
    watch.sent(25_000.0);
    assert_eq!(watch.verdict(30_000.0), Verdict::Silent);
}

#[test]
fn a_stopped_worker_is_not_watched_and_a_clock_set_back_waits_the_whole_limit() {
    let mut watch = Watchdog::new(30_000);
    watch.sent(50_000.0);
    watch.rest();
    assert_eq!(watch.verdict(1e9), Verdict::Idle);
    watch.sent(50_000.0);
    assert_eq!(watch.verdict(10_000.0), Verdict::Wait(30_000.0));
}

#[test]
fn a_test_limit_of_milliseconds_is_named_as_a_whole_second() {
    assert_eq!(Watchdog::new(150).limit_seconds(), 1);
    assert_eq!(Watchdog::new(0).verdict(0.0), Verdict::Idle);
    let mut zero = Watchdog::new(0);
    zero.sent(0.0);
    assert_eq!(zero.verdict(1.0), Verdict::Silent, "at least a millisecond");
}
