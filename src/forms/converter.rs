//! The address converter's state (`#/doi-dia-chi`): what the user typed or pasted, the state of
//! the conversion data, and the results; a pure reducer, tested natively.
//!
//! The conversion data (`rules::old_address::OldUnits`) is fetched the first time the page
//! needs it; until then a request to convert waits (`pending`) and runs when the data arrives.
//! If it cannot be fetched, the rows are still resolved without it (today's addresses resolve,
//! old ones say so) and nothing the user typed is lost.

use crate::catalogue::{Lang, old_address as t};
pub use crate::forms::old_data::{DataStatus, LoadFailure};
use crate::forms::old_data::{OneAddress, resolve_one};
use crate::rules::delimited::{self, CsvOptions};
use crate::rules::old_address::{AddressCells, OldUnits, Outcome, Resolver};
use crate::rules::units;

/// Lines converted at once (a pasted column); longer lists belong in the bulk check.
pub const MAX_LINES: usize = 5_000;

/// One address or a pasted list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Commune, district and province fields, or one address line.
    #[default]
    One,
    /// A textarea, one address per line (or tab-separated cells from a spreadsheet).
    Many,
}

/// One converted address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// What was entered, as one line.
    pub input: String,
    /// What it resolved to.
    pub outcome: Outcome,
    /// The street or hamlet part of the address, when it had one.
    pub street: Option<String>,
}

/// What is wrong with the input (nothing is converted then).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputProblem {
    /// Nothing typed.
    Empty,
    /// More lines than [`MAX_LINES`].
    TooManyLines {
        /// How many.
        found: usize,
    },
}

/// The page's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConverterState {
    /// One address or many.
    pub mode: Mode,
    /// One address: the old commune.
    pub commune: String,
    /// One address: the old district.
    pub district: String,
    /// One address: the province (old or new name).
    pub province: String,
    /// One address: the whole address on one line.
    pub line: String,
    /// Many: the pasted text.
    pub pasted: String,
    /// The conversion data.
    pub data: DataStatus,
    /// A conversion is waiting for the data.
    pub pending: bool,
    /// The last results (kept until the next conversion or Clear).
    pub rows: Vec<Row>,
    /// Why the last request converted nothing.
    pub problem: Option<InputProblem>,
}

/// What the user (or the loader) did.
#[derive(Clone, Debug)]
pub enum Action {
    /// Switch between one address and a list.
    SetMode(Mode),
    /// Typing in a field.
    EditCommune(String),
    /// Typing in a field.
    EditDistrict(String),
    /// Typing in a field.
    EditProvince(String),
    /// Typing in a field.
    EditLine(String),
    /// Typing or pasting in the list.
    EditPasted(String),
    /// "Đổi địa chỉ": converts now if the data is here or cannot be had, else waits for it.
    Convert,
    /// The loader started.
    DataLoading,
    /// The loader finished.
    DataReady(&'static OldUnits),
    /// The loader failed.
    DataFailed(LoadFailure),
    /// Empties the inputs and results (the data stays loaded).
    Clear,
}

impl ConverterState {
    /// Whether the page should start fetching the data (a conversion waits for it and no
    /// fetch is running).
    pub fn needs_data(&self) -> bool {
        self.pending && matches!(self.data, DataStatus::NotLoaded)
    }

    /// The reducer.
    pub fn reduce(mut self, action: Action) -> ConverterState {
        match action {
            Action::SetMode(mode) => {
                self.mode = mode;
                self.problem = None;
            }
            Action::EditCommune(text) => self.commune = text,
            Action::EditDistrict(text) => self.district = text,
            Action::EditProvince(text) => self.province = text,
            Action::EditLine(text) => self.line = text,
            Action::EditPasted(text) => self.pasted = text,
            Action::Convert => {
                self.problem = self.input_problem();
                if self.problem.is_some() {
                    self.pending = false;
                    self.rows.clear();
                    return self;
                }
                match self.data {
                    DataStatus::Ready(data) => {
                        self.rows = convert(&self, Some(data));
                        self.pending = false;
                    }
                    DataStatus::Failed(_) => {
                        self.rows = convert(&self, None);
                        self.pending = false;
                    }
                    DataStatus::NotLoaded | DataStatus::Loading => self.pending = true,
                }
            }
            Action::DataLoading => self.data = DataStatus::Loading,
            Action::DataReady(data) => {
                self.data = DataStatus::Ready(data);
                if self.pending {
                    self.rows = convert(&self, Some(data));
                    self.pending = false;
                }
            }
            Action::DataFailed(failure) => {
                self.data = DataStatus::Failed(failure);
                if self.pending {
                    self.rows = convert(&self, None);
                    self.pending = false;
                }
            }
            Action::Clear => {
                let data = self.data;
                let mode = self.mode;
                self = ConverterState {
                    data,
                    mode,
                    ..ConverterState::default()
                };
            }
        }
        self
    }

