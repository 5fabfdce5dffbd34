//! The source documents' campaigns, loadable in one click, with their published figures next to
//! what this module computes from them (docs/rules.md §4, §4.1). Each document is one campaign
//! with all its indicators, as an officer would keep it.
//!
//! Each example carries the figures as printed ([`PublishedFigure::published`]) and as computed
//! by [`metrics`](super::metrics) and [`quota`](super::quota) from the example's own campaign
//! ([`PublishedFigure::computed`]); where they differ, a [`FigureNote`] says why. The arithmetic is
//! never adjusted to match a document. Anything the documents do not state (a start date, per-commune
//! rows) is marked: [`ExampleNote`] for assumed settings, [`Unit::illustrative`] for made-up rows.
//! Made-up commune rows are split from the published province totals by largest remainder
//! ([`apportion`]), so they add up to the published figures exactly.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::apportion::apportion;
use super::metrics::{CampaignReport, report};
use super::quota::split_into_phases;
use super::{
    AllDays, BaseSource, BasisPoints, Campaign, DonePoint, ExclusionReason, Indicator,
    IndicatorKind, Measure, Month, MonthFigure, Phase, PhaseTarget, Place, Rounding, Tally,
    TargetBase, Unit,
};

/// Which example.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExampleId {
    /// Huế 7218/UBND-TĐKT, 9/6/2025: organization accounts of enterprises and cooperatives.
    Hue2025,
    /// Kiên Giang 374/KH-UBND, 25/12/2024: four groups of organizations, 81 %, two phases.
    KienGiang2024,
    /// Hưng Yên, October 2025: 104 communes, four indicators (illustrative rows adding up to the
    /// published figures). Drafts of the first tracker named its commune example separately.
    #[serde(alias = "HungYen2025Communes")]
    HungYen2025,
    /// Đồng Nai 2026: card records by 30/6/2026, activations by 31/8/2026, ≥ 90 % each month.
    DongNai2026,
}

impl ExampleId {
    /// All examples, in the order the picker shows them.
    pub const ALL: [ExampleId; 4] = [
        ExampleId::Hue2025,
        ExampleId::KienGiang2024,
        ExampleId::HungYen2025,
        ExampleId::DongNai2026,
    ];

    /// Builds the example.
    pub fn load(self) -> Example {
        match self {
            ExampleId::Hue2025 => hue_2025(),
            ExampleId::KienGiang2024 => kien_giang_2024(),
            ExampleId::HungYen2025 => hung_yen_2025(),
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
    /// Deadline.
    Deadline,
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
    /// A date.
    Date(#[serde(with = "super::serde_date")] NaiveDate),
}

/// Why a computed figure differs from the published one, or how it was computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FigureNote {
    /// The plan summed quotas rounded per district; 81 % of the province total rounds to one less
    /// (Kiên Giang, cooperatives: 429 computed, 430 published).
    SummedDistrictRoundings,
    /// The document gives the share but not its base, so the tool cannot recompute it.
    BaseNotPublished,
    /// Computed from illustrative rows: the document gives the count, not the rows.
    FromIllustrativeRows,
    /// The document gives the share, not its base: the illustrative rows' base is the smallest
    /// whole count giving that share, so the share is recomputed, not checked.
    BaseDerivedFromShare,
    /// The sum of the illustrative commune rows, which were split from the published total.
    SumOfIllustrativeRows,
}

/// A figure of the source document, and the tool's own computation of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PublishedFigure {
    /// What it is.
    pub figure: Figure,
    /// The indicator it is about, if any.
    pub indicator: Option<usize>,
    /// The phase it is about, if any.
    pub phase: Option<usize>,
    /// As printed in the document.
    pub published: Amount,
    /// As computed from the example's campaign; `None` when the document lacks the inputs.
    pub computed: Option<Amount>,
    /// Why they differ, or how the computed one was made.
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
    /// The commune rows are illustrative ("minh hoạ"), made up so the tracker has something to
    /// show; they add up to the published totals.
    RowsIllustrative,
    /// Huế: the target for "other organizations" (≥ 50 %) is left out: the document gives no
    /// count for them.
    OtherOrganizationsLeftOut,
    /// Kiên Giang: "other organizations" must reach 20 % in phase 1 and 30 % more in phase 2
    /// (50 % by 30/6/2025); the document gives no count, so enter yours.
    OtherOrganizationsNoCount,
    /// Kiên Giang: the plan also split each quota per district; the tracker's quota split
    /// (largest remainder) does that for any indicator.
    SplitPerDistrict,
    /// Đồng Nai: two deadlines in one campaign (card records by 30/6, activations by 31/8).
    TwoDeadlines,
    /// Đồng Nai: the monthly indicator checks "≥ 90 % of the accounts received each month are
    /// activated", month by month.
    MonthlyThreshold,
    /// Hưng Yên: accounts granted are counted over records collected, organizations granted over
    /// the organizations (the same base as those guided).
    ChainedBases,
}

/// A loaded example.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Example {
    /// Which one.
    pub id: ExampleId,
    /// The campaign to open (its figures are as of [`Example::as_of`]).
    pub campaign: Campaign,
    /// The figures' date: the document's date, or the illustrative rows' date.
    #[serde(with = "super::serde_date")]
    pub as_of: NaiveDate,
    /// Published figures with the tool's computation.
    pub figures: Vec<PublishedFigure>,
    /// What the UI must say about the example.
    pub notes: Vec<ExampleNote>,
}

