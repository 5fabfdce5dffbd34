//! Drafts that survive a reload or an accidental close: each tool's inputs are saved in this
//! browser's local storage once typing pauses ([`SAVE_DELAY_MS`]) and at once when the page is
//! hidden or left (`pagehide`, `visibilitychange`), under a versioned envelope
//! `{"v": <schema version>, "data": …}`. A draft from another schema version, or one that no longer
//! reads, is dropped with a notice — never a crash. Nothing leaves the device.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::ui::browser;

/// Every key this app stores starts with this, so "clear data on this device" can find them all.
pub const STORAGE_PREFIX: &str = "sansang.";

/// What happened to a saved draft when the page opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftNotice {
    /// The previous answers were restored.
    Restored,
    /// A draft existed but could not be read (damaged, or from an incompatible version); it was
    /// dropped and the form starts empty.
    Dropped,
}

/// What is stored: the schema version next to the data.
#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    v: u32,
    data: &'a T,
}

/// Read back; `data` stays untyped until the version is known to match.
#[derive(serde::Deserialize)]
struct EnvelopeIn {
    v: u32,
    #[serde(with = "serde_wasm_bindgen::preserve")]
    data: JsValue,
}

fn storage_key(name: &str) -> String {
    format!("{STORAGE_PREFIX}draft.{name}")
}

/// What reading a saved draft found.
pub enum DraftRead<T> {
    /// Nothing saved.
    Nothing,
    /// A draft of this schema version.
    Found(T),
    /// Something saved that cannot be used: damaged, or another schema version.
    Unusable,
}

/// Reads a draft saved with [`write_draft`].
pub fn read_draft<T: DeserializeOwned>(name: &str, version: u32) -> DraftRead<T> {
    let Some(text) = browser::load(&storage_key(name)) else {
        return DraftRead::Nothing;
    };
    match browser::from_json::<EnvelopeIn>(&text) {
        Some(envelope) if envelope.v == version => serde_wasm_bindgen::from_value(envelope.data)
            .map_or(DraftRead::Unusable, DraftRead::Found),
        _ => DraftRead::Unusable,
    }
}

/// Saves a draft; returns whether the browser kept it.
pub fn write_draft<T: Serialize>(name: &str, version: u32, value: &T) -> bool {
    browser::to_json(&EnvelopeOut {
        v: version,
        data: value,
    })
    .is_some_and(|text| browser::store(&storage_key(name), &text))
}

/// Removes one tool's draft (the "start again" action).
pub fn forget_draft(name: &str) {
    browser::forget(&storage_key(name));
}

/// Removes everything this app stored on this device: drafts, language, remembered mappings.
pub fn clear_everything() {
    for key in browser::stored_keys(STORAGE_PREFIX) {
        browser::forget(&key);
    }
}

/// How long typing must pause before the draft is written.
pub const SAVE_DELAY_MS: u32 = 300;

/// Runs a pending save, if any.
fn flush(pending: &RefCell<Option<Rc<dyn Fn()>>>) {
    let save = pending.borrow_mut().take();
    if let Some(save) = save {
        save();
    }
}

/// A reducer whose state is restored from, and saved to, a draft.
///
/// A change is saved once typing pauses for [`SAVE_DELAY_MS`], and at once when the page is
/// hidden or left. Returns the handle and what happened to an earlier draft (for a one-line
/// notice above the form).
#[hook]
pub fn use_draft_reducer<R>(
    name: &'static str,
    version: u32,
) -> (UseReducerHandle<R>, Option<DraftNotice>)
where
    R: Reducible + Default + Serialize + DeserializeOwned + PartialEq + 'static,
{
    // Filled once, while the reducer's initial state is read from storage.
    let notice = use_mut_ref(|| None::<DraftNotice>);
    let handle = {
        let notice = notice.clone();
        use_reducer(move || match read_draft::<R>(name, version) {
            DraftRead::Found(restored) => {
                *notice.borrow_mut() = Some(DraftNotice::Restored);
                restored
            }
            DraftRead::Nothing => R::default(),
            DraftRead::Unusable => {
                forget_draft(name);
                *notice.borrow_mut() = Some(DraftNotice::Dropped);
                R::default()
            }
        })
    };
    // Saving serialises the whole state (a 3,321-unit campaign is a few hundred kilobytes), so
    // it waits until typing pauses; leaving or hiding the page saves at once, so a reload or an
    // accidental close still loses nothing.
    let pending = use_mut_ref(|| None::<Rc<dyn Fn()>>);
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let state = handle.clone();
        let first = use_mut_ref(|| true);
        let pending = pending.clone();
        use_effect_with(state, move |state| {
            // The first run only echoes what was just loaded.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                let state = state.clone();
                let save: Rc<dyn Fn()> = Rc::new(move || {
                    write_draft(name, version, &*state);
                });
                *pending.borrow_mut() = Some(save);
                let due = pending.clone();
                *timer.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || flush(&due)));
            }
        });
    }
    {
        let pending = pending.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let on_hide = {
                    let pending = pending.clone();
                    EventListener::new(&window, "pagehide", move |_| flush(&pending))
                };
                let on_hidden = window.document().map(|document| {
                    let pending = pending.clone();
                    let doc = document.clone();
                    EventListener::new(&document, "visibilitychange", move |_| {
                        if doc.hidden() {
                            flush(&pending);
                        }
                    })
                });
                (on_hide, on_hidden)
            });
            move || {
                flush(&pending);
                drop(listeners);
            }
        });
    }
    let notice = *notice.borrow();
    (handle, notice)
}
