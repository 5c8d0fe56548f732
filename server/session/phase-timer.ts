/** A pausable deadline on the room clock (this.clock: it ticks with every patch). */

/** The part of the Colyseus clock the timer uses. */
export interface TimerClock {
  setTimeout(cb: () => void, ms: number): { clear(): void };
}

/** One deadline at a time: set, pause, resume, extend, clear. */
export class PhaseTimer {
  /** Epoch ms when the timer fires (0 when none or paused). */
  deadline = 0;
  /** Milliseconds left while paused. */
  remainingMs = 0;
  paused = false;
  private handle: { clear(): void } | undefined;
  private onExpire: (() => void) | undefined;

  constructor(private readonly clock: TimerClock) {}

  /** Fire `onExpire` in `ms` (or hold the time if paused). */
  set(ms: number, onExpire: () => void): void {
    this.cancel();
    this.onExpire = onExpire;
    if (this.paused) {
      this.remainingMs = ms;
      this.deadline = 0;
    } else {
      this.arm(ms);
    }
  }

  /** Stop the countdown, keeping the time left. */
  pause(): void {
    if (this.paused) return;
    this.paused = true;
    if (this.deadline > 0) this.remainingMs = Math.max(0, this.deadline - Date.now());
    this.cancel();
    this.deadline = 0;
  }

  /** Restart the countdown with the time that was left. */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    if (this.onExpire) this.arm(this.remainingMs);
  }

  /** Add (or with a negative number remove) time; never less than `minMs` left. */
  extend(ms: number, minMs = 3000): void {
    if (!this.onExpire) return;
    if (this.paused) this.remainingMs = Math.max(minMs, this.remainingMs + ms);
    else this.arm(Math.max(minMs, this.deadline - Date.now() + ms));
  }

  /** Forget the deadline. */
  clear(): void {
    this.cancel();
    this.onExpire = undefined;
    this.deadline = 0;
    this.remainingMs = 0;
  }

  /** True while a deadline is set (running or paused). */
  get active(): boolean {
    return this.onExpire !== undefined;
  }

  private arm(ms: number): void {
    this.cancel();
    this.deadline = Date.now() + ms;
    this.remainingMs = ms;
    const fire = this.onExpire;
    this.handle = this.clock.setTimeout(() => {
      this.handle = undefined;
      this.onExpire = undefined;
      this.deadline = 0;
      this.remainingMs = 0;
      fire?.();
    }, ms);
  }

  private cancel(): void {
    this.handle?.clear();
    this.handle = undefined;
  }
}
