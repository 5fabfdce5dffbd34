//! Step 2: what was read (file, encoding, delimiter), the first rows, and which file column
//! holds what — pre-filled from the headers, highlighted where unsure, remembered per header.

use std::rc::Rc;

use yew::prelude::*;

use super::{column_select_id, read_notes, source_line};
use crate::catalogue::{bulk as t, data_files, files as file_text, units as units_text};
use crate::forms::bulk::{Loaded, Setup, SetupChange as Change};
use crate::rules::bulk::Column;
use crate::rules::delimited::{Confidence, Delimiter, Reader};
use crate::rules::units::ProvinceCode;
use crate::ui::shell::{use_lang, use_shell};
use crate::ui::widgets::{ChoiceOption, FieldMessages, Select, province_options};

#[derive(Properties, PartialEq)]
pub struct MappingProps {
    pub loaded: Rc<Loaded>,
    pub setup: Setup,
    pub on_change: Callback<Change>,
    pub on_start: Callback<()>,
    /// (field id, message) of errors to show next to the selects.
    pub errors: Vec<(String, AttrValue)>,
    /// Show the step open (otherwise folded in a `<details>` under the results).
    pub open: bool,
    /// A check already ran with this list.
    pub checked: bool,
}

/// Rows shown in the preview.
const PREVIEW_ROWS: usize = 5;
/// Columns shown in the preview (wider files scroll, and are cut here).
const PREVIEW_COLUMNS: usize = 20;
/// Characters of a cell shown in the preview.
const PREVIEW_CELL_CHARS: usize = 40;

fn short(cell: &str) -> String {
    let mut out: String = cell.chars().take(PREVIEW_CELL_CHARS).collect();
    if cell.chars().nth(PREVIEW_CELL_CHARS).is_some() {
        out.push('…');
    }
    out
}

fn confidence_of(setup: &Setup, column: Column) -> Confidence {
    let chosen = setup.columns.get(column);
    let matched = setup
        .prepared
        .mapping
        .columns
        .iter()
        .find(|m| m.key == column.key());
    match matched {
        Some(m) if m.column == chosen && chosen.is_some() => m.confidence,
        // Chosen by the user (or remembered): their choice stands.
        _ if chosen.is_some() => Confidence::Exact,
        _ => Confidence::Missing,
    }
}

fn delimiter_value(delimiter: Delimiter) -> &'static str {
    match delimiter {
        Delimiter::Comma => "comma",
        Delimiter::Semicolon => "semicolon",
        Delimiter::Tab => "tab",
        Delimiter::Pipe => "pipe",
    }
}

