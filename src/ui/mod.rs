//! Yew user interface (being written).
pub fn start() {}
