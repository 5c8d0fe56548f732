import { WebSocketClient } from "@colyseus/ws-transport";
import { unpack } from "@colyseus/msgpackr";
import { benchPatch } from "./patch";
const proto = WebSocketClient.prototype as any;
const orig = proto.raw;
const out: string[] = [];
proto.raw = function (data: Buffer, ...rest: unknown[]) {
  const sid = this.sessionId;
  if ((globalThis as any).__player === sid && data[0] === 13) {
    const head = data[1]; const len = head & 0x1f; const type = Buffer.from(data.subarray(2, 2 + len)).toString();
    const body = unpack(data.subarray(2 + len));
    out.push(`${data.byteLength} ${type} ${JSON.stringify(body).slice(0, 30000)}`);
  }
  return orig.call(this, data, ...rest);
};
await benchPatch();
(await import("node:fs")).writeFileSync("/tmp/anat.txt", out.join("\n"));
process.exit(0);