#[component]
pub fn MappingStep(props: &MappingProps) -> Html {
    let lang = use_lang();
    let setup = &props.setup;
    let loaded = &props.loaded;
    let header = &setup.prepared.header;

    let source = source_line(loaded, lang);
    let preview: Vec<Vec<String>> = Reader::new(&loaded.text, setup.delimiter)
        .filter(|r| !r.is_blank() && r.row > setup.prepared.header_row)
        .take(PREVIEW_ROWS)
        .map(|r| {
            r.fields
                .iter()
                .take(PREVIEW_COLUMNS)
                .map(|f| short(f))
                .collect()
        })
        .collect();

    let delimiter_options: Vec<ChoiceOption> = Delimiter::ALL
        .iter()
        .map(|&d| ChoiceOption::new(delimiter_value(d), data_files::delimiter_name(d).get(lang)))
        .collect();
    let on_delimiter = {
        let on_change = props.on_change.clone();
        Callback::from(move |value: Option<AttrValue>| {
            if let Some(d) = Delimiter::ALL
                .into_iter()
                .find(|&d| value.as_deref() == Some(delimiter_value(d)))
            {
                on_change.emit(Change::Delimiter(d));
            }
        })
    };
    let delimiter_messages = FieldMessages {
        warnings: if setup.delimiter_confident {
            Vec::new()
        } else {
            vec![data_files::DELIMITER_UNSURE.get(lang).into()]
        },
        ..FieldMessages::default()
    };

    let column_options: Vec<ChoiceOption> = header
        .iter()
        .enumerate()
        .map(|(i, h)| ChoiceOption::new(i.to_string(), t::file_column(i, &short(h), lang)))
        .collect();
    let selects = Column::ALL.iter().map(|&column| {
        let id = column_select_id(column);
        let onchange = {
            let on_change = props.on_change.clone();
            Callback::from(move |value: Option<AttrValue>| {
                let index = value.and_then(|v| v.parse::<usize>().ok());
                on_change.emit(Change::Column(column, index));
            })
        };
        let confidence = confidence_of(setup, column);
        let error = props
            .errors
            .iter()
            .find(|(field, _)| *field == id)
            .map(|(_, message)| message.clone());
        let warnings = match confidence {
            Confidence::Unsure => vec![data_files::confidence_label(Confidence::Unsure).get(lang).into()],
            Confidence::Missing if column == Column::TaxCode => {
                vec![data_files::confidence_label(Confidence::Missing).get(lang).into()]
            }
            _ => Vec::new(),
        };
        let unsure = matches!(confidence, Confidence::Unsure);
        html! {
            <div class={classes!("bulk-mapping__column", unsure.then_some("bulk-mapping__column--unsure"))}>
                <Select
                    id={id.clone()}
                    label={t::column_label(column).get(lang)}
                    placeholder={t::NO_COLUMN.get(lang)}
                    options={column_options.clone()}
                    selected={setup.columns.get(column).map(|i| AttrValue::from(i.to_string()))}
                    {onchange}
                    messages={FieldMessages { error, warnings, notes: Vec::new() }}
                />
            </div>
        }
    });

    let province_options = province_options(use_shell().today);
    let on_province = {
        let on_change = props.on_change.clone();
        Callback::from(move |value: Option<AttrValue>| {
            let province = value.and_then(|v| ProvinceCode::parse(&v).ok());
            on_change.emit(Change::Province(province));
        })
    };
    let onsubmit = {
        let on_start = props.on_start.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_start.emit(());
        })
    };
    let start_label = if props.checked {
        t::CHECK_AGAIN
    } else {
        t::START_CHECK
    };

    let body = html! {
        <>
            <p>
                { source }{" · "}
                { match (&loaded.notes.sheet, loaded.notes.code_page) {
                    (Some(sheet), _) => format!("{}: {}", file_text::FORMAT_LABEL.get(lang), file_text::format_name(sheet.format)),
                    (None, Some(code_page)) => format!("{}: {}", t::ENCODING_LABEL.get(lang), file_text::code_page_name(code_page)),
                    (None, None) => format!("{}: {}", t::ENCODING_LABEL.get(lang), data_files::encoding_name(loaded.encoding).get(lang)),
                } }
            </p>
            { read_notes(&loaded.notes, lang) }
            if setup.remembered {
                <p class="info-message">{ t::MAPPING_REMEMBERED.get(lang) }</p>
            }
            <form class="bulk-mapping" {onsubmit} novalidate=true>
                <Select
                    id="bulk-delimiter"
                    label={data_files::DELIMITER_LABEL.get(lang)}
                    placeholder={data_files::DELIMITER_LABEL.get(lang)}
                    options={delimiter_options}
                    selected={Some(AttrValue::from(delimiter_value(setup.delimiter)))}
                    onchange={on_delimiter}
                    messages={delimiter_messages}
                />
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="bulk-preview-caption">
                    <table class="bulk-preview">
                        <caption id="bulk-preview-caption">{ t::PREVIEW_CAPTION.get(lang) }</caption>
                        <thead>
                            <tr>
                                { for header.iter().take(PREVIEW_COLUMNS).enumerate().map(|(i, h)| html! {
                                    <th scope="col">{ t::file_column(i, &short(h), lang) }</th>
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for preview.iter().map(|row| html! {
                                <tr>{ for row.iter().map(|cell| html! { <td>{ cell }</td> }) }</tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <fieldset class="bulk-mapping__columns">
                    <legend>{ t::MAPPING_LEGEND.get(lang) }</legend>
                    <p class="hint">{ t::MAPPING_HINT.get(lang) }</p>
                    { for selects }
                </fieldset>
                <Select
                    id="bulk-province"
                    label={t::PROVINCE_LABEL.get(lang)}
                    hint={Some(AttrValue::from(t::PROVINCE_HINT.get(lang)))}
                    placeholder={t::ALL_PROVINCES.get(lang)}
                    options={province_options}
                    selected={setup.province.map(|p| AttrValue::from(p.to_string()))}
                    onchange={on_province}
                />
                <p class="hint">{ units_text::data_date_label(lang) }</p>
                <div class="button-group">
                    <button type="submit" class="button">{ start_label.get(lang) }</button>
                </div>
            </form>
        </>
    };
    html! {
        <section class="bulk-step no-print" aria-labelledby="bulk-columns-title">
            <h2 id="bulk-columns-title">{ t::STEP_COLUMNS.get(lang) }</h2>
            if props.open {
                { body }
            } else {
                <details>
                    <summary>{ t::CHANGE_MAPPING.get(lang) }</summary>
                    { body }
                </details>
            }
        </section>
    }
}
