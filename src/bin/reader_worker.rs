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
    use std::cell::RefCell;

    use sansang::files::protocol::{Envelope, FileError, Request, Response};
    use sansang::files::session::Session;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    thread_local! {
        static SESSION: RefCell<Session> = RefCell::new(Session::default());
    }

    /// Sends a response, with its bytes moved (transferred) rather than copied to the page.
    fn post(scope: &DedicatedWorkerGlobalScope, id: u32, body: Response, bytes: Option<&[u8]>) {
        let message = js_sys::Object::new();
        let envelope =
            serde_wasm_bindgen::to_value(&Envelope { id, body }).unwrap_or(JsValue::NULL);
        let _ = js_sys::Reflect::set(&message, &"envelope".into(), &envelope);
        let transfer = js_sys::Array::new();
        if let Some(bytes) = bytes {
            let buffer = js_sys::Uint8Array::from(bytes).buffer();
            let _ = js_sys::Reflect::set(&message, &"bytes".into(), &buffer);
            transfer.push(&buffer);
        }
        let _ = scope.post_message_with_transfer(&message, &transfer);
    }

    fn on_message(scope: &DedicatedWorkerGlobalScope, event: &MessageEvent) {
        let data = event.data();
        let envelope = js_sys::Reflect::get(&data, &"envelope".into())
            .ok()
            .and_then(|v| serde_wasm_bindgen::from_value::<Envelope<Request>>(v).ok());
        let Some(Envelope { id, body: request }) = envelope else {
            let id = js_sys::Reflect::get(&data, &"id".into())
                .ok()
                .and_then(|v| v.as_f64())
                .map_or(0, |v| v as u32);
            post(scope, id, Response::Failed(FileError::BadRequest), None);
            return;
        };
        let bytes = js_sys::Reflect::get(&data, &"bytes".into())
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::ArrayBuffer>().ok())
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
        let mut progress = |p| post(scope, id, Response::Progress(p), None);
        let reply =
            SESSION.with(|session| session.borrow_mut().handle(request, bytes, &mut progress));
        post(scope, id, reply.body, reply.bytes.as_deref());
    }

    pub fn start() {
        let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
            return;
        };
        let handler_scope = scope.clone();
        let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            on_message(&handler_scope, &event);
        });
        scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
        post(&scope, 0, Response::Ready, None);
    }
}
