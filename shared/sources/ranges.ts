/**
 * Figure ranges: for every numeric figure of the catalogue (BASE_CATALOGUE) and of the scenario
 * nations, the range docs/sources.md allows and the source ids behind it. Figures the sheet marks as
 * estimate/derived, or gives no range for, carry `estimate` with the reasoning and a plausible range.
 * test/shared/sources.test.ts checks every figure against its record, and that no record is stale.
 *
 * Paths: `accelerators.<id>.<field>`, `integrators.<id>.<field>`, `localPartners.<id>.<field>`,
 * `memoryMakers.<id>.share`, top-level catalogue fields (`hbmPricePerGb`, `pue.air`, `talentCost.0`),
 * and `nations.<nation id>.<field>` (checked in every preset scenario that has that nation).
 * How to add one: docs/sources-and-ranges.md.
 */

/** The allowed range of one figure and where it comes from. */
export interface FigureRange {
  /** Dotted path of the figure, e.g. "accelerators.b200.priceK". */
  path: string;
  /** Smallest allowed value (inclusive). */
  min: number;
  /** Largest allowed value (inclusive). */
  max: number;
  /** Source ids (docs/sources.md) the range rests on. */
  sources: string[];
  /** Present when the figure is an estimate or derived: the reasoning behind the value and range. */
  estimate?: string;
  /** Optional remark on how the range was read from the sources (unit conversion, rounding). */
  note?: string;
}

/** A figure deliberately kept without a range record, with the reason (path may use `*` for one segment). */
export interface Unranged {
  pattern: string;
  reason: string;
}

import { ROADMAP_RANGES } from "./ranges-roadmap";

type Extra = Pick<FigureRange, "estimate" | "note">;
const fig = (path: string, min: number, max: number, sources: string[], extra: Extra = {}): FigureRange => ({ path, min, max, sources, ...extra });
const est = (path: string, min: number, max: number, sources: string[], estimate: string): FigureRange => ({ path, min, max, sources, estimate });

// Per-accelerator lead time: sourced as a range for the whole market, the per-part value is a simplification.
const LEAD = (id: string): FigureRange =>
  fig(`accelerators.${id}.leadQuarters`, 1, 4, ["M29", "M30"], {
    note: "server lead times 8–12 weeks (≈1 quarter, 2024) up to ~12 months for new large Blackwell orders (4 quarters); the value per part is a game simplification",
  });
const KW_RATIO = "all-in kW per GPU ≈ GPU TDP × 1.3–1.5 for CPUs, NICs, fans (ratio from DGX H100 10.2 kW / 8 GPUs, A40); facts.md derived table";