impl Example {
    /// The report on the figures' date, in calendar days.
    pub fn report(&self) -> CampaignReport {
        report(&self.campaign, self.as_of, &AllDays)
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn named(name: &str, tallies: Vec<Tally>) -> Unit {
    Unit::new(Place::Named(name.to_owned()), tallies)
}

fn percent(ratio: Option<super::metrics::Ratio>, decimals: u8) -> Option<Amount> {
    let scaled = u64::try_from(ratio?.percent_scaled(decimals)?).ok()?;
    Some(Amount::Percent { scaled, decimals })
}

fn whole_percent(p: BasisPoints) -> Amount {
    Amount::Percent {
        scaled: u64::from(p.0 / 100),
        decimals: 0,
    }
}

fn figure(
    figure: Figure,
    indicator: Option<usize>,
    published: Amount,
    computed: Option<Amount>,
) -> PublishedFigure {
    PublishedFigure {
        figure,
        indicator,
        phase: None,
        published,
        computed,
        note: None,
    }
}

fn noted(note: FigureNote, f: PublishedFigure) -> PublishedFigure {
    PublishedFigure {
        note: Some(note),
        ..f
    }
}

fn totals(r: &CampaignReport, i: usize) -> Option<&super::metrics::Figures> {
    r.indicator(i).map(|x| &x.totals.figures)
}

/// Huế 7218/UBND-TĐKT (9/6/2025): 1.309 of 8.630 enterprises and cooperatives have an
/// organization account = 15,17 %; target ≥ 80 % by 30/6/2025. The tool computes the quota 6.904,
/// the remaining 5.595 and the daily rate (5.595 ÷ 21 calendar days after 9/6 = 266,4, so at
/// least 267 a day). The campaign starts on the document's date, with 1.309 as its first figure.
pub fn hue_2025() -> Example {
    let as_of = date(2025, 6, 9);
    let mut tally = Tally::new(8_630, Some(1_309));
    tally.history = vec![DonePoint {
        date: as_of,
        done: 1_309,
    }];
    let mut campaign = Campaign::new(
        "Cao điểm định danh điện tử tổ chức — Huế",
        Indicator::labelled(
            IndicatorKind::OrganizationAccounts,
            "Doanh nghiệp và hợp tác xã",
            date(2025, 6, 30),
        ),
        as_of,
    );
    campaign.area = Some(46);
    campaign.as_of = Some(as_of);
    campaign.set_units([named("Doanh nghiệp và hợp tác xã", vec![tally])]);
    let r = report(&campaign, as_of, &AllDays);
    let f = totals(&r, 0);
    let target = campaign.indicators.first().map(|x| x.target);
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
            percent(f.and_then(|f| f.achieved), 2),
        ),
        figure(
            Figure::TargetShare,
            Some(0),
            Amount::Percent {
                scaled: 80,
                decimals: 0,
            },
            target.map(whole_percent),
        ),
        figure(
            Figure::Deadline,
            Some(0),
            Amount::Date(date(2025, 6, 30)),
            campaign
                .indicators
                .first()
                .map(|x| Amount::Date(x.deadline)),
        ),
    ];
    Example {
        id: ExampleId::Hue2025,
        campaign,
        as_of,
        figures,
        notes: vec![ExampleNote::OtherOrganizationsLeftOut],
    }
}

