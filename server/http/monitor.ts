/** The Colyseus monitor at /monitor, behind basic auth with a limit on failed attempts; off unless MONITOR_PASSWORD is set. */
import { requestAddress } from "./client-address";
import basicAuth from "express-basic-auth";
import { monitor } from "@colyseus/monitor";
import type { Express, NextFunction, Request, Response } from "express";

/** Failed password attempts allowed per address in one window. */
export const MONITOR_MAX_FAILURES = 5;
/** Length of the failed-attempt window, ms. */
export const MONITOR_WINDOW_MS = 15 * 60 * 1000;

/** Counts failed attempts per address and locks an address out for the rest of its window. */
export class AttemptLimiter {
  private readonly failures = new Map<string, { count: number; since: number }>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}
  /** Milliseconds until this address may try again (0 = it may try now). */
  retryAfterMs(address: string, now: number): number {
    const f = this.failures.get(address);
    if (!f) return 0;
    if (now - f.since >= this.windowMs) {
      this.failures.delete(address);
      return 0;
    }
    return f.count >= this.max ? this.windowMs - (now - f.since) : 0;
  }
  /** Record a failed attempt. */
  fail(address: string, now: number): void {
    const f = this.failures.get(address);
    if (!f || now - f.since >= this.windowMs) this.failures.set(address, { count: 1, since: now });
    else f.count += 1;
  }
  /** Forget an address after a success. */
  succeed(address: string): void {
    this.failures.delete(address);
  }
}

/** Mount the monitor when a password is configured; returns whether it was. */
export function mountMonitor(app: Express, password: string | undefined): boolean {
  if (!password) return false;
  const limiter = new AttemptLimiter(MONITOR_MAX_FAILURES, MONITOR_WINDOW_MS);
  const auth = basicAuth({ users: { admin: password }, challenge: true });
  const guard = (req: Request, res: Response, next: NextFunction): void => {
    const address = requestAddress(req);
    const wait = limiter.retryAfterMs(address, Date.now());
    if (wait > 0) {
      res.setHeader("Retry-After", String(Math.ceil(wait / 1000)));
      res
        .status(429)
        .json({ error: "too_many_attempts", message: `Too many wrong passwords from this address: try again in ${Math.ceil(wait / 60000)} minutes.` });
      return;
    }
    res.on("finish", () => {
      if (!req.headers.authorization) return;
      if (res.statusCode === 401) limiter.fail(address, Date.now());
      else limiter.succeed(address);
    });
    next();
  };
  app.use("/monitor", guard, auth, monitor());
  return true;
}