const ACCELERATORS: FigureRange[] = [
  fig("accelerators.h100.pf", 1.95, 2, ["A1", "A2"], { note: "1,979 TF FP8 dense, rounded" }),
  fig("accelerators.h100.hbmGb", 80, 80, ["A1"]),
  est("accelerators.h100.kw", 1.2, 1.5, ["A40"], `derived: DGX H100 10.2 kW / 8 = 1.28 kW; ${KW_RATIO}`),
  fig("accelerators.h100.priceK", 25, 30, ["A41", "M19b"]),
  LEAD("h100"),
  fig("accelerators.h100.rentPerHour", 1.49, 5, ["G1", "G2", "G3", "G4", "G5"], {
    note: "long-tail US$1.49/h to hyperscaler US$5.00/h (2026); ~2.35 reserved index",
  }),
  est("accelerators.h100.hbmShareOfPrice", 0.25, 0.4, ["M15"], "M15 gives H200 ~35 %; the H100's 80 GB of HBM3 is a smaller share"),

  fig("accelerators.h200.pf", 1.95, 2, ["A3"], { note: "same die as H100, 1,979 TF" }),
  fig("accelerators.h200.hbmGb", 141, 141, ["A3"]),
  est("accelerators.h200.kw", 1.2, 1.5, ["A40"], `same 700 W GPU as the H100; ${KW_RATIO}`),
  fig("accelerators.h200.priceK", 25, 35, ["A3", "A42"]),
  LEAD("h200"),
  fig("accelerators.h200.rentPerHour", 2.5, 7, ["G4"], { note: "long-tail US$2.50 to hyperscaler US$7.00 per hour (2026)" }),
  fig("accelerators.h200.hbmShareOfPrice", 0.3, 0.4, ["M15"], { note: "~35 %" }),

  fig("accelerators.b200.pf", 4.5, 4.5, ["A4"]),
  fig("accelerators.b200.hbmGb", 180, 192, ["A4"], { note: "180 GB exposed, 192 GB nominal" }),
  est("accelerators.b200.kw", 1.3, 2, ["A4", "A40"], `1,000 W TDP; ${KW_RATIO}; the table's ~1.8 kW adds liquid-loop and network share`),
  fig("accelerators.b200.priceK", 30, 40, ["A4", "A5", "A6", "A38", "A39"]),
  LEAD("b200"),
  fig("accelerators.b200.rentPerHour", 2.25, 14.24, ["G6", "G7", "G8"], {
    note: "spot ~2.25, reserved ~2.65, specialist on-demand 3.75–6.03, hyperscaler 8–14.24 (2026)",
  }),
  fig("accelerators.b200.hbmShareOfPrice", 0.4, 0.5, ["M15"], { note: "~45 %" }),

  fig("accelerators.gb200.pf", 5, 5, ["A4", "A7"], { note: "360 PF per 72-GPU rack" }),
  fig("accelerators.gb200.hbmGb", 186, 192, ["A4", "A43"], { note: "13.4–13.8 TB per rack ÷ 72" }),
  fig("accelerators.gb200.kw", 1.66, 1.84, ["A8", "D35"], { note: "120–132 kW per rack ÷ 72" }),
  fig("accelerators.gb200.priceK", 27.7, 43.1, ["A9", "A10", "A11"], { note: "US$2–3.1 M per rack ÷ 72" }),
  LEAD("gb200"),
  fig("accelerators.gb200.rentPerHour", 4, 5, ["G15"], { note: "~US$9.08 per 2-GPU superchip-hour ⇒ ~4.54 per GPU; ±10 %" }),
  fig("accelerators.gb200.hbmShareOfPrice", 0.4, 0.46, ["M15"], { note: "~43 %" }),

  fig("accelerators.gb300.pf", 5, 5, ["A12", "A14"]),
  fig("accelerators.gb300.hbmGb", 279, 288, ["A12", "A14"], { note: "279 GB exposed, 288 nominal" }),
  fig("accelerators.gb300.kw", 1.66, 1.88, ["A13", "A15", "D34"], { note: "~120–135 kW per rack ÷ 72" }),
  fig("accelerators.gb300.priceK", 41.6, 55.6, ["A15", "A44"], { note: "US$3–4 M per rack ÷ 72" }),
  LEAD("gb300"),
  est(
    "accelerators.gb300.rentPerHour",
    4,
    8,
    ["G5", "G8", "G15"],
    "no GB300 rent in the sources: above GB200 (~4.5, G15) as newest-generation medians roughly doubled (G5), below hyperscaler B200 (8–14, G8)",
  ),
  est("accelerators.gb300.hbmShareOfPrice", 0.4, 0.5, ["M15"], "M15 gives GB200 ~43 %; GB300 carries half as much HBM again"),

  est("accelerators.rubin.pf", 16, 17.5, ["A16", "A17", "A18"], "derived: vendor rack target 1.2 EF FP8 ÷ 72 packages ≈ 16.7 PF; not yet measured"),
  fig("accelerators.rubin.hbmGb", 288, 288, ["A16", "A18"]),
  fig("accelerators.rubin.kw", 1.67, 2.7, ["A16", "A19", "D36"], { note: "first racks 120–130 kW to ~190 kW (NVL144) ÷ 72 packages" }),
  est("accelerators.rubin.priceK", 83, 111, ["A21"], "no list price: facts.md estimate US$6–8 M per rack (leaked, unverified BoM ~7.8 M, A21) ÷ 72"),
  LEAD("rubin"),
  est("accelerators.rubin.rentPerHour", 8, 18, ["A16", "G5"], "no rental price yet: ~3.3× GB300 inference throughput (A16) at a lower price per PF than GB300"),
  est(
    "accelerators.rubin.hbmShareOfPrice",
    0.35,
    0.55,
    ["M14", "M15", "A21"],
    "Blackwell shares 43–45 % (M15), HBM4 ≥ +30 % over HBM3E (M14), offset by a dearer rack (A21)",
  ),

  fig("accelerators.mi300x.pf", 2.6, 2.6, ["A22"]),
  fig("accelerators.mi300x.hbmGb", 192, 192, ["A22"]),
  est("accelerators.mi300x.kw", 0.97, 1.35, ["A22", "A40"], `750 W TDP; ${KW_RATIO}`),
  fig("accelerators.mi300x.priceK", 10, 15, ["A23"]),
  LEAD("mi300x"),
  fig("accelerators.mi300x.rentPerHour", 1.71, 1.85, ["G9"]),
  est("accelerators.mi300x.hbmShareOfPrice", 0.45, 0.6, ["M15"], "M15 gives MI325X ~58 %, MI355X ~54 %; the MI300X's HBM3 is cheaper per GB"),

  fig("accelerators.mi325x.pf", 2.6, 2.6, ["A24"]),
  fig("accelerators.mi325x.hbmGb", 256, 256, ["A24"]),
  est("accelerators.mi325x.kw", 1.3, 1.7, ["A24", "A40"], `~1,000 W TDP; ${KW_RATIO}`),
  est("accelerators.mi325x.priceK", 15, 20, ["A24", "A25"], "no list price (facts.md §8): estimate 15–20 k"),
  LEAD("mi325x"),
  fig("accelerators.mi325x.rentPerHour", 2, 2.25, ["A25", "G9"]),
  fig("accelerators.mi325x.hbmShareOfPrice", 0.55, 0.6, ["M15"], { note: "~58 %" }),

  fig("accelerators.mi355x.pf", 5, 5, ["A26", "A27", "A28"]),
  fig("accelerators.mi355x.hbmGb", 288, 288, ["A26", "A27"]),
  est("accelerators.mi355x.kw", 1.8, 2.2, ["A26", "A27", "A40"], `1,400 W TDP; ${KW_RATIO}`),
  fig("accelerators.mi355x.priceK", 23, 25, ["A30"]),
  LEAD("mi355x"),
  est(
    "accelerators.mi355x.rentPerHour",
    2.25,
    4.5,
    ["G6", "G8", "A29"],
    "no MI355X rent in the sources: between B200 spot (~2.25) and specialist on-demand (3.75–6.03, G6–G8), cheaper per token (A29)",
  ),
  fig("accelerators.mi355x.hbmShareOfPrice", 0.5, 0.58, ["M15"], { note: "~54 %" }),

  fig("accelerators.mi455x.pf", 19, 20, ["A31", "A32", "A45"], { note: "vendor claim: 1.4 EF FP8 per 72-GPU Helios rack ≈ 19.4 PF; ~20 PF per GPU" }),
  fig("accelerators.mi455x.hbmGb", 432, 432, ["A31", "A32"]),
  est("accelerators.mi455x.kw", 2.5, 3.5, ["A32", "A45"], "Helios rack power unpublished (facts.md §8): estimate 180–250 kW ÷ 72"),
  est(
    "accelerators.mi455x.priceK",
    30,
    62.5,
    ["A31", "A32", "A33"],
    "not announced: facts.md estimates 30–45 k per GPU, and 3–4.5 M per Helios rack (÷ 72 = 42–62.5 k)",
  ),
  LEAD("mi455x"),
  est("accelerators.mi455x.rentPerHour", 6, 14, ["A32"], "no rental price yet: priced below Rubin per PF"),
  est("accelerators.mi455x.hbmShareOfPrice", 0.4, 0.6, ["M15"], "AMD shares 54–58 % (M15) with a rack-scale system around the GPU"),
];

