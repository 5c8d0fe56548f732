/**
 * The base catalogue: accelerators, US integrators, local partners and memory makers, with every
 * figure's facts.md source id in a comment. Values are per GPU package (NVL72 racks counted per GPU).
 * Simplifications: one FP8-dense PFLOPS figure per part (sparsity halved, facts.md §0); prices are
 * blended street/ASP figures in US$ thousands; lead times are game quarters, not vendor quotes.
 * Export class: every part here is A100/H100 class or above, so "controlled" or "frontier" (licences.ts, E1, E17).
 */
import type { Accelerator, Catalogue, Integrator, LocalPartner } from "./state";

const ACCELERATORS: Accelerator[] = [
  {
    id: "h100", name: "NVIDIA H100", maker: "nvidia",
    pf: 1.98, // A1, A2: 1,979 TF FP8 dense
    hbmGb: 80, // A1: HBM3 80 GB
    kw: 1.3, // A40: DGX H100 10.2 kW / 8 GPUs, all-in
    priceK: 27.5, // A41, M19b: 25–30 k (2026)
    available: { year: 2023, q: 1 }, // A1: volume 2023
    leadQuarters: 1, // M30: server lead times fell to 8–12 weeks in 2024
    liquidOnly: false, rentPerHour: 2.35, // G1, G2: ~US$2.35/h (Mar 2026, 1-yr reserved)
    exportClass: "controlled", hbmShareOfPrice: 0.3, // M15: H200 ~35 % (estimate a little lower for H100)
    rackScale: false,
  },
  {
    id: "h200", name: "NVIDIA H200", maker: "nvidia",
    pf: 1.98, hbmGb: 141, // A3: same die as H100, HBM3e 141 GB
    kw: 1.3, // facts.md derived table: ~1.3 kW (estimate, same 700 W GPU)
    priceK: 30, // A3, A42: 25–35 k (2026)
    available: { year: 2024, q: 2 }, // A3b: shipping Q2 2024
    leadQuarters: 1, liquidOnly: false, rentPerHour: 3.5, // G4: specialist US$3.50–4.50/h
    exportClass: "controlled", hbmShareOfPrice: 0.35, // M15
    rackScale: false,
  },
  {
    id: "b200", name: "NVIDIA B200 (HGX)", maker: "nvidia",
    pf: 4.5, hbmGb: 192, // A4: 4.5 PF FP8 dense, 192 GB nominal
    kw: 1.8, // derived table: ~1.8 kW all-in (estimate from 1,000 W TDP × ~1.4–1.8)
    priceK: 35, // A5, A6, A38, A39: 30–40 k; blended ASP ~33 k
    available: { year: 2025, q: 1 }, // A4: broad 2025
    leadQuarters: 2, // M29: Blackwell backlog; game simplification
    liquidOnly: false, // A4: air-cooled 8-GPU servers exist
    rentPerHour: 3.75, // G6–G8: specialist on-demand US$3.75–6.03/h, reserved ~2.65
    exportClass: "frontier", hbmShareOfPrice: 0.45, // M15
    rackScale: false,
  },
  {
    id: "gb200", name: "NVIDIA GB200 NVL72", maker: "nvidia",
    pf: 5, hbmGb: 186, // A7: 360 PF per 72-GPU rack; A4: 186 GB exposed per GPU
    kw: 1.75, // A8, D35: ~120–132 kW per rack / 72
    priceK: 42, // A9–A11: ~US$3–3.1 M per rack / 72
    available: { year: 2025, q: 2 }, // A7: volume Q2–Q3 2025
    leadQuarters: 3, liquidOnly: true, // A7: liquid only
    rentPerHour: 4.5, // G15: ~US$9.08 per superchip-hour (2 GPUs)
    exportClass: "frontier", hbmShareOfPrice: 0.43, // M15
    rackScale: true,
  },
  {
    id: "gb300", name: "NVIDIA GB300 NVL72", maker: "nvidia",
    pf: 5, hbmGb: 279, // A12, A14: 5 PF FP8 per GPU; 279 GB exposed
    kw: 1.8, // A13, A15: ~120–135 kW per rack / 72
    priceK: 50, // A44: "~US$4 M per rack" (Huang, 2026) / 72 ≈ 55 k; A15 estimate 3–4 M ⇒ ~50 k
    available: { year: 2025, q: 4 }, // A12: broad H2 2025
    leadQuarters: 3, liquidOnly: true, // A12: 100 % liquid
    rentPerHour: 5.5, // G5: newest-generation medians roughly doubled (estimate above GB200)
    exportClass: "frontier", hbmShareOfPrice: 0.45, // M15 (GB200 ~43 %, estimate)
    rackScale: true,
  },
  {
    id: "rubin", name: "NVIDIA Vera Rubin NVL144", maker: "nvidia",
    pf: 16.7, // A16–A18: 1.2 EF FP8 per rack of 72 packages ⇒ ~16.7 PF per package (derived)
    hbmGb: 288, // A16: HBM4 288 GB
    kw: 2.64, // A19, D36: ~190 kW per rack / 72 packages
    priceK: 97, // A21: leaked BoM ~US$7 M per rack (estimate 6–8 M) / 72
    available: { year: 2026, q: 4 }, // A16: ship H2 2026
    leadQuarters: 4, liquidOnly: true, // A17: liquid required
    rentPerHour: 12, // estimate: ~3.3× GB300 throughput (A16) at a lower price per PF
    exportClass: "frontier", hbmShareOfPrice: 0.45, // M15 estimate (HBM4 ≥ +30 % premium, M14)
    rackScale: true,
  },
  {
    id: "mi300x", name: "AMD MI300X", maker: "amd",
    pf: 2.6, hbmGb: 192, // A22: 2.6 PF FP8 dense, HBM3 192 GB
    kw: 1.3, // derived table: ~1.3 kW (estimate, 750 W TDP)
    priceK: 12.5, // A23: 10–15 k street (2026)
    available: { year: 2023, q: 4 }, // A22: released Dec 2023
    leadQuarters: 1, liquidOnly: false, // A22: air (OAM)
    rentPerHour: 1.8, // G9: US$1.71–1.85/h
    exportClass: "controlled", hbmShareOfPrice: 0.55, // M15: MI325X ~58 %, MI355X ~54 % (estimate)
    rackScale: false,
  },
  {
    id: "mi325x", name: "AMD MI325X", maker: "amd",
    pf: 2.6, hbmGb: 256, // A24: same CDNA 3 die, HBM3e 256 GB
    kw: 1.6, // derived table: ~1.6 kW (estimate, ~1,000 W TDP)
    priceK: 17.5, // facts.md estimate 15–20 k
    available: { year: 2025, q: 1 }, // A25: broad Q1 2025
    leadQuarters: 1, liquidOnly: false, rentPerHour: 2.1, // A25, G9: US$2.00–2.25/h
    exportClass: "controlled", hbmShareOfPrice: 0.58, // M15
    rackScale: false,
  },
  {
    id: "mi355x", name: "AMD MI355X", maker: "amd",
    pf: 5, hbmGb: 288, // A26, A27: 5.0 PF FP8 dense, HBM3e 288 GB
    kw: 2.1, // derived table: ~2.1 kW (estimate, 1,400 W TDP)
    priceK: 24, // A30: HSBC 23–25 k
    available: { year: 2025, q: 4 }, // A28: GA Oct 2025
    leadQuarters: 1, liquidOnly: true, // A26: primarily liquid
    rentPerHour: 3.2, // estimate: below B200 on-demand (G6–G8), A29 "~40 % better tokens per dollar"
    exportClass: "frontier", hbmShareOfPrice: 0.54, // M15
    rackScale: false, // A27: scale-up world size 8
  },
  {
    id: "mi455x", name: "AMD MI455X (Helios)", maker: "amd",
    pf: 19.4, // A32: 1.4 EF FP8 per 72-GPU Helios rack ⇒ ~19.4 PF per GPU (vendor claim)
    hbmGb: 432, // A31: HBM4 432 GB
    kw: 3, // estimate: 180–250 kW per rack / 72 (A32, facts.md §8 gap)
    priceK: 45, // estimate 30–45 k (A31–A33, not announced)
    available: { year: 2026, q: 4 }, // A31: production ramp H2 2026
    leadQuarters: 2, liquidOnly: true, // A32: liquid (Helios)
    rentPerHour: 10, // estimate, priced below Rubin per PF
    exportClass: "frontier", hbmShareOfPrice: 0.5, // estimate from M15
    rackScale: true,
  },
  {
    id: "gh200", name: "NVIDIA GH200 Grace Hopper", maker: "nvidia",
    pf: 1.98, hbmGb: 96, // N41, A1: H100-class GPU die, 96 GB HBM3 (JUPITER: ~24,000 GH200)
    kw: 1, // estimate: GH200 superchip configurable ~0.45–1 kW; JUPITER runs ~24,000 in a ~20 MW-class machine (not in facts.md)
    priceK: 32, // estimate: H100 price (A41) plus the Grace CPU and LPDDR5X
    available: { year: 2024, q: 1 }, // N41: JUPITER built 2024–25 (estimate of the order date)
    leadQuarters: 1, liquidOnly: false, rentPerHour: 2.5, // estimate: a little above H100 (G1, G2)
    exportClass: "controlled", hbmShareOfPrice: 0.28, // estimate from M15 (H100 ~30 %)
    rackScale: false,
  },
];