/// Kiên Giang 374/KH-UBND (25/12/2024): four groups — 11.589 enterprises, 530 cooperatives, 1.748
/// organizations with a tax code, and other organizations (no count) —, one indicator each;
/// quota 81 % (other organizations: 20 % in phase 1 and 30 % in phase 2); phase 1 to 31/01/2025,
/// phase 2 to 30/6/2025. One row: the province.
///
/// Computed with round-half-up: quotas 9.387 / 429 / 1.416; phase 1 (30 % of the quota, largest
/// remainder) 2.816 / 129 / 425; phase 2 6.571 / 300 / 991; phases add up to the quota. The plan
/// published 430 and 130 for cooperatives because it summed quotas rounded per district; the
/// example shows both, with [`FigureNote::SummedDistrictRoundings`]. Other organizations: target
/// 50 % split 40 % / 60 % of the quota, i.e. 20 % and 30 % of their count.
pub fn kien_giang_2024() -> Example {
    let as_of = date(2024, 12, 25);
    let deadline = date(2025, 6, 30);
    let phases = |first: u32, second: u32| {
        vec![
            Phase {
                end: date(2025, 1, 31),
                target: PhaseTarget::ShareOfQuota(BasisPoints::percent(first)),
                label: Some("Giai đoạn 1".to_owned()),
            },
            Phase {
                end: deadline,
                target: PhaseTarget::ShareOfQuota(BasisPoints::percent(second)),
                label: Some("Giai đoạn 2".to_owned()),
            },
        ]
    };
    let group = |label: &str, target: u32, first: u32, second: u32| Indicator {
        target: BasisPoints::percent(target),
        phases: phases(first, second),
        ..Indicator::labelled(IndicatorKind::OrganizationAccounts, label, deadline)
    };
    let mut campaign = Campaign::new(
        "Kế hoạch 374/KH-UBND — định danh điện tử tổ chức, Kiên Giang",
        group("Doanh nghiệp", 81, 30, 70),
        as_of,
    );
    campaign.indicators.push(group("Hợp tác xã", 81, 30, 70));
    campaign
        .indicators
        .push(group("Tổ chức có mã số thuế", 81, 30, 70));
    let mut other = group("Tổ chức khác", 50, 40, 60);
    other.flag_threshold = BasisPoints::percent(50);
    campaign.indicators.push(other);
    campaign.as_of = Some(as_of);
    campaign.set_units([named(
        "Toàn tỉnh Kiên Giang",
        vec![
            Tally::new(11_589, None),
            Tally::new(530, None),
            Tally::new(1_748, None),
            Tally::new(0, None),
        ],
    )]);
    let published_quota = [9_387, 430, 1_416];
    let published_phases = [[2_816, 6_571], [130, 300], [425, 991]];
    let mut figures = Vec::new();
    for (i, x) in campaign.indicators.iter().enumerate().take(3) {
        let computed = campaign.unit_quota(0, i);
        let published = published_quota.get(i).copied().unwrap_or(0);
        let mut f = figure(
            Figure::Quota,
            Some(i),
            Amount::Count(published),
            Some(Amount::Count(computed)),
        );
        f.note = (computed != published).then_some(FigureNote::SummedDistrictRoundings);
        figures.push(f);
        let shares = x.phase_shares();
        for (phase, &part) in split_into_phases(computed, &shares).iter().enumerate() {
            let published = published_phases
                .get(i)
                .and_then(|p| p.get(phase))
                .copied()
                .unwrap_or(0);
            figures.push(PublishedFigure {
                figure: Figure::PhaseTarget,
                indicator: Some(i),
                phase: Some(phase),
                published: Amount::Count(published),
                computed: Some(Amount::Count(part)),
                note: (part != published).then_some(FigureNote::SummedDistrictRoundings),
            });
        }
    }
    // Other organizations: each phase's share of their count = target × the phase's share.
    if let Some(x) = campaign.indicators.get(3) {
        for (phase, (p, published)) in x.phases.iter().zip([20, 30]).enumerate() {
            let computed = match p.target {
                PhaseTarget::ShareOfQuota(s) => Some(Amount::Percent {
                    scaled: u64::from(x.target.0) * u64::from(s.0) / 1_000_000,
                    decimals: 0,
                }),
                PhaseTarget::Count(_) => None,
            };
            figures.push(PublishedFigure {
                figure: Figure::TargetShare,
                indicator: Some(3),
                phase: Some(phase),
                published: Amount::Percent {
                    scaled: published,
                    decimals: 0,
                },
                computed,
                note: None,
            });
        }
    }
    Example {
        id: ExampleId::KienGiang2024,
        campaign,
        as_of,
        figures,
        notes: vec![
            ExampleNote::OtherOrganizationsNoCount,
            ExampleNote::SplitPerDistrict,
        ],
    }
}