const INTEGRATOR_IDS = ["penguin", "dell", "hpe", "supermicro"];
const INTEGRATORS: FigureRange[] = INTEGRATOR_IDS.flatMap((id) => [
  est(
    `integrators.${id}.componentMarkup`,
    1,
    1.15,
    ["C8", "C17"],
    "no integrator price list in the sources (facts.md §8): a components margin of 0–15 % over street price",
  ),
  est(
    `integrators.${id}.fullstackMarkup`,
    1.1,
    1.35,
    ["C8", "C17", "C25"],
    "full stack adds network, cluster software and managed operations (C17); tuned by npm run balance from 1.24–1.3",
  ),
  est(
    `integrators.${id}.leadDelta`,
    -1,
    1,
    ["A12", "M30"],
    "quarters faster or slower than the catalogue lead time; Dell shipped the first GB300 (A12) and cut server lead times (M30)",
  ),
  fig(`integrators.${id}.slaUptime`, 99, 99.95, ["C19", "C20", "C21"], { note: "monthly availability 99 % (bare metal) to 99.95 % (VM with block storage)" }),
  fig(`integrators.${id}.managedUtilisation`, 0.75, 0.9, ["G11", "G14"], { note: "neocloud revenue utilisation 75–90 %" }),
  est(
    `integrators.${id}.expertiseTransfer`,
    0,
    1,
    ["C1", "C8"],
    "expertise points per quarter are a game unit no source measures; Penguin's managed-services record and SKT task force (C1, C8) rank the vendors",
  ),
  est(`integrators.${id}.buildMarkup`, 1, 1.25, ["D1", "D2"], "AI premium +7–10 % over a traditional build (D2) plus an integrator margin (estimate)"),
  est(
    `integrators.${id}.buildQuartersPer50Mw`,
    1,
    4,
    ["D9", "D32", "D33", "N14"],
    "per-50 MW pace is a game simplification: brownfield 1–4 quarters, KDDI Sakai converted in ~6 months (N14), Colossus 2 200 MW in ~6 months (D33)",
  ),
]);

