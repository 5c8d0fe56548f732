/**
 * A CPU profile of the server process through its inspector (the server started with `--inspect=127.0.0.1:0`,
 * heap-probe.ts): `startCpuProfile` starts V8's sampling profiler, the returned `stop` writes a `.cpuprofile`
 * (open it in Chrome's DevTools or read it with test/load/profile-top.ts). The bench takes one when
 * `BENCH_PROFILE_DIR` is set: `--cpu-prof` would write only at a clean exit, which a killed server never makes.
 */
import fs from "node:fs";
import path from "node:path";
import WebSocket from "ws";
import type { Child } from "./processes";

/** The inspector address of the server: the last one printed (npx and tsx print theirs first). */
function inspectorUrl(child: Child): string | undefined {
  const all = [...child.output().matchAll(/ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/g)].map((m) => m[0]);
  return all[all.length - 1];
}

/** Start profiling the server; resolves with a function that stops and writes the profile to `file` (undefined without an inspector). */
export async function startCpuProfile(child: Child, file: string): Promise<(() => Promise<string | undefined>) | undefined> {
  const url = inspectorUrl(child);
  if (!url) return undefined;
  const ws = new WebSocket(url, { maxPayload: 1 << 30 });
  await new Promise<void>((res, rej) => {
    ws.once("open", () => res());
    ws.once("error", rej);
  });
  let id = 0;
  const call = (method: string, params: object = {}): Promise<{ profile?: unknown }> =>
    new Promise((res) => {
      const mine = ++id;
      const on = (d: Buffer): void => {
        const msg = JSON.parse(d.toString()) as { id?: number; result?: { profile?: unknown } };
        if (msg.id !== mine) return;
        ws.off("message", on);
        res(msg.result ?? {});
      };
      ws.on("message", on);
      ws.send(JSON.stringify({ id: mine, method, params }));
    });
  await call("Profiler.enable");
  await call("Profiler.setSamplingInterval", { interval: 500 });
  await call("Profiler.start");
  return async () => {
    try {
      const { profile } = await call("Profiler.stop");
      if (!profile) return undefined;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(profile));
      return file;
    } finally {
      ws.close();
    }
  };
}