const INTEGRATORS: Integrator[] = [
  {
    id: "penguin", name: "Penguin Solutions",
    componentMarkup: 1.06, fullstackMarkup: 1.22, // estimate (tuned by npm run balance from 1.3): integration, ClusterWare and managed ops premium (C8, C17)
    leadDelta: 0, slaUptime: 99.5, // C20, C21: GPU-cloud SLAs 99–99.95 %
    managedUtilisation: 0.87, // G11: neocloud 75–90 %; Penguin's managed-services record (C1, C8)
    expertiseTransfer: 0.5, // C1, C3: SKT + SK hynix + Penguin task force, joint R&D (estimate)
    sovereigntyTerms: "Penguin engineers run ICE ClusterWare and 24×7 operations; cluster software and telemetry managed from the US, data stays in-country.",
    buildMarkup: 1.15, buildQuartersPer50Mw: 2, // D9, D32: integrators build fast; estimate
    sources: ["C1", "C3", "C6", "C7", "C8"],
  },
  {
    id: "dell", name: "Dell Technologies",
    componentMarkup: 1.05, fullstackMarkup: 1.2, // estimate, tuned from 1.28 (Dell AI Factory with NVIDIA, C25)
    leadDelta: -1, slaUptime: 99.5, // A12: Dell shipped the first GB300 (to CoreWeave); fastest to ship (estimate)
    managedUtilisation: 0.85, // G11
    expertiseTransfer: 0.3, // estimate
    sovereigntyTerms: "Dell AI Factory hosted in local data centres (as with Macquarie, Atos); Dell manages the stack, data and keys stay local.",
    buildMarkup: 1.15, buildQuartersPer50Mw: 1.8, // C25: Macquarie IC3 Super West with Dell, estimate
    sources: ["A12", "C24", "C25", "N57"],
  },
  {
    id: "hpe", name: "HPE",
    componentMarkup: 1.07, fullstackMarkup: 1.22, // estimate, tuned from 1.3
    leadDelta: 0, slaUptime: 99.9, // C19, C20: 99.9 % multi-region class (estimate for HPE managed)
    managedUtilisation: 0.86, // G11
    expertiseTransfer: 0.4, // estimate: HPE + KDDI, HPE + Khazna direct liquid cooling
    sovereigntyTerms: "HPE builds direct-liquid-cooled halls and runs them under a managed contract; operations can move to the local partner over time.",
    buildMarkup: 1.18, buildQuartersPer50Mw: 2, // D29, N14: KDDI Sakai converted in ~6 months with HPE systems
    sources: ["D29", "N13", "N14", "N18", "N19"],
  },
  {
    id: "supermicro", name: "Supermicro",
    componentMarkup: 1.02, fullstackMarkup: 1.16, // estimate, tuned from 1.24: cheapest hardware, thinner services
    leadDelta: 0, slaUptime: 99, // C20: 99 % bare-metal class (estimate)
    managedUtilisation: 0.82, // G11 lower end (estimate)
    expertiseTransfer: 0.2, // estimate
    sovereigntyTerms: "Supermicro sells racks and rack-scale integration; operations are usually run by the buyer or a local partner.",
    buildMarkup: 1.12, buildQuartersPer50Mw: 2.2, // N27: Supermicro–DataVolt deal; estimate
    sources: ["N1", "N27", "C16"],
  },
];