const PARTNER_IDS = [
  "skt",
  "naver",
  "kddi",
  "sakura",
  "khazna",
  "g42",
  "datavolt",
  "humain",
  "yotta",
  "tata",
  "scaleway",
  "deutsche_telekom",
  "atos",
  "nscale",
  "bristol",
  "macquarie",
  "nextdc",
];
const PARTNERS: FigureRange[] = PARTNER_IDS.flatMap((id) => [
  est(`localPartners.${id}.markup`, 1, 1.15, ["C17"], "no reseller margins in the sources: a local partner's margin of 0–15 % over street price"),
  est(
    `localPartners.${id}.buildQuartersPer50Mw`,
    2,
    6,
    ["D9", "D10", "N14"],
    "slower than US integrators (estimate): brownfield 1–4 quarters, greenfield to large scale 4–14 quarters (facts.md §3a)",
  ),
  est(
    `localPartners.${id}.expertiseGain`,
    0.5,
    1.5,
    ["N1", "C13"],
    "expertise points per quarter are a game unit; operators with rack-scale experience (SKT, KDDI, Deutsche Telekom) teach more",
  ),
]);

const MARKET: FigureRange[] = [
  fig("memoryMakers.skhynix.share", 0.5, 0.62, ["M2", "M5"], { note: "2026 forecast ~50–62 %" }),
  fig("memoryMakers.samsung.share", 0.25, 0.4, ["M2", "M5"], { note: "2026 forecast ~25–40 %" }),
  fig("memoryMakers.micron.share", 0.05, 0.2, ["M2", "M5"], { note: "2026 forecast ~5–20 %" }),
  fig("hbmPricePerGb", 8, 18, ["M18", "M19"], { note: "HBM3E ~US$8–10/GB to ~15–18/GB (2026)" }),
  est(
    "hbmReservationPerGb",
    1,
    5,
    ["M7", "M8", "M9", "M10", "M18"],
    "no sourced reservation premium: ~10–40 % of the per-GB price (8–18 $/GB) to lock a year of sold-out supply",
  ),
  est("cxlPerGpuK", 0.5, 4, ["M24", "M25"], "no card price in the sources: one 512 GB CXL card (M24, M25) shared by the 8 GPUs of a server"),
  est("cxlInferenceUplift", 0.2, 0.4, ["M27"], "facts.md §2c: +20–40 % inference throughput on memory-bound work, no sourced benchmark"),
  est(
    "talentCost.0",
    5,
    30,
    ["N7", "N28"],
    "US$ M per quarter: scholarship-scale programmes, small beside national AI budgets (Korea AI R&D KRW 1.8 tn/yr, N7; IndiaAI, N28)",
  ),
  est("talentCost.1", 20, 80, ["N7", "N28"], "US$ M per quarter: a national AI institute (estimate)"),
  est("talentCost.2", 50, 150, ["N7", "N28"], "US$ M per quarter: talent visas plus research labs (estimate)"),
  est("talentGain.0", 0.5, 3, [], "expertise points per quarter are a game unit no source measures"),
  est("talentGain.1", 1.5, 6, [], "expertise points per quarter are a game unit no source measures"),
  est("talentGain.2", 3, 10, [], "expertise points per quarter are a game unit no source measures"),
  fig("pue.air", 1.5, 1.7, ["D26", "D28", "D29"], { note: "air-cooled AI halls >1.5; conventional ~1.7; industry average 1.55–1.59" }),
  fig("pue.liquid", 1.1, 1.2, ["D26"], { note: "direct liquid cooling ~1.1–1.2 at high density" }),
  fig("liquidCapexPerMw", 0.29, 0.42, ["A20", "A46"], {
    note: "~US$50 k per GB300 NVL72 rack (120–135 kW) ⇒ 0.37–0.42 M/MW; ~US$56 k per 190 kW Rubin rack ⇒ 0.29",
  }),
  fig("hoursPerQuarter", 2190, 2190, [], { note: "convention: 8,760 h ÷ 4 (facts.md 'How a game could use this')" }),
];

