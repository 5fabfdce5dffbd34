//! Texts of the organization readiness check (`crate::rules::org_readiness`): the questions, the
//! messages under each answer, the verdicts, reasons with their rules, the checklist, processing
//! times, reminders, the "check your answers" rows and the plain-text summary.
//!
//! Wording per docs/writing.md: a sentence first, say what to do, plain words; cite the rule.

use chrono::NaiveDate;

use super::{Lang, Localized, Registry, Text, texts};
use crate::rules::org_readiness::{
    ChecklistItem, Estimate, Field, FieldProblem, Finding, Level2Status, Level2Step, Note,
    OperatingStatus, OrgKind, Problem, Processing, ProcessingBasis, Readiness, Reason,
    RegistrantRole, Reminder, RuleSource, TimeLimit, ValidAnswers, Verdict, YesNo, YesNoUnsure,
};
use crate::rules::personal_id::{BirthPlace, Sex};
use crate::rules::tax_code::{TaxCode, TaxCodeKind};
use crate::rules::units;

// ------------------------------------------------------------------------------ page

texts! { form_texts:
    /// Under the page title.
    pub const INTRO: Text = Text {
        vi: "Trả lời các câu hỏi dưới đây để biết tổ chức của bạn đã sẵn sàng đăng ký tài khoản định \
             danh điện tử chưa, đăng ký theo cách nào và cần chuẩn bị gì. Mất khoảng 5 phút.",
        en: "Answer the questions below to find out whether your organization is ready to register \
             its e-ID account, which way to register and what to prepare. It takes about 5 minutes.",
    };

    /// Where the answers are kept.
    pub const PRIVACY_NOTE: Text = Text {
        vi: "Câu trả lời chỉ được lưu trong trình duyệt trên máy này, không gửi đi đâu.",
        en: "Your answers are kept only in this browser on this device; nothing is sent anywhere.",
    };

    pub const SECTION_ORGANIZATION: Text = Text {
        vi: "Tổ chức của bạn",
        en: "Your organization",
    };
    pub const SECTION_DETAILS: Text = Text {
        vi: "Thông tin tổ chức",
        en: "Organization details",
    };
    pub const SECTION_HEAD_OFFICE: Text = Text {
        vi: "Trụ sở chính",
        en: "Head office",
    };
    pub const SECTION_REGISTRANT: Text = Text {
        vi: "Người đăng ký",
        en: "Who registers",
    };
    pub const SECTION_ACCOUNT: Text = Text {
        vi: "Tài khoản định danh và điện thoại của người đăng ký",
        en: "The registrant's e-ID account and phone",
    };
    pub const SECTION_CONTACT: Text = Text {
        vi: "Nhận kết quả",
        en: "Where the result goes",
    };
    pub const SECTION_DATABASE: Text = Text {
        vi: "Dữ liệu của tổ chức",
        en: "The organization's data",
    };

    /// The submit button (never disabled; validates on press).
    pub const SUBMIT: Text = Text {
        vi: "Xem kết quả",
        en: "See the result",
    };

    /// Back from the result to the form.
    pub const BACK_TO_FORM: Text = Text {
        vi: "Sửa câu trả lời",
        en: "Change your answers",
    };
}

// ------------------------------------------------------------------------------ questions

/// The question's label (legend for a group of radios).
pub fn label(field: Field) -> Text {
    match field {
        Field::Kind => Text {
            vi: "Tổ chức của bạn thuộc loại nào?",
            en: "What kind of organization is it?",
        },
        Field::Status => Text {
            vi: "Tình trạng hoạt động của tổ chức",
            en: "The organization's operating status",
        },
        Field::Name => Text {
            vi: "Tên tổ chức bằng tiếng Việt",
            en: "Name in Vietnamese",
        },
        Field::ShortName => Text {
            vi: "Tên viết tắt (không bắt buộc)",
            en: "Abbreviated name (optional)",
        },
        Field::ForeignName => Text {
            vi: "Tên bằng tiếng nước ngoài (không bắt buộc)",
            en: "Name in a foreign language (optional)",
        },
        Field::TaxCode => Text {
            vi: "Mã số thuế hoặc mã số doanh nghiệp",
            en: "Tax code or enterprise code",
        },
        Field::Established => Text {
            vi: "Ngày thành lập",
            en: "Date of establishment",
        },
        Field::Province => super::units::PROVINCE_LABEL,
        Field::Commune => super::units::COMMUNE_LABEL,
        Field::Street => Text {
            vi: "Số nhà, tên đường hoặc thôn, xóm",
            en: "House number and street, or hamlet",
        },
        Field::Role => Text {
            vi: "Ai sẽ đăng ký tài khoản cho tổ chức?",
            en: "Who will register the account?",
        },
        Field::HasAuthorisation => Text {
            vi: "Người này đã có văn bản ủy quyền của người đại diện theo pháp luật chưa?",
            en: "Does this person have a written authorisation from the legal representative?",
        },
        Field::PersonName => Text {
            vi: "Họ và tên người đăng ký",
            en: "Registrant's full name",
        },
        Field::PersonId => Text {
            vi: "Số định danh cá nhân của người đăng ký",
            en: "Registrant's personal ID number",
        },
        Field::PersonBirth => Text {
            vi: "Ngày sinh của người đăng ký",
            en: "Registrant's date of birth",
        },
        Field::PersonSex => Text {
            vi: "Giới tính của người đăng ký",
            en: "Registrant's sex",
        },
        Field::Level2 => Text {
            vi: "Người đăng ký đã có tài khoản định danh điện tử mức 2 của chính mình và đã kích \
                 hoạt chưa?",
            en: "Does the registrant have their own level-2 e-ID account, activated?",
        },
        Field::Smartphone => Text {
            vi: "Người đăng ký có điện thoại thông minh kết nối Internet không?",
            en: "Does the registrant have a smartphone with internet access?",
        },
        Field::OwnSim => Text {
            vi: "SIM điện thoại của người đăng ký có đứng tên chính người đó không (SIM chính chủ)?",
            en: "Is the registrant's SIM registered in their own name?",
        },
        Field::CoRepresentatives => Text {
            vi: "Tổ chức có người đại diện theo pháp luật nào khác không?",
            en: "Does the organization have any other legal representatives?",
        },
        Field::CoRepresentativesConsent => Text {
            vi: "Những người đại diện theo pháp luật khác đã đồng ý với việc đăng ký này chưa?",
            en: "Have the other legal representatives agreed to this registration?",
        },
        Field::Phone => Text {
            vi: "Số điện thoại di động nhận kết quả",
            en: "Mobile number for the result",
        },
        Field::Email => super::identifiers::EMAIL_LABEL,
        Field::InNationalDatabase => Text {
            vi: "Dữ liệu của tổ chức đã có trong Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp \
                 hoặc cơ sở dữ liệu của cơ quan thuế chưa?",
            en: "Is the organization's data in the national business registration database or \
                 the tax database?",
        },
    }
}

/// The hint under a question, if it has one.
pub fn hint(field: Field) -> Option<Text> {
    let text = match field {
        Field::Name => Text {
            vi: "Đúng như trên giấy chứng nhận đăng ký hoặc quyết định thành lập",
            en: "As on the registration certificate or the decision of establishment",
        },
        Field::TaxCode => Text {
            vi: "Mã số doanh nghiệp cũng là mã số thuế: 10 chữ số. Chi nhánh, văn phòng đại \
                 diện: 13 chữ số, ví dụ 0314409058-002",
            en: "The enterprise code is the tax code: 10 digits. Branches and representative \
                 offices: 13 digits, for example 0314409058-002",
        },
        Field::Established => Text {
            vi: "Ngày, tháng, năm; ví dụ 25/01/2015",
            en: "Day, month, year; for example 25/01/2015",
        },
        Field::Street => Text {
            vi: "Ví dụ: Số 1 Đinh Tiên Hoàng",
            en: "For example: Số 1 Đinh Tiên Hoàng",
        },
        Field::PersonName => Text {
            vi: "Như trên thẻ căn cước",
            en: "As on the căn cước card",
        },
        Field::PersonId => super::identifiers::PERSONAL_ID_HINT,
        Field::PersonBirth => Text {
            vi: "Ngày, tháng, năm; ví dụ 05/09/1985",
            en: "Day, month, year; for example 05/09/1985",
        },
        Field::PersonSex => Text {
            vi: "Chỉ dùng để đối chiếu với số định danh cá nhân",
            en: "Only used to cross-check the personal ID number",
        },
        Field::Level2 => Text {
            vi: "Tài khoản mức 2 do công an cấp sau khi đối chiếu khuôn mặt và vân tay; tài khoản \
                 của tổ chức được đăng ký bằng tài khoản mức 2 của chính người đăng ký",
            en: "A level-2 account is issued by the police after a face and fingerprint check; \
                 the organization's account is registered with the registrant's own level-2 \
                 account",
        },
        Field::OwnSim => Text {
            vi: "Sẵn Sàng không kiểm tra được điều này; nếu không chắc, hỏi nhà mạng",
            en: "Sẵn Sàng cannot check this; if unsure, ask the mobile network",
        },
        Field::CoRepresentatives => Text {
            vi: "Một số công ty có nhiều người đại diện theo pháp luật, ghi trong điều lệ và giấy \
                 chứng nhận đăng ký doanh nghiệp",
            en: "Some companies have several legal representatives, named in the charter and \
                 the registration certificate",
        },
        Field::Phone => super::identifiers::PHONE_HINT,
        Field::Email => super::identifiers::EMAIL_HINT,
        Field::InNationalDatabase => Text {
            vi: "Doanh nghiệp, hợp tác xã đã đăng ký và đơn vị có mã số thuế thường đã có. Nếu \
                 có, thời gian giải quyết ngắn hơn",
            en: "Registered enterprises and cooperatives and units with a tax code usually are. \
                 If so, processing is quicker",
        },
        _ => return None,
    };
    Some(text)
}

/// A choice of the "kind of organization" question.
pub fn kind_label(kind: OrgKind) -> Text {
    match kind {
        OrgKind::Enterprise => Text {
            vi: "Doanh nghiệp",
            en: "Enterprise",
        },
        OrgKind::Cooperative => Text {
            vi: "Hợp tác xã, liên hiệp hợp tác xã",
            en: "Cooperative or union of cooperatives",
        },
        OrgKind::AgencyWithTaxCode => Text {
            vi: "Cơ quan, tổ chức có mã số thuế nhưng không đăng ký kinh doanh",
            en: "Agency or organization with a tax code but no business registration",
        },
        OrgKind::OtherOrganization => Text {
            vi: "Tổ chức khác, không có đăng ký kinh doanh, đăng ký hợp tác xã hay mã số thuế",
            en: "Other organization, without business or cooperative registration or a tax code",
        },
        OrgKind::DependentUnit => Text {
            vi: "Chi nhánh, văn phòng đại diện có con dấu và mã số thuế riêng",
            en: "Branch or representative office with its own seal and tax code",
        },
        OrgKind::HouseholdBusiness => Text {
            vi: "Hộ kinh doanh",
            en: "Household business",
        },
    }
}

/// The hint under a choice of the "kind of organization" question.
pub fn kind_hint(kind: OrgKind) -> Text {
    match kind {
        OrgKind::Enterprise => Text {
            vi: "Công ty trách nhiệm hữu hạn, công ty cổ phần, công ty hợp danh, doanh nghiệp tư nhân",
            en: "Limited liability company, joint-stock company, partnership, private enterprise",
        },
        OrgKind::Cooperative => Text {
            vi: "Có giấy chứng nhận đăng ký hợp tác xã",
            en: "With a cooperative registration certificate",
        },
        OrgKind::AgencyWithTaxCode => Text {
            vi: "Cơ quan nhà nước, đơn vị sự nghiệp công lập, tổ chức chính trị - xã hội, hội, \
                 trường học",
            en: "State agencies, public service units, socio-political organizations, \
                 associations, schools",
        },
        OrgKind::OtherOrganization => Text {
            vi: "Ví dụ tổ chức tôn giáo",
            en: "For example a religious organization",
        },
        OrgKind::DependentUnit => Text {
            vi: "Đơn vị trực thuộc, mã số thuế 13 chữ số; đăng ký tài khoản riêng",
            en: "A dependent unit with a 13-digit tax code; registers its own account",
        },
        OrgKind::HouseholdBusiness => Text {
            vi: "Không phải là tổ chức; chủ hộ dùng tài khoản cá nhân",
            en: "Not an organization; the owner uses a personal account",
        },
    }
}

