// The PostgreSQL side of the synchronous bridge (postgres.ts): one `pg` client on this worker thread runs each
// request in order, posts the answer on the reply port, then wakes the waiting server thread (Atomics.notify).
// Plain JavaScript so it loads the same under tsx, vitest and the compiled server.
import { workerData, parentPort } from "node:worker_threads";
import pg from "pg";

// BIGINT (timestamps, ids) and NUMERIC as JavaScript numbers: the store's values stay below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

const { url, reply } = workerData;
const client = new pg.Client({ connectionString: url });
let ready = client.connect();
client.on("error", (err) => {
  ready = Promise.reject(err);
  ready.catch(() => undefined);
});

parentPort.on("message", async ({ sql, params, signal }) => {
  const flag = new Int32Array(signal);
  try {
    await ready;
    const r = await client.query(params ? { text: sql, values: params } : sql);
    reply.postMessage({ rows: r.rows ?? [], changes: r.rowCount ?? 0 });
  } catch (err) {
    reply.postMessage({ error: String(err?.message ?? err), code: err?.code });
  }
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
