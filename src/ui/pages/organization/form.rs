//! The questions. Which are shown is `OrgAnswers::asks`; conditional questions appear right under
//! the answer that opens them. Errors show for the fields flagged at the last submit (re-checked
//! as the user fixes them); read-backs ("Đã đọc: …") show as soon as a value reads; warnings after
//! the first submit.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::{Lang, Localized, Text, organization as t};
use crate::rules::org_readiness::{
    Assessment, Field, FieldProblem, Level2Status, OperatingStatus, OrgKind, RegistrantRole, YesNo,
    YesNoUnsure,
};
use crate::rules::personal_id::Sex;
use crate::rules::units::{CommuneCode, ProvinceCode};
use crate::ui::shell::use_shell;
use crate::ui::widgets::{ChoiceOption, CommunePicker, FieldMessages, Radios, TextField};

use super::old_address::OldAddressLookup;
use super::{OFFICE_PICKER_ID, StartAgain, field_id};
use crate::forms::organization::{Action, OrgState};

const YES_NO: [YesNo; 2] = [YesNo::Yes, YesNo::No];
const YES_NO_UNSURE: [YesNoUnsure; 3] = [YesNoUnsure::Yes, YesNoUnsure::No, YesNoUnsure::NotSure];
const ROLES: [RegistrantRole; 2] = [
    RegistrantRole::LegalRepresentative,
    RegistrantRole::AuthorisedPerson,
];
const SEXES: [Sex; 2] = [Sex::Male, Sex::Female];

#[derive(Properties, PartialEq)]
pub struct FormViewProps {
    pub state: UseReducerHandle<OrgState>,
    pub assessment: Rc<Assessment>,
}

/// What every field needs to render.
struct Ctx {
    lang: Lang,
    state: UseReducerHandle<OrgState>,
    assessment: Rc<Assessment>,
}

impl Ctx {
    fn messages(&self, field: Field) -> FieldMessages {
        let v = &self.assessment.validated;
        let sentence = |problem: &crate::rules::org_readiness::Problem| -> AttrValue {
            FieldProblem {
                field,
                problem: problem.clone(),
            }
            .localize(self.lang)
            .into()
        };
        let error = if self.state.flagged.contains(&field) {
            v.error_for(field).map(sentence)
        } else {
            None
        };
        let warnings = if self.state.attempt > 0 {
            v.warnings_for(field).map(sentence).collect()
        } else {
            Vec::new()
        };
        FieldMessages {
            error,
            warnings,
            notes: v
                .notes_for(field)
                .map(|n| n.localize(self.lang).into())
                .collect(),
        }
    }

    fn text(&self, field: Field, value: &str, input: InputKind) -> Html {
        let oninput = {
            let state = self.state.clone();
            Callback::from(move |value: String| state.dispatch(Action::Text(field, value)))
        };
        let (input_type, autocomplete, inputmode, width) = input.attributes();
        html! {
            <TextField
                id={field_id(field)}
                label={t::label(field).get(self.lang)}
                hint={t::hint(field).map(|h| AttrValue::from(h.get(self.lang)))}
                value={value.to_owned()}
                {oninput}
                messages={self.messages(field)}
                input_type={input_type}
                autocomplete={autocomplete}
                inputmode={inputmode}
                width={width}
                spellcheck={(!input.is_prose()).then_some(false)}
            />
        }
    }

    /// A radio group whose values are indexes into `all`.
    fn radios<T: Copy + PartialEq + 'static>(
        &self,
        field: Field,
        all: &'static [T],
        current: Option<T>,
        label: impl Fn(T) -> Text,
        hint: Option<fn(T) -> Text>,
        action: fn(T) -> Action,
    ) -> Html {
        let options = all
            .iter()
            .enumerate()
            .map(|(i, &value)| {
                let option = ChoiceOption::new(i.to_string(), label(value).get(self.lang));
                match hint {
                    Some(hint) => option.with_hint(hint(value).get(self.lang)),
                    None => option,
                }
            })
            .collect::<Vec<_>>();
        let selected = current
            .and_then(|c| all.iter().position(|&v| v == c))
            .map(|i| AttrValue::from(i.to_string()));
        let onchange = {
            let state = self.state.clone();
            Callback::from(move |value: AttrValue| {
                if let Some(&choice) = value.parse::<usize>().ok().and_then(|i| all.get(i)) {
                    state.dispatch(action(choice));
                }
            })
        };
        html! {
            <Radios
                id={field_id(field)}
                legend={t::label(field).get(self.lang)}
                hint={t::hint(field).map(|h| AttrValue::from(h.get(self.lang)))}
                {options}
                {selected}
                {onchange}
                messages={self.messages(field)}
                inline={all.len() <= 3 && hint.is_none()}
            />
        }
    }
}

