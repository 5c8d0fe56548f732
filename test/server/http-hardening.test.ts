/**
 * HTTP hardening against a real server: no static file carries a secret objective, error answers are JSON
 * without stack traces or paths, game creation and code look-ups are rate-limited per address, and the
 * monitor locks out an address after repeated wrong passwords.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRESET_IDS, presetScenario } from "../../shared/scenario/presets";
import { CLIENT_DIR } from "../../server/http/client-files";
import { startServer } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;

beforeAll(async () => {
  server = await startServer("http-hardening", {
    MONITOR_PASSWORD: "correct-horse",
    CREATE_BURST: "4",
    CREATE_PER_MINUTE: "1",
    LOOKUP_BURST: "10",
    LOOKUPS_PER_SECOND: "1",
  });
});
afterAll(async () => {
  await server?.shutdown();
});

/** Every secret objective text of every preset. */
function secretTexts(): string[] {
  return PRESET_IDS.flatMap((id) => presetScenario(id).nations.flatMap((n) => n.objectives.filter((o) => o.secret).map((o) => o.text)));
}

/** Every file of the built client, as URL paths. */
function servedPaths(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? servedPaths(path.join(dir, e.name), `${prefix}/${e.name}`) : [`${prefix}/${e.name}`]));
}

/** True when a body looks like it leaks internals: a stack frame or an absolute path of this machine. */
function leaksInternals(body: string): boolean {
  return /\bat [\w.<>]+ \(|node_modules|\/work\/|\/root\/|\/home\//.test(body);
}

describe("no secret in any static file", () => {
  it("serves no scenario file and no file containing a secret objective", async () => {
    const secrets = secretTexts();
    expect(secrets.length).toBeGreaterThan(5);
    const files = servedPaths(CLIENT_DIR);
    expect(files.some((f) => f.endsWith(".js"))).toBe(true);
    for (const f of [...files, "/scenarios/workshop.json", "/scenarios/full.json", "/scenarios/tutorial.json", "/assets/scenarios/workshop.json"]) {
      const res = await fetch(`${server.url}${f}`);
      const body = await res.text();
      for (const s of secrets) expect(body.includes(s), `${f} contains the secret objective "${s}"`).toBe(false);
      expect(body.includes('"secret":true'), `${f} contains a secret flag`).toBe(false);
    }
  });
});

describe("error answers", () => {
  it("answers malformed JSON with a JSON 400 and no stack trace or path", async () => {
    const res = await fetch(`${server.url}/api/games`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"scenario": ' });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ error: "malformed" });
    expect(leaksInternals(body)).toBe(false);
  });

  it("answers an oversized body with a JSON 413 and no stack trace or path", async () => {
    const big = JSON.stringify({ scenario: "workshop", scenarioFile: { pad: "x".repeat(1_200_000) } });
    const res = await fetch(`${server.url}/api/games`, { method: "POST", headers: { "content-type": "application/json" }, body: big });
    expect(res.status).toBe(413);
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ error: "too_large" });
    expect(leaksInternals(body)).toBe(false);
  });
});

describe("rate limits per address", () => {
  it("refuses game creation past the address's budget with a JSON 429 and Retry-After", async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 8; i++) {
      last = await fetch(`${server.url}/api/games`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ scenario: "tutorial" }),
      });
      statuses.push(last.status);
    }
    // The two requests above with bad bodies spent two of the four tokens.
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(4);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.at(-1)).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await last!.json()).toMatchObject({ error: "rate_limited" });
  });

  it("refuses rapid code look-ups (enumeration) with 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await fetch(`${server.url}/api/games/ZZZZ${String.fromCharCode(65 + (i % 26))}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
  });
});

describe("monitor", () => {
  it("locks an address out after five wrong passwords, with a JSON 429", async () => {
    const wrong = { authorization: `Basic ${Buffer.from("admin:wrong").toString("base64")}` };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await fetch(`${server.url}/monitor/`, { headers: wrong })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const right = { authorization: `Basic ${Buffer.from("admin:correct-horse").toString("base64")}` };
    expect((await fetch(`${server.url}/monitor/`, { headers: right })).status).toBe(429);
  });
});
