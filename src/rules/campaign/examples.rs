//! The source documents' campaigns, loadable in one click, with their published figures next to
//! what this module computes from them (docs/rules.md §4).
//!
//! Each example carries the figures as printed ([`PublishedFigure::published`]) and as computed
//! by [`metrics`](super::metrics) and [`quota`](super::quota) from the example's own campaign
//! ([`PublishedFigure::computed`]); where they differ, a [`FigureNote`] says why. The arithmetic is
//! never adjusted to match a document. Anything the documents do not state (a start date, per-commune
//! rows) is marked: [`ExampleNote`] for assumed settings, [`Unit::illustrative`] for made-up rows.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::metrics::{CampaignReport, report};
use super::quota::{quota, split_into_phases};
use super::{
    AllDays, BasisPoints, Campaign, DonePoint, ExclusionReason, Indicator, IndicatorKind, Phase,
    PhaseTarget, Place, Rounding, Unit,
};

/// Which example.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExampleId {
    /// Huế 7218/UBND-TĐKT, 9/6/2025: organization accounts of enterprises and cooperatives.
    Hue2025,
    /// Kiên Giang 374/KH-UBND, 25/12/2024: quotas of 81 % and two phases.
    KienGiang2024,
    /// Hưng Yên, October 2025: province-level figures as published.
    HungYen2025,
    /// Hưng Yên, October 2025: 104 communes with illustrative figures (10 under 70 %).
    HungYen2025Communes,
    /// Đồng Nai 2026: card collection by 30/6/2026 and activation by 31/8/2026.
    DongNai2026,
}

impl ExampleId {
    /// All examples, in the order the picker shows them.
    pub const ALL: [ExampleId; 5] = [
        ExampleId::Hue2025,
        ExampleId::KienGiang2024,
        ExampleId::HungYen2025,
        ExampleId::HungYen2025Communes,
        ExampleId::DongNai2026,
    ];

    /// Builds the example.
    pub fn load(self) -> Example {
        match self {
            ExampleId::Hue2025 => hue_2025(),
            ExampleId::KienGiang2024 => kien_giang_2024(),
            ExampleId::HungYen2025 => hung_yen_2025(),
            ExampleId::HungYen2025Communes => hung_yen_2025_communes(),
            ExampleId::DongNai2026 => dong_nai_2026(),
        }
    }
}

/// What a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Figure {
    /// Count done.
    Done,
    /// Base (total).
    Base,
    /// Achieved rate.
    Achieved,
    /// Target share of the base.
    TargetShare,
    /// Quota (target count).
    Quota,
    /// What a phase must achieve.
    PhaseTarget,
    /// Flag threshold.
    Threshold,
    /// Units under the flag threshold.
    UnitsUnderThreshold,
    /// Citizen records collected (Hưng Yên).
    CitizenRecords,
    /// Share of citizens aged 14 and over with a record (Hưng Yên).
    CitizenRecordsShare,
    /// Personal accounts granted (Hưng Yên).
    AccountsGranted,
    /// Organizations guided through registration (Hưng Yên).
    OrganizationsGuided,
    /// Residents without a card (Đồng Nai).
    ResidentsWithoutCard,
    /// Accounts approved but not activated (Đồng Nai).
    AccountsNotActivated,
}

/// A figure's value as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Amount {
    /// A whole count.
    Count(u64),
    /// A percentage: `scaled` / 10^`decimals` % (63,1 % = `{ scaled: 631, decimals: 1 }`).
    Percent { scaled: u64, decimals: u8 },
}

/// Why a computed figure differs from the published one, or cannot be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FigureNote {
    /// The plan summed quotas rounded per district; 81 % of the province total rounds to one less
    /// (Kiên Giang, cooperatives: 429 computed, 430 published).
    SummedDistrictRoundings,
    /// The document gives the share but not its base, so the tool cannot recompute it.
    BaseNotPublished,
    /// Computed from illustrative rows: the document gives the count, not the rows.
    FromIllustrativeRows,
}

