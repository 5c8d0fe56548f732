import { WebSocketClient } from "@colyseus/ws-transport";
import { unpack, pack } from "@colyseus/msgpackr";
import { benchPatch } from "./patch";
import { rfcOps } from "../../shared/protocol/view-wire";
const byKey = new Map<string, number>();
const proto = WebSocketClient.prototype as any;
const orig = proto.raw;
proto.raw = function (data: Buffer, ...rest: unknown[]) {
  const sid = this.sessionId;
  if ((globalThis as any).__player === sid && data[0] === 13) {
    const head = data[1]; const len = head & 0x1f; const type = Buffer.from(data.subarray(2, 2 + len)).toString();
    const body = unpack(data.subarray(2 + len));
    const add = (k: string, n: number) => byKey.set(k, (byKey.get(k) ?? 0) + n);
    add(`msg:${type}`, data.byteLength);
    add(`frames`, 1);
    if (type === "view_patch") { const r = rfcOps((body as any).ops); (body as any).ops.forEach((op: any, i: number) => {
      const k = r[i].path.split("/").slice(1).map((s: string) => /^\d+$/.test(s) ? "#" : s).slice(0, 4).join("/");
      add(`op:${r[i].op} ${k}`, pack(op).byteLength);
    }); }
  }
  return orig.call(this, data, ...rest);
};
const figs = await benchPatch();
console.log([...byKey.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${String(v).padStart(8)} ${k}`).join("\n"));
process.exit(0);
