/**
 * Legal sizes of a memory supply agreement (hbm.ts `agreementLimits`): at least 0.1 % of the maker's
 * quarterly HBM to sovereign buyers (makers sign long-term agreements with volume customers, M7–M10;
 * the floor is an estimate), and at most 40 % of it per buyer across its agreements with that maker
 * (estimate: no maker commits most of a sold-out year's output to one customer outside the GPU makers).
 */
import type { MemoryAgreementOrder, Order } from "../protocol/orders";
import type { GameState, Nation } from "./state";
import type { ValidationResult } from "./errors";
import { OK, reject } from "./errors";
import { agreementLimits, MAX_AGREEMENT_SHARE, MIN_AGREEMENT_SHARE } from "./hbm";

/** Refuse an agreement below the maker's minimum or above what this buyer may still reserve, with the figures. */
export function checkAgreementSize(state: GameState, nation: Nation, makerName: string, o: MemoryAgreementOrder, prior: Order[]): ValidationResult {
  const lim = agreementLimits(state, nation, o.maker, prior);
  if (o.gbPerQuarter < lim.minGb) {
    return reject("order/invalid_quantity", { maker: makerName, minGb: lim.minGb, pct: MIN_AGREEMENT_SHARE * 100 });
  }
  if (o.gbPerQuarter > lim.maxGb) {
    return reject("order/invalid_quantity:reserves_at_most", { maker: makerName, pct: MAX_AGREEMENT_SHARE * 100, maxGb: lim.maxGb, heldGb: lim.heldGb });
  }
  return OK;
}
