/**
 * `npm run bench:load [-- --steps 10,50,100,250,500 --turns 3 --budget 600 --memory 1000]`: the long load run
 * (test/bench/load.ts). Prints each figure beside its target and writes test/bench/results/load.json.
 */
import { benchLoad } from "../test/bench/load";
import { report } from "../test/bench/report";

// colyseus.js warns for the `welcome` message that arrives before a raw bot registers its handlers.
const warn = console.warn.bind(console);
console.warn = (...a: unknown[]): void => {
  if (!String(a[0]).includes("onMessage() not registered")) warn(...a);
};

const arg = (name: string, d: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : d;
};

const figures = await benchLoad({
  steps: arg("steps", "10,50,100,250,500")
    .split(",")
    .map(Number)
    .filter((n) => n > 0),
  turns: Number(arg("turns", "3")),
  budgetMs: Number(arg("budget", "600")) * 1000,
  memoryGames: Number(arg("memory", "1000")),
});
report("load", figures);
process.exit(0);
