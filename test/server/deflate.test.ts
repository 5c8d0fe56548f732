/**
 * permessage-deflate is on by default (#15): a real client negotiates it and the full view at join (16 KB
 * before compression) reaches it in far fewer bytes on the socket; a client that sends a small compressed
 * frame inflating past the 64 KB frame limit (a "zip bomb") is cut off with 1009 while the inflate is
 * refused, and twenty of them at once, some closing mid-inflate, do not stall ws's process-wide zlib queue
 * (10 jobs): honest clients keep playing and new ones still receive their compressed view.
 */
import { execFile } from "node:child_process";
import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import type { WebSocketClient } from "@colyseus/ws-transport";
import { browser, newGame, startServer, waitFor } from "./harness";
import type { TestServer } from "./harness";
import { installFrameMeter, received } from "../load/frame-meter";

let server: TestServer;
beforeAll(async () => {
  installFrameMeter();
  server = await startServer("deflate", { JOINS_PER_SECOND: "1000", JOIN_BURST: "1000", MAX_PROJECTORS: "1000" });
});
afterAll(async () => {
  await server?.shutdown();
});

/** The server's side of a client's socket: its ws object (negotiated extensions) and the bytes it wrote. */
function serverSide(code: string, sessionId: string): { extensions: string; bytesWritten: number } {
  const client = server.room(code).clients.find((c) => c.sessionId === sessionId) as WebSocketClient | undefined;
  const ws = client?.ref as unknown as { extensions: string; _socket?: Socket } | undefined;
  return { extensions: ws?.extensions ?? "", bytesWritten: ws?._socket?.bytesWritten ?? 0 };
}

/** The WebSocket address of a fresh projector seat reservation. */
async function projectorUrl(code: string): Promise<string> {
  const client = new Client(server.url);
  // The SDK's own address for a reservation (buildEndpoint is protected), captured instead of being opened.
  const sdk = client as unknown as {
    consumeSeatReservation(r: { sessionId: string }): Promise<never>;
    buildEndpoint(r: unknown, options: Record<string, string>): string;
  };
  let url = "";
  sdk.consumeSeatReservation = (r) => {
    url = sdk.buildEndpoint(r, { sessionId: r.sessionId });
    return Promise.reject(new Error("reserved"));
  };
  await client.joinById(code, { role: "projector", name: "Bomber" }).catch(() => undefined);
  expect(url).not.toBe("");
  return url;
}

/**
 * Bombers in a process of their own, as real ones are (ws's zlib queue is per process): each opens its
 * reservation with the `ws` client, which compresses what it sends, sends `bytes` of one byte value, and the
 * odd-numbered ones (when `terminate`) drop the socket at once. Resolves with each socket's close code.
 */
function bomb(urls: string[], bytes: number, terminate: boolean): Promise<number[]> {
  const script = `
    import WebSocket from "ws";
    const [bytes, terminate, ...urls] = process.argv.slice(1);
    const codes = await Promise.all(urls.map((url, i) => new Promise((resolve) => {
      const ws = new WebSocket(url, { perMessageDeflate: { threshold: 0 } });
      ws.on("error", () => {});
      ws.on("close", (code) => resolve(code));
      ws.on("open", () => {
        ws.send(Buffer.alloc(Number(bytes), i), { compress: true, binary: true });
        if (terminate === "1" && i % 2 === 1) setImmediate(() => ws.terminate());
      });
    })));
    console.log(JSON.stringify(codes));
  `;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["--input-type=module", "-e", script, String(bytes), terminate ? "1" : "0", ...urls], { timeout: 20_000 }, (err, stdout) =>
      err ? reject(err) : resolve(JSON.parse(stdout) as number[]),
    );
  });
}

describe("permessage-deflate", () => {
  it("compresses a large server frame for a real client and refuses an oversized compressed frame without stalling others", async () => {
    const { game, host } = await newGame({ scenario: "tutorial", seed: 3, turnSeconds: 600 });
    const fac = await host.join(game.code, { role: "facilitator" });
    const player = await browser().join(game.code, { name: "Ada" });
    await waitFor(player, (m) => m.view !== null, 10_000, "first view");

    // Negotiated, and the full view went out compressed: fewer bytes on the socket than its frame alone.
    const side = serverSide(game.code, player.rawRoom.sessionId);
    expect(side.extensions).toContain("permessage-deflate");
    const full = received(player.rawRoom.sessionId).full;
    expect(full).toBeGreaterThan(4096);
    expect(side.bytesWritten).toBeLessThan(full * 0.7);

    // One bomb: 1 MB of zeros is ~1 KB compressed; the server stops inflating at 64 KB and closes with 1009.
    expect(await bomb([await projectorUrl(game.code)], 1024 * 1024, false)).toEqual([1009]);

    // Twenty at once (more than ws's 10 concurrent zlib jobs), half of them closing before the server has
    // inflated what they sent.
    const urls = await Promise.all(Array.from({ length: 20 }, () => projectorUrl(game.code)));
    const codes = await bomb(urls, 2 * 1024 * 1024, true);
    // Each one the server saw through is refused: 1009 from the inflate limit, or 4002 when the room had
    // already turned its join down (the frame arriving while the join was being checked).
    for (const c of codes.filter((_, i) => i % 2 === 0)) expect([1009, 4002]).toContain(c);

    // Honest clients are unaffected: a seat choice goes through and a newcomer gets its compressed view.
    const nation = fac.model().view!.nations[0]!.id;
    player.chooseSeat(nation);
    await waitFor(fac, (m) => m.seats.some((s) => s.nation === nation), 5_000, "seat seen by facilitator");
    const started = Date.now();
    const late = await browser().join(game.code, { role: "projector" });
    await waitFor(late, (m) => m.view !== null, 5_000, "newcomer's view");
    expect(Date.now() - started).toBeLessThan(5_000);
    const lateSide = serverSide(game.code, late.rawRoom.sessionId);
    expect(lateSide.extensions).toContain("permessage-deflate");
    expect(lateSide.bytesWritten).toBeLessThan(received(late.rawRoom.sessionId).full);
    await Promise.all([fac.leave(), player.leave(), late.leave()]);
  }, 60_000);
});
