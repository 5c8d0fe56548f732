/**
 * Legal sizes of a memory supply agreement (hbm.ts `agreementLimits`): at least 0.1 % of the maker's
 * quarterly HBM to sovereign buyers (makers sign long-term agreements with volume customers, M7–M10;
 * the floor is an estimate), and at most 40 % of it per buyer across its agreements with that maker
 * (estimate: no maker commits most of a sold-out year's output to one customer outside the GPU makers).
 */
import type { MemoryAgreementOrder, Order } from "../protocol/orders";
import type { GameState, Nation } from "./state";
import type { ValidationResult } from "./errors";
import { OK, reject, RuleError } from "./errors";
import { agreementLimits, MAX_AGREEMENT_SHARE, MIN_AGREEMENT_SHARE } from "./hbm";

/** Refuse an agreement below the maker's minimum or above what this buyer may still reserve, with the figures. */
export function checkAgreementSize(state: GameState, nation: Nation, makerName: string, o: MemoryAgreementOrder, prior: Order[]): ValidationResult {
  const lim = agreementLimits(state, nation, o.maker, prior);
  if (o.gbPerQuarter < lim.minGb) {
    return reject(
      RuleError.InvalidQuantity,
      `${makerName} signs agreements from ${lim.minGb.toLocaleString("en-US")} GB a quarter (${MIN_AGREEMENT_SHARE * 100} % of its quarterly HBM for sovereign buyers).`,
    );
  }
  if (o.gbPerQuarter > lim.maxGb) {
    const held = lim.heldGb > 0 ? ` You already reserve ${lim.heldGb.toLocaleString("en-US")} GB a quarter with it.` : "";
    return reject(
      RuleError.InvalidQuantity,
      `${makerName} reserves at most ${MAX_AGREEMENT_SHARE * 100} % of its quarterly HBM for one buyer: ${lim.maxGb.toLocaleString("en-US")} GB a quarter more is possible.${held}`,
    );
  }
  return OK;
}
