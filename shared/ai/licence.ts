/**
 * How an AI nation deals with US export licences (shared/engine/licences.ts): a licence-bound nation
 * without a licence in force asks for the US's base volume for the rest of the game; a nation that used
 * most of its licensed (or licence-free) volume this year, or whose licence ends next quarter, asks for
 * half as much again (only when the US would grant more than it holds), accepting the no-Chinese-vendors condition and, when it can afford it, the
 * investment pledge the extra volume needs. It signs only what the engine's negotiation grants.
 */
import type { LicenceAsk } from "../protocol/licences";
import type { SignLicenceOrder } from "../protocol/orders";
import type { GameState, Nation } from "../engine/state";
import { baseVolume, currentLicence, isSuspended, licenceFreeVolume, needsLicence, negotiateLicence, PLEDGE_PER_10K } from "../engine/licences";

/** The `sign_licence` order an AI nation gives this quarter, or null when it needs none. */
export function aiLicenceOrder(state: GameState, n: Nation): SignLicenceOrder | null {
  const turn = state.turn;
  const left = state.maxTurns - turn + 1;
  if (left < 2) return null;
  const years = Math.max(1, Math.min(4, Math.ceil(left / 4)));
  const l = currentLicence(n, turn);
  const pending = (n.licences ?? []).some((x) => x.fromTurn > turn);
  if (pending || (l && isSuspended(l, turn))) return null;
  const held = (l?.volume ?? 0) + licenceFreeVolume(n);
  const busy = held > 0 && n.exportUsedThisYear >= 0.8 * held;
  const ending = l !== undefined && l.toTurn <= turn + 1;
  if (!needsLicence(n) && !busy) return null;
  if (needsLicence(n) && l && !busy && !ending) return null;
  const base = baseVolume(n);
  if (!l || !busy) {
    const order: SignLicenceOrder = { type: "sign_licence", turn, volume: Math.max(1000, base), years, asks: [] };
    return negotiateLicence(state, n.id, order, order.asks).ok ? order : null;
  }
  const want = Math.round(Math.max(held, base) * 1.5);
  const asks: LicenceAsk[] = [{ noChineseVendors: true }];
  const extra = Math.max(0, want - Math.round(base * 1.25));
  const pledge = Math.ceil((extra / 10_000) * PLEDGE_PER_10K);
  if (pledge > 0 && pledge * 4 < n.budgetPerQuarter) asks.push({ pledgePerQuarter: pledge });
  asks.push({ volume: Math.min(2_000_000, want) });
  const order: SignLicenceOrder = { type: "sign_licence", turn, volume: Math.max(1000, base), years, asks };
  const r = negotiateLicence(state, n.id, order, asks);
  // Renew only for real extra volume (or when the licence is ending); re-signing the same terms buys nothing.
  return r.ok && (ending || r.offer.volume > (l?.volume ?? 0) * 1.05) ? order : null;
}
