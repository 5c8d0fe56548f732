/** The group commit: one transaction a turn of the event loop, answers after the commit, and on a real SQLite file a SIGKILL-like reopen. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseSync } from "node:sqlite";
import { GroupCommit } from "../../server/store/group-commit";
import { openDatabase } from "../../server/store/db";

/** A fake database that records its calls. */
function fake(): { calls: string[]; inTx: boolean; db: ConstructorParameters<typeof GroupCommit>[0] } {
  const f = {
    calls: [] as string[],
    inTx: false,
    db: {
      begin: () => {
        f.calls.push("begin");
        f.inTx = true;
      },
      commit: () => {
        f.calls.push("commit");
        f.inTx = false;
      },
      rollback: () => {
        f.calls.push("rollback");
        f.inTx = false;
      },
      inTransaction: () => f.inTx,
    },
  };
  return f;
}

describe("group commit", () => {
  it("opens one transaction for several writes, commits it later, and answers only after the commit", () => {
    const f = fake();
    const later: (() => void)[] = [];
    const g = new GroupCommit(f.db, (fn) => later.push(fn));
    const told: string[] = [];
    g.afterCommit(() => told.push("nothing pending: at once"));
    g.write(() => f.calls.push("w1"));
    g.afterCommit(() => told.push("ack 1"));
    g.write(() => f.calls.push("w2"));
    g.afterCommit(() => told.push("ack 2"));
    expect(f.calls).toEqual(["begin", "w1", "w2"]);
    expect(told).toEqual(["nothing pending: at once"]);
    expect(g.pending).toBe(true);
    later.splice(0).forEach((fn) => fn());
    expect(f.calls).toEqual(["begin", "w1", "w2", "commit"]);
    expect(told).toEqual(["nothing pending: at once", "ack 1", "ack 2"]);
    expect(g.pending).toBe(false);
  });

  it("commitNow commits at once; the scheduled commit then does nothing", () => {
    const f = fake();
    const later: (() => void)[] = [];
    const g = new GroupCommit(f.db, (fn) => later.push(fn));
    g.write(() => undefined);
    g.commitNow();
    later.forEach((fn) => fn());
    expect(f.calls).toEqual(["begin", "commit"]);
  });

  it("drops the waiting answers when the transaction was rolled back under it", () => {
    const f = fake();
    const g = new GroupCommit(f.db, () => undefined);
    const told: string[] = [];
    g.write(() => (f.inTx = false));
    g.afterCommit(() => told.push("ack"));
    expect(() => g.commitNow()).toThrow(/rolled back/);
    expect(told).toEqual([]);
    g.write(() => undefined);
    expect(f.calls).toEqual(["begin", "begin"]);
  });

  it("on SQLite: a grouped write is visible to its own connection at once and to another connection after the commit; a transaction() commits it first", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sar-group-")), "g.db");
    const db = openDatabase(file);
    db.exec("CREATE TABLE t (n INTEGER)");
    const other = new DatabaseSync(file);
    const count = (): number => (other.prepare("SELECT COUNT(*) AS n FROM t").get() as { n: number }).n;
    db.grouped(() => db.prepare("INSERT INTO t (n) VALUES (?)").run(1));
    db.grouped(() => db.prepare("INSERT INTO t (n) VALUES (?)").run(2));
    expect((db.prepare("SELECT COUNT(*) AS n FROM t").get() as { n: number }).n).toBe(2);
    expect(count()).toBe(0);
    const acked = new Promise<number>((resolve) => db.afterCommit(() => resolve(count())));
    expect(await acked).toBe(2);
    db.grouped(() => db.prepare("INSERT INTO t (n) VALUES (?)").run(3));
    db.transaction(() => db.prepare("INSERT INTO t (n) VALUES (?)").run(4));
    expect(count()).toBe(4);
    db.grouped(() => db.prepare("INSERT INTO t (n) VALUES (?)").run(5));
    db.close();
    expect(count()).toBe(5);
    other.close();
  });
});