/** Build cost per MW of IT: the T&T index figure up to +10 % for the AI premium (D2: +7–10 %). */
const build = (nation: string, index: number, sources: string[], note: string): FigureRange =>
  fig(`nations.${nation}.buildCostPerMw`, index, Math.round(index * 1.1 * 100) / 100, [...sources, "D2"], { note: `${note}; up to +10 % AI premium (D2)` });

const NATIONS: FigureRange[] = [
  // Power price, US$/MWh for large users (facts.md §3b).
  fig("nations.korea.powerPrice", 120, 140, ["D14"], { note: "182.7 KRW/kWh ≈ US$130/MWh (Oct 2024); ±8 % for FX" }),
  est("nations.japan.powerPrice", 130, 180, ["D24", "D11"], "no direct figure: ¥20–27/kWh from OECD rank and APAC spread (facts.md §3b)"),
  fig("nations.uae.powerPrice", 80, 121, ["D15", "D18"], { note: "DEWA industrial 23–38 fils + 6.5 fils fuel surcharge" }),
  fig("nations.saudi.powerPrice", 44, 53, ["D16", "D17"], { note: "industrial 18 halalas/kWh ≈ US$48/MWh; ±10 %" }),
  est("nations.india.powerPrice", 65, 80, ["D12"], "derived: Manila's 13.6 ¢/kWh is 'almost 2×' some Indian cities ⇒ ~7 ¢"),
  fig("nations.eu.powerPrice", 185, 255, ["D19", "D21"], { note: "France 185–230 to Germany 230–255 (companies, 2024)" }),
  fig("nations.uk.powerPrice", 290, 335, ["D19", "D20"]),
  est("nations.australia.powerPrice", 100, 150, ["D22"], "wholesale NEM ~A$115/MWh (≈US$75); delivered to a large site estimated 100–150"),
  // Build cost per MW of IT load, shell + M&E excluding IT, US$ M (facts.md §3a).
  est(
    "nations.korea.buildCostPerMw",
    11.6,
    16.7,
    ["D1", "D4", "D2"],
    "no Seoul figure: between Frankfurt/London (11.6–12.0) and Tokyo (15.2) in the T&T index, +10 % AI premium",
  ),
  fig("nations.japan.buildCostPerMw", 6.9, 16.72, ["D1", "D4", "D13", "D2"], {
    note: "Tokyo/Osaka US$6.9–10.6 M/MW (D13) to Tokyo $15.2/W (D4); up to +10 % AI premium (D2)",
  }),
  est("nations.uae.buildCostPerMw", 10, 16, ["D5", "D1", "D2"], "no UAE figure: Riyadh ~$10/W (D5) to Singapore $14.5/W (D1), +10 % AI premium"),
  build("saudi", 10, ["D5"], "Riyadh ~$10/W (2023)"),
  build("india", 6.64, ["D3"], "Mumbai $6.64/W (2025)"),
  fig("nations.eu.buildCostPerMw", 11.6, 15.62, ["D1", "D4", "D2"], { note: "Frankfurt $11.6/W to Zurich $14.2/W; up to +10 % AI premium (D2)" }),
  build("uk", 12, ["D1"], "London $12.0/W (2025)"),
  est("nations.australia.buildCostPerMw", 7.7, 11.8, ["D6", "D2"], "no Australian figure: N. America average 7.7–10.7 M/MW (D6), +10 % AI premium (D2)"),
  // Starting treasury and quarterly budget, US$ M: the programme's money, a game abstraction of public money plus pledges (facts.md §5).
  est(
    "nations.korea.treasury",
    1000,
    3100,
    ["N6", "N7"],
    "from the 2025 supplementary KRW 1.46 tn (~US$1.0 B, N6) to all public money incl. KRW 2–2.5 tn policy loans and KRW 400 bn SPC equity (~US$3.1 B, N7); full: US$1.9 B ≈ the centre's SPC equity plus policy loans (~US$1.7–2.1 B, N7)",
  ),
  est(
    "nations.korea.budgetPerQuarter",
    250,
    800,
    ["N2", "N7"],
    "AI R&D KRW 1.8 tn/yr (~US$320 M/quarter, N7) up to a share of the 260,000-GPU plan (~US$10 B over 3–5 years, N2)",
  ),
  est(
    "nations.japan.treasury",
    470,
    5000,
    ["N10", "N11"],
    "from METI's GPU-cloud subsidies ¥72.5 bn (~US$470 M, N10) to a share of the ¥10 tn (~US$65 B) package to FY2030 (N11)",
  ),
  est(
    "nations.japan.budgetPerQuarter",
    100,
    3000,
    ["N10", "N11"],
    "¥10 tn to FY2030 ≈ US$3 B per quarter for AI and chips together (N11); the AI share is smaller",
  ),
  est("nations.uae.treasury", 1500, 50000, ["N17", "N37"], "from Microsoft's US$1.5 B in G42 (N17) to MGX's €30–50 B for one 1 GW campus (N37)"),
  est("nations.uae.budgetPerQuarter", 300, 5000, ["N16", "N37"], "Stargate UAE 1 GW (N16) and MGX pledges (N37) spread over several years"),
  est("nations.saudi.treasury", 540, 20000, ["N22", "N27"], "from HUMAIN's first NVIDIA order (~US$540 M, N22) to DataVolt's US$20 B pledge (N27)"),
  est(
    "nations.saudi.budgetPerQuarter",
    300,
    5000,
    ["N22", "N26"],
    "AMD up to US$10 B for 500 MW (N22) over ~3 years ≈ US$830 M/quarter; DataVolt US$5 B first phase (N26)",
  ),
  est("nations.india.treasury", 500, 1250, ["N28"], "IndiaAI Mission ₹10,372 crore (~US$1.25 B) over 5 years, 44 % (~US$550 M) for compute (N28)"),
  est(
    "nations.india.budgetPerQuarter",
    60,
    300,
    ["N28", "N29"],
    "IndiaAI ~US$1.25 B over 5 years (~US$62 M/quarter) plus the ₹10,300 crore compute fund (N28) and private builders such as Yotta (N29)",
  ),
  est("nations.eu.treasury", 1000, 20000, ["N33", "N34"], "from the EU + states' €10 B for AI factories 2021–27 to the €20 B for gigafactories (N33, N34)"),
  est(
    "nations.eu.budgetPerQuarter",
    300,
    3000,
    ["N33", "N34"],
    "InvestAI's €50 B public part over ~5 years ≈ US$2.7 B/quarter; EuroHPC €10 B over 7 years ≈ US$390 M/quarter",
  ),
  est("nations.uk.treasury", 300, 2600, ["N42", "N44"], "from Isambard-AI's £225 M (~US$300 M, N42) to a ~£1–2 B compute plan (~US$2.6 B, N44)"),
  est(
    "nations.uk.budgetPerQuarter",
    100,
    1500,
    ["N44", "N62"],
    "the £1–2 B compute plan over a few years plus a share of private pledges (Microsoft US$30 B, N62)",
  ),
  est(
    "nations.australia.treasury",
    20,
    4600,
    ["N55", "N58"],
    "from the AI Safety Institute's A$29.9 M (N58) to the OpenAI–NEXTDC A$7 B (~US$4.6 B) campus (N55)",
  ),
  est(
    "nations.australia.budgetPerQuarter",
    20,
    1000,
    ["N55", "N58"],
    "a plan focused on attracting private investment (N58); the A$7 B S7 campus spread over several years (N55)",
  ),
  // The Gulf's pre-game pipeline (assets/scenarios, setup.ts startingPipeline): orders placed and sites begun in 2025.
  fig("nations.saudi.onOrder.gb300.count", 18000, 18000, ["N22", "N23"], { note: "HUMAIN's first NVIDIA order: 18,000 GB300 (May 2025)" }),
  fig("nations.saudi.onOrder.gb300.priceK", 28, 32, ["N22"], { note: "~US$540 M for 18,000 GB300 ⇒ ~US$30 k per GPU (derived in facts.md §5)" }),
  est(
    "nations.saudi.onOrder.gb300.dueTurn",
    1,
    4,
    ["N22", "N25"],
    "ordered May 2025 with a ~3-quarter rack lead (M29); the 2 × 100 MW sites open early 2026 (N25): due in 2026 (turns 1–4)",
  ),
  fig("nations.saudi.building.riyadh.mw", 100, 100, ["N25"], { note: "2 × 100 MW sites (Riyadh, Dammam) early 2026" }),
  fig("nations.saudi.building.dammam.mw", 100, 100, ["N25"], { note: "2 × 100 MW sites (Riyadh, Dammam) early 2026" }),
  est("nations.saudi.building.riyadh.quartersLeft", 1, 2, ["N25"], '"early 2026": online in Q2 2026 (1 quarter) at the latest Q3 2026 (2)'),
  est("nations.saudi.building.dammam.quartersLeft", 1, 2, ["N25"], '"early 2026": online in Q2 2026 (1 quarter) at the latest Q3 2026 (2)'),
  fig("nations.saudi.licence.gb300Equivalents", 35000, 35000, ["N20", "N21", "E21"], {
    note: "US licence of 19 Nov 2025: up to 35,000 GB300-equivalents for HUMAIN",
  }),
  est(
    "nations.saudi.licence.quarters",
    4,
    8,
    ["N20", "E21"],
    "the Nov 2025 licence taken as the 2026 volume (licences.ts: yearly, estimate; up to two years); renewed in the game",
  ),
  // Korea's pre-game pipeline: the National AI Computing Centre's 10,000 GPUs (N6, N9; SPC and policy finance, N7).
  fig("nations.korea.onOrder.b200.count", 10000, 10000, ["N6", "N9"], { note: "the state-run centre's 10,000 GPUs (2025 supplementary budget)" }),
  fig("nations.korea.onOrder.b200.priceK", 30, 40, ["A5", "A6", "A38", "A39"], {
    note: "B200 at its catalogue range (the KRW 1.46 tn ≈ US$1.0 B for 10,000 GPUs, N6, also buys servers, network and the hall)",
  }),
  est(
    "nations.korea.onOrder.b200.dueTurn",
    1,
    8,
    ["N7", "N9"],
    "partial opening Nov 2025, full operation 2027 (N7): the GPUs due in Q4 2026, turn 4, with the hall (estimate inside 2026–27)",
  ),
  est("nations.korea.building.seoul.mw", 18, 40, ["N6", "A4"], "10,000 B200 × ~1.8 kW all-in (A4 and the catalogue's estimate) ≈ 18 MW of IT: a ~20 MW hall"),
  est(
    "nations.korea.building.seoul.quartersLeft",
    1,
    7,
    ["N7"],
    "partial opening Nov 2025, full operation 2027 (N7): online in Q4 2026 in the game (3 quarters), at the latest by the end of 2027",
  ),
  fig("nations.uae.building.abu_dhabi.mw", 200, 200, ["N16", "N17"], { note: "Stargate UAE: first 200 MW of 1 GW in 2026" }),
  est(
    "nations.uae.building.abu_dhabi.quartersLeft",
    1,
    4,
    ["N16"],
    '"first 200 MW in 2026": online in one of the four quarters of 2026 (workshop: Q2 2026, 1 quarter, the first halls with the GPUs of the May 2025 deal; full: Q4, 3 quarters)',
  ),
  fig("nations.uae.onOrder.gb300.count", 1000, 35000, ["N20", "N21", "E21"], {
    note: "G42's licence: up to 35,000 GB300-equivalents (Nov 2025); Stargate UAE runs GB300 (N16)",
  }),
  fig("nations.uae.onOrder.gb300.priceK", 28, 32, ["N22", "E21"], {
    note: "HUMAIN's GB300 order price (~US$30 k per GPU, N22) for the same licence class (E21)",
  }),
  est(
    "nations.uae.onOrder.gb300.dueTurn",
    1,
    4,
    ["N16", "N20", "N22", "M29"],
    "ordered with the May 2025 Gulf tour deals (N16) like HUMAIN's GB300 (N22), licensed Nov 2025 (N20): due in 2026 (turns 1–4); workshop: Q2 2026 (turn 2), HUMAIN's ~3-quarter rack lead (M29) from the deal, shipped once licensed; full: Q4 2026 (turn 4)",
  ),
  fig("nations.uae.licence.gb300Equivalents", 35000, 35000, ["N20", "N21", "E21"], {
    note: "US licence of 19 Nov 2025: up to 35,000 GB300-equivalents for G42",
  }),
  est(
    "nations.uae.licence.quarters",
    4,
    8,
    ["N20", "E21"],
    "the Nov 2025 licence taken as the 2026 volume (licences.ts: yearly, estimate; up to two years); renewed in the game",
  ),
];

