/**
 * A deal flood inside the message rate limit, with real clients against a real server: a seated player
 * proposes deals to an AI nation at 18 messages a second. The work budget refuses the excess with
 * work/budget_spent, the AI answers only a budget's worth, while an honest player's orders are all
 * acknowledged and stored with bounded latency and /api/health keeps answering fast: every /api/health answer within
 * 100 ms and the honest order→ack p99 ≤ 50 ms (#16) when the machine is not oversubscribed (1-minute load average ≤
 * cores at the start and the end, or LATENCY_STRICT=1); on a busy machine, bounds relative to the same run's quiet
 * figures. The figures measured are printed either way.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browser, sleep, startServer, waitFor, twoSeatedPlayers } from "./harness";
import type { TestServer } from "./harness";
import { percentiles } from "../bench/report";
import { MAX_PROPOSALS_PER_TURN, WORK_BUDGET, WORK_COST } from "../../shared/match/budget";
import { machineLoad, strictLatency } from "../load/machine";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("abuse-flood");
});
afterAll(async () => {
  await server?.shutdown();
});

const FLOOD_MS = 6000;
const FLOOD_PER_SECOND = 18;

describe("deal flood at the allowed message rate", () => {
  it("refuses past the work budget, keeps every honest order and keeps the room and /api/health responsive", async () => {
    const { game, fac, a, b, nations } = await twoSeatedPlayers({ scenario: "tutorial", seed: 5, turnSeconds: 600 });
    const [, nb, ai] = nations;
    fac.facilitator({ cmd: "start" });
    await waitFor(a, (m) => m.phase === "orders");
    const turn = a.model().view!.turn;

    const session = server.room(game.code).session;
    const orig = session.apply.bind(session);
    const cost: Record<string, number[]> = {};
    session.apply = (actor, intent) => {
      const t0 = performance.now();
      const r = orig(actor, intent);
      (cost[`${intent.type}:${r.ok}`] ??= []).push(performance.now() - t0);
      return r;
    };
    // The flooder is seat A, sending raw messages on its own socket (as a script would).
    const flooder = a.rawRoom;
    const refusals: Record<string, number> = {};
    let acks = 0;
    flooder.onMessage("error", (e: { reason?: string; code: string }) => {
      refusals[e.reason ?? e.code] = (refusals[e.reason ?? e.code] ?? 0) + 1;
    });
    flooder.onMessage("deal_ack", () => {
      acks += 1;
    });
    let kicked = false;
    flooder.onLeave(() => {
      kicked = true;
    });

    let honestSent = 0;
    let honestAcked = 0;
    /** An honest player's order acks and /api/health answers for `ms`. */
    const measure = async (ms: number): Promise<{ health: number[]; ackMs: number[] }> => {
      const end = Date.now() + ms;
      const health: number[] = [];
      const ackMs: number[] = [];
      const probe = (async () => {
        while (Date.now() < end) {
          const t0 = performance.now();
          const res = await fetch(`${server.url}/api/health`);
          expect(res.status).toBe(200);
          health.push(performance.now() - t0);
          await sleep(200);
        }
      })();
      const honest = (async () => {
        while (Date.now() < end) {
          const t0 = performance.now();
          honestSent += 1;
          const r = await b.addOrder({ type: "hold", turn });
          if (r.ok) {
            honestAcked += 1;
            ackMs.push(performance.now() - t0);
          } else console.log("[abuse-flood] honest order refused", JSON.stringify(r));
          await sleep(400);
        }
      })();
      await Promise.all([probe, honest]);
      return { health, ackMs };
    };
    // Warm the AI's answer code (first call compiles it) from the other nation, whose budget is its own.
    expect((await b.proposeDeal(ai, 1, [{ kind: "cash", giver: "from", now: 1, perQuarter: 0 }])).ok).toBe(true);
    const loadAtStart = machineLoad();
    const quiet = await measure(3000);
    const until = Date.now() + FLOOD_MS;
    const flood = (async () => {
      // Keep the average at FLOOD_PER_SECOND even when this process is slowed (catch up in small bursts, under the 40-message burst).
      const t0 = Date.now();
      let i = 0;
      while (Date.now() < until && !kicked) {
        const due = Math.floor(((Date.now() - t0) / 1000) * FLOOD_PER_SECOND) + 1;
        for (; i < due && i - due < 10; i++)
          flooder.send("deal_propose", { to: ai, quarters: 1, items: [{ kind: "cash", giver: "from", now: 1, perQuarter: 0 }], rid: `f${i}` });
        await sleep(1000 / FLOOD_PER_SECOND);
      }
      return i;
    })();
    const [sent, during] = await Promise.all([flood, measure(FLOOD_MS)]);
    const loadAtEnd = machineLoad();
    const strict = strictLatency(loadAtStart, loadAtEnd);
    await sleep(500);

    const room = server.room(game.code);
    const made = room.session.match.deals.filter((p) => p.terms.from === nations[0]);
    const budgetWorth = Math.floor((WORK_BUDGET.perTurn + (FLOOD_MS / 1000 + 1) * WORK_BUDGET.perSecond) / WORK_COST.deal_ai);
    const h = percentiles(during.health);
    const k = percentiles(during.ackMs);
    const hq = percentiles(quiet.health);
    const kq = percentiles(quiet.ackMs);
    console.log(
      `[abuse-flood] flooder sent ${sent} proposals in ${FLOOD_MS} ms: ${acks} accepted, refusals ${JSON.stringify(refusals)}; health p50/p99 quiet ${hq.p50.toFixed(1)}/${hq.p99.toFixed(1)} ms, flood ${h.p50.toFixed(1)}/${h.p99.toFixed(1)} ms; honest ack p50/p99 quiet ${kq.p50.toFixed(1)}/${kq.p99.toFixed(1)} ms, flood ${k.p50.toFixed(1)}/${k.p99.toFixed(1)} ms (${honestAcked}/${honestSent} acked); health max during flood ${h.max.toFixed(1)} ms; load average ${loadAtStart.load1.toFixed(1)} → ${loadAtEnd.load1.toFixed(1)} on ${loadAtEnd.cores} cores: ${strict ? "strict targets" : "busy machine, relative bounds"}`,
    );

    for (const [k, v] of Object.entries(cost))
      console.log(
        `[abuse-flood] cost ${k}: n=${v.length} p50 ${percentiles(v).p50.toFixed(2)} max ${percentiles(v).max.toFixed(1)} ms; first ${v
          .slice(0, 5)
          .map((x) => x.toFixed(1))
          .join(",")}`,
      );
    expect(kicked).toBe(false);
    expect(sent).toBeGreaterThan(FLOOD_PER_SECOND * (FLOOD_MS / 1000) * 0.8);
    expect(acks).toBe(made.length);
    expect(acks).toBeLessThanOrEqual(Math.min(budgetWorth, MAX_PROPOSALS_PER_TURN));
    expect(refusals["work/budget_spent"] ?? 0).toBeGreaterThan(sent / 2);
    expect(honestAcked).toBe(honestSent);
    expect(room.session.match.orders.sets[nb]).toHaveLength(honestSent);
    // The targets: every /api/health answer within 100 ms, honest ack p99 ≤ 50 ms. On an oversubscribed machine
    // (a 2-core machine shared by many test runs reaches a load average of 20+) the server gets a fraction of a core,
    // so the bound is relative to the quiet figures of the same run. Without the budget the AI answers every proposal
    // (108 in 6 s at 7–280 ms each here) and both figures grow by seconds, which either bound catches.
    if (strict) {
      expect(h.max).toBeLessThanOrEqual(100);
      expect(k.p99).toBeLessThanOrEqual(50);
    } else {
      expect(h.p99).toBeLessThanOrEqual(2 * hq.p99 + 300);
      expect(k.p99).toBeLessThanOrEqual(2 * kq.p99 + 300);
    }
    // The flooding nation still plays: its own orders go through.
    expect((await a.addOrder({ type: "hold", turn })).ok).toBe(true);
    const other = await browser().join(game.code, { role: "projector" });
    await waitFor(other, (m) => m.view !== null && m.deals.length === 0, 5000, "a projector sees the room and no proposal");
  }, 60_000);
});
