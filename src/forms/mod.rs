//! Page state that builds natively: what a page holds, the actions on it and a pure reducer,
//! tested with `cargo test`. The Yew components in `ui` only adapt these (`impl Reducible`) and
//! render catalogue words.

pub mod converter;
