/**
 * What a server process really keeps: through its inspector (the server started with `--inspect=127.0.0.1:0`),
 * a full garbage collection, then the JS heap in use plus external memory (buffers, zlib), and the RSS after
 * that collection. RSS alone overstates what a room costs: V8 leaves garbage in a roomy heap until it needs
 * the space.
 */
import type { Child } from "./processes";
import { openInspector, type Inspector } from "./inspector";
import { rssMb } from "./proc-stats";

/** NODE_OPTIONS that let heapProbe reach the server (a free port is chosen; the address is printed). */
export const INSPECT_OPTIONS = "--inspect=127.0.0.1:0";

/** Memory after a full collection, in MB. */
export interface LiveMemory {
  heapMb: number;
  rssMb: number;
}

const round = (mb: number): number => Math.round(mb * 10) / 10;

/** Collect the server's garbage and read its live memory; undefined when it has no inspector. */
export async function heapProbe(child: Child, pid: number): Promise<LiveMemory | undefined> {
  let inspector: Inspector | undefined;
  try {
    inspector = await openInspector(child);
    if (!inspector) return undefined;
    const call = (method: string, params?: object): Promise<{ result?: { value?: string } }> => inspector!.call(method, params);
    await call("HeapProfiler.enable");
    await call("HeapProfiler.collectGarbage");
    const r = await call("Runtime.evaluate", { expression: "JSON.stringify(process.memoryUsage())", returnByValue: true });
    const u = JSON.parse(r.result?.value ?? "{}") as { heapUsed?: number; external?: number };
    return { heapMb: round(((u.heapUsed ?? 0) + (u.external ?? 0)) / 1048576), rssMb: round(rssMb(pid)) };
  } catch {
    return undefined;
  } finally {
    inspector?.close();
  }
}
