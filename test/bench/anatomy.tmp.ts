import { WebSocketClient } from "@colyseus/ws-transport";
import { unpack } from "@colyseus/msgpackr";
import { benchPatch } from "./patch";
const byKey = new Map<string, number>();
let target = "";
const proto = WebSocketClient.prototype as any;
const orig = proto.raw;
let turnOn = false;
(globalThis as any).__anat = (on: boolean) => { turnOn = on; };
proto.raw = function (data: Buffer, ...rest: unknown[]) {
  if (!target && (this as any).userData?.seatId && (this as any).userData?.role !== "x") {}
  const sid = this.sessionId;
  if ((globalThis as any).__player === sid && data[0] === 13) {
    const head = data[1]; const len = head & 0x1f; const type = Buffer.from(data.subarray(2, 2 + len)).toString();
    const body = unpack(data.subarray(2 + len));
    const add = (k: string, n: number) => byKey.set(k, (byKey.get(k) ?? 0) + n);
    add(`msg:${type}`, data.byteLength);
    add(`frames`, 1);
    if (type === "view_patch") for (const op of (body as any).ops) {
      const p = op.path.split("/").slice(1);
      const k = p.map((s: string) => /^\d+$/.test(s) ? "#" : s).slice(0, 4).join("/");
      add(`op:${op.op} ${k}`, Buffer.byteLength(JSON.stringify(op)));
    }
  }
  return orig.call(this, data, ...rest);
};
const figs = await benchPatch();
for (const f of figs) console.log(f.name, f.value);
console.log([...byKey.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${String(v).padStart(8)} ${k}`).join("\n"));
process.exit(0);