    /// The one address, as typed.
    pub fn one(&self) -> OneAddress<'_> {
        OneAddress {
            commune: &self.commune,
            district: &self.district,
            province: &self.province,
            line: &self.line,
        }
    }

    fn input_problem(&self) -> Option<InputProblem> {
        match self.mode {
            Mode::One => self.one().is_blank().then_some(InputProblem::Empty),
            Mode::Many => {
                let lines = data_lines(&self.pasted).count();
                if lines == 0 {
                    Some(InputProblem::Empty)
                } else if lines > MAX_LINES {
                    Some(InputProblem::TooManyLines { found: lines })
                } else {
                    None
                }
            }
        }
    }

    /// How many rows resolved to one commune, and how many are splits to choose.
    pub fn counts(&self) -> (usize, usize) {
        let resolved = self
            .rows
            .iter()
            .filter(|r| r.outcome.commune().is_some())
            .count();
        let splits = self
            .rows
            .iter()
            .filter(|r| matches!(r.outcome, Outcome::Split { .. }))
            .count();
        (resolved, splits)
    }
}

/// Non-blank lines of a pasted list, without a header row ("Địa chỉ", "Xã/Phường", …).
fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut first = true;
    text.lines().filter(move |line| {
        if line.trim().is_empty() {
            return false;
        }
        let header = first && is_header(line);
        first = false;
        !header
    })
}

/// Whether a first line is a column header rather than an address.
fn is_header(line: &str) -> bool {
    const HEADERS: [&str; 9] = [
        "dia chi",
        "dia chi tru so",
        "dia chi cu",
        "xa phuong",
        "phuong xa",
        "xa",
        "address",
        "old address",
        "noi thuong tru",
    ];
    line.split('\t').all(|cell| {
        let key = units::search_key(cell);
        key.is_empty()
            || HEADERS.contains(&key.as_str())
            || key.starts_with("quan huyen")
            || key.starts_with("tinh")
    })
}

/// Resolves what the state holds: the one address, or every line of the list (a line with tabs
/// is cells: commune, district, province — or one cell, an address).
pub fn convert(state: &ConverterState, data: Option<&OldUnits>) -> Vec<Row> {
    if state.mode == Mode::One {
        let one = state.one();
        let (outcome, street) = resolve_one(one, data);
        return vec![Row {
            input: one.joined(),
            outcome,
            street,
        }];
    }
    // One resolver for the whole list: it remembers the readings of repeated texts.
    let mut resolver = Resolver::new(data, None);
    data_lines(&state.pasted)
        .take(MAX_LINES)
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            let some = |i: usize| cells.get(i).copied().filter(|c| !c.is_empty());
            let input = cells
                .iter()
                .filter(|c| !c.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            let address = if cells.len() >= 3 {
                AddressCells {
                    commune: some(0),
                    district: some(1),
                    province: some(2),
                    address: some(3),
                }
            } else {
                AddressCells::address(line.trim())
            };
            let resolved = resolver.resolve(address);
            Row {
                input,
                outcome: resolved.outcome,
                street: resolved.street.map(str::to_owned),
            }
        })
        .collect()
}

/// The results as CSV (the export) or as tab-separated text (the copy), in `lang`.
pub fn export(rows: &[Row], data: Option<&OldUnits>, lang: Lang, tabs: bool) -> String {
    let source = t::source_note(lang);
    let header = t::export_header(lang).map(str::to_owned);
    let lines = std::iter::once(header.to_vec()).chain(rows.iter().map(|row| {
        let commune = row.outcome.commune();
        vec![
            row.input.clone(),
            row.street.clone().unwrap_or_default(),
            commune.map(|c| c.to_string()).unwrap_or_default(),
            commune
                .and_then(units::commune)
                .map_or_else(String::new, |c| c.full_name.to_owned()),
            commune.map_or_else(String::new, |c| t::new_province_name(c).to_owned()),
            t::how_label(&row.outcome, lang).to_owned(),
            t::outcome_sentence(&row.outcome, data, row.street.as_deref(), lang),
            if row.outcome.is_old_address() {
                source.clone()
            } else {
                String::new()
            },
        ]
    }));
    if tabs {
        lines
            .map(|cells| {
                cells
                    .iter()
                    .map(|c| c.replace(['\t', '\n', '\r'], " "))
                    .collect::<Vec<_>>()
                    .join("\t")
            })
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        delimited::write_csv(lines, CsvOptions::EXCEL)
    }
}
