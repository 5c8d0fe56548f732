/** A session on the server process's inspector (the server started with `--inspect=127.0.0.1:0`): one request, one answer. */
import WebSocket from "ws";
import type { Child } from "./processes";

/** An open inspector session: `call` sends a DevTools-protocol method and resolves with its result. */
export interface Inspector {
  call<T>(method: string, params?: object): Promise<T>;
  close(): void;
}

/** The inspector address of the server: the last one printed (npx and tsx print theirs first). */
function inspectorUrl(child: Child): string | undefined {
  const all = [...child.output().matchAll(/ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/g)].map((m) => m[0]);
  return all[all.length - 1];
}

/** Connect to the server's inspector; undefined when it printed none (it was started without one). */
export async function openInspector(child: Child, maxPayload?: number): Promise<Inspector | undefined> {
  const url = inspectorUrl(child);
  if (!url) return undefined;
  const ws = new WebSocket(url, maxPayload === undefined ? {} : { maxPayload });
  try {
    await new Promise<void>((res, rej) => {
      ws.once("open", () => res());
      ws.once("error", rej);
    });
  } catch (err) {
    ws.close();
    throw err;
  }
  let id = 0;
  return {
    call: <T>(method: string, params: object = {}): Promise<T> =>
      new Promise((res) => {
        const mine = ++id;
        const on = (d: Buffer): void => {
          const msg = JSON.parse(d.toString()) as { id?: number; result?: T };
          if (msg.id !== mine) return;
          ws.off("message", on);
          res(msg.result ?? ({} as T));
        };
        ws.on("message", on);
        ws.send(JSON.stringify({ id: mine, method, params }));
      }),
    close: () => ws.close(),
  };
}
