//! Shared widgets. Form widgets follow the GOV.UK Design System patterns named in
//! `docs/writing.md`: labels (not placeholders), hints, error messages with a visually hidden
//! "Lỗi:" prefix, an error summary that takes focus and links to each field, fieldsets with legends
//! for groups.

mod commune_picker;
mod confirm;
mod form;
mod page;
mod parsed_field;
mod summary;

pub use commune_picker::{CommunePicker, commune_label, province_options};
pub use confirm::ConfirmAction;
pub use form::{Checkbox, ChoiceOption, FieldMessages, Radios, Select, TextArea, TextField};
pub use page::{draft_notice, page_heading, pager};
pub use parsed_field::ParsedField;
pub use summary::{ErrorSummary, SummaryError, focus_field, in_page_link};