/// A figure of the source document, and the tool's own computation of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PublishedFigure {
    /// What it is.
    pub figure: Figure,
    /// The row it is about (index into the campaign's units), if any.
    pub unit: Option<usize>,
    /// The phase it is about, if any.
    pub phase: Option<usize>,
    /// As printed in the document.
    pub published: Amount,
    /// As computed from the example's campaign; `None` when the document lacks the inputs.
    pub computed: Option<Amount>,
    /// Why they differ or why there is no computation.
    pub note: Option<FigureNote>,
}

impl PublishedFigure {
    /// Published and computed agree.
    pub fn agrees(&self) -> bool {
        self.computed == Some(self.published)
    }
}

/// Something the UI says about an example as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExampleNote {
    /// The document does not state the campaign's start (or deadline); the example assumes one.
    DatesAssumed,
    /// The document does not state the target share; the example assumes 80 %.
    TargetAssumed,
    /// The rows are illustrative ("minh hoạ"), made up so the tracker has something to show.
    RowsIllustrative,
    /// Targets for "other organizations" (Huế: ≥ 50 %; Kiên Giang: 20 % then 30 %) are left out:
    /// the documents give no count for them.
    OtherOrganizationsLeftOut,
    /// Two indicators with their own deadlines: two campaigns (card collection, activation).
    TwoCampaigns,
    /// The activation campaign checks "≥ 90 % of the accounts received each month are activated":
    /// add one row per month (accounts received as the base, activated as done); months under
    /// 90 % are flagged.
    MonthlyRows,
}

/// A loaded example.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Example {
    /// Which one.
    pub id: ExampleId,
    /// The campaign to open.
    pub campaign: Campaign,
    /// A second campaign from the same document (Đồng Nai: activation), if any.
    pub companion: Option<Campaign>,
    /// The document's date: "today" for its figures.
    #[serde(with = "super::serde_date")]
    pub as_of: NaiveDate,
    /// Published figures with the tool's computation.
    pub figures: Vec<PublishedFigure>,
    /// What the UI must say about the example.
    pub notes: Vec<ExampleNote>,
}