/// A choice of the operating status question.
pub fn status_label(status: OperatingStatus) -> Text {
    match status {
        OperatingStatus::Operating => Text {
            vi: "Đang hoạt động",
            en: "Operating",
        },
        OperatingStatus::Suspended => Text {
            vi: "Tạm ngừng kinh doanh, tạm ngừng hoạt động",
            en: "Temporarily suspended",
        },
        OperatingStatus::Dissolving => Text {
            vi: "Đang làm thủ tục giải thể",
            en: "Being dissolved",
        },
        OperatingStatus::RegisteredNotOperating => Text {
            vi: "Đã đăng ký nhưng không hoạt động",
            en: "Registered but not operating",
        },
    }
}

/// A choice of the "who registers" question.
pub fn role_label(role: RegistrantRole) -> Text {
    match role {
        RegistrantRole::LegalRepresentative => Text {
            vi: "Người đại diện theo pháp luật hoặc người đứng đầu tổ chức",
            en: "The legal representative or head of the organization",
        },
        RegistrantRole::AuthorisedPerson => Text {
            vi: "Người được người đại diện theo pháp luật ủy quyền",
            en: "A person authorised by the legal representative",
        },
    }
}

/// A choice of the level-2 account question.
pub fn level2_label(status: Level2Status) -> Text {
    match status {
        Level2Status::Activated => Text {
            vi: "Có, đã kích hoạt trên ứng dụng VNeID",
            en: "Yes, activated in the VNeID app",
        },
        Level2Status::ApprovedNotActivated => Text {
            vi: "Đã được duyệt nhưng chưa kích hoạt",
            en: "Approved but not yet activated",
        },
        Level2Status::NoAccount => Text {
            vi: "Chưa có (hoặc chỉ có tài khoản mức 1)",
            en: "No (or only a level-1 account)",
        },
        Level2Status::NotSure => Text {
            vi: "Không rõ",
            en: "Not sure",
        },
    }
}

/// The sex choices.
pub fn sex_label(sex: Sex) -> Text {
    match sex {
        Sex::Male => Text {
            vi: "Nam",
            en: "Male",
        },
        Sex::Female => Text {
            vi: "Nữ",
            en: "Female",
        },
    }
}

/// A yes/no choice, worded for its question.
pub fn yes_no_label(field: Field, answer: YesNo) -> Text {
    match (field, answer) {
        (Field::HasAuthorisation, YesNo::Yes) => Text {
            vi: "Đã có",
            en: "Yes",
        },
        (Field::HasAuthorisation, YesNo::No) => Text {
            vi: "Chưa có",
            en: "Not yet",
        },
        (Field::CoRepresentativesConsent, YesNo::Yes) => Text {
            vi: "Đã đồng ý",
            en: "Yes, they agreed",
        },
        (Field::CoRepresentativesConsent, YesNo::No) => Text {
            vi: "Chưa",
            en: "Not yet",
        },
        (_, YesNo::Yes) => Text {
            vi: "Có",
            en: "Yes",
        },
        (_, YesNo::No) => Text {
            vi: "Không",
            en: "No",
        },
    }
}

/// A yes/no/not-sure choice, worded for its question.
pub fn yes_no_unsure_label(field: Field, answer: YesNoUnsure) -> Text {
    match (field, answer) {
        (Field::InNationalDatabase, YesNoUnsure::No) => Text {
            vi: "Chưa có",
            en: "No",
        },
        (_, YesNoUnsure::Yes) => Text {
            vi: "Có",
            en: "Yes",
        },
        (_, YesNoUnsure::No) => Text {
            vi: "Không",
            en: "No",
        },
        (_, YesNoUnsure::NotSure) => Text {
            vi: "Không rõ",
            en: "Not sure",
        },
    }
}

// ------------------------------------------------------------------------------ messages

/// What to do about an unanswered question.
pub fn missing(field: Field) -> Text {
    match field {
        Field::Kind => Text {
            vi: "Chọn loại tổ chức",
            en: "Choose the kind of organization",
        },
        Field::Status => Text {
            vi: "Chọn tình trạng hoạt động của tổ chức",
            en: "Choose the organization's operating status",
        },
        Field::Name | Field::ShortName | Field::ForeignName => Text {
            vi: "Nhập tên tổ chức",
            en: "Enter the organization's name",
        },
        Field::TaxCode => Text {
            vi: "Nhập mã số thuế",
            en: "Enter the tax code",
        },
        Field::Established => Text {
            vi: "Nhập ngày thành lập, ví dụ 25/01/2015",
            en: "Enter the date of establishment, for example 25/01/2015",
        },
        Field::Province => Text {
            vi: "Chọn tỉnh, thành phố nơi có trụ sở chính",
            en: "Choose the province or city of the head office",
        },
        Field::Commune => Text {
            vi: "Chọn xã, phường, đặc khu nơi có trụ sở chính",
            en: "Choose the commune, ward or special zone of the head office",
        },
        Field::Street => Text {
            vi: "Nhập số nhà, tên đường hoặc thôn, xóm của trụ sở chính",
            en: "Enter the head office's house number and street, or hamlet",
        },
        Field::Role => Text {
            vi: "Chọn ai sẽ đăng ký tài khoản",
            en: "Choose who will register the account",
        },
        Field::HasAuthorisation => Text {
            vi: "Cho biết người này đã có văn bản ủy quyền chưa",
            en: "Say whether this person has a written authorisation",
        },
        Field::PersonName => Text {
            vi: "Nhập họ và tên người đăng ký",
            en: "Enter the registrant's full name",
        },
        Field::PersonId => Text {
            vi: "Nhập số định danh cá nhân của người đăng ký",
            en: "Enter the registrant's personal ID number",
        },
        Field::PersonBirth => Text {
            vi: "Nhập ngày sinh của người đăng ký, ví dụ 05/09/1985",
            en: "Enter the registrant's date of birth, for example 05/09/1985",
        },
        Field::PersonSex => Text {
            vi: "Chọn giới tính của người đăng ký",
            en: "Choose the registrant's sex",
        },
        Field::Level2 => Text {
            vi: "Cho biết người đăng ký đã có tài khoản định danh điện tử mức 2 chưa",
            en: "Say whether the registrant has a level-2 e-ID account",
        },
        Field::Smartphone => Text {
            vi: "Cho biết người đăng ký có điện thoại thông minh kết nối Internet không",
            en: "Say whether the registrant has a smartphone with internet access",
        },
        Field::OwnSim => Text {
            vi: "Cho biết SIM có đứng tên người đăng ký không",
            en: "Say whether the SIM is in the registrant's own name",
        },
        Field::CoRepresentatives => Text {
            vi: "Cho biết tổ chức có người đại diện theo pháp luật khác không",
            en: "Say whether the organization has other legal representatives",
        },
        Field::CoRepresentativesConsent => Text {
            vi: "Cho biết những người đại diện theo pháp luật khác đã đồng ý chưa",
            en: "Say whether the other legal representatives have agreed",
        },
        Field::Phone => Text {
            vi: "Nhập số điện thoại di động nhận kết quả",
            en: "Enter the mobile number for the result",
        },
        Field::Email => Text {
            vi: "Nhập email nhận kết quả",
            en: "Enter the email for the result",
        },
        Field::InNationalDatabase => Text {
            vi: "Cho biết dữ liệu của tổ chức đã có trong cơ sở dữ liệu quốc gia chưa; chọn \
                 “Không rõ” nếu không chắc",
            en: "Say whether the organization's data is in a national database; choose \
                 “Not sure” if you don't know",
        },
    }
}

/// The group a tax code was typed for, as a noun: Vietnamese, and English without its article.
fn group_noun(kind: OrgKind) -> Text {
    match kind {
        OrgKind::Enterprise => Text {
            vi: "doanh nghiệp",
            en: "enterprise",
        },
        OrgKind::Cooperative => Text {
            vi: "hợp tác xã",
            en: "cooperative",
        },
        OrgKind::AgencyWithTaxCode | OrgKind::OtherOrganization => Text {
            vi: "cơ quan, tổ chức",
            en: "agency or organization",
        },
        OrgKind::DependentUnit => Text {
            vi: "đơn vị trực thuộc",
            en: "dependent unit",
        },
        OrgKind::HouseholdBusiness => Text {
            vi: "hộ kinh doanh",
            en: "household business",
        },
    }
}

/// What a tax code of another sort means for the chosen group, at the field (docs/rules.md
/// §2.1: 10 digits for groups 1–3, 13 for a dependent unit, 12 for a person).
fn tax_code_not_for_group(kind: OrgKind, code: TaxCode, lang: Lang) -> String {
    let noun = group_noun(kind).get(lang);
    let household = kind_label(OrgKind::HouseholdBusiness).get(lang);
    let dependent = kind_label(OrgKind::DependentUnit).get(lang);
    match (code.kind(), code.parent()) {
        (TaxCodeKind::PersonalId, _) if kind == OrgKind::DependentUnit => match lang {
            Lang::Vi => format!(
                "Mã 12 chữ số {code} là số định danh cá nhân, dùng làm mã số thuế của cá nhân, hộ \
                 kinh doanh. Mã số thuế của đơn vị trực thuộc gồm 13 chữ số: 10 chữ số của đơn vị \
                 chủ quản và 3 số của đơn vị (ví dụ 0314409058-002)"
            ),
            Lang::En => format!(
                "{code} has 12 digits: it is a personal ID number, the tax code of an individual \
                 or a household business. A dependent unit's tax code has 13 digits: the parent's \
                 10 digits and the unit's 3 (for example 0314409058-002)"
            ),
        },
        (TaxCodeKind::PersonalId, _) => match lang {
            Lang::Vi => format!(
                "Mã 12 chữ số {code} là số định danh cá nhân, dùng làm mã số thuế của cá nhân, hộ \
                 kinh doanh. Mã số thuế của {noun} gồm 10 chữ số: nhập mã đó, hoặc chọn \
                 “{household}” nếu bạn đăng ký cho hộ kinh doanh"
            ),
            Lang::En => format!(
                "{code} has 12 digits: it is a personal ID number, the tax code of an individual \
                 or a household business. The {noun}'s tax code has 10 digits: enter it, or \
                 choose “{household}” if you are registering one"
            ),
        },
        (TaxCodeKind::DependentUnit, Some(parent)) => match lang {
            Lang::Vi => format!(
                "Mã 13 chữ số {code} là mã của một đơn vị trực thuộc (chi nhánh, văn phòng đại \
                 diện) của {parent}. Nếu bạn đăng ký cho đơn vị đó, chọn “{dependent}”; nếu cho \
                 chính {noun}, nhập mã 10 chữ số {parent}"
            ),
            Lang::En => format!(
                "{code} has 13 digits: it is the code of a dependent unit (branch or \
                 representative office) of {parent}. If you are registering that unit, choose \
                 “{dependent}”; if the {noun} itself, enter its 10-digit code {parent}"
            ),
        },
        _ => match lang {
            Lang::Vi => format!(
                "Mã số thuế 10 chữ số {code} không phải mã của đơn vị trực thuộc: mã của đơn vị \
                 trực thuộc gồm 13 chữ số, là 10 chữ số của đơn vị chủ quản và 3 số của đơn vị \
                 (ví dụ 0314409058-002). Nhập mã 13 chữ số của đơn vị, hoặc chọn nhóm khác nếu \
                 đây là mã của chính tổ chức"
            ),
            Lang::En => format!(
                "{code} is a 10-digit tax code, not a dependent unit's: a dependent unit's code \
                 has 13 digits, the parent's 10 and the unit's 3 (for example 0314409058-002). \
                 Enter the unit's 13-digit code, or choose another group if this is the \
                 organization's own code"
            ),
        },
    }
}

