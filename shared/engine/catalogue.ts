/**
 * The base catalogue: accelerators, US integrators, local partners and memory makers, with every
 * figure's facts.md source id in a comment. Values are per GPU package (NVL72 racks counted per GPU).
 * Simplifications: one FP8-dense PFLOPS figure per part (sparsity halved, facts.md §0); prices are
 * blended street/ASP figures in US$ thousands; lead times are game quarters, not vendor quotes.
 * Export class: every part here is at or above the performance of the parts controlled since 2022 (H100 class), so "controlled" or "frontier" (licences.ts, E1, E17).
 */
import type { Accelerator, Catalogue, Integrator, LocalPartner } from "./state";

const ACCELERATORS: Accelerator[] = [
  {
    id: "h100",
    name: "NVIDIA H100",
    maker: "nvidia",
    pf: 1.98, // A1, A2: 1,979 TF FP8 dense
    hbmGb: 80, // A1: HBM3 80 GB
    kw: 1.3, // A40: DGX H100 10.2 kW / 8 GPUs, all-in
    priceK: 25, // A41, M19b: 25–30 k new, ~25 k (2026 street)
    available: { year: 2023, q: 1 }, // A1: volume 2023
    leadQuarters: 1, // M30: server lead times fell to 8–12 weeks in 2024
    liquidOnly: false,
    rentPerHour: 2.35, // G1, G2: ~US$2.35/h (Mar 2026, 1-yr reserved)
    exportClass: "controlled",
    hbmShareOfPrice: 0.3, // M15: H200 ~35 % (estimate a little lower for H100)
    rackScale: false,
    hbmGen: "hbm3",
    fp4Pf: 1.98, // A1: no FP4 on Hopper; inference runs at the FP8 rate
    scaleUp: 8, // A40: 8-GPU HGX/DGX node (NVLink domain of 8)
    rentBand: [1.7, 3.5], // G1: ~US$1.70 trough (Oct 2025); G3, G4: specialist on-demand up to US$3.50 (2026), the same tier as the H200's top (G4)
  },
  {
    id: "h200",
    name: "NVIDIA H200",
    maker: "nvidia",
    pf: 1.98,
    hbmGb: 141, // A3: same die as H100, HBM3e 141 GB
    kw: 1.3, // facts.md derived table: ~1.3 kW (estimate, same 700 W GPU)
    priceK: 30, // A3, A42: 25–35 k (2026)
    available: { year: 2024, q: 2 }, // A3b: shipping Q2 2024
    leadQuarters: 1,
    liquidOnly: false,
    rentPerHour: 3.5, // G4: specialist US$3.50–4.50/h
    exportClass: "controlled",
    hbmShareOfPrice: 0.35, // M15
    rackScale: false,
    hbmGen: "hbm3e",
    fp4Pf: 1.98, // A3: Hopper, no FP4
    scaleUp: 8, // 8-GPU HGX node
    rentBand: [2.5, 4.5], // G4: long-tail US$2.50–3.50, specialist US$3.50–4.50 (2026)
  },
  {
    id: "b200",
    name: "NVIDIA B200 (HGX)",
    maker: "nvidia",
    pf: 4.5,
    hbmGb: 192, // A4: 4.5 PF FP8 dense, 192 GB nominal
    kw: 1.8, // derived table: ~1.8 kW all-in (estimate from 1,000 W TDP × ~1.4–1.8)
    priceK: 35, // A5, A6, A38, A39: 30–40 k; blended ASP ~33 k
    available: { year: 2025, q: 1 }, // A4: broad 2025
    leadQuarters: 2, // M29: Blackwell backlog; game simplification
    liquidOnly: false, // A4: air-cooled 8-GPU servers exist
    rentPerHour: 3.75, // G6–G8: specialist on-demand US$3.75–6.03/h, reserved ~2.65
    exportClass: "frontier",
    hbmShareOfPrice: 0.45, // M15
    rackScale: false,
    hbmGen: "hbm3e",
    fp4Pf: 9, // A4: 9 PF FP4 dense
    scaleUp: 8, // A4: HGX B200, 8-GPU NVLink domain
    rentBand: [2.25, 6.03], // G6–G8: spot ~US$2.25 … specialist on-demand US$6.03 (2026)
  },
  {
    id: "gb200",
    name: "NVIDIA GB200 NVL72",
    maker: "nvidia",
    pf: 5,
    hbmGb: 186, // A7: 360 PF per 72-GPU rack; A4: 186 GB exposed per GPU
    kw: 1.75, // A8, D35: ~120–132 kW per rack / 72
    priceK: 42, // A9–A11: ~US$3–3.1 M per rack / 72
    available: { year: 2025, q: 2 }, // A7: volume Q2–Q3 2025
    leadQuarters: 3,
    liquidOnly: true, // A7: liquid only
    rentPerHour: 4.5, // G15: ~US$9.08 per superchip-hour (2 GPUs)
    exportClass: "frontier",
    hbmShareOfPrice: 0.43, // M15
    rackScale: true,
    hbmGen: "hbm3e",
    fp4Pf: 10, // A7: 720 PF FP4 dense per 72-GPU rack
    scaleUp: 72, // A7: NVL72, one 72-GPU NVLink domain
    rentBand: [4, 6], // G15: ~US$4.54/GPU-h; band ±~30 % is an estimate (on-demand spread G6–G8)
  },
  {
    id: "gb300",
    name: "NVIDIA GB300 NVL72",
    maker: "nvidia",
    pf: 5,
    hbmGb: 279, // A12, A14: 5 PF FP8 per GPU; 279 GB exposed
    kw: 1.8, // A13, A15: ~120–135 kW per rack / 72
    priceK: 50, // A44: "~US$4 M per rack" (Huang, 2026) / 72 ≈ 55 k; A15 estimate 3–4 M ⇒ ~50 k
    available: { year: 2025, q: 4 }, // A12: broad H2 2025
    leadQuarters: 3,
    liquidOnly: true, // A12: 100 % liquid
    rentPerHour: 5.5, // G5: newest-generation medians roughly doubled (estimate above GB200)
    exportClass: "frontier",
    hbmShareOfPrice: 0.45, // M15 (GB200 ~43 %, estimate)
    rackScale: true,
    hbmGen: "hbm3e",
    fp4Pf: 15, // A12: 15 PF FP4 dense per GPU
    scaleUp: 72, // A12: NVL72
    rentBand: [4.5, 7], // estimate: above GB200 (G15), newest-generation medians rising (G5)
  },
  {
    id: "rubin",
    name: "NVIDIA Vera Rubin NVL144",
    maker: "nvidia",
    pf: 16.7, // A16–A18: 1.2 EF FP8 per rack of 72 packages ⇒ ~16.7 PF per package (derived)
    hbmGb: 288, // A16: HBM4 288 GB
    kw: 2.64, // A19, D36: ~190 kW per rack / 72 packages
    priceK: 97, // A21: leaked BoM ~US$7 M per rack (estimate 6–8 M) / 72
    available: { year: 2026, q: 3 }, // A16: ship H2 2026 (game: from Q3)
    leadQuarters: 3,
    liquidOnly: true, // A17: liquid required; M29: Blackwell-class backlog (~3 quarters, estimate)
    rentPerHour: 12, // estimate: ~3.3× GB300 FP4 throughput (A16) at a lower rent per PF
    exportClass: "frontier",
    hbmShareOfPrice: 0.45, // M15 estimate (HBM4 ≥ +30 % premium, M14)
    rackScale: true,
    hbmGen: "hbm4",
    fp4Pf: 50, // A16: 3.6 EF FP4 per rack / 72 packages
    scaleUp: 72, // A18, A19: NVL144 counts dies; 72 packages in one NVLink domain
    rentBand: [9, 15], // estimate: ~0.7–0.9 US$/PF-h like GB300 (A16 3.3× GB300 FP4), no public rate yet
  },
  {
    id: "mi300x",
    name: "AMD MI300X",
    maker: "amd",
    pf: 2.6,
    hbmGb: 192, // A22: 2.6 PF FP8 dense, HBM3 192 GB
    kw: 1.3, // derived table: ~1.3 kW (estimate, 750 W TDP)
    priceK: 12.5, // A23: 10–15 k street (2026)
    available: { year: 2023, q: 4 }, // A22: released Dec 2023
    leadQuarters: 1,
    liquidOnly: false, // A22: air (OAM)
    rentPerHour: 1.8, // G9: US$1.71–1.85/h
    exportClass: "controlled",
    hbmShareOfPrice: 0.55, // M15: MI325X ~58 %, MI355X ~54 % (estimate)
    rackScale: false,
    hbmGen: "hbm3",
    fp4Pf: 2.6, // A22: CDNA 3, no FP4
    scaleUp: 8, // A27: 8-GPU UBB/OAM node
    rentBand: [1.71, 1.85], // G9: US$1.71–1.85/h
  },
  {
    id: "mi325x",
    name: "AMD MI325X",
    maker: "amd",
    pf: 2.6,
    hbmGb: 256, // A24: same CDNA 3 die, HBM3e 256 GB
    kw: 1.6, // derived table: ~1.6 kW (estimate, ~1,000 W TDP)
    priceK: 17.5, // facts.md estimate 15–20 k
    available: { year: 2025, q: 1 }, // A25: broad Q1 2025
    leadQuarters: 1,
    liquidOnly: false,
    rentPerHour: 2.1, // A25, G9: US$2.00–2.25/h
    exportClass: "controlled",
    hbmShareOfPrice: 0.58, // M15
    rackScale: false,
    hbmGen: "hbm3e",
    fp4Pf: 2.6, // A24: CDNA 3, no FP4
    scaleUp: 8, // A27
    rentBand: [2, 2.25], // G9, A25: US$2.00–2.25/h
  },
  {
    id: "mi355x",
    name: "AMD MI355X",
    maker: "amd",
    pf: 5,
    hbmGb: 288, // A26, A27: 5.0 PF FP8 dense, HBM3e 288 GB
    kw: 2.1, // derived table: ~2.1 kW (estimate, 1,400 W TDP)
    priceK: 24, // A30: HSBC 23–25 k
    available: { year: 2025, q: 4 }, // A28: GA Oct 2025
    leadQuarters: 1,
    liquidOnly: true, // A26: primarily liquid
    rentPerHour: 3.2, // estimate: below B200 on-demand (G6–G8), A29 "~40 % better tokens per dollar"
    exportClass: "frontier",
    hbmShareOfPrice: 0.54, // M15
    rackScale: false, // A27: scale-up world size 8
    hbmGen: "hbm3e",
    fp4Pf: 10, // A26, A29: ~10 PF FP4 dense
    scaleUp: 8, // A27: world size 8
    rentBand: [2.5, 3.75], // estimate: below B200 specialist on-demand (G6–G8), above MI325X (G9)
  },
  {
    id: "mi455x",
    name: "AMD MI455X (Helios)",
    maker: "amd",
    pf: 19.4, // A32: 1.4 EF FP8 per 72-GPU Helios rack ⇒ ~19.4 PF per GPU (vendor claim)
    hbmGb: 432, // A31: HBM4 432 GB
    kw: 3, // estimate: 180–250 kW per rack / 72 (A32, facts.md §8 gap)
    priceK: 55, // estimate: not announced; facts.md gives 30–45 k per GPU (A31–A33) and 3–4.5 M per Helios rack (⇒ 42–62 k); upper half as HBM4 system prices rise (A21)
    available: { year: 2026, q: 4 }, // A31: production ramp H2 2026
    leadQuarters: 3,
    liquidOnly: true, // A32: liquid (Helios); A33, A45: the H2 2026 ramp goes to OpenAI and Oracle first (estimate 3)
    rentPerHour: 10, // estimate, priced below Rubin per PF
    exportClass: "frontier",
    hbmShareOfPrice: 0.5, // estimate from M15
    rackScale: true,
    hbmGen: "hbm4",
    fp4Pf: 40, // A32: 2.9 EF FP4 per 72-GPU Helios rack
    scaleUp: 72, // A32, A36: Helios UALoE72, AMD's first rack-scale domain
    rentBand: [7.5, 12.5], // estimate: AMD rents ~0.6× NVIDIA per PF (G9 vs G1, A37), scaled from Rubin
  },
  // ---- Roadmap 2026–2030 (appended; facts.md §1a/§1b, E15 annual cadence). Parts after 2027 are projections. ----
  {
    id: "b300",
    name: "NVIDIA B300 (HGX)",
    maker: "nvidia",
    pf: 4.5,
    hbmGb: 288, // A13: 4.5 PF FP8 dense; HBM3e 12-high, 288 GB nominal
    kw: 2, // estimate: 1,100–1,400 W TDP (A13) × ~1.5 all-in (A40 ratio) ⇒ 1.7–2.1 kW
    priceK: 42, // A12, A13: estimate 35–50 k (no public list; above B200)
    available: { year: 2026, q: 1 }, // A13: HGX shipping late 2025–early 2026
    leadQuarters: 2, // M29: Blackwell-class backlog (game simplification)
    liquidOnly: false, // A13: mostly liquid; air-cooled HGX variants at the 1,100 W setting (estimate)
    rentPerHour: 4.25, // estimate: between B200 (G6–G8) and GB300
    exportClass: "frontier",
    hbmShareOfPrice: 0.5, // M15: B200 ~45 %, with 50 % more HBM (estimate)
    rackScale: false,
    hbmGen: "hbm3e",
    fp4Pf: 13.5, // estimate: Blackwell Ultra 15 PF FP4 dense at 1,400 W (A12); HGX at lower power 13–15
    scaleUp: 8, // A13: 8-GPU HGX
    rentBand: [3, 6], // estimate: B200 band (G6–G8) shifted up for 50 % more HBM
  },
  {
    id: "mi350x",
    name: "AMD MI350X",
    maker: "amd",
    pf: 4.6,
    hbmGb: 288, // A26, A27: ~8 % below MI355X (derived); HBM3e 288 GB
    kw: 1.5, // estimate: 1,000 W TDP (A26) × ~1.5 all-in (A40 ratio)
    priceK: 25, // A30: HSBC MI350-series ASP ~25 k
    available: { year: 2025, q: 3 }, // A26: ship Q3 2025
    leadQuarters: 1,
    liquidOnly: false, // A26: air-cooled
    rentPerHour: 2.9, // estimate: just below MI355X
    exportClass: "frontier",
    hbmShareOfPrice: 0.54, // M15: MI355X ~54 % (same memory)
    rackScale: false,
    hbmGen: "hbm3e",
    fp4Pf: 9.2, // derived: MI355X ~10 PF FP4 (A29) less ~8 %
    scaleUp: 8, // A27: world size 8
    rentBand: [2.25, 3.5], // estimate: between MI325X (G9) and MI355X
  },
  {
    id: "rubin_ultra",
    name: "NVIDIA Rubin Ultra NVL576",
    maker: "nvidia",
    pf: 34.7, // A16: 15 EF FP4 per Kyber rack of 144 packages; FP8 = FP4/3 as for Rubin (A16) ⇒ ~35 PF (estimate 30–40)
    hbmGb: 1024, // A16: HBM4E; estimate 768–1,024 GB per 4-die package (16 stacks, not in facts.md)
    kw: 4.2, // A16, A19: up to 600 kW per rack / 144 packages
    priceK: 180, // estimate 150–230 k: Rubin ~97 k per 2-die package (A21) × ~2 dies, cheaper per PF (E15 cadence)
    available: { year: 2027, q: 3 }, // A16: H2 2027
    leadQuarters: 3,
    liquidOnly: true, // A16: liquid, 800 V DC
    rentPerHour: 22, // estimate: ~0.65 US$/PF-h, below Rubin per PF
    exportClass: "frontier",
    hbmShareOfPrice: 0.5, // estimate: M15 ~45 % plus HBM4E premium (M14)
    rackScale: true,
    hbmGen: "hbm4e",
    fp4Pf: 104, // A16: 15 EF FP4 / 144 packages
    scaleUp: 144, // A16: NVL576 = 144 packages × 4 dies in one NVLink domain
    rentBand: [16, 28], // estimate: Rubin band per PF × 2.1, no public rate
  },
  {
    id: "mi500",
    name: "AMD MI500 (UAL256)",
    maker: "amd",
    pf: 40, // estimate 30–50: ~2× MI455X on AMD's annual cadence (A36 names MI500 UAL256 for 2027, no figures)
    hbmGb: 768, // estimate 432–1,024 GB HBM4E: AMD leads NVIDIA on capacity (A31, A32)
    kw: 4, // estimate 3–5 kW: MI455X ~3 kW (A32 estimate) plus a generation
    priceK: 115, // estimate 90–130 k: ~45 % below Rubin Ultra per PF (facts.md §1c: AMD ~30–50 % less per PF)
    available: { year: 2027, q: 4 }, // A36: MI500 in 2027 (estimate Q4, annual cadence)
    leadQuarters: 3,
    liquidOnly: true, // estimate: Helios-class liquid rack
    rentPerHour: 18, // estimate: AMD ~0.6× NVIDIA rent per PF (G9 vs G1)
    exportClass: "frontier",
    hbmShareOfPrice: 0.55, // estimate from M15 (AMD ~54–58 %)
    rackScale: true,
    hbmGen: "hbm4e",
    fp4Pf: 80, // estimate: 2× FP8 as on MI455X (A32)
    scaleUp: 256, // A36: UAL256 scale-up domain
    rentBand: [13, 23], // estimate
  },
  {
    id: "feynman",
    name: "NVIDIA Feynman (2028, estimate)",
    maker: "nvidia",
    pf: 60, // estimate 45–90: E15 yearly platform, 2–3× per year at rack level, ~1.7× per package
    hbmGb: 1024, // estimate 1,024–1,536 GB next-generation HBM (HBM4E class)
    kw: 4.5, // estimate 3.5–6 kW per package (Kyber-class racks, A16)
    priceK: 260, // estimate 200–330 k: ~4.3 k per PF, continuing Rubin → Rubin Ultra (5.8 → 5.2 k per PF)
    available: { year: 2028, q: 3 }, // estimate: NVIDIA annual cadence (E15), H2 2028
    leadQuarters: 3,
    liquidOnly: true,
    rentPerHour: 34, // estimate: ~0.57 US$/PF-h
    exportClass: "frontier",
    hbmShareOfPrice: 0.5, // estimate (M15)
    rackScale: true,
    hbmGen: "hbm4e",
    fp4Pf: 180, // estimate: 3× FP8 as Rubin (A16)
    scaleUp: 144, // estimate: Kyber NVL576-class domain
    rentBand: [25, 43], // estimate
  },
  {
    id: "amd2028",
    name: "AMD 2028 generation (projection)",
    maker: "amd",
    pf: 56, // projection 45–70: AMD annual cadence (A36), ~1.4× per year per package
    hbmGb: 1024, // projection 768–1,536 GB
    kw: 4.5, // projection 4–5.5 kW
    priceK: 146, // projection 115–175 k: ~2.6 k per PF, AMD ~40 % below NVIDIA per PF (facts.md §1c: 30–50 % less)
    available: { year: 2028, q: 3 }, // projection: one AMD generation per year
    leadQuarters: 3,
    liquidOnly: true,
    rentPerHour: 22, // projection: AMD ~0.6× NVIDIA rent per PF
    exportClass: "frontier",
    hbmShareOfPrice: 0.55, // estimate (M15)
    rackScale: true,
    hbmGen: "hbm4e",
    fp4Pf: 112, // projection: 2× FP8
    scaleUp: 256, // projection: UAL256 continued (A36)
    rentBand: [16, 28], // projection
  },
  {
    id: "nv2029",
    name: "NVIDIA 2029 generation (projection)",
    maker: "nvidia",
    pf: 84, // projection 65–120: ~1.4× per package per year (E15 cadence)
    hbmGb: 1536, // projection 1,024–2,048 GB
    kw: 5, // projection 4.5–6.5 kW
    priceK: 320, // projection 250–400 k: ~3.8 k per PF
    available: { year: 2029, q: 2 }, // projection: annual cadence (E15)
    leadQuarters: 3,
    liquidOnly: true,
    rentPerHour: 42, // projection: ~0.5 US$/PF-h
    exportClass: "frontier",
    hbmShareOfPrice: 0.5, // estimate (M15)
    rackScale: true,
    hbmGen: "hbm4e",
    fp4Pf: 252, // projection: 3× FP8
    scaleUp: 144, // projection
    rentBand: [31, 53], // projection
  },
  {
    id: "amd2029",
    name: "AMD 2029 generation (projection)",
    maker: "amd",
    pf: 78, // projection 60–100: ~1.4× per year
    hbmGb: 1536, // projection
    kw: 5, // projection 4.5–6 kW
    priceK: 178, // projection 140–210 k: ~2.3 k per PF (AMD ~40 % below NVIDIA per PF, facts.md §1c)
    available: { year: 2029, q: 3 }, // projection: one AMD generation per year
    leadQuarters: 3,
    liquidOnly: true,
    rentPerHour: 27, // projection
    exportClass: "frontier",
    hbmShareOfPrice: 0.55, // estimate (M15)
    rackScale: true,
    hbmGen: "hbm4e",
    fp4Pf: 156, // projection: 2× FP8
    scaleUp: 256, // projection
    rentBand: [20, 34], // projection
  },
  {
    id: "nv2030",
    name: "NVIDIA 2030 generation (projection)",
    maker: "nvidia",
    pf: 115, // projection 90–170: ~1.4× per year
    hbmGb: 2048, // projection
    kw: 5.5, // projection 5–7 kW
    priceK: 380, // projection 300–480 k: ~3.3 k per PF
    available: { year: 2030, q: 1 }, // projection: annual cadence (E15); early enough to arrive before the game ends
    leadQuarters: 3,
    liquidOnly: true,
    rentPerHour: 52, // projection: ~0.45 US$/PF-h
    exportClass: "frontier",
    hbmShareOfPrice: 0.5, // estimate (M15)
    rackScale: true,
    hbmGen: "hbm4e",
    fp4Pf: 345, // projection: 3× FP8
    scaleUp: 144, // projection
    rentBand: [39, 65], // projection
  },
  {
    id: "amd2030",
    name: "AMD 2030 generation (projection)",
    maker: "amd",
    pf: 108, // projection 85–140: ~1.4× per year
    hbmGb: 2048, // projection
    kw: 5.5, // projection 5–6.5 kW
    priceK: 214, // projection 170–260 k: ~2.0 k per PF (AMD ~40 % below NVIDIA per PF, facts.md §1c)
    available: { year: 2030, q: 2 }, // projection: one AMD generation per year
    leadQuarters: 3,
    liquidOnly: true,
    rentPerHour: 33, // projection
    exportClass: "frontier",
    hbmShareOfPrice: 0.55, // estimate (M15)
    rackScale: true,
    hbmGen: "hbm4e",
    fp4Pf: 216, // projection: 2× FP8
    scaleUp: 256, // projection
    rentBand: [25, 41], // projection
  },
  {
    id: "gh200",
    name: "NVIDIA GH200 Grace Hopper",
    maker: "nvidia",
    pf: 1.98,
    hbmGb: 96, // N41, A1: H100-class GPU die, 96 GB HBM3 (JUPITER: ~24,000 GH200)
    kw: 1, // estimate: GH200 superchip configurable ~0.45–1 kW; JUPITER runs ~24,000 in a ~20 MW-class machine (not in facts.md)
    priceK: 32, // estimate: H100 price (A41) plus the Grace CPU and LPDDR5X
    available: { year: 2024, q: 1 }, // N41: JUPITER built 2024–25 (estimate of the order date)
    leadQuarters: 1,
    liquidOnly: false,
    rentPerHour: 2.5, // estimate: a little above H100 (G1, G2)
    exportClass: "controlled",
    hbmShareOfPrice: 0.28, // estimate from M15 (H100 ~30 %)
    rackScale: false,
    hbmGen: "hbm3",
    fp4Pf: 1.98, // N41: HBM3; no FP4 on Hopper, the FP8 rate stands in
    scaleUp: 4, // N41: JUPITER nodes of 4 GH200 on NVLink (estimate of the domain)
    rentBand: [2, 3.2], // estimate: H100 band (G1, G5) a little higher for the Grace memory
  },
];

