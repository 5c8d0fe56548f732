/** The deals panel's words come from the describer, and its limits are the protocol's, the same the schema enforces (#15). */
import { describe, expect, it } from "vitest";
import { DealTerms } from "../../shared/protocol/deals";
import { DEAL_MAX_ITEMS, DEAL_MAX_QUARTERS, DEAL_STATEMENT_MAX_CHARS } from "../../shared/protocol/names";
import { answerNotice, incomingNotice, inForceTail, itemsFull, offerExpiry, projectionLine, projectionWhy, sideGives } from "../../shared/describe/deal-panel";

const terms = (items: number, quarters = 2) => ({
  from: "korea",
  to: "india",
  quarters,
  items: Array.from({ length: items }, () => ({ kind: "joint_training" as const })),
});

describe("deal limits", () => {
  it("the schema and the panel's words use the same limits", () => {
    expect(DealTerms.safeParse(terms(DEAL_MAX_ITEMS)).success).toBe(true);
    expect(DealTerms.safeParse(terms(DEAL_MAX_ITEMS + 1)).success).toBe(false);
    expect(DealTerms.safeParse(terms(1, DEAL_MAX_QUARTERS)).success).toBe(true);
    expect(DealTerms.safeParse(terms(1, DEAL_MAX_QUARTERS + 1)).success).toBe(false);
    const long = { ...terms(0), items: [{ kind: "statement", giver: "from", text: "x".repeat(DEAL_STATEMENT_MAX_CHARS + 1) }] };
    expect(DealTerms.safeParse(long).success).toBe(false);
    expect(itemsFull()).toBe(`An offer holds at most ${DEAL_MAX_ITEMS} items.`);
  });
});

describe("deal panel words", () => {
  it("offer and deal lines", () => {
    expect(sideGives("India", [])).toBe("India gives: nothing");
    expect(sideGives("India", ["US$50M now", "512 H100"])).toBe("India gives: US$50M now; 512 H100");
    expect(offerExpiry({ year: 2026, q: 2 })).toBe("Open until Q2 2026 resolves: unanswered, it expires.");
    expect(inForceTail(1, [{ name: "India", amount: 40 }])).toBe(" · 1 quarter left · India US$40M in escrow");
    expect(inForceTail(0, [])).toBe(" · complete");
  });

  it("the projection line and its explanation", () => {
    const v = {
      ok: true as const,
      gain: 3.25,
      perM: 0,
      horizon: 1,
      by: { year: 2027, q: 3 as const },
      after: { score: 410, compute: 1200.4, treasury: 900 },
      before: { score: 406.75, compute: 1000, treasury: 950 },
    };
    expect(projectionLine("If you sign, by Q3 2027", v)).toBe(
      "If you sign, by Q3 2027: score +3.3 points, compute 1,200 PF (vs 1,000 PF without), treasury US$900M (vs US$950M).",
    );
    expect(projectionWhy(v)).toMatch(/^The engine plays your nation forward on your own view 1 quarter \(to Q3 2027\)/);
  });

  it("notices of offers and answers", () => {
    expect(incomingNotice("India", "AI", false)).toBe("India proposes a deal (AI). Open Deals (D) to answer.");
    expect(incomingNotice("India", "AI", false, "We would like your GPUs.")).toBe("We would like your GPUs. Open Deals (D) to answer.");
    expect(incomingNotice("India", "Ana", true, "Too dear.")).toBe("India counters (Ana). Too dear. Open Deals (D) to answer.");
    expect(answerNotice("India", "accepted")).toBe("India: your proposal was signed.");
  });
});