/// A character named in a message: quoted, or by code point when invisible.
fn shown_char(ch: char) -> String {
    if ch.is_control() || ch.is_whitespace() {
        format!("U+{:04X}", u32::from(ch))
    } else {
        format!("“{ch}”")
    }
}

impl Localized for FieldProblem {
    fn localize(&self, lang: Lang) -> String {
        let field = self.field;
        match &self.problem {
            Problem::Missing => missing(field).localize(lang),
            Problem::OrgName(e) => e.localize(lang),
            Problem::PersonName(e) => e.localize(lang),
            Problem::TaxCode(e) => e.localize(lang),
            Problem::PersonalId(e) => e.localize(lang),
            Problem::Date(e) => e.localize(lang),
            Problem::Phone(e) => e.localize(lang),
            Problem::Email(e) => e.localize(lang),
            Problem::TaxCodeWarning(w) => w.localize(lang),
            Problem::TaxCodeNotForGroup { kind, code } => {
                tax_code_not_for_group(*kind, *code, lang)
            }
            Problem::PersonalIdWarning(w) => w.localize(lang),
            Problem::PhoneWarning(w) => w.localize(lang),
            Problem::EmailWarning(w) => w.localize(lang),
            Problem::DateInFuture { today, .. } => {
                let today = super::date(*today);
                match (field, lang) {
                    (Field::PersonBirth, Lang::Vi) => {
                        format!("Ngày sinh không thể sau hôm nay ({today}): kiểm tra lại năm sinh")
                    }
                    (Field::PersonBirth, Lang::En) => {
                        format!("The date of birth cannot be after today ({today}): check the year")
                    }
                    (_, Lang::Vi) => format!(
                        "Ngày thành lập không thể sau hôm nay ({today}): kiểm tra lại ngày, tháng, \
                         năm"
                    ),
                    (_, Lang::En) => format!(
                        "The date of establishment cannot be after today ({today}): check the \
                         day, month and year"
                    ),
                }
            }
            Problem::UnknownProvince => Text {
                vi: "Chọn lại tỉnh, thành phố trong danh sách 34 tỉnh, thành phố từ 01/07/2025",
                en: "Choose the province again from the list of 34 provinces since 01/07/2025",
            }
            .get(lang)
            .to_owned(),
            Problem::UnknownCommune => Text {
                vi: "Chọn lại xã, phường, đặc khu trong danh sách từ 01/07/2025",
                en: "Choose the commune again from the list since 01/07/2025",
            }
            .get(lang)
            .to_owned(),
            Problem::CommuneNotInProvince { commune } => {
                let province = units::province(commune.province)
                    .map_or_else(String::new, |p| p.full_name.to_owned());
                match lang {
                    Lang::Vi => format!(
                        "{} thuộc {province}, không thuộc tỉnh, thành phố đã chọn: chọn lại xã, \
                         phường",
                        commune.full_name
                    ),
                    Lang::En => format!(
                        "{} is in {province}, not in the province chosen: choose the commune again",
                        commune.full_name
                    ),
                }
            }
            Problem::StreetTooLong { max, found } => match lang {
                Lang::Vi => {
                    format!("Địa chỉ chỉ được dài tối đa {max} ký tự (đang có {found} ký tự)")
                }
                Lang::En => {
                    format!("The address must be {max} characters or fewer (it has {found})")
                }
            },
            Problem::StreetUnexpectedCharacter { ch } => match lang {
                Lang::Vi => format!(
                    "Xoá ký tự ẩn {} trong địa chỉ (thường do dán từ bảng tính)",
                    shown_char(*ch)
                ),
                Lang::En => format!(
                    "Remove the hidden character {} from the address (often pasted from a \
                     spreadsheet)",
                    shown_char(*ch)
                ),
            },
        }
    }
}

fn sex_word(sex: Sex, lang: Lang) -> &'static str {
    match (sex, lang) {
        (Sex::Male, Lang::Vi) => "nam",
        (Sex::Female, Lang::Vi) => "nữ",
        (Sex::Male, Lang::En) => "male",
        (Sex::Female, Lang::En) => "female",
    }
}

impl Localized for Note {
    fn localize(&self, lang: Lang) -> String {
        match self {
            Note::TaxCodeRead { code } => {
                let detail = match (code.kind(), code.parent(), lang) {
                    (TaxCodeKind::DependentUnit, Some(parent), Lang::Vi) => format!(
                        " (đơn vị trực thuộc của {parent}). {}",
                        super::identifiers::TAX_CODE_VERIFIED.get(lang)
                    ),
                    (TaxCodeKind::DependentUnit, Some(parent), Lang::En) => format!(
                        " (a dependent unit of {parent}). {}",
                        super::identifiers::TAX_CODE_VERIFIED.get(lang)
                    ),
                    (TaxCodeKind::PersonalId, _, _) => {
                        format!(". {}", super::identifiers::TAX_CODE_CANNOT_VERIFY.get(lang))
                    }
                    _ => format!(". {}", super::identifiers::TAX_CODE_VERIFIED.get(lang)),
                };
                format!(
                    "{}{code}{detail}",
                    Text {
                        vi: "Đã đọc: ",
                        en: "Read as: "
                    }
                    .get(lang)
                )
            }
            Note::PersonalIdRead { id } => {
                let place = match id.birth_place() {
                    BirthPlace::Unknown { .. } => Text {
                        vi: "không rõ",
                        en: "unknown",
                    }
                    .get(lang)
                    .to_owned(),
                    known => known.localize(lang),
                };
                let year = id.birth_year();
                let sex = sex_word(id.sex(), lang);
                match lang {
                    Lang::Vi => format!(
                        "Đã đọc: {id}. Theo cấu trúc số: nơi đăng ký khai sinh {place}; năm sinh \
                         {year}; giới tính {sex} (chỉ để tham khảo)."
                    ),
                    Lang::En => format!(
                        "Read as: {id}. By the number's structure: birth registered in {place}; \
                         born {year}; {sex} (for reference only)."
                    ),
                }
            }
            Note::DateRead { date } => match lang {
                Lang::Vi => format!("Đã hiểu là ngày {}", super::date(*date)),
                Lang::En => format!("Read as {}", super::date(*date)),
            },
            Note::PhoneRead { number } => match (number.carrier(), lang) {
                (Some(carrier), Lang::Vi) => {
                    format!("Đã đọc: {number} (đầu số của {})", carrier.localize(lang))
                }
                (Some(carrier), Lang::En) => {
                    format!("Read as: {number} (a {} prefix)", carrier.localize(lang))
                }
                (None, _) => format!(
                    "{}{number}",
                    Text {
                        vi: "Đã đọc: ",
                        en: "Read as: "
                    }
                    .get(lang)
                ),
            },
            Note::EmailRead { address } => {
                format!(
                    "{}{}",
                    Text {
                        vi: "Đã đọc: ",
                        en: "Read as: "
                    }
                    .get(lang),
                    address.as_str()
                )
            }
        }
    }
}

// ------------------------------------------------------------------------------ result

texts! { result_texts:
    pub const RESULT_HEADING: Text = Text {
        vi: "Kết quả",
        en: "Result",
    };
    pub const REASONS_HEADING: Text = Text {
        vi: "Vì sao",
        en: "Why",
    };
    pub const CHECKLIST_HEADING: Text = Text {
        vi: "Cần làm và chuẩn bị",
        en: "What to do and prepare",
    };
    pub const PROCESSING_HEADING: Text = Text {
        vi: "Thời gian giải quyết",
        en: "Processing time",
    };
    pub const REMINDERS_HEADING: Text = Text {
        vi: "Lưu ý",
        en: "Keep in mind",
    };
    pub const WARNINGS_HEADING: Text = Text {
        vi: "Nên kiểm tra lại",
        en: "Worth checking",
    };
    pub const CHECK_ANSWERS_HEADING: Text = Text {
        vi: "Kiểm tra lại câu trả lời",
        en: "Check your answers",
    };
    pub const CHANGE: Text = Text {
        vi: "Thay đổi",
        en: "Change",
    };
    pub const NONE_GIVEN: Text = Text {
        vi: "Không có",
        en: "None",
    };
    pub const COPY_SUMMARY: Text = Text {
        vi: "Sao chép tóm tắt",
        en: "Copy a summary",
    };
    pub const COPIED: Text = Text {
        vi: "Đã sao chép tóm tắt: dán vào tin nhắn để gửi.",
        en: "Summary copied: paste it into a message.",
    };
    pub const COPY_REFUSED: Text = Text {
        vi: "Trình duyệt không cho sao chép tự động. Tóm tắt đã được chọn sẵn trong ô bên dưới: \
             nhấn giữ rồi chọn “Sao chép” (hoặc Ctrl+C).",
        en: "The browser did not allow copying. The summary is selected in the box below: press \
             and hold, then choose “Copy” (or Ctrl+C).",
    };
    pub const SUMMARY_TEXT_LABEL: Text = Text {
        vi: "Tóm tắt dạng văn bản",
        en: "Summary as text",
    };
    pub const SUMMARY_PRIVACY: Text = Text {
        vi: "Tóm tắt không có số định danh, ngày sinh, số điện thoại và email của người đăng ký.",
        en: "The summary leaves out the registrant's ID number, date of birth, phone number and \
             email.",
    };
    pub const NO_SHARE_LINK: Text = Text {
        vi: "Kết quả này có thông tin cá nhân nên không có đường liên kết chia sẻ.",
        en: "This result holds personal data, so it has no share link.",
    };
    pub const HOW_HEADING: Text = Text {
        vi: "Cách tính",
        en: "How this was worked out",
    };
    /// The national rule first; a provincial plan only as an example of how a campaign counts
    /// (docs/rules.md §3.1).
    pub const SOURCES_NOTE: Text = Text {
        vi: "Nghị định 69/2024/NĐ-CP về định danh và xác thực điện tử, sửa đổi bởi Nghị định \
             169/2025/NĐ-CP và Nghị định 320/2026/NĐ-CP (lần sửa đổi gần nhất), áp dụng trên cả nước. \
             Nhóm 1–4 là cách các chiến dịch chia tổ chức để đặt chỉ tiêu, ví dụ Kế hoạch \
             374/KH-UBND ngày 25/12/2024 của UBND tỉnh Kiên Giang (cũ); đơn vị trực thuộc đăng ký \
             riêng theo hướng dẫn năm 2025 của UBND tỉnh Hưng Yên.",
        en: "Decree 69/2024/NĐ-CP on electronic identification and authentication, amended by \
             Decrees 169/2025/NĐ-CP and 320/2026/NĐ-CP (the latest amendment), in force nationwide. \
             Groups 1–4 are how campaigns divide organizations to set targets, for example Plan \
             374/KH-UBND of 25/12/2024 of the former Kiên Giang province; dependent units register \
             their own account as in the Hưng Yên People's Committee guidance of 2025.",
    };
}

/// "Kiểm tra ngày 10/03/2026" — the day the result was worked out for.
pub fn checked_on(today: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Kiểm tra ngày {}", super::date(today)),
        Lang::En => format!("Checked on {}", super::date(today)),
    }
}

