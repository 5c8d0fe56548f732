/**
 * Game ownership across processes sharing one SQLite file: a game row carries the instance that runs its
 * room and a lease deadline. A live owner renews its leases; a dead one's leases expire and another
 * process may adopt the game. Every claim is one atomic UPDATE, so two processes never both win.
 */
import type { SqlDb as Db } from "./sql";

/** Claims, renewals and releases of game leases. */
export class LeaseStore {
  constructor(private readonly db: Db) {}

  /** Claim a game for `owner` until `until` (epoch ms): succeeds when unowned, expired, or already ours. */
  claim(code: string, owner: string, until: number, now = Date.now()): boolean {
    this.db.commitNow();
    return (
      this.db
        .prepare("UPDATE games SET owner = ?, lease_until = ? WHERE code = ? AND (owner IS NULL OR owner = ? OR lease_until < ?)")
        .run(owner, until, code, owner, now).changes === 1
    );
  }

  /** Extend every lease `owner` holds to `until`. */
  renew(owner: string, until: number): number {
    this.db.commitNow();
    return this.db.prepare("UPDATE games SET lease_until = ? WHERE owner = ?").run(until, owner).changes;
  }

  /** Give a game up (its room was disposed): nobody adopts it until a boot restores it. */
  release(code: string, owner: string): void {
    this.db.commitNow();
    this.db.prepare("UPDATE games SET owner = NULL, lease_until = 0 WHERE code = ? AND owner = ?").run(code, owner);
  }

  /** Unfinished games whose owner stopped renewing (crashed) since `since`, excluding `self`. */
  orphans(self: string, since: number, now = Date.now()): string[] {
    return (
      this.db
        .prepare(
          "SELECT code FROM games WHERE phase != 'ended' AND owner IS NOT NULL AND owner != ? AND lease_until < ? AND updated_at >= ? ORDER BY created_at",
        )
        .all(self, now, since) as { code: string }[]
    ).map((r) => r.code);
  }

  /** The owner of a game and its lease deadline. */
  ownerOf(code: string): { owner: string | null; leaseUntil: number } | undefined {
    const r = this.db.prepare("SELECT owner, lease_until FROM games WHERE code = ?").get(code) as { owner: string | null; lease_until: number } | undefined;
    return r ? { owner: r.owner, leaseUntil: r.lease_until } : undefined;
  }
}
