//! The file worker: a second Wasm binary, fetched the first time a user opens a workbook or a
//! text file that is not UTF-8 (README, "The file worker"). It moves messages between the page
//! and [`sansang::files::session::Session`]; all the work is there, tested natively.
//!
//! Built by Trunk from `<link data-trunk rel="rust" data-type="worker" data-bin="reader_worker">`
//! (wasm-bindgen `--target no-modules`); `www/postbuild.mjs` names its files by content hash and
//! starts it with one line appended to its script.

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The file worker runs in the browser: build it with `trunk build` (see README.md).");
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use std::cell::{Cell, RefCell};

    use sansang::files::protocol::{BYTES, FileError, MESSAGE, Request, Response};
    use sansang::files::session::Session;
    use sansang::files::wire;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    thread_local! {
        static SESSION: RefCell<Session> = RefCell::new(Session::default());
        /// The request being handled, for the panic hook's last word.
        static CURRENT: Cell<u32> = const { Cell::new(0) };
    }

    /// A panic in a reader (a damaged file it does not survive) aborts the Wasm instance: before
    /// that, the hook tells the page which request it was, so the page can say that this file
    /// could not be read (not "too large") and start a fresh worker for the next one.
    fn say_crashed(_: &std::panic::PanicHookInfo<'_>) {
        let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
            return;
        };
        let id = CURRENT.with(Cell::get);
        post(
            &scope,
            id,
            &Response::Failed(FileError::ReaderCrashed),
            None,
        );
    }

    /// Sends a response, with its bytes moved (transferred) rather than copied to the page.
    fn post(scope: &DedicatedWorkerGlobalScope, id: u32, body: &Response, bytes: Option<&[u8]>) {
        let message = js_sys::Object::new();
        let encoded = js_sys::Uint8Array::from(wire::encode(id, body).as_slice());
        let _ = js_sys::Reflect::set(&message, &MESSAGE.into(), &encoded);
        let transfer = js_sys::Array::new();
        if let Some(bytes) = bytes {
            let buffer = js_sys::Uint8Array::from(bytes).buffer();
            let _ = js_sys::Reflect::set(&message, &BYTES.into(), &buffer);
            transfer.push(&buffer);
        }
        let _ = scope.post_message_with_transfer(&message, &transfer);
    }

    fn on_message(scope: &DedicatedWorkerGlobalScope, event: &MessageEvent) {
        let data = event.data();
        let encoded = js_sys::Reflect::get(&data, &MESSAGE.into())
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok())
            .map(|m| m.to_vec())
            .unwrap_or_default();
        let Some((id, request)) = wire::decode::<Request>(&encoded) else {
            let id = wire::message_id(&encoded).unwrap_or(0);
            post(scope, id, &Response::Failed(FileError::BadRequest), None);
            return;
        };
        CURRENT.with(|current| current.set(id));
        let bytes = js_sys::Reflect::get(&data, &BYTES.into())
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::ArrayBuffer>().ok())
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
        let mut progress = |p| post(scope, id, &Response::Progress(p), None);
        let reply =
            SESSION.with(|session| session.borrow_mut().handle(request, bytes, &mut progress));
        post(scope, id, &reply.body, reply.bytes.as_deref());
    }

    pub fn start() {
        let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
            return;
        };
        std::panic::set_hook(Box::new(say_crashed));
        let handler_scope = scope.clone();
        let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            on_message(&handler_scope, &event);
        });
        scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
        post(&scope, 0, &Response::Ready, None);
    }
}