/// How a text input behaves on phones.
#[derive(Clone, Copy, PartialEq)]
enum InputKind {
    OrgName,
    Other,
    Digits,
    Date,
    BirthDate,
    PersonName,
    Tel,
    Email,
    Street,
}

impl InputKind {
    /// (type, autocomplete, inputmode, width class)
    fn attributes(
        self,
    ) -> (
        &'static str,
        Option<AttrValue>,
        Option<AttrValue>,
        Option<AttrValue>,
    ) {
        let s = |v: &'static str| Some(AttrValue::Static(v));
        match self {
            InputKind::OrgName => ("text", s("organization"), None, None),
            InputKind::Other => ("text", s("off"), None, None),
            InputKind::Digits => ("text", s("off"), s("numeric"), s("input--medium")),
            InputKind::Date => ("text", s("off"), None, s("input--medium")),
            InputKind::BirthDate => ("text", s("bday"), None, s("input--medium")),
            InputKind::PersonName => ("text", s("name"), None, None),
            InputKind::Tel => ("tel", s("tel"), s("tel"), s("input--medium")),
            InputKind::Email => ("email", s("email"), s("email"), None),
            InputKind::Street => ("text", s("off"), None, None),
        }
    }

    /// Names and addresses are prose a spell-checker may help with; codes are not.
    fn is_prose(self) -> bool {
        matches!(
            self,
            InputKind::OrgName | InputKind::Other | InputKind::PersonName | InputKind::Street
        )
    }
}