impl Localized for RuleSource {
    fn localize(&self, lang: Lang) -> String {
        let point = |article: u16, clause: Option<u8>| match (clause, lang) {
            (Some(c), Lang::Vi) => format!("khoản {c} Điều {article}"),
            (None, Lang::Vi) => format!("Điều {article}"),
            (Some(c), Lang::En) => format!("Article {article}({c})"),
            (None, Lang::En) => format!("Article {article}"),
        };
        match *self {
            RuleSource::Decree69 { article, clause } => format!(
                "{}, {}",
                Text {
                    vi: "Nghị định 69/2024/NĐ-CP",
                    en: "Decree 69/2024/NĐ-CP"
                }
                .get(lang),
                point(article.into(), clause)
            ),
            RuleSource::TaxCircular105 { article } => format!(
                "{}, {}",
                Text {
                    vi: "Thông tư 105/2020/TT-BTC",
                    en: "Circular 105/2020/TT-BTC"
                }
                .get(lang),
                point(article.into(), None)
            ),
            RuleSource::TaxCircular90 => Text {
                vi: "Thông tư 90/2026/TT-BTC",
                en: "Circular 90/2026/TT-BTC",
            }
            .get(lang)
            .to_owned(),
            RuleSource::CivilCode2015 { article, clause } => format!(
                "{}, {}",
                Text {
                    vi: "Bộ luật Dân sự 2015",
                    en: "Civil Code 2015"
                }
                .get(lang),
                point(article, clause)
            ),
            RuleSource::EnterpriseLaw2020 { article, clause } => format!(
                "{}, {}",
                Text {
                    vi: "Luật Doanh nghiệp 2020",
                    en: "Law on Enterprises 2020"
                }
                .get(lang),
                point(article.into(), clause)
            ),
            RuleSource::HungYenPlan2025 { item } => match (item, lang) {
                (Some(i), Lang::Vi) => {
                    format!("Hướng dẫn năm 2025 của UBND tỉnh Hưng Yên, mục {i}")
                }
                (Some(i), Lang::En) => {
                    format!("Hưng Yên People's Committee guidance of 2025, item {i}")
                }
                (None, Lang::Vi) => "Hướng dẫn năm 2025 của UBND tỉnh Hưng Yên".to_owned(),
                (None, Lang::En) => "Hưng Yên People's Committee guidance of 2025".to_owned(),
            },
        }
    }
}

impl Localized for Verdict {
    fn localize(&self, lang: Lang) -> String {
        let words = match *self {
            Verdict::ReadyOnline => Text {
                vi: "Tổ chức của bạn đã sẵn sàng đăng ký tài khoản định danh điện tử trực tuyến, trên \
                 ứng dụng VNeID hoặc trang web định danh điện tử VNeID.",
                en: "Your organization is ready to register its e-ID account online, in the VNeID app \
                 or on the VNeID website.",
            },
            Verdict::ReadyInPerson => Text {
                vi: "Tổ chức của bạn đã sẵn sàng đăng ký tài khoản định danh điện tử trực tiếp tại cơ \
                 quan công an, với tờ khai TK02.",
                en: "Your organization is ready to register its e-ID account in person at the police, \
                 with form TK02.",
            },
            Verdict::Level2First(Level2Step::Register) => Text {
                vi: "Trước hết, người đăng ký cần làm tài khoản định danh điện tử mức 2 tại công an \
                 cấp xã (mang theo thẻ căn cước); sau đó mới đăng ký được cho tổ chức.",
                en: "First, the registrant needs a level-2 e-ID account from the commune police \
                 (bring the căn cước card); then the organization can register.",
            },
            Verdict::Level2First(Level2Step::Activate) => Text {
                vi: "Trước hết, người đăng ký cần kích hoạt tài khoản định danh điện tử mức 2 đã được \
                 duyệt trên ứng dụng VNeID; sau đó mới đăng ký được cho tổ chức.",
                en: "First, the registrant needs to activate their approved level-2 e-ID account in \
                 the VNeID app; then the organization can register.",
            },
            Verdict::Level2First(Level2Step::Check) => Text {
                vi: "Trước hết, cần biết người đăng ký đã có tài khoản định danh điện tử mức 2 đã kích \
                 hoạt chưa: đăng nhập ứng dụng VNeID để xem, rồi kiểm tra lại.",
                en: "First, find out whether the registrant has an activated level-2 e-ID account: log \
                 in to the VNeID app to see, then check again.",
            },
            Verdict::ConsentFirst {
                authorisation: true,
                co_representatives: true,
            } => Text {
                vi: "Trước khi đăng ký, người đăng ký cần văn bản ủy quyền của người đại diện theo \
                 pháp luật và sự đồng ý của những người đại diện theo pháp luật khác.",
                en: "Before registering, the registrant needs a written authorisation from the legal \
                 representative and the agreement of the other legal representatives.",
            },
            Verdict::ConsentFirst {
                authorisation: true,
                ..
            } => Text {
                vi: "Trước khi đăng ký, người đăng ký cần văn bản ủy quyền của người đại diện theo \
                 pháp luật.",
                en: "Before registering, the registrant needs a written authorisation from the legal \
                 representative.",
            },
            Verdict::ConsentFirst { .. } => Text {
                vi: "Trước khi đăng ký, cần sự đồng ý của những người đại diện theo pháp luật khác của \
                 tổ chức.",
                en: "Before registering, the organization's other legal representatives need to \
                 agree.",
            },
            Verdict::PersonalAccountInstead => Text {
                vi: "Hộ kinh doanh không đăng ký tài khoản định danh điện tử cho tổ chức: chủ hộ dùng \
                 tài khoản định danh điện tử cá nhân mức 2 của mình.",
                en: "A household business does not register an organization e-ID account: the owner \
                 uses their own level-2 personal e-ID account.",
            },
            Verdict::NotNow {
                status: OperatingStatus::Dissolving,
            } => Text {
                vi: "Chưa đăng ký lúc này: tổ chức đang làm thủ tục giải thể.",
                en: "Not now: the organization is being dissolved.",
            },
            Verdict::NotNow {
                status: OperatingStatus::RegisteredNotOperating,
            } => Text {
                vi: "Chưa đăng ký lúc này: tổ chức đã đăng ký nhưng không hoạt động; đăng ký khi tổ \
                 chức bắt đầu hoạt động.",
                en: "Not now: the organization is registered but not operating; register when it \
                 starts operating.",
            },
            Verdict::NotNow { .. } => Text {
                vi: "Chưa đăng ký lúc này: tổ chức đang tạm ngừng kinh doanh, hoạt động; đăng ký khi \
                 tổ chức hoạt động trở lại.",
                en: "Not now: the organization is temporarily suspended; register when it operates \
                 again.",
            },
            Verdict::FixDataFirst => Text {
                vi: "Cần sửa các vấn đề về dữ liệu dưới đây trước khi đăng ký tài khoản cho tổ chức.",
                en: "Fix the data problems below before registering the organization's account.",
            },
        };
        words.get(lang).to_owned()
    }
}