impl Example {
    /// The report of the main campaign on the document's date, in calendar days.
    pub fn report(&self) -> CampaignReport {
        report(&self.campaign, self.as_of, &AllDays)
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn named(name: &str, base: u64, done: Option<u64>) -> Unit {
    Unit::new(Place::Named(name.to_owned()), base, done)
}

fn percent_of(report: &CampaignReport, unit: usize, decimals: u8) -> Option<Amount> {
    let ratio = report.units.get(unit)?.figures.achieved?;
    let scaled = u64::try_from(ratio.percent_scaled(decimals)?).ok()?;
    Some(Amount::Percent { scaled, decimals })
}

fn figure(
    figure: Figure,
    unit: Option<usize>,
    published: Amount,
    computed: Option<Amount>,
) -> PublishedFigure {
    PublishedFigure {
        figure,
        unit,
        phase: None,
        published,
        computed,
        note: None,
    }
}

/// Huế 7218/UBND-TĐKT (9/6/2025): 1.309 of 8.630 enterprises and cooperatives have an
/// organization account = 15,17 %; target ≥ 80 % by 30/6/2025. The tool computes the quota 6.904,
/// the remaining 5.595 and the daily rate (5.595 ÷ 21 calendar days after 9/6 = 266,4, so at
/// least 267 a day). The campaign starts on the document's date, with 1.309 as its first figure.
pub fn hue_2025() -> Example {
    let as_of = date(2025, 6, 9);
    let mut unit = named("Doanh nghiệp và hợp tác xã", 8_630, Some(1_309));
    unit.history = vec![DonePoint {
        date: as_of,
        done: 1_309,
    }];
    let mut campaign = Campaign::new(
        "Cao điểm định danh điện tử tổ chức — Huế",
        Indicator::of(IndicatorKind::OrganizationAccounts),
        as_of,
        date(2025, 6, 30),
    );
    campaign.area = Some(46);
    campaign.target = BasisPoints::percent(80);
    campaign.units = vec![unit];
    let r = report(&campaign, as_of, &AllDays);
    let f = r.units.first().map(|u| &u.figures);
    let figures = vec![
        figure(
            Figure::Done,
            Some(0),
            Amount::Count(1_309),
            f.and_then(|f| f.done).map(Amount::Count),
        ),
        figure(
            Figure::Base,
            Some(0),
            Amount::Count(8_630),
            f.map(|f| Amount::Count(f.base)),
        ),
        figure(
            Figure::Achieved,
            Some(0),
            Amount::Percent {
                scaled: 1_517,
                decimals: 2,
            },
            percent_of(&r, 0, 2),
        ),
        figure(
            Figure::TargetShare,
            None,
            Amount::Percent {
                scaled: 80,
                decimals: 0,
            },
            Some(Amount::Percent {
                scaled: u64::from(campaign.target.0 / 100),
                decimals: 0,
            }),
        ),
    ];
    Example {
        id: ExampleId::Hue2025,
        campaign,
        companion: None,
        as_of,
        figures,
        notes: vec![ExampleNote::OtherOrganizationsLeftOut],
    }
}

/// Kiên Giang 374/KH-UBND (25/12/2024): 11.589 enterprises, 530 cooperatives, 1.748
/// organizations with a tax code; quota 81 %; phase 1 to 31/01/2025, phase 2 to 30/6/2025.
///
/// Computed with round-half-up: quotas 9.387 / 429 / 1.416; phase 1 (30 % of the quota, largest
/// remainder) 2.816 / 129 / 425; phase 2 6.571 / 300 / 991; phases add up to the quota. The plan
/// published 430 and 130 for cooperatives because it summed quotas rounded per district; the
/// example shows both, with [`FigureNote::SummedDistrictRoundings`].
pub fn kien_giang_2024() -> Example {
    let as_of = date(2024, 12, 25);
    let mut campaign = Campaign::new(
        "Kế hoạch 374/KH-UBND — định danh điện tử tổ chức, Kiên Giang",
        Indicator::of(IndicatorKind::OrganizationAccounts),
        as_of,
        date(2025, 6, 30),
    );
    campaign.target = BasisPoints::percent(81);
    campaign.rounding = Rounding::Nearest;
    campaign.phases = vec![
        Phase {
            end: date(2025, 1, 31),
            target: PhaseTarget::ShareOfQuota(BasisPoints::percent(30)),
            label: Some("Giai đoạn 1".to_owned()),
        },
        Phase {
            end: date(2025, 6, 30),
            target: PhaseTarget::ShareOfQuota(BasisPoints::percent(70)),
            label: Some("Giai đoạn 2".to_owned()),
        },
    ];
    campaign.units = vec![
        named("Doanh nghiệp", 11_589, None),
        named("Hợp tác xã", 530, None),
        named("Tổ chức có mã số thuế", 1_748, None),
    ];
    let published_quota = [9_387, 430, 1_416];
    let published_phases = [[2_816, 6_571], [130, 300], [425, 991]];
    let shares = [BasisPoints::percent(30), BasisPoints::percent(70)];
    let mut figures = Vec::new();
    for (unit, u) in campaign.units.iter().enumerate() {
        let computed = quota(campaign.target, u.base, campaign.rounding);
        let published = published_quota.get(unit).copied().unwrap_or(0);
        let mut f = figure(
            Figure::Quota,
            Some(unit),
            Amount::Count(published),
            Some(Amount::Count(computed)),
        );
        f.note = (computed != published).then_some(FigureNote::SummedDistrictRoundings);
        figures.push(f);
        let phases = split_into_phases(computed, &shares);
        for (phase, &part) in phases.iter().enumerate() {
            let published = published_phases
                .get(unit)
                .and_then(|p| p.get(phase))
                .copied()
                .unwrap_or(0);
            figures.push(PublishedFigure {
                figure: Figure::PhaseTarget,
                unit: Some(unit),
                phase: Some(phase),
                published: Amount::Count(published),
                computed: Some(Amount::Count(part)),
                note: (part != published).then_some(FigureNote::SummedDistrictRoundings),
            });
        }
    }
    Example {
        id: ExampleId::KienGiang2024,
        campaign,
        companion: None,
        as_of,
        figures,
        notes: vec![ExampleNote::OtherOrganizationsLeftOut],
    }
}

/// Hưng Yên, October 2025, as published: organizations 12.420 granted of 19.671 = 63,1 %
/// (63,14 % with two decimals), 15.362 guided; 2.129.289 citizen records = 76,93 % of citizens
/// aged 14 and over (the base is not published, so the share cannot be recomputed); 1.933.164
/// level-2 accounts granted; 10 communes under 70 % (the rows are in
/// [`hung_yen_2025_communes`], illustrative). The document's dates and target are not in
/// docs/rules.md: the example assumes 1/10/2025 to 31/12/2025 and 80 %.
pub fn hung_yen_2025() -> Example {
    let as_of = date(2025, 10, 31);
    let mut campaign = Campaign::new(
        "Định danh điện tử tổ chức — Hưng Yên (10/2025)",
        Indicator::of(IndicatorKind::OrganizationAccounts),
        date(2025, 10, 1),
        date(2025, 12, 31),
    );
    campaign.area = Some(33);
    campaign.units = vec![named("Toàn tỉnh", 19_671, Some(12_420))];
    let r = report(&campaign, as_of, &AllDays);
    let communes = hung_yen_2025_communes();
    let under = super::metrics::units_under_threshold(&communes.report()).len() as u64;
    let figures = vec![
        figure(
            Figure::Done,
            Some(0),
            Amount::Count(12_420),
            r.units
                .first()
                .and_then(|u| u.figures.done)
                .map(Amount::Count),
        ),
        figure(
            Figure::Base,
            Some(0),
            Amount::Count(19_671),
            r.units.first().map(|u| Amount::Count(u.figures.base)),
        ),
        figure(
            Figure::Achieved,
            Some(0),
            Amount::Percent {
                scaled: 631,
                decimals: 1,
            },
            percent_of(&r, 0, 1),
        ),
        figure(
            Figure::OrganizationsGuided,
            None,
            Amount::Count(15_362),
            None,
        ),
        figure(Figure::CitizenRecords, None, Amount::Count(2_129_289), None),
        PublishedFigure {
            note: Some(FigureNote::BaseNotPublished),
            ..figure(
                Figure::CitizenRecordsShare,
                None,
                Amount::Percent {
                    scaled: 7_693,
                    decimals: 2,
                },
                None,
            )
        },
        figure(
            Figure::AccountsGranted,
            None,
            Amount::Count(1_933_164),
            None,
        ),
        PublishedFigure {
            note: Some(FigureNote::FromIllustrativeRows),
            ..figure(
                Figure::UnitsUnderThreshold,
                None,
                Amount::Count(10),
                Some(Amount::Count(under)),
            )
        },
    ];
    Example {
        id: ExampleId::HungYen2025,
        campaign,
        companion: None,
        as_of,
        figures,
        notes: vec![ExampleNote::DatesAssumed, ExampleNote::TargetAssumed],
    }
}

/// The communes and wards of Hưng Yên (province 33) in the 2025 list, in code order (104 units).
pub fn hung_yen_communes() -> Vec<u32> {
    let mut codes: Vec<u32> = crate::rules::units::ProvinceCode::new(33)
        .ok()
        .map(|p| {
            crate::rules::units::communes_of(p)
                .iter()
                .map(|c| c.code.get())
                .collect()
        })
        .unwrap_or_default();
    codes.sort_unstable();
    codes
}

/// A small deterministic generator for the illustrative rows (a 64-bit LCG, Knuth's MMIX
/// constants), so the example is the same on every device.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below.max(1)
    }
}

