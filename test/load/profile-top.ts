/**
 * `npx tsx test/load/profile-top.ts <file.cpuprofile> [rows]`: the functions with the most self time and the most
 * inclusive time in a CPU profile (cpu-profile.ts), as a share of the samples that were not idle.
 */
import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** A V8 CPU profile (the parts read here). */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and inclusive time by function ("name file:line"), as shares of the busy (not idle) time. */
export function profileTop(profile: CpuProfile, rows = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode): string =>
    `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/^.*\/(server|shared|node_modules)\//, "$1/")}:${n.callFrame.lineNumber + 1}`;
  const time = new Map<number, number>();
  profile.samples.forEach((s, i) => time.set(s, (time.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let busy = 0;
  for (const [id, t] of time) {
    const n = byId.get(id)!;
    if (n.callFrame.functionName === "(idle)") continue;
    busy += t;
    self.set(key(n), (self.get(key(n)) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + t);
    }
  }
  const top = (m: Map<string, number>): string =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)
      .map(([k, v]) => `${((v / busy) * 100).toFixed(1).padStart(5)} %  ${k}`)
      .join("\n");
  return `busy ${(busy / 1e6).toFixed(2)} s\n-- self\n${top(self)}\n-- inclusive\n${top(incl)}`;
}

if (process.argv[1]?.endsWith("profile-top.ts")) {
  console.log(profileTop(JSON.parse(fs.readFileSync(process.argv[2], "utf8")) as CpuProfile, Number(process.argv[3] ?? 25)));
}
