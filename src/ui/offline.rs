//! Offline support: registers the service worker (release builds only — it would fight `trunk
//! serve`'s live reload) and reports when a new version is waiting, so the page can offer
//! "Có phiên bản mới — tải lại". The worker itself is `www/sw.js`.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};
use yew::Callback;

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers and some private modes have no service workers: the app still works online.
    let has_sw =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    has_sw.then(|| navigator.service_worker())
}

/// Registers `sw.js`; calls `on_update_ready` when a new version has installed and waits.
pub fn register(on_update_ready: Callback<()>) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else { return };
    wasm_bindgen_futures::spawn_local(async move {
        // The loader keeps a copy of the Wasm for the worker to adopt (www/postbuild.mjs); the
        // worker must not install before that copy is stored, or it would download it again.
        let adopted = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"sansangAdopted".into()).ok())
            .and_then(|v| v.dyn_into::<js_sys::Promise>().ok());
        if let Some(adopted) = adopted {
            let _ = JsFuture::from(adopted).await;
        }
        let Ok(registration) = JsFuture::from(container.register("./sw.js")).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        // A worker that installed during an earlier visit may already be waiting.
        if registration.waiting().is_some() && container.controller().is_some() {
            on_update_ready.emit(());
        }
        let found_registration = registration.clone();
        let on_update_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = found_registration.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_update_ready = on_update_ready.clone();
            let on_state_change = Closure::<dyn FnMut()>::new(move || {
                let has_controller = container_controller_exists();
                // Without a controller this is the first install: nothing to announce.
                if worker.state() == ServiceWorkerState::Installed && has_controller {
                    on_update_ready.emit(());
                }
            });
            installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
            on_state_change.forget();
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();
    });
}

fn container_controller_exists() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

/// Activates the waiting version and reloads once it has taken control.
pub fn apply_update() {
    let Some(container) = container() else {
        crate::ui::browser::reload();
        return;
    };
    let on_controller_change = Closure::<dyn FnMut()>::new(crate::ui::browser::reload);
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let registration = JsFuture::from(container.get_registration())
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
        match registration.and_then(|r| r.waiting()) {
            Some(waiting) => {
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
                let _ = waiting.post_message(&message);
            }
            None => crate::ui::browser::reload(),
        }
    });
}
