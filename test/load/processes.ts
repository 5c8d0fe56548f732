/** Child processes for scale tests and load runs: the real server (npx tsx server/index.ts) and Debian's redis-server. */
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pinned } from "./affinity";

/** Repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Where Debian installs redis-server. */
export const REDIS_SERVER = "/usr/bin/redis-server";

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A started child process with its captured output. */
export interface Child {
  proc: ChildProcess;
  output(): string;
  /** Signal the whole process group (npx → tsx → node). */
  kill(signal?: NodeJS.Signals): void;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

function start(cmd: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(cmd, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let out = "";
  const keep = (d: Buffer): void => {
    out += d.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  proc.stdout!.on("data", keep);
  proc.stderr!.on("data", keep);
  const exited = new Promise<void>((r) => (proc.exitCode !== null ? r() : proc.once("exit", () => r())));
  return {
    proc,
    exited,
    output: () => out,
    kill: (signal = "SIGTERM") => {
      try {
        process.kill(-proc.pid!, signal);
      } catch {
        /* already gone */
      }
    },
  };
}

/** True when redis-server is installed. */
export function hasRedis(): boolean {
  return fs.existsSync(REDIS_SERVER) || spawnSync("which", ["redis-server"]).status === 0;
}

/** True when a Redis on 127.0.0.1:port answers PING. */
function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect(port, "127.0.0.1");
    const done = (ok: boolean): void => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(1000, () => done(false));
    sock.once("error", () => done(false));
    sock.once("connect", () => sock.write("PING\r\n"));
    sock.once("data", (d) => done(d.toString().startsWith("+PONG")));
  });
}

/** Start redis-server on 127.0.0.1:port without persistence; resolves once it answers PING. */
export async function startRedis(port: number): Promise<Child> {
  const bin = fs.existsSync(REDIS_SERVER) ? REDIS_SERVER : "redis-server";
  const child = start(bin, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], process.env);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.proc.exitCode !== null) throw new Error(`redis-server exited: ${child.output()}`);
    if (await redisPing(port)) return child;
    await sleep(100);
  }
  throw new Error(`redis-server did not start: ${child.output()}`);
}

/** Start the game server on 127.0.0.1:port (pinned to core `cpu` when given, see affinity.ts); resolves once /api/health answers. */
export async function startServerProcess(port: number, env: Record<string, string>, cpu?: number): Promise<Child> {
  const [cmd, args] = pinned(cpu, "npx", ["tsx", "server/index.ts"]);
  const child = start(cmd, args, { ...process.env, NODE_APP_INSTANCE: "", RESULTS_SECONDS: "0.3", ...env, PORT: String(port) });
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (child.proc.exitCode !== null) throw new Error(`server exited: ${child.output()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  child.kill("SIGKILL");
  throw new Error(`server did not start: ${child.output()}`);
}

/** The node process that actually runs the server (the deepest descendant of npx running server/index.ts, not tsx's esbuild helper), for /proc readings. */
export function serverPid(child: Child): number {
  const runsServer = (pid: number): boolean => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("server/index.ts");
    } catch {
      return false;
    }
  };
  let pid = child.proc.pid!;
  for (let i = 0; i < 5; i++) {
    const kids = spawnSync("pgrep", ["-P", String(pid)])
      .stdout.toString()
      .trim()
      .split("\n")
      .filter(Boolean)
      .map(Number);
    const next = kids.filter(runsServer);
    if (next.length === 0) break;
    pid = next[next.length - 1];
  }
  return pid;
}
