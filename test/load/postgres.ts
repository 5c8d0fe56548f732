/**
 * A real PostgreSQL for tests, from Debian's `postgresql` package: initdb in a temporary directory, the server on
 * a free local port (TCP on 127.0.0.1 and a socket in that directory), trust authentication for the local user.
 * PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user (runuser).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** Where Debian installs PostgreSQL's server programs (the newest version present). */
export function pgBinDir(): string | undefined {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return undefined;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], "bin") : undefined;
}

/** True when initdb and pg_ctl are installed. */
export function hasPostgres(): boolean {
  return pgBinDir() !== undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** A running PostgreSQL cluster. */
export interface Postgres {
  /** The cluster's default database. */
  url: string;
  /** Create a new empty database and answer its URL. */
  database(name: string): string;
  stop(): void;
}

/** Start a fresh cluster; `stop()` shuts it down and deletes its directory. */
export async function startPostgres(): Promise<Postgres> {
  const bin = pgBinDir();
  if (!bin) throw new Error("PostgreSQL is not installed (apt-get install postgresql)");
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sovereign-pg-"));
  const data = path.join(dir, "data");
  const user = asRoot ? "postgres" : os.userInfo().username;
  if (asRoot) spawnSync("chown", ["postgres", dir]);
  const run = (cmd: string, args: string[]): void => {
    const r = asRoot
      ? spawnSync("runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args], { encoding: "utf8", cwd: dir })
      : spawnSync(path.join(bin, cmd), args, { encoding: "utf8", cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  };
  run("initdb", ["-D", data, "-U", user, "--auth=trust", "--encoding=UTF8", "--no-sync"]);
  const port = await freePort();
  run("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-w", "-t", "60", "-o", `-p ${port} -k ${dir} -h 127.0.0.1 -c fsync=off`, "start"]);
  const base = `postgres://${user}@127.0.0.1:${port}`;
  return {
    url: `${base}/postgres`,
    database: (name) => {
      const r = spawnSync(path.join(bin, "psql"), ["-h", "127.0.0.1", "-p", String(port), "-U", user, "-d", "postgres", "-c", `CREATE DATABASE ${name}`], {
        encoding: "utf8",
      });
      if (r.status !== 0) throw new Error(`CREATE DATABASE ${name} failed: ${r.stderr}`);
      return `${base}/${name}`;
    },
    stop: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        /* already stopped */
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
