//! The campaign tracker's page state (`#/chien-dich`): the campaign being edited (held as
//! `Rc<Campaign>`, changed with `Rc::make_mut`, so a render or an action never deep-copies
//! thousands of units that did not change), the example it came from, which unit's figures are
//! open, and a weekly table on its way in.
//!
//! Every change to the campaign goes through [`crate::rules::campaign::edit::apply`]. "Today" is
//! an input of the actions that need it (the reducer never reads a clock), so every path is
//! tested natively (`tests/campaign_forms.rs`).
//!
//! A table comes in as rows of text cells ([`TableRow`]), whatever it came from: a range pasted
//! from a spreadsheet, a CSV file, or a sheet of an .xlsx, .xls or .ods workbook
//! ([`ImportAction::Load`] is the one entry point). A file takes the shared intake on its way
//! ([`FileIntake`], docs/rules.md §6): a workbook, or text in Windows-1258, TCVN3 or VNI, goes
//! through the file worker (progress and Cancel, the sheet picker, the before/after preview of a
//! conversion) while the table the user had stays as it was; Cancel or a file that cannot be
//! read changes nothing else. The state finds its header, guesses each
//! column ([`Layout`]), lets the user correct the guesses, previews what the table will change
//! ([`Reading`]), and applies it as a new week's figures (history kept) or as the campaign's
//! units.

use std::rc::Rc;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::forms::Reducer;
use crate::forms::download::{DownloadAction, Downloads};
use crate::forms::intake::{FileIntake, IntakeAction, IntakeOutcome, Loaded, ReadNotes, Source};
use crate::rules::campaign::edit::{CampaignEdit, apply};
use crate::rules::campaign::examples::ExampleId;
use crate::rules::campaign::report_table::{
    Layout, Reading, TableRow, find_layout, read_rows, rows_from_text, units_of,
};
use crate::rules::campaign::table::Role;
use crate::rules::campaign::{Campaign, Indicator, IndicatorKind};

/// Draft name and schema version in local storage. Drafts of the first, one-indicator tracker
/// (same version) still read: [`Campaign`]'s JSON reader migrates them, and their separate
/// "figures as of" moves into the campaign.
pub const DRAFT_NAME: &str = "campaign";
pub const DRAFT_VERSION: u32 = 1;

/// Where a table came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableSource {
    /// Pasted into the page.
    Paste,
    /// A text file (CSV, tab-separated), by name.
    File(String),
    /// A sheet of a workbook.
    Sheet {
        /// The workbook's file name.
        file: String,
        /// The sheet's name.
        sheet: String,
    },
}

impl TableSource {
    fn of(source: &Source) -> TableSource {
        match source {
            Source::File(name) => TableSource::File(name.clone()),
            Source::Paste => TableSource::Paste,
            Source::Sheet { file, sheet } => TableSource::Sheet {
                file: file.clone(),
                sheet: sheet.clone(),
            },
        }
    }
}

/// What applying a table does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ImportMode {
    /// A new week's figures: the units it names are updated, the previous figures kept in the
    /// history, the campaign's figures then as of the table's date.
    #[default]
    Update,
    /// The table is the campaign's units (its own export, or a first list): they replace the
    /// units, nothing goes into the history.
    Replace,
}

/// A table on its way in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    /// Where it came from.
    pub source: TableSource,
    /// Its rows.
    pub rows: Rc<Vec<TableRow>>,
    /// The header and each column's role; `None` when no row looks like a header.
    pub layout: Option<Layout>,
    /// The figures' date of the table (the week's report date).
    pub date: NaiveDate,
    /// Update or replace.
    pub mode: ImportMode,
    /// What applying would do, with the problems found (kept in step with the choices).
    pub reading: Option<Reading>,
    /// What reading the file took: a code page, the sheet's warnings (title rows skipped,
    /// merged cells filled), a TCVN3/VNI conversion.
    pub notes: ReadNotes,
}

impl Import {
    fn read(&mut self, campaign: &Campaign) {
        self.reading = self.layout.as_ref().map(|layout| {
            read_rows(
                &self.rows,
                layout,
                campaign,
                self.date,
                self.mode == ImportMode::Update,
            )
        });
    }
}

/// What the last applied table did, for the message after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// Units updated.
    pub matched: usize,
    /// Units added.
    pub added: usize,
    /// Indicators added.
    pub indicators_added: usize,
    /// Rows or cells not read (errors only).
    pub errors: usize,
    /// The table's date, when it was a week's update.
    pub date: Option<NaiveDate>,
}