/// The communes and wards of a province in the 2025 list, in code order (Hưng Yên, 33: 104;
/// Đồng Nai, 75: 95).
pub fn communes_of(province: u8) -> Vec<u32> {
    let mut codes: Vec<u32> = crate::units::ProvinceCode::new(province)
        .ok()
        .map(|p| {
            crate::units::communes_of(p)
                .iter()
                .map(|c| c.code.get())
                .collect()
        })
        .unwrap_or_default();
    codes.sort_unstable();
    codes
}

/// The communes and wards of Hưng Yên (province 33) in the 2025 list, in code order (104 units).
pub fn hung_yen_communes() -> Vec<u32> {
    communes_of(33)
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

    /// A whole number in `low..high` (per mille, percent …).
    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next(high.saturating_sub(low))
    }
}

/// `values[i] × factors[i]` as weights, then `total` split by largest remainder: made-up rows
/// that add up to a published total exactly.
fn split_total(total: u64, values: &[u64], factors: &[u64]) -> Vec<u64> {
    let weights: Vec<u64> = values
        .iter()
        .zip(factors)
        .map(|(v, f)| v.saturating_mul(*f))
        .collect();
    apportion(total, &weights)
}

/// Citizens aged 14 and over in Hưng Yên, for the illustrative rows: the document gives 2.129.289
/// records = 76,93 % but not this base. Any base from 2.767.647 to 2.768.006 gives 76,93 %
/// (rounded to two decimals); this is 2.129.289 ÷ 76,93 % rounded ([`FigureNote::BaseDerivedFromShare`]).
pub const HUNG_YEN_CITIZENS_14: u64 = 2_767_827;