/** A local partner (helper for the table below). */
function partner(id: string, name: string, nation: string, rackScale: boolean, markup: number, buildQuartersPer50Mw: number, expertiseGain: number, sources: string[]): LocalPartner {
  return { id, name, nation, rackScale, markup, buildQuartersPer50Mw, expertiseGain, sources };
}

// Local partners per nation (facts.md §5, §7). Build speeds and expertise gains are estimates:
// strong operators with rack-scale experience build faster and teach more.
const LOCAL_PARTNERS: LocalPartner[] = [
  partner("skt", "SK Telecom", "korea", true, 1.05, 3, 1.2, ["N1", "C10", "C11", "C12", "C13", "C14"]),
  partner("naver", "Naver Cloud", "korea", false, 1.06, 3.5, 1, ["N2", "N3"]),
  partner("kddi", "KDDI", "japan", true, 1.06, 3, 1.1, ["N13", "N14", "D29"]),
  partner("sakura", "Sakura Internet", "japan", false, 1.05, 3.5, 1, ["N11", "N12"]),
  partner("khazna", "Khazna (G42)", "uae", true, 1.05, 2.8, 0.9, ["N18", "N19"]),
  partner("g42", "G42", "uae", false, 1.07, 3.5, 0.8, ["N16", "N17", "N20"]),
  partner("datavolt", "DataVolt", "saudi", true, 1.05, 3, 0.8, ["N26", "N27"]),
  partner("humain", "HUMAIN", "saudi", false, 1.06, 3.5, 0.8, ["N22", "N23", "N24"]),
  partner("yotta", "Yotta", "india", false, 1.03, 3, 1.2, ["N28", "N29", "N31"]),
  partner("tata", "Tata Communications", "india", false, 1.04, 3.5, 1, ["N28"]),
  partner("scaleway", "Scaleway (Iliad)", "eu", false, 1.05, 3.5, 1, ["N37", "N38"]),
  partner("deutsche_telekom", "Deutsche Telekom", "eu", true, 1.06, 3, 1.1, ["N39", "N40"]),
  partner("atos", "Atos / Eviden", "eu", false, 1.06, 4, 1, ["N1", "C24"]),
  partner("nscale", "Nscale", "uk", false, 1.05, 3, 1, ["N45", "N46"]),
  partner("bristol", "University of Bristol (Isambard)", "uk", false, 1.04, 4, 1.2, ["N42", "N43"]),
  partner("macquarie", "Macquarie Data Centres", "australia", false, 1.05, 3.5, 1, ["N57", "C25"]),
  partner("nextdc", "NEXTDC", "australia", false, 1.05, 3.5, 0.9, ["N55", "N56"]),
];