/// The tracker's state.
#[derive(Clone, Debug, PartialEq)]
pub struct TrackerState {
    /// The campaign (shared with the components that render it; copied only when changed).
    pub campaign: Rc<Campaign>,
    /// The example last opened, for its published-figures table; cleared by any edit.
    pub example: Option<ExampleId>,
    /// The unit whose figures are open for editing.
    pub editing: Option<usize>,
    /// A table being mapped and previewed.
    pub import: Option<Import>,
    /// What the last table did.
    pub imported: Option<Imported>,
    /// The indicator whose unit figures the last action changed, when that is all it changed:
    /// the page then recomputes only the indicators that can move
    /// ([`crate::rules::campaign::metrics::report_after_edit`]).
    pub figures_edited: Option<usize>,
    /// A file on its way into the weekly table (the file worker's detour); the table being
    /// previewed stays as it is meanwhile.
    pub intake: FileIntake,
    /// Why the last file could not be read at all (too large, not readable, empty).
    pub file_error: Option<TableFileError>,
    /// The .xlsx download of the units × indicators table.
    pub xlsx: Downloads<()>,
}

/// A change on the tracker's page.
#[derive(Debug)]
pub enum TrackerAction {
    /// A change to the campaign.
    Edit(CampaignEdit),
    /// Opens an example (its figures are as of the document's date).
    LoadExample(ExampleId),
    /// An empty campaign named `name` (the reader's language), starting `today`, 30 days long.
    New { name: String, today: NaiveDate },
    /// A whole campaign from a file or a shared link.
    Open(Campaign),
    /// Opens (or closes, when it is open) a unit's figures.
    ToggleUnit(usize),
    /// Closes the unit's figures.
    CloseUnit,
    /// A table's steps.
    Import(ImportAction),
    /// A file on its way into the weekly table; when its text arrives it is loaded as
    /// [`ImportAction::Load`] would (`today` as there).
    File {
        action: IntakeAction,
        today: NaiveDate,
    },
    /// A file that could not be read at all: what the user had is kept.
    FileNotRead(TableFileError),
    /// The .xlsx download of the units × indicators table.
    Xlsx(DownloadAction<()>),
}

/// The steps of a table coming in.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportAction {
    /// The rows of a pasted range, a CSV file or a workbook sheet; the table's date starts as the
    /// campaign's figures' date after `today`'s (a new week), or `today`.
    Load {
        source: TableSource,
        rows: Vec<TableRow>,
        today: NaiveDate,
    },
    /// The user's role for a column.
    SetRole { column: usize, role: Role },
    /// The table's date.
    SetDate(NaiveDate),
    /// Update or replace.
    SetMode(ImportMode),
    /// Applies the table.
    Apply,
    /// Drops the table.
    Cancel,
}

/// A fresh campaign: organization accounts, starting `today`, 30 days long, 80 % target.
pub fn empty_campaign(name: &str, today: NaiveDate) -> Campaign {
    let deadline = today.checked_add_days(Days::new(30)).unwrap_or(today);
    Campaign::new(
        name,
        Indicator::new(IndicatorKind::OrganizationAccounts, deadline),
        today,
    )
}

impl Default for TrackerState {
    fn default() -> Self {
        TrackerState::of(empty_campaign(
            "Chiến dịch mới",
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
        ))
    }
}

impl TrackerState {
    /// A state editing `campaign`, nothing else open.
    pub fn of(campaign: Campaign) -> TrackerState {
        TrackerState {
            campaign: Rc::new(campaign),
            example: None,
            editing: None,
            import: None,
            imported: None,
            figures_edited: None,
            intake: FileIntake::default(),
            file_error: None,
            xlsx: Downloads::default(),
        }
    }

    /// A file's text arrived: its rows become the table being previewed.
    fn load_file(&mut self, list: Loaded, today: NaiveDate) {
        let rows = rows_from_text(&list.text);
        if rows
            .iter()
            .all(|r| r.cells.iter().all(|c| c.trim().is_empty()))
        {
            self.file_error = Some(TableFileError::Empty);
            return;
        }
        self.import_step(ImportAction::Load {
            source: TableSource::of(&list.source),
            rows,
            today,
        });
        if let Some(import) = &mut self.import {
            import.notes = list.notes;
        }
    }

    fn campaign_mut(&mut self) -> &mut Campaign {
        Rc::make_mut(&mut self.campaign)
    }