const INTEGRATORS: Integrator[] = [
  {
    id: "penguin",
    name: "Penguin Solutions",
    componentMarkup: 1.06,
    fullstackMarkup: 1.22, // estimate (tuned by npm run balance from 1.3): integration, ClusterWare and managed ops premium (C8, C17)
    leadDelta: 0,
    slaUptime: 99.5, // C20, C21: GPU-cloud SLAs 99–99.95 %
    managedUtilisation: 0.87, // G11: neocloud 75–90 %; Penguin's managed-services record (C1, C8)
    expertiseTransfer: 0.5, // C1, C3: SKT + SK hynix + Penguin task force, joint R&D (estimate)
    sovereigntyTerms: "Penguin engineers run ICE ClusterWare and 24×7 operations; cluster software and telemetry managed from the US, data stays in-country.",
    buildMarkup: 1.15,
    buildQuartersPer50Mw: 2, // D9, D32: integrators build fast; estimate
    sources: ["C1", "C3", "C6", "C7", "C8"],
  },
  {
    id: "dell",
    name: "Dell Technologies",
    componentMarkup: 1.05,
    fullstackMarkup: 1.2, // estimate, tuned from 1.28 (Dell AI Factory with NVIDIA, C25)
    leadDelta: -1,
    slaUptime: 99.5, // A12: Dell shipped the first GB300 (to CoreWeave); fastest to ship (estimate)
    managedUtilisation: 0.85, // G11
    expertiseTransfer: 0.3, // estimate
    sovereigntyTerms: "Dell AI Factory hosted in local data centres (as with Macquarie, Atos); Dell manages the stack, data and keys stay local.",
    buildMarkup: 1.15,
    buildQuartersPer50Mw: 1.8, // C25: Macquarie IC3 Super West with Dell, estimate
    sources: ["A12", "C24", "C25", "N57"],
  },
  {
    id: "hpe",
    name: "HPE",
    componentMarkup: 1.07,
    fullstackMarkup: 1.22, // estimate, tuned from 1.3
    leadDelta: 0,
    slaUptime: 99.9, // C19, C20: 99.9 % multi-region class (estimate for HPE managed)
    managedUtilisation: 0.86, // G11
    expertiseTransfer: 0.4, // estimate: HPE + KDDI, HPE + Khazna direct liquid cooling
    sovereigntyTerms: "HPE builds direct-liquid-cooled halls and runs them under a managed contract; operations can move to the local partner over time.",
    buildMarkup: 1.18,
    buildQuartersPer50Mw: 2, // D29, N14: KDDI Sakai converted in ~6 months with HPE systems
    sources: ["D29", "N13", "N14", "N18", "N19"],
  },
  {
    id: "supermicro",
    name: "Supermicro",
    componentMarkup: 1.02,
    fullstackMarkup: 1.16, // estimate, tuned from 1.24: cheapest hardware, thinner services
    leadDelta: 0,
    slaUptime: 99, // C20: 99 % bare-metal class (estimate)
    managedUtilisation: 0.82, // G11 lower end (estimate)
    expertiseTransfer: 0.2, // estimate
    sovereigntyTerms: "Supermicro sells racks and rack-scale integration; operations are usually run by the buyer or a local partner.",
    buildMarkup: 1.12,
    buildQuartersPer50Mw: 2.2, // N27: Supermicro–DataVolt deal; estimate
    sources: ["N1", "N27", "C16"],
  },
];

/** A local partner (helper for the table below). */
function partner(
  id: string,
  name: string,
  nation: string,
  rackScale: boolean,
  markup: number,
  buildQuartersPer50Mw: number,
  expertiseGain: number,
  sources: string[],
): LocalPartner {
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
  hbmReservationPerGb: 3, // estimate: 25 % of the HBM3E price to lock sold-out supply (M7–M10), rounded up from the ~+20 % paid for 2026 allocations (M15); hbm.ts scales it by generation (M14) and the price index
  cxlPerGpuK: 1, // derived estimate: one 2 TB CXL card (4 × 512 GB RDIMM, M24, M25) per 8-GPU server = 256 GB per GPU; DDR5 at HBM3E's US$8–18/GB ÷ 5–6 (M18, M19) ≈ US$1.3–3.6/GB ⇒ US$0.35–0.9k of DRAM + ~US$0.25k card share (no public price) ⇒ US$0.6–1.2k per GPU
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