impl Localized for Finding {
    fn localize(&self, lang: Lang) -> String {
        let fixed = |text: Text| text.get(lang).to_owned();
        match *self {
            Finding::Group { kind } => group_sentence(kind).localize(lang),
            Finding::OneAccountNoLevels => fixed(Text {
                vi: "Mỗi cơ quan, tổ chức có một tài khoản định danh điện tử; tài khoản của tổ chức \
                 không chia mức như tài khoản cá nhân.",
                en: "Each agency or organization has one e-ID account; organization accounts have no \
                 levels, unlike personal ones.",
            }),
            Finding::TaxCodeChecked { code } => match (code.kind(), lang) {
                (TaxCodeKind::DependentUnit, Lang::Vi) => format!(
                    "Mã số thuế {code} là mã của đơn vị trực thuộc (13 chữ số), đúng cấu trúc và \
                     chữ số kiểm tra khớp."
                ),
                (TaxCodeKind::DependentUnit, Lang::En) => format!(
                    "Tax code {code} is a dependent unit's (13 digits), well formed, and its check \
                     digit matches."
                ),
                (_, Lang::Vi) => {
                    format!("Mã số thuế {code} đúng cấu trúc và chữ số kiểm tra khớp.")
                }
                (_, Lang::En) => {
                    format!("Tax code {code} is well formed and its check digit matches.")
                }
            },
            Finding::NoTaxCodeNeeded => fixed(Text {
                vi: "Tổ chức nhóm 4 không có mã số thuế nên không khai mã số thuế.",
                en: "Group 4 organizations have no tax code, so none is declared.",
            }),
            Finding::HouseholdBusiness => fixed(Text {
                vi: "Hộ kinh doanh không phải là tổ chức nên không có tài khoản định danh điện tử của \
                 tổ chức. Chủ hộ dùng tài khoản định danh điện tử cá nhân mức 2 của mình; mã số \
                 thuế của hộ là số định danh cá nhân 12 chữ số của chủ hộ (từ 01/07/2025).",
                en: "A household business is not an organization, so it has no organization e-ID \
                 account. The owner uses their own level-2 personal e-ID account; the household \
                 business's tax code is the owner's 12-digit personal ID number (since \
                 01/07/2025).",
            }),
            Finding::Inactive { status } => match status {
                OperatingStatus::Dissolving => fixed(Text {
                    vi: "Tổ chức đang làm thủ tục giải thể: tổ chức không hoạt động được loại khỏi chỉ \
                     tiêu của chiến dịch.",
                    en: "The organization is being dissolved: organizations that do not operate are \
                     left out of the campaign's targets.",
                }),
                OperatingStatus::RegisteredNotOperating => fixed(Text {
                    vi: "Tổ chức đã đăng ký nhưng không hoạt động: được loại khỏi chỉ tiêu của chiến \
                     dịch.",
                    en: "The organization is registered but not operating: it is left out of the \
                     campaign's targets.",
                }),
                _ => fixed(Text {
                    vi: "Tổ chức đang tạm ngừng kinh doanh, hoạt động: tổ chức không hoạt động được \
                     loại khỏi chỉ tiêu của chiến dịch.",
                    en: "The organization is temporarily suspended: organizations that do not operate \
                     are left out of the campaign's targets.",
                }),
            },
            Finding::TaxCodeIsPersonalId { code } => match lang {
                Lang::Vi => format!(
                    "Mã {code} có 12 chữ số: đó là số định danh cá nhân, dùng làm mã số thuế của \
                     cá nhân và hộ kinh doanh từ 01/07/2025. Tổ chức có mã số thuế 10 chữ số (chi \
                     nhánh, văn phòng đại diện: 13 chữ số). Nếu đây là hộ kinh doanh, chọn “Hộ \
                     kinh doanh” ở câu hỏi đầu tiên; nếu không, nhập mã số thuế của tổ chức."
                ),
                Lang::En => format!(
                    "{code} has 12 digits: it is a personal ID number, used as the tax code of \
                     individuals and household businesses since 01/07/2025. An organization's tax \
                     code has 10 digits (branches and representative offices: 13). If this is a \
                     household business, choose “Household business” in the first question; if \
                     not, enter the organization's tax code."
                ),
            },
            Finding::BranchCodeForIndependentOrg { code, parent } => match lang {
                Lang::Vi => format!(
                    "Mã {code} có 13 chữ số: đó là mã của một chi nhánh, văn phòng đại diện của \
                     đơn vị có mã {parent}. Nếu đăng ký cho chi nhánh, văn phòng đại diện, chọn \
                     loại “Chi nhánh, văn phòng đại diện”; nếu đăng ký cho chính tổ chức, nhập mã \
                     10 chữ số {parent}."
                ),
                Lang::En => format!(
                    "{code} has 13 digits: it is the code of a branch or representative office of \
                     the unit with code {parent}. If you are registering the branch or office, \
                     choose “Branch or representative office”; if you are registering the \
                     organization itself, enter its 10-digit code {parent}."
                ),
            },
            Finding::DependentUnitWithoutBranchCode { code } => match lang {
                Lang::Vi => format!(
                    "Mã {code} có 10 chữ số: đó là mã của một đơn vị độc lập. Mã số thuế của chi \
                     nhánh, văn phòng đại diện có 13 chữ số: 10 chữ số của đơn vị chủ quản và 3 \
                     số cuối, ví dụ {code}-001. Nhập mã 13 chữ số của chi nhánh, hoặc chọn đúng \
                     loại tổ chức."
                ),
                Lang::En => format!(
                    "{code} has 10 digits: it is an independent unit's code. A branch's or \
                     representative office's tax code has 13 digits: the parent's 10 digits and \
                     3 more, for example {code}-001. Enter the branch's 13-digit code, or choose \
                     the right kind of organization."
                ),
            },
            Finding::RepresentativeUnder18 { age, kind } => {
                let enterprise = matches!(kind, OrgKind::Enterprise | OrgKind::DependentUnit);
                match (enterprise, lang) {
                    (true, Lang::Vi) => format!(
                        "Theo ngày sinh đã nhập, người đại diện theo pháp luật mới {age} tuổi. \
                         Người chưa thành niên (dưới 18 tuổi) không được quản lý doanh nghiệp: \
                         kiểm tra lại ngày sinh, hoặc người đăng ký."
                    ),
                    (true, Lang::En) => format!(
                        "By the date of birth entered, the legal representative is only {age}. \
                         Minors (under 18) cannot manage an enterprise: check the date of birth, \
                         or who registers."
                    ),
                    (false, Lang::Vi) => format!(
                        "Theo ngày sinh đã nhập, người đại diện theo pháp luật, người đứng đầu mới \
                         {age} tuổi; người đại diện theo pháp luật phải là người thành niên (từ \
                         đủ 18 tuổi): kiểm tra lại ngày sinh, hoặc người đăng ký."
                    ),
                    (false, Lang::En) => format!(
                        "By the date of birth entered, the legal representative or head is only \
                         {age}; a legal representative must be an adult (18 or over): check the \
                         date of birth, or who registers."
                    ),
                }
            }
            Finding::AuthorisedPersonUnder15 { age } => match lang {
                Lang::Vi => format!(
                    "Theo ngày sinh đã nhập, người được ủy quyền mới {age} tuổi; người nhận ủy \
                     quyền phải từ đủ 15 tuổi: kiểm tra lại ngày sinh, hoặc ủy quyền cho người \
                     khác."
                ),
                Lang::En => format!(
                    "By the date of birth entered, the authorised person is only {age}; a person \
                     acting under an authorisation must be 15 or over: check the date of birth, \
                     or authorise someone else."
                ),
            },
            Finding::AuthorisedPersonUnder18 { age } => match lang {
                Lang::Vi => format!(
                    "Người được ủy quyền mới {age} tuổi. Luật cho phép người từ đủ 15 đến dưới 18 \
                     tuổi nhận ủy quyền, nhưng cơ quan công an có thể yêu cầu người đã thành niên: \
                     nên ủy quyền cho người từ đủ 18 tuổi."
                ),
                Lang::En => format!(
                    "The authorised person is only {age}. The law lets people aged 15 to 17 act \
                     under an authorisation, but the police may ask for an adult: authorising \
                     someone 18 or over is safer."
                ),
            },
            Finding::NoWrittenAuthorisation => fixed(Text {
                vi: "Người được ủy quyền cần văn bản ủy quyền của người đại diện theo pháp luật trước \
                 khi đăng ký cho tổ chức.",
                en: "An authorised person needs the legal representative's written authorisation \
                 before registering for the organization.",
            }),
            Finding::WrittenAuthorisation => fixed(Text {
                vi: "Người đăng ký đã có văn bản ủy quyền của người đại diện theo pháp luật.",
                en: "The registrant has the legal representative's written authorisation.",
            }),
            Finding::CoRepresentativesDisagree => fixed(Text {
                vi: "Tổ chức có nhiều người đại diện theo pháp luật: cần sự đồng ý của những người còn \
                 lại trước khi đăng ký.",
                en: "The organization has several legal representatives: the others must agree before \
                 it registers.",
            }),
            Finding::CoRepresentativesAgree => fixed(Text {
                vi: "Những người đại diện theo pháp luật khác đã đồng ý.",
                en: "The other legal representatives have agreed.",
            }),
            Finding::CoRepresentativesUnknown => fixed(Text {
                vi: "Chưa rõ tổ chức có người đại diện theo pháp luật khác không; nếu có, cần họ đồng \
                 ý.",
                en: "It is not known whether the organization has other legal representatives; if it \
                 has, they must agree.",
            }),
            Finding::Level2Activated => fixed(Text {
                vi: "Người đăng ký có tài khoản định danh điện tử mức 2 của chính mình, đã kích hoạt: \
                 dùng tài khoản này để đăng ký cho tổ chức.",
                en: "The registrant has their own activated level-2 e-ID account: it is used to \
                 register the organization.",
            }),
            Finding::Level2NotActivated => fixed(Text {
                vi: "Tài khoản mức 2 của người đăng ký đã được duyệt nhưng chưa kích hoạt; tài khoản \
                 phải được kích hoạt trước khi dùng.",
                en: "The registrant's level-2 account is approved but not activated; it must be \
                 activated before use.",
            }),
            Finding::Level2Missing => fixed(Text {
                vi: "Người đăng ký chưa có tài khoản định danh điện tử mức 2. Tài khoản của tổ chức \
                 được đăng ký bằng tài khoản mức 2 của chính người đăng ký, nên cần làm tài khoản \
                 mức 2 trước, tại công an cấp xã bất kỳ.",
                en: "The registrant has no level-2 e-ID account. The organization's account is \
                 registered with the registrant's own level-2 account, so that comes first, from \
                 any commune police.",
            }),
            Finding::Level2Unknown => fixed(Text {
                vi: "Chưa rõ người đăng ký đã có tài khoản mức 2 đã kích hoạt chưa; tài khoản của tổ \
                 chức được đăng ký bằng tài khoản đó.",
                en: "It is not known whether the registrant has an activated level-2 account; the \
                 organization's account is registered with it.",
            }),
            Finding::Level2ProcessingTime => fixed(Text {
                vi: "Tài khoản mức 2 được giải quyết trong tối đa 3 ngày làm việc khi thẻ căn cước còn \
                 giá trị, tối đa 7 ngày làm việc khi chưa có thẻ còn giá trị: từ 18/08/2026, cấp, \
                 đổi và cấp lại thẻ căn cước là một thủ tục tại công an cấp xã, tối đa 7 ngày làm \
                 việc (Quyết định 5230/QĐ-BCA-C06).",
                en: "A level-2 account takes at most 3 working days with a valid căn cước card, at \
                 most 7 working days without one: since 18/08/2026, issuing, renewing and \
                 reissuing a căn cước card is one procedure at the commune police, at most 7 \
                 working days (Decision 5230/QĐ-BCA-C06).",
            }),
            Finding::SmartphoneReady => fixed(Text {
                vi: "Người đăng ký có điện thoại thông minh kết nối Internet để dùng ứng dụng VNeID.",
                en: "The registrant has a smartphone with internet access for the VNeID app.",
            }),
            Finding::NoSmartphone => fixed(Text {
                vi: "Người đăng ký không có điện thoại thông minh kết nối Internet, nên đăng ký trực \
                 tiếp tại cơ quan công an với tờ khai TK02.",
                en: "The registrant has no smartphone with internet access, so registration is in \
                 person at the police with form TK02.",
            }),
            Finding::NoSmartphoneForLevel2 => fixed(Text {
                vi: "Người đăng ký không có điện thoại thông minh, mà tài khoản mức 2 được kích hoạt \
                 và dùng trên ứng dụng VNeID: cần một điện thoại thông minh, hoặc ủy quyền cho \
                 người đã có tài khoản mức 2.",
                en: "The registrant has no smartphone, but a level-2 account is activated and used in \
                 the VNeID app: a smartphone is needed, or authorise someone who already has a \
                 level-2 account.",
            }),
            Finding::SimNotOwn => fixed(Text {
                vi: "SIM của người đăng ký không đứng tên người đó; tài khoản định danh điện tử mức 2 \
                 cần số điện thoại đứng tên chính người dùng.",
                en: "The registrant's SIM is not in their own name; a level-2 e-ID account needs a \
                 phone number registered in the holder's own name.",
            }),
            Finding::SimNotSure => fixed(Text {
                vi: "Chưa rõ SIM có đứng tên người đăng ký không; tài khoản mức 2 cần SIM chính chủ. \
                 Sẵn Sàng không kiểm tra được điều này: hãy hỏi nhà mạng.",
                en: "It is not known whether the SIM is in the registrant's own name; a level-2 \
                 account needs one. Sẵn Sàng cannot check this: ask the mobile network.",
            }),
            Finding::DataInNationalDatabase => fixed(Text {
                vi: "Dữ liệu của tổ chức đã có trong cơ sở dữ liệu quốc gia: thời gian giải quyết tối \
                 đa 3 ngày làm việc.",
                en: "The organization's data is in a national database: processing takes at most 3 \
                 working days.",
            }),
            Finding::DataNotInNationalDatabase => fixed(Text {
                vi: "Dữ liệu của tổ chức chưa có trong cơ sở dữ liệu quốc gia nên cần xác minh: thời \
                 gian giải quyết tối đa 15 ngày.",
                en: "The organization's data is not in a national database, so it must be verified: \
                 processing takes at most 15 days.",
            }),
            Finding::DataMaybeInNationalDatabase { kind } => {
                let usual = matches!(
                    kind,
                    OrgKind::Enterprise | OrgKind::Cooperative | OrgKind::DependentUnit
                );
                match (usual, lang) {
                    (true, Lang::Vi) => "Chưa rõ dữ liệu của tổ chức đã có trong cơ sở dữ liệu \
                        quốc gia chưa; doanh nghiệp, hợp tác xã đã đăng ký thường đã có. Nếu có: \
                        tối đa 3 ngày làm việc; nếu cần xác minh: tối đa 15 ngày."
                        .to_owned(),
                    (true, Lang::En) => "It is not known whether the organization's data is in a \
                        national database; registered enterprises and cooperatives usually are. \
                        If it is: at most 3 working days; if it must be verified: at most 15 days."
                        .to_owned(),
                    (false, Lang::Vi) => "Chưa rõ dữ liệu của tổ chức đã có trong cơ sở dữ liệu \
                        quốc gia chưa. Nếu có: tối đa 3 ngày làm việc; nếu cần xác minh: tối đa 15 \
                        ngày."
                        .to_owned(),
                    (false, Lang::En) => "It is not known whether the organization's data is in a \
                        national database. If it is: at most 3 working days; if it must be \
                        verified: at most 15 days."
                        .to_owned(),
                }
            }
        }
    }
}

fn group_sentence(kind: OrgKind) -> Text {
    match kind {
        OrgKind::Enterprise => Text {
            vi: "Doanh nghiệp đăng ký tài khoản định danh điện tử cho tổ chức, khai mã số doanh \
                 nghiệp (cũng là mã số thuế); các chiến dịch tính doanh nghiệp vào nhóm 1.",
            en: "An enterprise registers an organization e-ID account, declaring its enterprise \
                 code (which is its tax code); campaigns count enterprises as group 1.",
        },
        OrgKind::Cooperative => Text {
            vi: "Hợp tác xã, liên hiệp hợp tác xã đăng ký tài khoản định danh điện tử cho tổ chức, \
                 khai mã số thuế; các chiến dịch tính vào nhóm 2.",
            en: "A cooperative or union of cooperatives registers an organization e-ID account, \
                 declaring its tax code; campaigns count it as group 2.",
        },
        OrgKind::AgencyWithTaxCode => Text {
            vi: "Cơ quan, tổ chức có mã số thuế nhưng không đăng ký kinh doanh đăng ký tài khoản \
                 định danh điện tử cho tổ chức, khai mã số thuế; các chiến dịch tính vào nhóm 3.",
            en: "An agency or organization with a tax code but no business registration registers \
                 an organization e-ID account, declaring its tax code; campaigns count it as group \
                 3.",
        },
        OrgKind::OtherOrganization => Text {
            vi: "Tổ chức không có đăng ký kinh doanh, đăng ký hợp tác xã hay mã số thuế vẫn đăng \
                 ký được tài khoản định danh điện tử cho tổ chức; các chiến dịch tính vào nhóm 4.",
            en: "An organization without business or cooperative registration or a tax code can \
                 still register an organization e-ID account; campaigns count it as group 4.",
        },
        OrgKind::DependentUnit => Text {
            vi: "Chi nhánh, văn phòng đại diện có con dấu và mã số thuế riêng đăng ký tài khoản \
                 định danh điện tử riêng, không dùng chung tài khoản của đơn vị chủ quản.",
            en: "A branch or representative office with its own seal and tax code registers its \
                 own e-ID account, separate from its parent's.",
        },
        OrgKind::HouseholdBusiness => Text {
            vi: "Hộ kinh doanh không phải là tổ chức.",
            en: "A household business is not an organization.",
        },
    }
}

impl Localized for Reason {
    /// The finding's sentence; the source is shown next to it (see [`Localized`] for
    /// [`RuleSource`]).
    fn localize(&self, lang: Lang) -> String {
        self.finding.localize(lang)
    }
}

