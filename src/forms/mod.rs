//! Page state that `cargo test` reaches: each tool's state, the actions that change it and a
//! pure reducer, with no Yew and no browser in sight.
//!
//! A page in `ui::pages` holds one of these states in Yew's `use_reducer` through a three-line
//! `impl Reducible` that calls [`Reducer::apply`], dispatches actions from its callbacks, runs
//! the effects a state asks for (reading a file, a long check, a draft save) and renders
//! catalogue words. Everything that decides what the page shows next lives here and is tested
//! natively, table by table (`tests/forms.rs`).

use std::rc::Rc;

pub use implicit_clone::unsync::IString;

pub mod bulk;
pub mod campaign;
pub mod converter;
pub mod download;
pub mod intake;
pub mod old_data;
pub mod organization;
pub mod students;
pub mod watchdog;

/// A page state and the pure function that moves it on.
///
/// `apply` takes the state behind an `Rc` because that is how Yew holds it: a state whose big
/// parts are themselves `Rc`s is cheap to copy, and an action that changes nothing can return
/// `self` untouched.
pub trait Reducer: Sized {
    /// What the user (or a finished piece of work) did.
    type Action;

    /// The state after `action`.
    fn apply(self: Rc<Self>, action: Self::Action) -> Rc<Self>;
}

/// Messages shown with a field (`docs/writing.md`): at most one error (must fix), warnings
/// (probably wrong, may continue) and notes (for example "cannot verify offline", or the cleaned
/// value read back). [`IString`] is the string Yew renders (`AttrValue`): cheap to clone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldMessages {
    pub error: Option<IString>,
    pub warnings: Vec<IString>,
    pub notes: Vec<IString>,
}

impl FieldMessages {
    pub fn has_error(&self) -> bool {
        self.error.is_some()
    }
}

/// One line of a form's error summary: the control it points to and the sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryError {
    /// The id of the control to focus (for a group of radios, the first radio).
    pub field_id: IString,
    pub message: IString,
}
