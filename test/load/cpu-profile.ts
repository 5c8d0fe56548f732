/**
 * A CPU profile of the server process through its inspector (the server started with `--inspect=127.0.0.1:0`,
 * heap-probe.ts): `startCpuProfile` starts V8's sampling profiler, the returned `stop` writes a `.cpuprofile`
 * (open it in Chrome's DevTools or read it with test/load/profile-top.ts). The bench takes one when
 * `BENCH_PROFILE_DIR` is set: `--cpu-prof` would write only at a clean exit, which a killed server never makes.
 */
import fs from "node:fs";
import path from "node:path";
import type { Child } from "./processes";
import { openInspector } from "./inspector";

/** Start profiling the server; resolves with a function that stops and writes the profile to `file` (undefined without an inspector). */
export async function startCpuProfile(child: Child, file: string): Promise<(() => Promise<string | undefined>) | undefined> {
  const inspector = await openInspector(child, 1 << 30);
  if (!inspector) return undefined;
  const call = (method: string, params?: object): Promise<{ profile?: unknown }> => inspector.call(method, params);
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
      inspector.close();
    }
  };
}