/// Hưng Yên, October 2025: one campaign, 104 communes, four indicators.
///
/// Published: 2.129.289 records = 76,93 % of citizens aged 14+; 1.933.164 level-2 accounts
/// granted; organizations: 19.671, 15.362 guided, 12.420 granted = 63,1 % (63,14 % with two
/// decimals); 10 communes under 70 %. The per-commune rows are **illustrative**
/// (`illustrative: true`): made up, then scaled so that they add up to the published totals
/// exactly; 10 communes are under 70 % of records after exclusions, as published, and a few more
/// would be without exclusions (the tracker shows both rates). Accounts granted are counted over
/// records collected ([`BaseSource::DoneOf`]); organizations granted over the same organizations
/// as those guided ([`BaseSource::SameAs`]). Weekly figures of 17/10 and 24/10 give the history.
/// The document's dates and targets are not in docs/rules.md: the example assumes 1/10/2025 to
/// 31/12/2025 and 80 %.
pub fn hung_yen_2025() -> Example {
    let as_of = date(2025, 10, 31);
    let deadline = date(2025, 12, 31);
    let mut records = Indicator::labelled(
        IndicatorKind::CitizenRecords,
        "Thu nhận hồ sơ (công dân từ 14 tuổi)",
        deadline,
    );
    records.target_base = TargetBase::AfterExclusions;
    let mut campaign = Campaign::new(
        "Định danh điện tử — Hưng Yên (10/2025)",
        records,
        date(2025, 10, 1),
    );
    campaign.area = Some(33);
    campaign.as_of = Some(as_of);
    campaign.indicators.push(Indicator {
        base: BaseSource::DoneOf(0),
        ..Indicator::new(IndicatorKind::Level2Accounts, deadline)
    });
    campaign
        .indicators
        .push(Indicator::new(IndicatorKind::OrganizationsGuided, deadline));
    campaign.indicators.push(Indicator {
        base: BaseSource::SameAs(2),
        ..Indicator::labelled(
            IndicatorKind::OrganizationAccounts,
            "Tổ chức đã được cấp tài khoản",
            deadline,
        )
    });

    let codes = hung_yen_communes();
    let n = codes.len();
    let mut rng = Lcg(20_251_031);
    let weights: Vec<u64> = (0..n).map(|_| rng.between(12_000, 42_000)).collect();
    let citizens = apportion(HUNG_YEN_CITIZENS_14, &weights);
    let exclusions: Vec<[u64; 4]> = citizens
        .iter()
        .map(|&base| {
            [
                base * rng.between(10, 30) / 1_000,
                base * rng.between(20, 50) / 1_000,
                base * rng.between(5, 15) / 1_000,
                base * rng.between(5, 20) / 1_000,
            ]
        })
        .collect();
    let net: Vec<u64> = citizens
        .iter()
        .zip(&exclusions)
        .map(|(b, e)| b.saturating_sub(e.iter().sum()))
        .collect();
    // Communes 6, 16, …, 96 (10 of 104) achieve 50–62 % of their net base before scaling; the
    // others 68–86 %.
    let rates: Vec<u64> = (0..n)
        .map(|i| {
            if i % 10 == 5 {
                rng.between(50, 62)
            } else {
                rng.between(68, 86)
            }
        })
        .collect();
    let done_records = split_total(2_129_289, &net, &rates);
    let account_rates: Vec<u64> = (0..n).map(|_| rng.between(84, 96)).collect();
    let done_accounts = split_total(1_933_164, &done_records, &account_rates);
    let org_factors: Vec<u64> = (0..n).map(|_| rng.between(80, 120)).collect();
    let organizations = split_total(19_671, &citizens, &org_factors);
    let guided_rates: Vec<u64> = (0..n).map(|_| rng.between(66, 90)).collect();
    let guided = split_total(15_362, &organizations, &guided_rates);
    let granted_rates: Vec<u64> = (0..n).map(|_| rng.between(72, 88)).collect();
    let granted = split_total(12_420, &guided, &granted_rates);

    let history = |done: u64| {
        vec![
            DonePoint {
                date: date(2025, 10, 17),
                done: done * 84 / 100,
            },
            DonePoint {
                date: date(2025, 10, 24),
                done: done * 92 / 100,
            },
            DonePoint { date: as_of, done },
        ]
    };
    let units = (0..n)
        .map(|i| {
            let at = |v: &[u64]| v.get(i).copied().unwrap_or(0);
            let mut records = Tally::new(at(&citizens), Some(at(&done_records)));
            if let Some(e) = exclusions.get(i) {
                for (reason, &count) in ExclusionReason::ALL.iter().zip(e) {
                    records.exclusions.set(*reason, count);
                }
            }
            records.history = history(at(&done_records));
            let mut accounts = Tally::new(0, Some(at(&done_accounts)));
            accounts.history = history(at(&done_accounts));
            let mut guided_tally = Tally::new(at(&organizations), Some(at(&guided)));
            guided_tally.history = history(at(&guided));
            let mut granted_tally = Tally::new(0, Some(at(&granted)));
            granted_tally.history = history(at(&granted));
            let mut unit = Unit::new(
                Place::Commune(codes.get(i).copied().unwrap_or(0)),
                vec![records, accounts, guided_tally, granted_tally],
            );
            unit.illustrative = true;
            unit
        })
        .collect::<Vec<Unit>>();
    campaign.set_units(units);

    let r = report(&campaign, as_of, &AllDays);
    let done = |i: usize| totals(&r, i).and_then(|f| f.done).map(Amount::Count);
    let under = r
        .indicator(0)
        .map(|x| x.totals.units_under_threshold as u64)
        .map(Amount::Count);
    let figures = vec![
        noted(
            FigureNote::SumOfIllustrativeRows,
            figure(
                Figure::CitizenRecords,
                Some(0),
                Amount::Count(2_129_289),
                done(0),
            ),
        ),
        noted(
            FigureNote::BaseDerivedFromShare,
            figure(
                Figure::CitizenRecordsShare,
                Some(0),
                Amount::Percent {
                    scaled: 7_693,
                    decimals: 2,
                },
                percent(totals(&r, 0).and_then(|f| f.achieved_of_base), 2),
            ),
        ),
        noted(
            FigureNote::SumOfIllustrativeRows,
            figure(
                Figure::AccountsGranted,
                Some(1),
                Amount::Count(1_933_164),
                done(1),
            ),
        ),
        noted(
            FigureNote::SumOfIllustrativeRows,
            figure(
                Figure::Base,
                Some(2),
                Amount::Count(19_671),
                totals(&r, 2).map(|f| Amount::Count(f.base)),
            ),
        ),
        noted(
            FigureNote::SumOfIllustrativeRows,
            figure(
                Figure::OrganizationsGuided,
                Some(2),
                Amount::Count(15_362),
                done(2),
            ),
        ),
        noted(
            FigureNote::SumOfIllustrativeRows,
            figure(Figure::Done, Some(3), Amount::Count(12_420), done(3)),
        ),
        figure(
            Figure::Achieved,
            Some(3),
            Amount::Percent {
                scaled: 631,
                decimals: 1,
            },
            percent(totals(&r, 3).and_then(|f| f.achieved), 1),
        ),
        noted(
            FigureNote::FromIllustrativeRows,
            figure(
                Figure::UnitsUnderThreshold,
                Some(0),
                Amount::Count(10),
                under,
            ),
        ),
    ];
    Example {
        id: ExampleId::HungYen2025,
        campaign,
        as_of,
        figures,
        notes: vec![
            ExampleNote::RowsIllustrative,
            ExampleNote::ChainedBases,
            ExampleNote::DatesAssumed,
            ExampleNote::TargetAssumed,
        ],
    }
}