/// Hưng Yên's 104 communes with **illustrative** figures (every row has `illustrative: true`):
/// citizens aged 14 and over per commune in the tens of thousands, exclusions by reason, records
/// collected; 10 communes are under 70 % after exclusions, matching the published count, and a
/// few more would be under 70 % without exclusions (the tracker shows both rates).
pub fn hung_yen_2025_communes() -> Example {
    let as_of = date(2025, 10, 31);
    let mut campaign = Campaign::new(
        "Thu nhận hồ sơ căn cước — Hưng Yên (minh hoạ)",
        Indicator {
            kind: IndicatorKind::CitizenRecords,
            label: Some("công dân từ 14 tuổi".to_owned()),
        },
        date(2025, 10, 1),
        date(2025, 12, 31),
    );
    campaign.area = Some(33);
    let mut rng = Lcg(20_251_031);
    campaign.units = hung_yen_communes()
        .iter()
        .enumerate()
        .map(|(i, &code)| {
            let base = 12_000 + rng.next(30_000);
            let mut unit = Unit::new(Place::Commune(code), base, None);
            let per_mille = [
                (ExclusionReason::FrailOrElderly, 10 + rng.next(20)),
                (ExclusionReason::NoSmartphone, 20 + rng.next(30)),
                (ExclusionReason::NoOwnSim, 5 + rng.next(10)),
                (ExclusionReason::Abroad, 5 + rng.next(15)),
            ];
            for (reason, pm) in per_mille {
                unit.exclusions.set(reason, base * pm / 1_000);
            }
            let net = base - unit.exclusions.total();
            // Communes 6, 16, …, 96 (10 of 104) are under 70 %; the others between 72 % and 90 %.
            let rate = if i % 10 == 5 {
                5_500 + rng.next(1_400)
            } else {
                7_200 + rng.next(1_800)
            };
            unit.done = Some(net * rate / 10_000);
            unit.illustrative = true;
            unit
        })
        .collect();
    Example {
        id: ExampleId::HungYen2025Communes,
        campaign,
        companion: None,
        as_of,
        figures: Vec::new(),
        notes: vec![
            ExampleNote::RowsIllustrative,
            ExampleNote::DatesAssumed,
            ExampleNote::TargetAssumed,
        ],
    }
}