#[component]
pub fn FormView(props: &FormViewProps) -> Html {
    let shell = use_shell();
    let cx = Ctx {
        lang: shell.lang,
        state: props.state.clone(),
        assessment: props.assessment.clone(),
    };
    let lang = cx.lang;
    let a = &props.state.answers;
    let onsubmit = {
        let state = props.state.clone();
        let today = shell.today;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            state.dispatch(Action::Submit(today));
        })
    };
    let on_province = {
        let state = props.state.clone();
        Callback::from(move |code: Option<ProvinceCode>| state.dispatch(Action::Province(code)))
    };
    let on_commune = {
        let state = props.state.clone();
        Callback::from(move |code: Option<CommuneCode>| state.dispatch(Action::Commune(code)))
    };
    let section = |id: &'static str, title: Text, body: Html| {
        html! {
            <section class="form-section" aria-labelledby={id}>
                <h2 {id}>{ title.get(lang) }</h2>
                { body }
            </section>
        }
    };

    let kind_question = cx.radios(
        Field::Kind,
        &OrgKind::ALL,
        a.kind,
        t::kind_label,
        Some(t::kind_hint),
        Action::Kind,
    );
    let status_question = a.asks(Field::Status).then(|| {
        cx.radios(
            Field::Status,
            &OperatingStatus::ALL,
            a.status,
            t::status_label,
            None,
            Action::Status,
        )
    });

    let rest = (!a.is_household_business()).then(|| {
        html! {
            <>
                { section("org-section-details", t::SECTION_DETAILS, html! {
                    <>
                        { cx.text(Field::Name, &a.name, InputKind::OrgName) }
                        { cx.text(Field::ShortName, &a.short_name, InputKind::Other) }
                        { cx.text(Field::ForeignName, &a.foreign_name, InputKind::Other) }
                        if a.asks(Field::TaxCode) {
                            { cx.text(Field::TaxCode, &a.tax_code, InputKind::Digits) }
                        }
                        { cx.text(Field::Established, &a.established, InputKind::Date) }
                    </>
                }) }
                { section("org-section-office", t::SECTION_HEAD_OFFICE, html! {
                    <>
                        <CommunePicker
                            id={OFFICE_PICKER_ID}
                            province={ProvinceCode::parse(&a.province).ok()}
                            commune={CommuneCode::parse(&a.commune).ok()}
                            {on_province}
                            {on_commune}
                            province_messages={cx.messages(Field::Province)}
                            commune_messages={cx.messages(Field::Commune)}
                        />
                        <OldAddressLookup state={props.state.clone()} />
                        { cx.text(Field::Street, &a.street, InputKind::Street) }
                    </>
                }) }
                { section("org-section-registrant", t::SECTION_REGISTRANT, html! {
                    <>
                        { cx.radios(Field::Role, &ROLES, a.role, t::role_label, None, Action::Role) }
                        if a.asks(Field::HasAuthorisation) {
                            <div class="conditional">
                                { cx.radios(Field::HasAuthorisation, &YES_NO, a.has_authorisation,
                                    |x| t::yes_no_label(Field::HasAuthorisation, x), None,
                                    |x| Action::YesNo(Field::HasAuthorisation, x)) }
                            </div>
                        }
                        { cx.text(Field::PersonName, &a.person_name, InputKind::PersonName) }
                        { cx.text(Field::PersonId, &a.person_id, InputKind::Digits) }
                        { cx.text(Field::PersonBirth, &a.person_birth, InputKind::BirthDate) }
                        { cx.radios(Field::PersonSex, &SEXES, a.person_sex, t::sex_label, None, Action::Sex) }
                        { cx.radios(Field::CoRepresentatives, &YES_NO_UNSURE, a.co_representatives,
                            |x| t::yes_no_unsure_label(Field::CoRepresentatives, x), None,
                            |x| Action::YesNoUnsure(Field::CoRepresentatives, x)) }
                        if a.asks(Field::CoRepresentativesConsent) {
                            <div class="conditional">
                                { cx.radios(Field::CoRepresentativesConsent, &YES_NO, a.co_representatives_consent,
                                    |x| t::yes_no_label(Field::CoRepresentativesConsent, x), None,
                                    |x| Action::YesNo(Field::CoRepresentativesConsent, x)) }
                            </div>
                        }
                    </>
                }) }
                { section("org-section-account", t::SECTION_ACCOUNT, html! {
                    <>
                        { cx.radios(Field::Level2, &Level2Status::ALL, a.level2, t::level2_label, None, Action::Level2) }
                        { cx.radios(Field::Smartphone, &YES_NO, a.smartphone,
                            |x| t::yes_no_label(Field::Smartphone, x), None,
                            |x| Action::YesNo(Field::Smartphone, x)) }
                        { cx.radios(Field::OwnSim, &YES_NO_UNSURE, a.own_sim,
                            |x| t::yes_no_unsure_label(Field::OwnSim, x), None,
                            |x| Action::YesNoUnsure(Field::OwnSim, x)) }
                    </>
                }) }
                { section("org-section-contact", t::SECTION_CONTACT, html! {
                    <>
                        { cx.text(Field::Phone, &a.phone, InputKind::Tel) }
                        { cx.text(Field::Email, &a.email, InputKind::Email) }
                    </>
                }) }
                { section("org-section-database", t::SECTION_DATABASE, html! {
                    { cx.radios(Field::InNationalDatabase, &YES_NO_UNSURE, a.in_national_database,
                        |x| t::yes_no_unsure_label(Field::InNationalDatabase, x), None,
                        |x| Action::YesNoUnsure(Field::InNationalDatabase, x)) }
                }) }
            </>
        }
    });

    html! {
        <form class="org-form" novalidate=true {onsubmit}>
            { section("org-section-organization", t::SECTION_ORGANIZATION, html! {
                <>
                    { kind_question }
                    { status_question.unwrap_or_default() }
                </>
            }) }
            { rest.unwrap_or_default() }
            <div class="button-group">
                <button type="submit" class="button">{ t::SUBMIT.get(lang) }</button>
            </div>
            <StartAgain state={props.state.clone()} />
        </form>
    }
}
