/**
 * Who runs a batch of GPUs, and what that changes: utilisation, uptime (faults and SLAs) and how much of
 * the batch is under domestic control. The US path and the local path differ here (GAME.md claim 1).
 *
 * - Base utilisation: a cluster a US integrator operates (full stack) runs at its managed level (~0.85,
 *   G11); a cluster the nation runs itself at 0.40 + 0.45 × expertise/100 (enterprise ~40 %, G12, up to
 *   neocloud 85 %, G11), +0.05 on a joint-venture site (integrator support), −0.10 for rack-scale systems run
 *   with expertise under 50 ("inventory, not a cluster", C17).
 * - Uptime: large clusters fail often (Llama 3: 16,384 H100, one interruption every ~3 h, >90 % effective
 *   time, G13). A self-run batch loses 12 % of its time to faults with no expertise, 4 % with full expertise
 *   (×1.5 for rack-scale systems below expertise 50, C17); estimate bracketing G13's "under 10 %". A batch
 *   under an SLA (99–99.95 % monthly availability, C19–C21) loses at most the SLA's share: the vendor's
 *   spares, 24×7 engineers and service credits (C22) carry the rest of the fault risk.
 * - Control weight (sovereignty): built and run at home 1.0, joint-venture site 0.8, US-built self-run 0.6;
 *   integrator-run 0.5 in a local site, 0.25 elsewhere; management software and control plane
 *   hosted in the country (a quote term) add 0.2 to an integrator-run batch (who holds the keys, C24, C25).
 * - A joint-venture site pays its integrator partner 1 % of the nation-run hardware value a quarter for
 *   design, spares and engineering support (estimate: half the 2 % managed fee), and the partner owns a share
 *   of the venture: JV_PARTNER_SHARE of the site's operating margin (revenue − power − facility − fees) when
 *   it is positive (estimate: Korea's national AI computing centre is an SPC 51 % public, 49 % private, N7;
 *   the game's integrator partner takes a 30 % minority share). Together with the governance quarter a JV
 *   site takes longer to build (power.ts), this is the JV's price for combining the integrator's parts and
 *   support with nation-run sovereignty.
 */
import type { Accelerator, DataCentre, GameState, InstalledGpus, Nation, ServiceTerms } from "./state";
import { findIntegrator } from "./catalogue";
import { LOCALISATION_MANAGED_PREMIUM } from "./policy-rates";

/** Share of time a self-run batch loses to faults, by expertise (G13, C17; estimate). */
export function selfRunDowntime(expertise: number, rackScale: boolean): number {
  const base = 0.12 - 0.08 * (Math.max(0, Math.min(100, expertise)) / 100);
  return rackScale && expertise < 50 ? base * 1.5 : base;
}

/** The service terms a signed quote set for a batch, if any (the latest signed quote governs it). */
export function batchTerms(n: Nation, dc: DataCentre, g: InstalledGpus): ServiceTerms | undefined {
  const all = n.serviceTerms;
  if (!all) return undefined;
  for (let i = all.length - 1; i >= 0; i--) {
    const t = all[i];
    if (t.dcId === dc.id && t.model === g.model && t.vendor === g.vendor && t.operator === g.operator) return t;
  }
  return undefined;
}

/** The SLA a batch runs under, percent monthly availability (0 = best effort: the nation carries faults). */
export function batchSla(state: GameState, n: Nation, dc: DataCentre, g: InstalledGpus): number {
  const t = batchTerms(n, dc, g);
  if (t) return t.slaUptime;
  return g.operator === "integrator" ? (findIntegrator(state.catalogue, g.vendor)?.slaUptime ?? 99.5) : 0;
}

/** Share of time a batch is up: 1 − the SLA's share under an SLA, else 1 − self-run faults. */
export function batchUptime(state: GameState, n: Nation, dc: DataCentre, g: InstalledGpus, a: Accelerator): number {
  const sla = batchSla(state, n, dc, g);
  return sla > 0 ? sla / 100 : 1 - selfRunDowntime(n.expertise, a.rackScale);
}

/** Utilisation before faults: the integrator's managed level, or the nation's own by expertise. */
export function baseUtilisation(state: GameState, n: Nation, dc: DataCentre, g: InstalledGpus, a: Accelerator): number {
  if (g.operator === "integrator") return findIntegrator(state.catalogue, g.vendor)?.managedUtilisation ?? 0.85;
  let u = 0.4 + 0.45 * (n.expertise / 100);
  if (dc.builder === "jv") u += 0.05;
  if (a.rackScale && n.expertise < 50) u -= 0.1;
  return Math.max(0.1, Math.min(0.95, u));
}

/** Utilisation of one batch of GPUs: base utilisation × uptime. */
export function batchUtilisation(state: GameState, n: Nation, dc: DataCentre, g: InstalledGpus, a: Accelerator): number {
  return baseUtilisation(state, n, dc, g, a) * batchUptime(state, n, dc, g, a);
}

/** Control weight added to an integrator-run batch whose management software sits in the country. */
export const MGMT_IN_COUNTRY_CONTROL = 0.2;

/** How much of a batch is under domestic control (1 = built and run at home). */
export function controlWeight(dc: DataCentre, g: InstalledGpus, n?: Nation): number {
  if (g.operator === "integrator") return (dc.builder === "local" ? 0.5 : 0.25) + (n && batchTerms(n, dc, g)?.mgmtInCountry ? MGMT_IN_COUNTRY_CONTROL : 0);
  return dc.builder === "local" ? 1 : dc.builder === "jv" ? 0.8 : 0.6;
}

/** Managed-fee multiplier of a batch: a vendor-cloud control plane under data localisation pays a compliance premium (estimate). */
export function managedFeeFactor(n: Nation, dc: DataCentre, g: InstalledGpus): number {
  return g.operator === "integrator" && n.policies.data_localisation && !batchTerms(n, dc, g)?.mgmtInCountry ? 1 + LOCALISATION_MANAGED_PREMIUM : 1;
}

/** Expertise a quarter from one vendor-run batch whose control plane is in the country (estimate). */
export const MGMT_EXPERTISE = 0.15;

/** Expertise a quarter from vendor-run batches whose control plane is hosted in the country: local staff run it with the vendor (at most 4 batches). */
export function termsExpertise(n: Nation): number {
  let k = 0;
  for (const dc of n.dataCentres) for (const g of dc.gpus) if (g.count > 0 && g.operator === "integrator" && batchTerms(n, dc, g)?.mgmtInCountry) k++;
  return MGMT_EXPERTISE * Math.min(4, k);
}

/** Share of hardware value a quarter a joint-venture site pays its integrator partner for design, spares and engineering support of nation-run GPUs (estimate: half the managed fee). */
export const JV_FEE_RATE = 0.01;

/** The JV partner fee of a batch this quarter, US$ M (0 outside joint-venture sites). */
export function jvFee(dc: DataCentre, g: InstalledGpus): number {
  return dc.builder === "jv" && g.operator === "nation" ? g.value * JV_FEE_RATE : 0;
}

/** Share of a joint-venture site's positive operating margin owned by its integrator partner (estimate: a minority partner, cf. the 51 % public / 49 % private SPC of N7). */
export const JV_PARTNER_SHARE = 0.3;

/** What the integrator partner of a joint-venture site takes of its operating margin this quarter, US$ M (0 outside JV sites or at a loss). */
export function jvPartnerCut(dc: DataCentre, revenue: number, opex: number): number {
  return dc.builder === "jv" ? JV_PARTNER_SHARE * Math.max(0, revenue - opex) : 0;
}