/// Đồng Nai 2026: 311.482 residents without a card; 161.425 accounts approved but not activated;
/// collection for children aged 6–14 by 30/6/2026; activation by 31/8/2026; at least 90 % of the
/// accounts received each month must be activated.
///
/// Two indicators with two deadlines make two campaigns ([`ExampleNote::TwoCampaigns`]): card
/// collection (the main campaign, deadline 30/6/2026) and activation (the companion, deadline
/// 31/8/2026, target and flag threshold 90 %, one row per month, [`ExampleNote::MonthlyRows`]; its
/// first row is the published backlog, with nothing activated yet). The documents' start date is
/// not in docs/rules.md: the example assumes 1/4/2026, and 100 % for card collection.
pub fn dong_nai_2026() -> Example {
    let as_of = date(2026, 4, 1);
    let mut cards = Campaign::new(
        "Thu nhận hồ sơ căn cước — Đồng Nai 2026",
        Indicator {
            kind: IndicatorKind::CitizenRecords,
            label: Some("người chưa có thẻ căn cước; trẻ 6–14 tuổi trước 30/6".to_owned()),
        },
        as_of,
        date(2026, 6, 30),
    );
    cards.area = Some(75);
    cards.target = BasisPoints::HUNDRED;
    cards.units = vec![named("Người chưa có thẻ căn cước", 311_482, None)];
    let mut activation = Campaign::new(
        "Kích hoạt tài khoản định danh điện tử — Đồng Nai 2026",
        Indicator::of(IndicatorKind::Activations),
        as_of,
        date(2026, 8, 31),
    );
    activation.area = Some(75);
    activation.target = BasisPoints::percent(90);
    activation.flag_threshold = BasisPoints::percent(90);
    activation.units = vec![named(
        "Tài khoản đã duyệt, chưa kích hoạt (tồn đầu kỳ)",
        161_425,
        Some(0),
    )];
    let backlog = activation
        .units
        .first()
        .map(|u| Amount::Count(u.base.saturating_sub(u.done.unwrap_or(0))));
    let figures = vec![
        figure(
            Figure::ResidentsWithoutCard,
            Some(0),
            Amount::Count(311_482),
            cards.units.first().map(|u| Amount::Count(u.base)),
        ),
        figure(
            Figure::AccountsNotActivated,
            None,
            Amount::Count(161_425),
            backlog,
        ),
        figure(
            Figure::Threshold,
            None,
            Amount::Percent {
                scaled: 90,
                decimals: 0,
            },
            Some(Amount::Percent {
                scaled: u64::from(activation.flag_threshold.0 / 100),
                decimals: 0,
            }),
        ),
    ];
    Example {
        id: ExampleId::DongNai2026,
        campaign: cards,
        companion: Some(activation),
        as_of,
        figures,
        notes: vec![
            ExampleNote::TwoCampaigns,
            ExampleNote::MonthlyRows,
            ExampleNote::DatesAssumed,
            ExampleNote::TargetAssumed,
        ],
    }
}