impl Localized for ChecklistItem {
    fn localize(&self, lang: Lang) -> String {
        let fixed = |text: Text| text.get(lang).to_owned();
        match self {
            ChecklistItem::OwnerPersonalAccount => fixed(Text {
                vi: "Chủ hộ dùng tài khoản định danh điện tử mức 2 của mình; nếu chưa có, làm tại \
                 công an cấp xã bất kỳ, mang theo thẻ căn cước.",
                en: "The owner uses their own level-2 e-ID account; if they have none, they get one \
                 at any commune police, bringing the căn cước card.",
            }),
            ChecklistItem::HouseholdTaxCodeIsOwnerId => fixed(Text {
                vi: "Mã số thuế của hộ kinh doanh là số định danh cá nhân 12 chữ số của chủ hộ.",
                en: "The household business's tax code is the owner's 12-digit personal ID number.",
            }),
            ChecklistItem::RegisterWhenOperating => fixed(Text {
                vi: "Khi tổ chức hoạt động trở lại, kiểm tra lại bằng công cụ này để biết cách đăng \
                 ký.",
                en: "When the organization operates again, check again with this tool to see how to \
                 register.",
            }),
            ChecklistItem::CorrectAnswers => fixed(Text {
                vi: "Sửa các câu trả lời được nêu ở trên (liên kết “Thay đổi”), rồi xem lại kết quả.",
                en: "Correct the answers named above (the “Change” links), then see the result again.",
            }),
            ChecklistItem::GetWrittenAuthorisation => fixed(Text {
                vi: "Văn bản ủy quyền của người đại diện theo pháp luật cho người đăng ký.",
                en: "A written authorisation from the legal representative to the registrant.",
            }),
            ChecklistItem::GetCoRepresentativesConsent => fixed(Text {
                vi: "Sự đồng ý của những người đại diện theo pháp luật khác, tốt nhất bằng văn bản.",
                en: "The agreement of the other legal representatives, preferably in writing.",
            }),
            ChecklistItem::CheckCoRepresentatives => fixed(Text {
                vi: "Xem điều lệ hoặc giấy chứng nhận đăng ký để biết tổ chức có người đại diện theo \
                 pháp luật khác không; nếu có, cần họ đồng ý.",
                en: "Look at the charter or the registration certificate to see whether there are \
                 other legal representatives; if so, they must agree.",
            }),
            ChecklistItem::OwnNameSim { check_only: false } => fixed(Text {
                vi: "Đăng ký SIM đứng tên chính người đăng ký tại cửa hàng của nhà mạng (mang theo thẻ \
                 căn cước).",
                en: "Register a SIM in the registrant's own name at a mobile network's shop (bring \
                 the căn cước card).",
            }),
            ChecklistItem::OwnNameSim { check_only: true } => fixed(Text {
                vi: "Hỏi nhà mạng để chắc SIM đứng tên người đăng ký; nếu không, đăng ký lại SIM đứng \
                 tên chính mình.",
                en: "Ask the mobile network to make sure the SIM is in the registrant's name; if not, \
                 register it in their own name.",
            }),
            ChecklistItem::Smartphone => fixed(Text {
                vi: "Một điện thoại thông minh kết nối Internet để cài ứng dụng VNeID và kích hoạt tài \
                 khoản.",
                en: "A smartphone with internet access to install the VNeID app and activate the \
                 account.",
            }),
            ChecklistItem::Level2AtCommunePolice => fixed(Text {
                vi: "Đến công an cấp xã bất kỳ (không phụ thuộc nơi cư trú) với thẻ căn cước còn giá \
                 trị và điện thoại có SIM chính chủ; khai tờ khai TK01; công an đối chiếu khuôn \
                 mặt và vân tay.",
                en: "Go to any commune police (wherever you live) with a valid căn cước card and a \
                 phone with a SIM in your own name; fill in form TK01; the police check your face \
                 and fingerprints.",
            }),
            ChecklistItem::ActivateInApp => fixed(Text {
                vi: "Khi tài khoản được duyệt, kích hoạt tài khoản mức 2 trên ứng dụng VNeID.",
                en: "Once the account is approved, activate the level-2 account in the VNeID app.",
            }),
            ChecklistItem::CheckLevelInApp => fixed(Text {
                vi: "Đăng nhập ứng dụng VNeID để xem tài khoản đã là mức 2 và đã kích hoạt chưa.",
                en: "Log in to the VNeID app to see whether the account is level 2 and activated.",
            }),
            ChecklistItem::OrAuthoriseSomeoneReady => fixed(Text {
                vi: "Hoặc: người đại diện theo pháp luật ủy quyền bằng văn bản cho một người đã có tài \
                 khoản mức 2 đã kích hoạt để đăng ký thay.",
                en: "Or: the legal representative authorises, in writing, someone who already has an \
                 activated level-2 account to register instead.",
            }),
            ChecklistItem::RegisterOnline => fixed(Text {
                vi: "Mở ứng dụng VNeID, đăng nhập bằng tài khoản mức 2 của người đăng ký, chọn “Định \
                 danh tổ chức” và khai thông tin (hoặc dùng trang web định danh điện tử VNeID).",
                en: "Open the VNeID app, log in with the registrant's level-2 account, choose “Định \
                 danh tổ chức” (organization identification) and fill in the data (or use the \
                 VNeID website).",
            }),
            ChecklistItem::RegisterInPerson => fixed(Text {
                vi: "Khai tờ khai TK02 và nộp trực tiếp tại cơ quan quản lý căn cước của công an; mang \
                 theo thẻ căn cước của người đăng ký.",
                en: "Fill in form TK02 and hand it in at the police's căn cước management office; \
                 bring the registrant's căn cước card.",
            }),
            ChecklistItem::OrganizationData {
                tax_code: Some(code),
            } => match lang {
                Lang::Vi => format!(
                    "Thông tin của tổ chức: tên (tên viết tắt, tên nước ngoài nếu có), mã số thuế \
                     {code}, ngày thành lập, địa chỉ trụ sở chính."
                ),
                Lang::En => format!(
                    "The organization's data: name (abbreviated and foreign names if any), tax \
                     code {code}, date of establishment, head office address."
                ),
            },
            ChecklistItem::OrganizationData { tax_code: None } => fixed(Text {
                vi: "Thông tin của tổ chức: tên (tên viết tắt, tên nước ngoài nếu có), ngày thành lập, \
                 địa chỉ trụ sở chính.",
                en: "The organization's data: name (abbreviated and foreign names if any), date of \
                 establishment, head office address.",
            }),
            ChecklistItem::EstablishmentPapers { kind } => {
                establishment_papers(*kind).localize(lang)
            }
            ChecklistItem::LegalRepresentativeIdentity => fixed(Text {
                vi: "Họ và tên, số định danh cá nhân của người đại diện theo pháp luật (người được ủy \
                 quyền khai thay).",
                en: "The legal representative's full name and personal ID number (the authorised \
                 person declares them).",
            }),
            ChecklistItem::KeepConsentPapers => fixed(Text {
                vi: "Văn bản ủy quyền và sự đồng ý của những người đại diện theo pháp luật khác (nếu \
                 có), để xuất trình khi được hỏi.",
                en: "The authorisation and the other legal representatives' agreement (if any), to \
                 show when asked.",
            }),
            ChecklistItem::ContactForResult { phone, email } => match lang {
                Lang::Vi => format!(
                    "Kết quả được gửi về số điện thoại {phone} và email {}.",
                    email.as_str()
                ),
                Lang::En => format!("The result is sent to {phone} and to {}.", email.as_str()),
            },
        }
    }
}

fn establishment_papers(kind: OrgKind) -> Text {
    match kind {
        OrgKind::Enterprise => Text {
            vi: "Giấy chứng nhận đăng ký doanh nghiệp, để đối chiếu thông tin.",
            en: "The enterprise registration certificate, to check the data against.",
        },
        OrgKind::Cooperative => Text {
            vi: "Giấy chứng nhận đăng ký hợp tác xã, để đối chiếu thông tin.",
            en: "The cooperative registration certificate, to check the data against.",
        },
        OrgKind::DependentUnit => Text {
            vi: "Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện, để đối chiếu \
                 thông tin.",
            en: "The branch or representative office's registration certificate, to check the \
                 data against.",
        },
        OrgKind::AgencyWithTaxCode => Text {
            vi: "Quyết định thành lập (hoặc văn bản cho phép thành lập), để đối chiếu thông tin.",
            en: "The decision of establishment (or the permission to establish), to check the \
                 data against.",
        },
        OrgKind::OtherOrganization | OrgKind::HouseholdBusiness => Text {
            vi: "Quyết định thành lập, giấy phép hoặc văn bản công nhận tổ chức, để cơ quan công \
                 an xác minh.",
            en: "The decision of establishment, licence or recognition of the organization, for \
                 the police to verify.",
        },
    }
}

impl Localized for Reminder {
    fn localize(&self, lang: Lang) -> String {
        let words = match self {
            Reminder::PortalAccountsStopped => Text {
                vi: "Tài khoản do Cổng Dịch vụ công quốc gia cấp cho tổ chức chỉ dùng được đến hết \
                 ngày 30/06/2025; từ ngày 01/07/2025, tổ chức chỉ đăng nhập bằng tài khoản định \
                 danh điện tử.",
                en: "Accounts the National Public Service Portal issued to organizations worked only \
                 until 30/06/2025; since 01/07/2025 organizations log in only with their e-ID \
                 account.",
            },
            Reminder::SectorAccountsLinkToEid => Text {
                vi: "Nghị định 320/2026/NĐ-CP (hiệu lực từ 28/09/2026) bổ sung khoản 9, 10 Điều 40 \
                 Nghị định 69/2024/NĐ-CP: tổ chức thuộc các lĩnh vực được liệt kê phải liên kết tài \
                 khoản người dùng trên hệ thống của mình với tài khoản định danh điện tử chậm nhất \
                 ngày 31/12/2026; lĩnh vực ngân hàng chậm nhất ngày 30/06/2027.",
                en: "Decree 320/2026/NĐ-CP (in force from 28/09/2026) added clauses 9 and 10 to \
                 Article 40 of Decree 69/2024/NĐ-CP: organizations in the listed sectors must link \
                 the user accounts of their systems to e-ID accounts by 31/12/2026; banking by \
                 30/06/2027.",
            },
            Reminder::NoFee => Text {
                vi: "Đăng ký tài khoản định danh điện tử cho tổ chức không mất phí.",
                en: "Registering an organization's e-ID account is free.",
            },
            Reminder::FormatChecksOnly => Text {
                vi: "Sẵn Sàng chỉ kiểm tra định dạng và chữ số kiểm tra ngay trên máy này, không tra \
                 cứu cơ sở dữ liệu quốc gia; cơ quan công an là nơi giải quyết.",
                en: "Sẵn Sàng only checks formats and check digits on this device; it looks nothing \
                 up in national databases. The police decide.",
            },
        };
        words.get(lang).to_owned()
    }
}

impl Localized for TimeLimit {
    fn localize(&self, lang: Lang) -> String {
        match (*self, lang) {
            (TimeLimit::WorkingDays(n), Lang::Vi) => format!("tối đa {n} ngày làm việc"),
            (TimeLimit::WorkingDays(n), Lang::En) => format!("at most {n} working days"),
            (TimeLimit::Days(n), Lang::Vi) => format!("tối đa {n} ngày"),
            (TimeLimit::Days(n), Lang::En) => format!("at most {n} days"),
        }
    }
}

