/**
 * Patch-size benchmark: bytes each client receives per turn on the `full` preset (8 players, a facilitator,
 * a projector), counted on the server's TCP socket of each client (what the client receives: WebSocket frames
 * after any permessage-deflate), split by kind per frame before compression, and the full view sent at join;
 * then the server CPU of the view stream per change (view-cpu.ts).
 */
import type { Socket } from "node:net";
import type { WebSocketClient } from "@colyseus/ws-transport";
import { baselineOrders } from "../../shared/ai/baseline";
import type { GameConnection } from "../../client/net/api";
import { browser, newGame, sleep, startServer, waitFor } from "../server/harness";
import type { TestServer } from "../server/harness";
import { installFrameMeter, received, resetTurnCounters } from "../load/frame-meter";
import type { Figure } from "./report";
import { benchViewCpu } from "./view-cpu";

const TURNS = 6;
const PLAYER_TARGET = 4096;
const PLAYER_MAX_TARGET = 8192;

type Role = "player" | "facilitator" | "projector";

/** Bytes the server has written so far on the TCP socket of the client with this session id. */
function socketBytes(server: TestServer, code: string, sessionId: string): number {
  const client = server.room(code).clients.find((c) => c.sessionId === sessionId) as WebSocketClient | undefined;
  const socket = (client?.ref as unknown as { _socket?: Socket } | undefined)?._socket;
  return socket?.bytesWritten ?? 0;
}

/** Play TURNS turns of `full` and return the byte figures. */
export async function benchPatch(): Promise<Figure[]> {
  const cpu = benchViewCpu();
  installFrameMeter();
  const server = await startServer("patch-bench", { RESULTS_SECONDS: "0.2", RATE_LIMIT_BURST: "200" });
  try {
    const { game, host } = await newGame({ scenario: "full", seed: 5, turnSeconds: 600 });
    const joined: Record<Role, number[]> = { player: [], facilitator: [], projector: [] };
    /** Socket bytes a new connection received up to its first full view (handshake and welcome included). */
    const atJoin = async (c: GameConnection, role: Role): Promise<GameConnection> => {
      await waitFor(c, (m) => m.view !== null, 10_000, "first view");
      joined[role].push(socketBytes(server, game.code, c.rawRoom.sessionId));
      return c;
    };
    const fac = await atJoin(await host.join(game.code, { role: "facilitator" }), "facilitator");
    const proj = await atJoin(await browser().join(game.code, { role: "projector" }), "projector");
    const nations = fac.model().view!.nations.map((n) => n.id);
    const players: GameConnection[] = [];
    for (const [i, nation] of nations.entries()) {
      const p = await atJoin(await browser().join(game.code, { name: `P${i + 1}` }), "player");
      p.chooseSeat(nation);
      players.push(p);
    }
    await waitFor(fac, (m) => m.seats.filter((s) => s.nation).length === nations.length, 10_000, "all seated");
    const conns: [GameConnection, Role][] = [[fac, "facilitator"], [proj, "projector"], ...players.map((p) => [p, "player"] as [GameConnection, Role])];
    const full: Record<Role, number[]> = { player: [], facilitator: [], projector: [] };
    for (const [c, role] of conns) full[role].push(received(c.rawRoom.sessionId).full);

    fac.facilitator({ cmd: "start" });
    await waitFor(fac, (m) => m.phase === "orders", 10_000, "orders");
    await sleep(200);
    const perTurn: Record<Role, number[]> = { player: [], facilitator: [], projector: [] };
    const playerSplit = { patch: [] as number[], message: [] as number[] };
    const splitTotal = { player: [] as number[] };
    for (let turn = 1; turn <= TURNS; turn++) {
      resetTurnCounters();
      const start = new Map(conns.map(([c]) => [c, socketBytes(server, game.code, c.rawRoom.sessionId)]));
      const state = server.room(game.code).session.state;
      await Promise.all(
        players.map(async (p, i) => {
          for (const order of baselineOrders(state, nations[i])) await p.addOrder(order);
          p.chat(i % 2 ? "all" : nations[(i + 1) % nations.length], `turn ${turn}: a line from ${nations[i]}`);
        }),
      );
      for (const p of players) p.setReady(turn, true);
      for (const [c] of conns) await waitFor(c, (m) => m.phase === "orders" && m.view!.turn === turn + 1, 20_000, `turn ${turn + 1}`);
      await sleep(150);
      for (const [c, role] of conns) {
        const r = received(c.rawRoom.sessionId);
        perTurn[role].push(socketBytes(server, game.code, c.rawRoom.sessionId) - start.get(c)!);
        if (role === "player") {
          splitTotal.player.push(r.patch + r.message);
          playerSplit.patch.push(r.patch);
          playerSplit.message.push(r.message);
        }
      }
    }
    const mean = (xs: number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
    const max = (xs: number[]): number => Math.max(...xs);
    const figures: Figure[] = [
      {
        name: "patch: bytes per turn received by a player (mean), full",
        value: mean(perTurn.player),
        unit: "B",
        target: "≤ 4 KB",
        meets: mean(perTurn.player) <= PLAYER_TARGET,
        note: `${TURNS} turns × 8 players; bytes on the socket`,
      },
      { name: "patch: … frames before compression (mean)", value: mean(splitTotal.player), unit: "B", target: "(reported)", meets: true },
      { name: "patch: … of which state patches (mean)", value: mean(playerSplit.patch), unit: "B", target: "(reported)", meets: true },
      { name: "patch: … of which messages: acks, results, pongs (mean)", value: mean(playerSplit.message), unit: "B", target: "(reported)", meets: true },
      {
        name: "patch: bytes per turn received by a player (max), full",
        value: max(perTurn.player),
        unit: "B",
        target: "≤ 8 KB",
        meets: max(perTurn.player) <= PLAYER_MAX_TARGET,
      },
      { name: "patch: bytes per turn received by the facilitator (mean)", value: mean(perTurn.facilitator), unit: "B", target: "(reported)", meets: true },
      { name: "patch: bytes per turn received by the projector (mean)", value: mean(perTurn.projector), unit: "B", target: "(reported)", meets: true },
      {
        name: "patch: join on the socket — player (lobby, before seating)",
        value: mean(joined.player),
        unit: "B",
        target: "(reported)",
        meets: true,
        note: "handshake, welcome, full view",
      },
      { name: "patch: join on the socket — facilitator", value: mean(joined.facilitator), unit: "B", target: "(reported)", meets: true },
      { name: "patch: join on the socket — projector", value: mean(joined.projector), unit: "B", target: "(reported)", meets: true },
      { name: "patch: full view frame before compression — player", value: mean(full.player), unit: "B", target: "(reported)", meets: true },
      { name: "patch: full view frame before compression — facilitator", value: mean(full.facilitator), unit: "B", target: "(reported)", meets: true },
      { name: "patch: full view frame before compression — projector", value: mean(full.projector), unit: "B", target: "(reported)", meets: true },
      ...cpu,
    ];
    for (const c of [...players, fac, proj]) await c.leave();
    return figures;
  } finally {
    await server.shutdown();
  }
}
