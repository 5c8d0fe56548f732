/**
 * `npm run bench:load [-- --quick] [--steps 50,100,250,500 --turns 3 --turn-seconds 60 --stress 20 --stress-turns 2
 * --budget 1800 --abuse --memory 1000 --keep-going]`: the load run (test/bench/load.ts), server and generator each on a core.
 * `--quick`: stress 20 rooms, then the workshop pace at 25, 50, 100, 250, 500 rooms (cumulative, up to the first
 * step that misses, within 7.5 min) with 2 turns of 60 s each: ≤ 8 min in all.
 * `--keep-going`: measure every step even past the first that misses (the CPU and stall figures of a ladder on a loaded machine).
 * Prints each figure beside its target and writes test/bench/results/load.json.
 */
import { benchLoad } from "../test/bench/load";
import { report } from "../test/bench/report";

// The SDK warns for a message that arrives before a handler is registered (the `welcome` before the bot's).
const warn = console.warn.bind(console);
console.warn = (...a: unknown[]): void => {
  if (!String(a[0]).includes("onMessage() not registered")) warn(...a);
};

// Its automatic reconnection logs each attempt; the bots count every drop as an error instead.
const info = console.info.bind(console);
console.info = (...a: unknown[]): void => {
  if (!String(a[0]).startsWith("[Colyseus reconnection]")) info(...a);
};

const has = (name: string): boolean => process.argv.includes(`--${name}`);
const arg = (name: string, d: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] && !process.argv[i + 1].startsWith("--") ? process.argv[i + 1] : d;
};
const list = (s: string): number[] =>
  s
    .split(",")
    .map(Number)
    .filter((n) => n > 0);

const quick = has("quick");
const figures = await benchLoad({
  steps: list(arg("steps", quick ? "25,50,100,250,500" : "50,100,200,300,400,500,600,800")),
  turns: Number(arg("turns", quick ? "2" : "3")),
  turnSeconds: Number(arg("turn-seconds", "60")),
  stressSteps: list(arg("stress", quick ? "20" : "10,50")),
  stressTurns: Number(arg("stress-turns", quick ? "2" : "3")),
  budgetMs: Number(arg("budget", quick ? "450" : "1800")) * 1000,
  abuse: has("abuse") || (!quick && !has("no-abuse")),
  memoryGames: Number(arg("memory", quick ? "0" : "1000")),
  keepGoing: has("keep-going"),
});
report(arg("out", "load"), figures);
process.exit(0);