impl Localized for Estimate {
    fn localize(&self, lang: Lang) -> String {
        let limit = self.limit.localize(lang);
        let basis = match (self.basis, lang) {
            (ProcessingBasis::InNationalDatabase, Lang::Vi) => {
                "khi dữ liệu đã có trong cơ sở dữ liệu quốc gia"
            }
            (ProcessingBasis::InNationalDatabase, Lang::En) => {
                "when the data is in a national database"
            }
            (ProcessingBasis::NeedsVerification, Lang::Vi) => "khi cần xác minh",
            (ProcessingBasis::NeedsVerification, Lang::En) => "when verification is needed",
        };
        let mut text = match (self.lands_on, lang) {
            (Some(day), Lang::Vi) => format!(
                "{} {basis}: nếu nộp hôm nay, có kết quả chậm nhất {}.",
                capitalized(&limit),
                super::day(day, lang)
            ),
            (Some(day), Lang::En) => format!(
                "{} {basis}: if submitted today, the result comes by {}.",
                capitalized(&limit),
                super::day(day, lang)
            ),
            (None, _) => format!("{} {basis}.", capitalized(&limit)),
        };
        if let Some(moved) = self.moved_from {
            text.push(' ');
            text.push_str(&match lang {
                Lang::Vi => format!(
                    "(Ngày thứ 15 là {}, ngày nghỉ, nên thời hạn kết thúc vào ngày làm việc tiếp \
                     theo.)",
                    super::day(moved, lang)
                ),
                Lang::En => format!(
                    "(The 15th day is {}, a day off, so the limit ends on the next working day.)",
                    super::day(moved, lang)
                ),
            });
        }
        text
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

texts! { processing_texts:
    /// How the processing dates were counted, with the reading of "15 ngày" stated.
    pub const PROCESSING_METHOD: Text = Text {
        vi: "Ngày nộp không được tính. “3 ngày làm việc” không tính thứ Bảy, Chủ nhật và các ngày \
             nghỉ lễ, Tết. Nghị định ghi “15 ngày”, không ghi “15 ngày làm việc”, nên Sẵn Sàng tính \
             15 ngày theo lịch; nếu ngày cuối cùng là ngày nghỉ, thời hạn kết thúc vào ngày làm việc \
             tiếp theo (Bộ luật Dân sự 2015, Điều 147 và 148).",
        en: "The day of submission is not counted. “3 working days” leaves out Saturdays, Sundays \
             and public holidays. The decree says “15 days”, not “15 working days”, so Sẵn Sàng \
             counts 15 calendar days; if the last one is a day off, the limit ends on the next \
             working day (Civil Code 2015, Articles 147 and 148).",
    };
}

/// The source of the processing times.
pub const PROCESSING_SOURCE: RuleSource = RuleSource::Decree69 {
    article: 13,
    clause: None,
};

/// The processing section's sentences, one per estimate, then the holiday-table caveats.
pub fn processing_lines(processing: &Processing, lang: Lang) -> Vec<String> {
    processing
        .estimates
        .iter()
        .map(|e| e.localize(lang))
        .chain(processing.uncertain_years.iter().map(|y| y.localize(lang)))
        .collect()
}

// ------------------------------------------------------------------------------ summaries

/// One row of "Kiểm tra lại câu trả lời": the question to return to, its short label, the
/// answer as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryRow {
    pub field: Field,
    pub label: &'static str,
    pub value: String,
}

fn short_label(field: Field, lang: Lang) -> &'static str {
    let words = match field {
        Field::Kind => Text {
            vi: "Loại tổ chức",
            en: "Kind of organization",
        },
        Field::Status => Text {
            vi: "Tình trạng hoạt động",
            en: "Operating status",
        },
        Field::Name => Text {
            vi: "Tên tổ chức",
            en: "Name",
        },
        Field::ShortName => Text {
            vi: "Tên viết tắt",
            en: "Abbreviated name",
        },
        Field::ForeignName => Text {
            vi: "Tên nước ngoài",
            en: "Foreign name",
        },
        Field::TaxCode => Text {
            vi: "Mã số thuế",
            en: "Tax code",
        },
        Field::Established => Text {
            vi: "Ngày thành lập",
            en: "Established",
        },
        Field::Province | Field::Commune | Field::Street => Text {
            vi: "Trụ sở chính",
            en: "Head office",
        },
        Field::Role => Text {
            vi: "Người đăng ký",
            en: "Who registers",
        },
        Field::HasAuthorisation => Text {
            vi: "Văn bản ủy quyền",
            en: "Written authorisation",
        },
        Field::PersonName => Text {
            vi: "Họ và tên",
            en: "Full name",
        },
        Field::PersonId => Text {
            vi: "Số định danh cá nhân",
            en: "Personal ID number",
        },
        Field::PersonBirth => Text {
            vi: "Ngày sinh",
            en: "Date of birth",
        },
        Field::PersonSex => Text {
            vi: "Giới tính",
            en: "Sex",
        },
        Field::Level2 => Text {
            vi: "Tài khoản mức 2",
            en: "Level-2 account",
        },
        Field::Smartphone => Text {
            vi: "Điện thoại thông minh",
            en: "Smartphone",
        },
        Field::OwnSim => Text {
            vi: "SIM chính chủ",
            en: "SIM in own name",
        },
        Field::CoRepresentatives => Text {
            vi: "Người đại diện khác",
            en: "Other legal representatives",
        },
        Field::CoRepresentativesConsent => Text {
            vi: "Sự đồng ý của họ",
            en: "Their agreement",
        },
        Field::Phone => Text {
            vi: "Điện thoại nhận kết quả",
            en: "Mobile for the result",
        },
        Field::Email => Text {
            vi: "Email nhận kết quả",
            en: "Email for the result",
        },
        Field::InNationalDatabase => Text {
            vi: "Dữ liệu trong CSDL quốc gia",
            en: "In a national database",
        },
    };
    words.get(lang)
}

/// The rows of "Kiểm tra lại câu trả lời", in the order of the form, with the values as read
/// (canonical forms). The head office is one row that returns to the province.
pub fn summary_rows(valid: &ValidAnswers, lang: Lang, today: NaiveDate) -> Vec<SummaryRow> {
    let row = |field: Field, value: String| SummaryRow {
        field,
        label: short_label(field, lang),
        value,
    };
    let ValidAnswers::Organization(d) = valid else {
        return vec![row(
            Field::Kind,
            kind_label(OrgKind::HouseholdBusiness).localize(lang),
        )];
    };
    let r = &d.registrant;
    let optional = |name: &Option<crate::rules::name::OrgName>| {
        name.as_ref()
            .map_or_else(|| NONE_GIVEN.localize(lang), ToString::to_string)
    };
    let province = units::province(d.commune.province)
        .map(|p| p.display_name_on(today).into_owned())
        .unwrap_or_default();
    let mut rows = vec![
        row(Field::Kind, kind_label(d.kind).localize(lang)),
        row(Field::Status, status_label(d.status).localize(lang)),
        row(Field::Name, d.name.to_string()),
        row(Field::ShortName, optional(&d.short_name)),
        row(Field::ForeignName, optional(&d.foreign_name)),
    ];
    if let Some(code) = d.tax_code {
        rows.push(row(Field::TaxCode, code.to_string()));
    }
    rows.push(row(Field::Established, super::date(d.established)));
    rows.push(row(
        Field::Province,
        format!("{}, {}, {province}", d.street, d.commune.full_name),
    ));
    rows.push(row(Field::Role, role_label(r.role).localize(lang)));
    if let Some(answer) = r.has_authorisation {
        rows.push(row(
            Field::HasAuthorisation,
            yes_no_label(Field::HasAuthorisation, answer).localize(lang),
        ));
    }
    rows.extend([
        row(Field::PersonName, r.name.to_string()),
        row(Field::PersonId, r.id.to_string()),
        row(Field::PersonBirth, super::date(r.birth)),
        row(Field::PersonSex, sex_label(r.sex).localize(lang)),
        row(Field::Level2, level2_label(r.level2).localize(lang)),
        row(
            Field::Smartphone,
            yes_no_label(Field::Smartphone, r.smartphone).localize(lang),
        ),
        row(
            Field::OwnSim,
            yes_no_unsure_label(Field::OwnSim, r.own_sim).localize(lang),
        ),
        row(
            Field::CoRepresentatives,
            yes_no_unsure_label(Field::CoRepresentatives, d.co_representatives).localize(lang),
        ),
    ]);
    if let Some(answer) = d.co_representatives_consent {
        rows.push(row(
            Field::CoRepresentativesConsent,
            yes_no_label(Field::CoRepresentativesConsent, answer).localize(lang),
        ));
    }
    rows.extend([
        row(Field::Phone, d.phone.to_string()),
        row(Field::Email, d.email.as_str().to_owned()),
        row(
            Field::InNationalDatabase,
            yes_no_unsure_label(Field::InNationalDatabase, d.in_national_database).localize(lang),
        ),
    ]);
    rows
}

/// A plain-text summary to paste into a message (Zalo, email). It leaves out the registrant's
/// personal data (ID number, date of birth, phone, email, name): only the organization, the
/// verdict, the reasons with their rules, the checklist and the processing time.
pub fn plain_text_summary(
    readiness: &Readiness,
    valid: &ValidAnswers,
    today: NaiveDate,
    lang: Lang,
) -> String {
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(&format!(
        "{} — {}",
        super::shell::APP_NAME.get(lang),
        super::shell::TOOL_ORGANIZATION.get(lang)
    ));
    line(&checked_on(today, lang));
    line(&organization_line(valid, lang));
    line("");
    line(&format!(
        "{}: {}",
        RESULT_HEADING.get(lang),
        readiness.verdict.localize(lang)
    ));
    line("");
    line(&format!("{}:", REASONS_HEADING.get(lang)));
    for reason in &readiness.reasons {
        line(&format!(
            "- {} ({})",
            reason.localize(lang),
            reason.source.localize(lang)
        ));
    }
    let items: Vec<_> = readiness
        .checklist
        .iter()
        .filter(|item| !matches!(item, ChecklistItem::ContactForResult { .. }))
        .collect();
    if !items.is_empty() {
        line("");
        line(&format!("{}:", CHECKLIST_HEADING.get(lang)));
        for item in items {
            line(&format!("- {}", item.localize(lang)));
        }
    }
    if let Some(processing) = &readiness.processing {
        line("");
        line(&format!(
            "{} ({}):",
            PROCESSING_HEADING.get(lang),
            PROCESSING_SOURCE.localize(lang)
        ));
        for text in processing_lines(processing, lang) {
            line(&format!("- {text}"));
        }
    }
    line("");
    line(&format!("{}:", REMINDERS_HEADING.get(lang)));
    for reminder in &readiness.reminders {
        match reminder.source() {
            Some(source) => line(&format!(
                "- {} ({})",
                reminder.localize(lang),
                source.localize(lang)
            )),
            None => line(&format!("- {}", reminder.localize(lang))),
        }
    }
    line("");
    line(SUMMARY_PRIVACY.get(lang));
    out
}

/// The short tag in front of a reason, so its tone is not told by colour alone (WCAG 1.4.1).
pub fn tone_tag(tone: crate::rules::org_readiness::Tone) -> Option<Text> {
    use crate::rules::org_readiness::Tone;
    match tone {
        Tone::Ok => Some(Text {
            vi: "Đã ổn",
            en: "OK",
        }),
        Tone::Warning => Some(Text {
            vi: "Nên kiểm tra",
            en: "Check",
        }),
        Tone::Stop => Some(Text {
            vi: "Cần xử lý",
            en: "To do",
        }),
        Tone::Info => None,
    }
}

/// "Tổ chức: … — mã số thuế …", printed above the reasons (the check-answers list does not print).
pub fn organization_line(valid: &ValidAnswers, lang: Lang) -> String {
    match valid {
        ValidAnswers::Organization(d) => {
            let mut line = format!("{}: {}", short_label(Field::Name, lang), d.name);
            if let Some(code) = d.tax_code {
                line.push_str(&format!(" — {} {code}", short_label(Field::TaxCode, lang)));
            }
            line
        }
        ValidAnswers::HouseholdBusiness => format!(
            "{}: {}",
            short_label(Field::Kind, lang),
            kind_label(OrgKind::HouseholdBusiness).get(lang)
        ),
    }
}

// ------------------------------------------------------------------------------ old address

