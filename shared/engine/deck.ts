/**
 * The base events deck (GAME.md "Events"): each card has a plain headline and text, typed mechanical
 * effects, and its real-world counterpart with facts.md §6 source ids. "*" in `nations` = every nation.
 */
import type { EventCard } from "./state";

/** Every base event card. */
export const BASE_DECK: EventCard[] = [
  {
    id: "export_tighten",
    headline: "Hypothetical: Washington tightens AI chip licences.",
    text: "A hypothetical tightening, not a real 2025–26 move: the US cuts every export licence it has granted by 25 % and suspends for a quarter the licences whose sites have no US security audits. No nation's status changes: allies stay licence-free for most volumes, and no one is put in the China class.",
    effects: [
      { kind: "licence_volume", nations: ["*"], factor: 0.75 },
      { kind: "licence_review", nations: ["*"], quarters: 1, unlessAudited: true },
    ],
    realWorld:
      "Hypothetical. The real trend since 13 May 2025 is bilateral licensing: the Diffusion Rule's caps were rescinded; guidance warns that using Huawei Ascend chips may breach US rules",
    sources: ["E5", "E16"],
  },
  {
    id: "export_loosen",
    headline: "US approves GB300 licences for the Gulf.",
    text: "Washington grants bilateral licences to Gulf buyers with security and reporting conditions: the licence volumes the US offers and holds for the UAE and Saudi Arabia grow by 25 % (still bounded; no one is unlimited).",
    effects: [{ kind: "licence_volume", nations: ["uae", "saudi"], factor: 1.25 }],
    realWorld:
      "19 Nov 2025: US licences of up to 35,000 GB300-equivalents each for G42 and HUMAIN, with security and reporting conditions, after the Diffusion Rule was rescinded on 13 May 2025",
    sources: ["E5", "N20", "N21", "E21"],
  },
  {
    id: "h20_revenue_share",
    headline: "US lets NVIDIA sell H20 to China against a 15 % revenue share.",
    text: "China-spec GPUs ship again, and their orders compete for TSMC's packaging lines: 10 % fewer accelerators can be packaged for sovereign buyers for two quarters.",
    effects: [{ kind: "packaging_cap", factor: 0.9, quarters: 2 }],
    realWorld:
      "Apr 2025: H20 sales to China need a licence (NVIDIA ~US$5.5 B charge); Aug 2025: H20 exports allowed against 15 % of revenue to the US government. The packaging effect is a game estimate",
    sources: ["E6", "E7", "E13"],
  },
  {
    id: "hbm_sold_out",
    headline: "HBM sold out for the year.",
    text: "Memory makers have allocated next year's HBM: supply to new buyers falls by 40 % for two quarters. Nations with supply agreements are served first.",
    effects: [{ kind: "hbm_supply", factor: 0.6, quarters: 2 }],
    realWorld: "SK hynix sold out for 2024 and almost all of 2025; Micron's entire 2026 HBM supply sold out (Feb 2026)",
    sources: ["M7", "M8", "M9", "M10"],
  },
  {
    id: "cowos_shortage",
    headline: "CoWoS packaging shortage.",
    text: "TSMC's advanced packaging lines are full: 40 % fewer accelerators can be packaged for two quarters.",
    effects: [{ kind: "packaging_cap", factor: 0.6, quarters: 2 }],
    realWorld: "CoWoS capacity ~35–40 k wafers/month in 2024, ~75 k by end-2025, NVIDIA holding 60–70 %",
    sources: ["E11", "E13", "E14", "E15b"],
  },
  {
    id: "new_generation",
    headline: "A new GPU generation launches.",
    text: "The yearly platform update arrives: older GPUs rent for 15 % less and NVIDIA cuts prices of current parts by 10 % for two quarters.",
    effects: [
      { kind: "rent_price", factor: 0.85 },
      { kind: "gpu_price", maker: "nvidia", factor: 0.9, quarters: 2 },
    ],
    realWorld: "NVIDIA's annual platform cadence (Blackwell → Blackwell Ultra → Rubin); older rental prices fall 40–60 % over two years",
    sources: ["E15", "G1"],
  },
  {
    id: "grid_crunch",
    headline: "Power-grid crunch.",
    text: "Grid operators pause new large connections in Japan, the EU and the UK: half of their free grid capacity goes to other users first (new sites queue behind them) and the next data centre each of them starts takes two quarters longer.",
    effects: [{ kind: "build_delay", nations: ["japan", "eu", "uk"], quarters: 2 }],
    realWorld: "3–7-year grid connection queues in Europe and the US; Japan's new gas plants take 7–10 years",
    sources: ["D10", "D25", "D31"],
  },
  {
    id: "energy_spike",
    headline: "Energy price spike.",
    text: "LNG and gas prices jump: grid electricity and gas-fired on-site generation for data centres cost 30 % more in Korea, Japan, the EU and the UK (prices fixed in power-purchase agreements do not move).",
    effects: [{ kind: "power_price", nations: ["korea", "japan", "eu", "uk"], factor: 1.3 }],
    realWorld: "UK and German industrial power among the dearest in the IEA; Japan and Korea import their fuel",
    sources: ["D14", "D19", "D20", "D21", "D24"],
  },
  {
    id: "talent_drain",
    headline: "Talent drain to US labs.",
    text: "US AI labs hire away senior engineers: expertise falls by 4 points in every nation without a strong local ecosystem.",
    effects: [{ kind: "expertise", nations: ["uae", "saudi", "australia", "uk", "india"], delta: -4 }],
    realWorld: "Gulf programmes' main gap is talent; India's engineers are courted by US labs (qualitative, facts.md §5 asymmetry table)",
    sources: ["N22", "N28", "N55"],
  },
  {
    id: "privacy_scandal",
    headline: "Data-privacy scandal at a foreign cloud.",
    text: "Citizens' data was processed abroad without consent: public support rises by 8 in nations whose sovereignty index is above 0.45.",
    effects: [{ kind: "support", nations: ["*"], delta: 8, ifSovereigntyAbove: 0.45 }],
    realWorld: "EU AI Act obligations and data-sovereignty rules drive 'sovereign AI' consortia (Dell, Atos, SAP, Deutsche Telekom)",
    sources: ["N33", "N41", "C24"],
  },
  {
    id: "price_war",
    headline: "Vendor price war.",
    text: "Integrators fight for sovereign contracts: all GPU prices fall 15 % for two quarters.",
    effects: [{ kind: "gpu_price", maker: "all", factor: 0.85, quarters: 2 }],
    realWorld: "AMD prices MI350-class parts ~30 % below NVIDIA equivalents; Supermicro and Dell compete for Gulf and EU deals",
    sources: ["A30", "A38", "N27"],
  },
  {
    id: "strategic_opportunity",
    headline: "Strategic investment opportunity.",
    text: "Sovereign wealth funds co-invest in AI infrastructure: Saudi Arabia and the UAE each receive US$300M for their programmes.",
    effects: [{ kind: "treasury", nations: ["saudi", "uae"], delta: 300 }],
    realWorld: "May 2025 Gulf deals: HUMAIN with NVIDIA and AMD, DataVolt US$20 B, Stargate UAE 1 GW",
    sources: ["N16", "N22", "N27"],
  },
  {
    id: "memory_price_spike",
    headline: "Memory price spike.",
    text: "HBM3E contract prices jump for the coming year: every GPU costs 10 % more for three quarters.",
    effects: [{ kind: "gpu_price", maker: "all", factor: 1.1, quarters: 3 }],
    realWorld: "DDR5 contract prices ×4 year on year (Q4 2025); HBM3E +20 % for 2026 allocations",
    sources: ["M3", "M15"],
  },
  {
    id: "rare_earth_controls",
    headline: "China restricts rare earths and gallium.",
    text: "Export controls on rare earths, magnets and gallium hit racks, cooling and power gear: packaging and assembly capacity falls 25 % and prices rise 5 % for two quarters.",
    effects: [
      { kind: "packaging_cap", factor: 0.75, quarters: 2 },
      { kind: "gpu_price", maker: "all", factor: 1.05, quarters: 2 },
    ],
    realWorld: "China's gallium and germanium licensing (Aug 2023), US ban (Dec 2024), rare-earth controls with extraterritorial reach (Oct 2025)",
    sources: ["E8", "E9", "E10"],
  },
  {
    id: "de_escalation",
    headline: "Trade de-escalation.",
    text: "General licences for critical minerals resume: packaging capacity recovers 15 % for two quarters.",
    effects: [{ kind: "packaging_cap", factor: 1.15, quarters: 2 }],
    realWorld: "Nov 2025: China issues general licences for Ga, Ge, Sb and graphite to US users; rare-earth controls stay",
    sources: ["E12"],
  },
  {
    id: "cloud_price_cut",
    headline: "Hyperscaler GPU price cut.",
    text: "A hyperscaler cuts GPU-hour prices: GPU-as-a-Service rental prices fall 25 % for everyone.",
    effects: [{ kind: "rent_price", factor: 0.75 }],
    realWorld: "AWS cut H100 (P5) on-demand prices ~44 % in June 2025; H100 rental troughed near US$1.70/h",
    sources: ["G1", "G3"],
  },
  {
    id: "chip_tariff",
    headline: "Semiconductor tariff threat.",
    text: "Washington floats tariffs on imported chips and servers: US-assembled systems cost 8 % more for two quarters.",
    effects: [{ kind: "gpu_price", maker: "all", factor: 1.08, quarters: 2 }],
    realWorld: "2025: the US floated ≥25 % (possibly 50–100 %) tariffs on imported chips",
    sources: ["M8"],
  },
];
