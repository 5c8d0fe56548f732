/**
 * Group commit: the writes of one turn of the event loop share one transaction. The first write opens it, a
 * `setImmediate` commits it (after every message read in that turn has been handled), and what must not be told
 * before the writes are durable (an order's ack) waits in `afterCommit` until then. An acknowledged write has
 * therefore been committed (in WAL mode it is in the file, so it survives a SIGKILL of the process); a write whose
 * answer was not sent yet may be lost with the process, as a message in flight would be.
 */

/** What a group commit needs from its database. */
export interface GroupCommitDb {
  begin(): void;
  commit(): void;
  rollback(): void;
  /** True while a transaction is open on the connection (a failed statement may have rolled it back). */
  inTransaction(): boolean;
}

/** One connection's group transaction and the answers waiting for it. */
export class GroupCommit {
  private open = false;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly db: GroupCommitDb,
    private readonly later: (fn: () => void) => void = (fn) => void setImmediate(fn),
  ) {}

  /** Run `fn`'s writes inside the group transaction (opened now when none is). */
  write<T>(fn: () => T): T {
    if (!this.open) {
      this.db.begin();
      this.open = true;
      this.later(() => this.commitNow());
    }
    return fn();
  }

  /** Run `cb` once every write so far is committed: at once when none is pending, else right after the commit. */
  afterCommit(cb: () => void): void {
    if (this.open) this.waiting.push(cb);
    else cb();
  }

  /** True while writes wait for their commit. */
  get pending(): boolean {
    return this.open;
  }

  /**
   * Commit now (before a write of its own transaction, a view patch, a shutdown) and run the waiting callbacks.
   * When the commit fails the waiting answers are dropped (their writes are not durable) and the error is thrown.
   */
  commitNow(): void {
    if (!this.open) return;
    this.open = false;
    const waiting = this.waiting.splice(0);
    if (!this.db.inTransaction()) throw new Error(`group commit: the transaction was rolled back; ${waiting.length} answers dropped`);
    try {
      this.db.commit();
    } catch (err) {
      if (this.db.inTransaction()) this.db.rollback();
      throw err;
    }
    for (const cb of waiting) {
      try {
        cb();
      } catch (err) {
        console.error("group commit: an answer after the commit failed:", err);
      }
    }
  }
}