texts! { old_address_texts:
    /// The disclosure under the head office's commune picker.
    pub const OLD_ADDRESS_TOGGLE: Text = Text {
        vi: "Biết địa chỉ cũ?",
        en: "Know the old address?",
    };
    pub const OLD_ADDRESS_INTRO: Text = Text {
        vi: "Nếu giấy tờ còn ghi địa chỉ trước ngày 1/7/2025 (xã, huyện, tỉnh cũ), nhập vào đây. \
             Sẵn Sàng tìm xã, phường hiện nay theo bảng chuyển đổi của Cục Thống kê và chọn sẵn ở \
             ô “Xã, phường, đặc khu” bên trên.",
        en: "If your papers still show the address from before 1 July 2025 (old commune, \
             district, province), enter it here. Sẵn Sàng finds today's commune with the \
             statistics office's conversion table and chooses it in “Commune, ward or special \
             zone” above.",
    };
    pub const OLD_ADDRESS_FIND: Text = Text {
        vi: "Tìm xã, phường mới",
        en: "Find today's commune",
    };
    /// The choice when the old commune was split.
    pub const OLD_ADDRESS_SPLIT_LEGEND: Text = Text {
        vi: "Trụ sở chính nay thuộc xã, phường nào?",
        en: "Which commune is the head office in now?",
    };
    /// After a lookup that found no single commune: the way out.
    pub const OLD_ADDRESS_OR_CHOOSE: Text = Text {
        vi: "Nếu chưa rõ, chọn thẳng xã, phường hiện nay ở ô “Xã, phường, đặc khu” bên trên.",
        en: "If in doubt, choose today's commune directly in “Commune, ward or special zone” \
             above.",
    };
    pub const OLD_ADDRESS_LOAD_OFFLINE: Text = Text {
        vi: "Chưa tải được bảng chuyển đổi địa chỉ cũ vì máy đang không có mạng. Chọn thẳng xã, \
             phường hiện nay ở ô bên trên, hoặc kết nối mạng rồi bấm “Thử lại”. Địa chỉ bạn đã \
             nhập vẫn còn nguyên.",
        en: "The old-address conversion table could not be loaded: this device is offline. \
             Choose today's commune directly above, or connect and press “Try again”. The \
             address you typed is kept.",
    };
    pub const OLD_ADDRESS_LOAD_DAMAGED: Text = Text {
        vi: "Bảng chuyển đổi địa chỉ cũ tải về bị hỏng. Chọn thẳng xã, phường hiện nay ở ô bên \
             trên, hoặc bấm “Thử lại”; nếu vẫn vậy, tải lại trang. Địa chỉ bạn đã nhập vẫn còn \
             nguyên.",
        en: "The old-address conversion table arrived damaged. Choose today's commune directly \
             above, or press “Try again”; if it happens again, reload the page. The address you \
             typed is kept.",
    };
}

/// "Đã chọn Xã Bình An, Tỉnh An Giang ở ô “Xã, phường, đặc khu” bên trên."
pub fn old_address_placed(place: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Đã chọn {place} ở ô “Xã, phường, đặc khu” bên trên."),
        Lang::En => format!("{place} is now chosen in “Commune, ward or special zone” above."),
    }
}

/// The street part of the old address, copied into the empty street field.
pub fn old_address_street_filled(street: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Đã điền “{street}” vào ô “Số nhà, tên đường hoặc thôn, xóm”."),
        Lang::En => format!("“{street}” is now in “House number and street, or hamlet”."),
    }
}

texts! { start_again_texts:
    /// Confirmation before "Nhập lại từ đầu" clears every answer.
    pub const START_AGAIN_CONFIRM: Text = Text {
        vi: "Xoá hết câu trả lời trong biểu mẫu này? Không thể khôi phục lại.",
        en: "Clear every answer in this form? It cannot be undone.",
    };
    pub const START_AGAIN_YES: Text = Text {
        vi: "Xoá và nhập lại",
        en: "Clear and start again",
    };
    pub const START_AGAIN_NO: Text = Text {
        vi: "Không xoá",
        en: "Keep my answers",
    };
}

/// Visually hidden text after "Thay đổi", naming what changes.
pub fn change_label(field: Field, lang: Lang) -> String {
    format!("{} {}", CHANGE.get(lang), short_label(field, lang))
}

/// Answers to run through the rules for the registry's sample sentences: the enterprise of the
/// worked examples (Viettel's tax code, Phường Ba Đình, the legal representative with the ID of
/// docs/rules.md §2.2), changed one way per case.
fn sample_answers() -> Vec<(&'static str, crate::rules::org_readiness::OrgAnswers)> {
    use crate::rules::org_readiness::OrgAnswers;
    let ready = OrgAnswers {
        kind: Some(OrgKind::Enterprise),
        status: Some(OperatingStatus::Operating),
        name: "Tập đoàn Công nghiệp - Viễn thông Quân đội".into(),
        short_name: "Viettel".into(),
        tax_code: "0100109106".into(),
        established: "01/06/1989".into(),
        province: "01".into(),
        commune: "00004".into(),
        street: "Số 1 Giang Văn Minh".into(),
        role: Some(RegistrantRole::LegalRepresentative),
        person_name: "Nguyễn Văn An".into(),
        person_id: "001087123456".into(),
        person_birth: "15/03/1987".into(),
        person_sex: Some(Sex::Male),
        level2: Some(Level2Status::Activated),
        smartphone: Some(YesNo::Yes),
        own_sim: Some(YesNoUnsure::Yes),
        co_representatives: Some(YesNoUnsure::No),
        phone: "0912 345 678".into(),
        email: "an.nguyen@gmail.com".into(),
        in_national_database: Some(YesNoUnsure::Yes),
        ..OrgAnswers::default()
    };
    let with = |edit: fn(&mut OrgAnswers)| {
        let mut answers = ready.clone();
        edit(&mut answers);
        answers
    };
    vec![
        ("ready online", ready.clone()),
        (
            "no level 2",
            with(|a| a.level2 = Some(Level2Status::NoAccount)),
        ),
        (
            "not activated",
            with(|a| a.level2 = Some(Level2Status::ApprovedNotActivated)),
        ),
        ("no smartphone", with(|a| a.smartphone = Some(YesNo::No))),
        (
            "authorised",
            with(|a| {
                a.role = Some(RegistrantRole::AuthorisedPerson);
                a.has_authorisation = Some(YesNo::No);
            }),
        ),
        (
            "co-representatives",
            with(|a| {
                a.co_representatives = Some(YesNoUnsure::Yes);
                a.co_representatives_consent = Some(YesNo::No);
            }),
        ),
        (
            "suspended",
            with(|a| a.status = Some(OperatingStatus::Suspended)),
        ),
        (
            "dependent unit",
            with(|a| a.tax_code = "0314409058-002".into()),
        ),
        (
            "personal tax code",
            with(|a| a.tax_code = "001087123456".into()),
        ),
        (
            "not in the database",
            with(|a| a.in_national_database = Some(YesNoUnsure::NotSure)),
        ),
        (
            "household",
            with(|a| a.kind = Some(OrgKind::HouseholdBusiness)),
        ),
        ("cooperative", with(|a| a.kind = Some(OrgKind::Cooperative))),
        (
            "other organization",
            with(|a| a.kind = Some(OrgKind::OtherOrganization)),
        ),
        (
            "wrong check digit",
            with(|a| a.tax_code = "0100109107".into()),
        ),
        (
            "mismatches",
            with(|a| {
                a.person_birth = "15/03/1988".into();
                a.person_sex = Some(Sex::Female);
                a.email = "an@gmial.com".into();
            }),
        ),
        ("empty", OrgAnswers::default()),
    ]
}

/// This module's texts, for [`super::registry`]: the words of every question and answer, and
/// what the rules say about a set of sample answers, sentence by sentence.
pub(crate) fn register(r: &mut Registry) {
    const M: &str = "organization";
    for list in [
        form_texts(),
        result_texts(),
        processing_texts(),
        old_address_texts(),
        start_again_texts(),
    ] {
        r.fixed(M, list);
    }
    r.sentence("organization::old_address_placed", |lang| {
        old_address_placed("Xã Bình An, Tỉnh An Giang", lang)
    });
    r.sentence("organization::old_address_street_filled", |lang| {
        old_address_street_filled("Ấp 3", lang)
    });
    r.words("organization::label", Field::ALL, label);
    r.words("organization::missing", Field::ALL, missing);
    for field in Field::ALL {
        if let Some(text) = hint(field) {
            r.text(format!("organization::hint({field:?})"), text);
        }
        r.sentence(format!("organization::change_label({field:?})"), |lang| {
            change_label(field, lang)
        });
    }
    r.words("organization::kind_label", OrgKind::ALL, kind_label);
    r.words("organization::kind_hint", OrgKind::ALL, kind_hint);
    r.words(
        "organization::status_label",
        OperatingStatus::ALL,
        status_label,
    );
    let roles = [
        RegistrantRole::LegalRepresentative,
        RegistrantRole::AuthorisedPerson,
    ];
    r.words("organization::role_label", roles, role_label);
    r.words(
        "organization::level2_label",
        Level2Status::ALL,
        level2_label,
    );
    r.words(
        "organization::sex_label",
        [Sex::Male, Sex::Female],
        sex_label,
    );
    for field in [
        Field::HasAuthorisation,
        Field::Smartphone,
        Field::CoRepresentativesConsent,
    ] {
        for answer in [YesNo::Yes, YesNo::No] {
            r.text(
                format!("organization::yes_no_label({field:?}, {answer:?})"),
                yes_no_label(field, answer),
            );
        }
    }
    for field in [
        Field::OwnSim,
        Field::CoRepresentatives,
        Field::InNationalDatabase,
    ] {
        for answer in [YesNoUnsure::Yes, YesNoUnsure::No, YesNoUnsure::NotSure] {
            r.text(
                format!("organization::yes_no_unsure_label({field:?}, {answer:?})"),
                yes_no_unsure_label(field, answer),
            );
        }
    }
    use crate::rules::org_readiness::Tone;
    for tone in [Tone::Ok, Tone::Info, Tone::Warning, Tone::Stop] {
        if let Some(tag) = tone_tag(tone) {
            r.text(format!("organization::tone_tag({tone:?})"), tag);
        }
    }
    let Some(today) = NaiveDate::from_ymd_opt(2026, 3, 10) else {
        return;
    };
    r.sentence("organization::checked_on", |lang| checked_on(today, lang));
    for (case, answers) in sample_answers() {
        let assessment = crate::rules::org_readiness::assess(&answers, today);
        let validated = &assessment.validated;
        let problems = validated.errors.iter().chain(&validated.warnings);
        for (i, problem) in problems.enumerate() {
            r.sentence(format!("organization::{case}: problem {i}"), |lang| {
                problem.localize(lang)
            });
        }
        for (i, note) in validated.notes.iter().enumerate() {
            r.sentence(format!("organization::{case}: note {i}"), |lang| {
                note.note.localize(lang)
            });
        }
        let (Some(readiness), Some(valid)) = (&assessment.readiness, &validated.answers) else {
            continue;
        };
        let key = |what: &str| format!("organization::{case}: {what}");
        r.sentence(key("verdict"), |lang| readiness.verdict.localize(lang));
        for (i, reason) in readiness.reasons.iter().enumerate() {
            r.sentence(key(&format!("reason {i}")), |lang| reason.localize(lang));
            r.sentence(key(&format!("source {i}")), |lang| {
                reason.source.localize(lang)
            });
        }
        for (i, item) in readiness.checklist.iter().enumerate() {
            r.sentence(key(&format!("checklist {i}")), |lang| item.localize(lang));
        }
        for (i, reminder) in readiness.reminders.iter().enumerate() {
            r.sentence(key(&format!("reminder {i}")), |lang| {
                reminder.localize(lang)
            });
        }
        if let Some(processing) = &readiness.processing {
            r.sentence(key("processing"), |lang| {
                processing_lines(processing, lang).join(" / ")
            });
        }
        r.sentence(key("summary"), |lang| {
            let rows = summary_rows(valid, lang, today);
            rows.iter()
                .map(|row| format!("{}: {}", row.label, row.value))
                .collect::<Vec<_>>()
                .join(" / ")
        });
        r.sentence(key("plain text"), |lang| {
            plain_text_summary(readiness, valid, today, lang)
        });
        r.sentence(key("organization line"), |lang| {
            organization_line(valid, lang)
        });
    }
}