    fn import_step(&mut self, action: ImportAction) {
        match action {
            ImportAction::Load {
                source,
                rows,
                today,
            } => {
                let layout = find_layout(&rows, &self.campaign);
                let date = self.campaign.as_of.map_or(today, |d| d.max(today));
                let mut import = Import {
                    source,
                    rows: Rc::new(rows),
                    layout,
                    date,
                    mode: if self.campaign.units.is_empty() {
                        ImportMode::Replace
                    } else {
                        ImportMode::Update
                    },
                    reading: None,
                    notes: ReadNotes::default(),
                };
                import.read(&self.campaign);
                self.import = Some(import);
                self.imported = None;
            }
            ImportAction::SetRole { column, role } => {
                let campaign = self.campaign.clone();
                if let Some(import) = &mut self.import
                    && let Some(layout) = &mut import.layout
                {
                    layout.mapping.set(column, role);
                    import.read(&campaign);
                }
            }
            ImportAction::SetDate(date) => {
                let campaign = self.campaign.clone();
                if let Some(import) = &mut self.import {
                    import.date = date;
                    import.read(&campaign);
                }
            }
            ImportAction::SetMode(mode) => {
                let campaign = self.campaign.clone();
                if let Some(import) = &mut self.import {
                    import.mode = mode;
                    import.read(&campaign);
                }
            }
            ImportAction::Apply => {
                let Some(import) = self.import.take() else {
                    return;
                };
                let Some(reading) = import.reading else {
                    self.import = None;
                    return;
                };
                let indicators_added = reading.update.new_indicators.len();
                let summary = Imported {
                    matched: reading.matched,
                    added: reading.added,
                    indicators_added,
                    errors: reading.errors(),
                    date: (import.mode == ImportMode::Update).then_some(import.date),
                };
                let campaign = self.campaign_mut();
                match import.mode {
                    ImportMode::Update => {
                        apply(campaign, CampaignEdit::ApplyReport(reading.update));
                    }
                    ImportMode::Replace => {
                        let mut update = reading.update.clone();
                        update.rows.clear();
                        apply(campaign, CampaignEdit::ApplyReport(update));
                        let units = units_of(&reading, campaign.indicators.len());
                        apply(campaign, CampaignEdit::ReplaceUnits(units));
                    }
                }
                self.example = None;
                self.editing = None;
                self.imported = Some(summary);
            }
            ImportAction::Cancel => self.import = None,
        }
    }
}

impl Reducer for TrackerState {
    type Action = TrackerAction;

    fn apply(self: Rc<Self>, action: TrackerAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.figures_edited = match &action {
            TrackerAction::Edit(CampaignEdit::Tally { indicator, .. }) => Some(*indicator),
            _ => None,
        };
        match action {
            TrackerAction::Edit(edit) => {
                let removes = match &edit {
                    CampaignEdit::RemoveUnit(i) => Some(*i),
                    CampaignEdit::RemoveAllUnits
                    | CampaignEdit::Replace(_)
                    | CampaignEdit::ReplaceUnits(_) => Some(0),
                    _ => None,
                };
                if removes.is_some() {
                    next.editing = None;
                }
                apply(next.campaign_mut(), edit);
                next.example = None;
            }
            TrackerAction::LoadExample(id) => {
                next = TrackerState::of(id.load().campaign);
                next.example = Some(id);
            }
            TrackerAction::New { name, today } => {
                next = TrackerState::of(empty_campaign(&name, today));
            }
            TrackerAction::Open(campaign) => next = TrackerState::of(campaign),
            TrackerAction::ToggleUnit(unit) => {
                next.editing = if next.editing == Some(unit) || unit >= next.campaign.units.len() {
                    None
                } else {
                    Some(unit)
                };
            }
            TrackerAction::CloseUnit => next.editing = None,
            TrackerAction::Import(step) => next.import_step(step),
            TrackerAction::File { action, today } => {
                if matches!(
                    action,
                    IntakeAction::ToWorker { .. } | IntakeAction::TextRead(_)
                ) {
                    next.file_error = None;
                }
                if let IntakeOutcome::Arrived(list) = next.intake.update(action) {
                    next.load_file(list, today);
                }
            }
            TrackerAction::FileNotRead(error) => {
                // A new file replaces whatever was on its way in; the table shown stays.
                next.intake.update(IntakeAction::CancelFile);
                next.intake.stopped = false;
                next.intake.error = None;
                next.file_error = Some(error);
            }
            TrackerAction::Xlsx(step) => {
                next.xlsx.update(step);
            }
        }
        Rc::new(next)
    }
}

/// What a draft holds: the campaign and the example it came from (the rest is the page's
/// passing state).
#[derive(Serialize)]
struct DraftOut<'a> {
    campaign: &'a Campaign,
    example: Option<ExampleId>,
}

impl Serialize for TrackerState {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        DraftOut {
            campaign: &self.campaign,
            example: self.example,
        }
        .serialize(s)
    }
}

/// A draft of this tracker, or of the first one (which kept "figures as of" beside the
/// campaign, as ISO text).
#[derive(Deserialize)]
struct DraftIn {
    campaign: Campaign,
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    example: Option<ExampleId>,
}

impl<'de> Deserialize<'de> for TrackerState {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<TrackerState, D::Error> {
        let draft = DraftIn::deserialize(d)?;
        let mut campaign = draft.campaign;
        if campaign.as_of.is_none() {
            campaign.as_of = draft
                .as_of
                .as_deref()
                .and_then(|d| crate::rules::date::parse_iso_date(d).ok());
        }
        let mut state = TrackerState::of(campaign);
        state.example = draft.example;
        Ok(state)
    }
}

/// Why a file gave no table before the file worker was involved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableFileError {
    /// Larger than a table can be.
    TooLarge { bytes: usize },
    /// The browser could not read it.
    Unreadable,
    /// Nothing in it.
    Empty,
}