/** The catalogue every scenario starts from (scenarios may override accelerator figures). */
export const BASE_CATALOGUE: Catalogue = {
  accelerators: ACCELERATORS,
  integrators: INTEGRATORS,
  localPartners: LOCAL_PARTNERS,
  memoryMakers: [
    { id: "skhynix", name: "SK hynix", country: "kr", share: 0.55, sources: ["M1", "M2", "M5"] }, // 2026 ~50–62 %
    { id: "samsung", name: "Samsung", country: "kr", share: 0.3, sources: ["M2", "M5"] }, // 2026 ~25–40 %
    { id: "micron", name: "Micron", country: "us", share: 0.15, sources: ["M2", "M5", "M10"] }, // 2026 ~5–20 %
  ],
  hbmPricePerGb: 12, // M18, M19: HBM3E ~US$8–18/GB
  hbmReservationPerGb: 3, // estimate: ~25 % premium to lock a year of sold-out supply (M7–M10)
  cxlPerGpuK: 1.5, // estimate from M24, M25: a 512 GB CXL card per 8-GPU server
  cxlInferenceUplift: 0.3, // facts.md §2c estimate: +20–40 % inference on memory-bound work
  talentCost: [15, 40, 90], // estimate (US$ M per quarter): scholarships, national AI institute, talent visas + labs
  talentGain: [1.5, 3.5, 6], // estimate: expertise points per quarter
  pue: { air: 1.5, liquid: 1.15 }, // D26–D29: air-cooled AI halls >1.5; direct liquid 1.1–1.2
  liquidCapexPerMw: 0.4, // A20: ~US$50 k per ~120 kW rack ⇒ ~0.4 M per MW
  hoursPerQuarter: 2190, // facts.md conventions
};

/** An accelerator by id. */
export function findAccelerator(cat: Catalogue, id: string): Accelerator | undefined {
  return cat.accelerators.find((a) => a.id === id);
}

/** A US integrator by id. */
export function findIntegrator(cat: Catalogue, id: string): Integrator | undefined {
  return cat.integrators.find((i) => i.id === id);
}

/** A local partner by id. */
export function findPartner(cat: Catalogue, id: string): LocalPartner | undefined {
  return cat.localPartners.find((p) => p.id === id);
}
