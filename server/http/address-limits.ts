/** Per-address rate limits for HTTP routes (game creation, code look-ups): a token bucket per address, bounded in memory. */
import type { NextFunction, Request, Response } from "express";
import { TokenBucket } from "../rooms/token-bucket";
import { requestAddress } from "./client-address";

/** Most addresses remembered at once; the oldest is forgotten first (an attacker cannot grow memory without bound). */
const MAX_ADDRESSES = 10_000;

/** A token bucket per client address. */
export class AddressLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}
  /** Take one token for `address`; false when it has spent its budget. */
  take(address: string, now = Date.now()): boolean {
    let b = this.buckets.get(address);
    if (!b) {
      if (this.buckets.size >= MAX_ADDRESSES) this.buckets.delete(this.buckets.keys().next().value as string);
      b = new TokenBucket(this.perSecond, this.burst);
      this.buckets.set(address, b);
    }
    return b.take(now);
  }
  /** Seconds until one more request is allowed. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(1 / this.perSecond));
  }
}

/** The address a request came from (the socket's, or X-Forwarded-For's under TRUST_PROXY: client-address.ts). */
export function clientAddress(req: Request): string {
  return requestAddress(req);
}

/** Express middleware answering 429 (JSON, with Retry-After) once an address has spent its budget. */
export function limitByAddress(limiter: AddressLimiter, what: string): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    if (limiter.take(clientAddress(req))) return next();
    const wait = limiter.retryAfterSeconds();
    res.setHeader("Retry-After", String(wait));
    res.status(429).json({ error: "rate_limited", message: `Too many ${what} from this address: try again in ${wait} seconds.`, retryAfterSeconds: wait });
  };
}