/// Đồng Nai 2026: 311.482 residents without a card; 161.425 accounts approved but not activated;
/// card records (and children aged 6–14) by 30/6/2026; activation by 31/8/2026; at least 90 % of
/// the accounts received each month activated. One campaign, three indicators: card records
/// (deadline 30/6/2026, target 100 %), activation of the approved accounts (deadline 31/8/2026,
/// target 90 %), and the monthly threshold ([`Measure::Monthly`]: accounts received each month,
/// ≥ 90 % activated, rounded up). The 95 communes' rows are **illustrative**, split from the
/// published totals, with figures as of 31/5/2026 and months April and May. The start (1/4/2026)
/// and the 90 % activation target are assumed.
pub fn dong_nai_2026() -> Example {
    let as_of = date(2026, 5, 31);
    let mut cards = Indicator::labelled(
        IndicatorKind::CitizenRecords,
        "Thu nhận hồ sơ người chưa có thẻ",
        date(2026, 6, 30),
    );
    cards.target = BasisPoints::HUNDRED;
    let mut campaign = Campaign::new("Định danh điện tử — Đồng Nai 2026", cards, date(2026, 4, 1));
    campaign.area = Some(75);
    campaign.as_of = Some(as_of);
    campaign.indicators.push(Indicator {
        target: BasisPoints::percent(90),
        ..Indicator::labelled(
            IndicatorKind::Activations,
            "Kích hoạt tài khoản đã duyệt",
            date(2026, 8, 31),
        )
    });
    campaign.indicators.push(Indicator {
        measure: Measure::Monthly,
        target: BasisPoints::percent(90),
        flag_threshold: BasisPoints::percent(90),
        rounding: Rounding::Up,
        ..Indicator::labelled(
            IndicatorKind::Activations,
            "Kích hoạt tài khoản nhận trong tháng",
            date(2026, 8, 31),
        )
    });
    let codes = communes_of(75);
    let n = codes.len();
    let mut rng = Lcg(20_260_401);
    let weights: Vec<u64> = (0..n).map(|_| rng.between(40, 160)).collect();
    let without_card = apportion(311_482, &weights);
    let approved = split_total(
        161_425,
        &weights,
        &(0..n).map(|_| rng.between(80, 120)).collect::<Vec<_>>(),
    );
    let april = Month::new(2026, 4).unwrap_or(Month::of(as_of));
    let may = Month::new(2026, 5).unwrap_or(Month::of(as_of));
    let units = (0..n)
        .map(|i| {
            let at = |v: &[u64]| v.get(i).copied().unwrap_or(0);
            let cards_done = at(&without_card) * rng.between(64, 97) / 100;
            let activated = at(&approved) * rng.between(62, 92) / 100;
            let received_april = at(&weights) * rng.between(15, 30);
            let received_may = at(&weights) * rng.between(15, 30);
            // Communes 4, 14, … miss 90 % in May; 9, 19, … in April.
            let share = |miss: bool, rng: &mut Lcg| {
                if miss {
                    rng.between(78, 89)
                } else {
                    rng.between(91, 99)
                }
            };
            let april_share = share(i % 10 == 9, &mut rng);
            let may_share = share(i % 10 == 4, &mut rng);
            let monthly = Tally {
                months: vec![
                    MonthFigure {
                        month: april,
                        base: received_april,
                        done: received_april * april_share / 100,
                    },
                    MonthFigure {
                        month: may,
                        base: received_may,
                        done: received_may * may_share / 100,
                    },
                ],
                ..Tally::default()
            };
            let mut unit = Unit::new(
                Place::Commune(codes.get(i).copied().unwrap_or(0)),
                vec![
                    Tally::new(at(&without_card), Some(cards_done)),
                    Tally::new(at(&approved), Some(activated)),
                    monthly,
                ],
            );
            unit.illustrative = true;
            unit
        })
        .collect::<Vec<Unit>>();
    campaign.set_units(units);
    let r = report(&campaign, as_of, &AllDays);
    let base = |i: usize| totals(&r, i).map(|f| Amount::Count(f.base));
    let deadline = |i: usize| campaign.indicators.get(i).map(|x| Amount::Date(x.deadline));
    let figures = vec![
        noted(
            FigureNote::SumOfIllustrativeRows,
            figure(
                Figure::ResidentsWithoutCard,
                Some(0),
                Amount::Count(311_482),
                base(0),
            ),
        ),
        figure(
            Figure::Deadline,
            Some(0),
            Amount::Date(date(2026, 6, 30)),
            deadline(0),
        ),
        noted(
            FigureNote::SumOfIllustrativeRows,
            figure(
                Figure::AccountsNotActivated,
                Some(1),
                Amount::Count(161_425),
                base(1),
            ),
        ),
        figure(
            Figure::Deadline,
            Some(1),
            Amount::Date(date(2026, 8, 31)),
            deadline(1),
        ),
        figure(
            Figure::Threshold,
            Some(2),
            Amount::Percent {
                scaled: 90,
                decimals: 0,
            },
            campaign
                .indicators
                .get(2)
                .map(|x| whole_percent(x.flag_threshold)),
        ),
    ];
    Example {
        id: ExampleId::DongNai2026,
        campaign,
        as_of,
        figures,
        notes: vec![
            ExampleNote::TwoDeadlines,
            ExampleNote::MonthlyThreshold,
            ExampleNote::RowsIllustrative,
            ExampleNote::DatesAssumed,
            ExampleNote::TargetAssumed,
        ],
    }
}