/** Every range record, catalogue first, then the scenario nations. */
export const FIGURE_RANGES: readonly FigureRange[] = withRoadmap([...ACCELERATORS, ...INTEGRATORS, ...PARTNERS, ...MARKET, ...NATIONS]);

/** The records above with the roadmap's (ranges-roadmap.ts) added; a roadmap record replaces one of the same path. */
function withRoadmap(base: FigureRange[]): FigureRange[] {
  const roadmap = new Set(ROADMAP_RANGES.map((r) => r.path));
  return [...base.filter((r) => !roadmap.has(r.path)), ...ROADMAP_RANGES];
}

/** Numeric fields deliberately without a range record (checked figures must match no pattern here). */
export const UNRANGED: readonly Unranged[] = [
  { pattern: "accelerators.*.available.year", reason: "launch dates, cited in the catalogue comments; a date, not a quantity" },
  { pattern: "accelerators.*.available.q", reason: "launch dates, cited in the catalogue comments; a date, not a quantity" },
  { pattern: "nations.*.gridMw", reason: "game grid headroom at the start; no per-nation MW figure in the sources yet (issue #14 part 2 rebuilds power)" },
  {
    pattern: "nations.*.gridQuarters",
    reason: "today 1–5 quarters, below the sourced connection waits (APAC 6–12 quarters, D11); issue #14 part 2 rebuilds grid queues: add records then",
  },
  { pattern: "nations.*.expertise", reason: "game scale 0–100, set from the qualitative talent table (facts.md §5)" },
  { pattern: "nations.*.support", reason: "game scale 0–100 (public support), no source" },
  { pattern: "nations.*.exportTier", reason: "a category (1–3), not a quantity; export rules are being rebuilt (issue #14 part 6)" },
  { pattern: "nations.*.exportCapH100PerYear", reason: "from the rescinded Diffusion Rule (E3, E4, E5); export rules are being rebuilt (issue #14 part 6)" },
  { pattern: "nations.*.treasuryFloor", reason: "a game rule (money that cannot be spent), not a sourced figure" },
];
