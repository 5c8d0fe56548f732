/** The Colyseus monitor at /monitor, behind basic auth; off unless MONITOR_PASSWORD is set. */
import basicAuth from "express-basic-auth";
import { monitor } from "@colyseus/monitor";
import type { Express } from "express";

/** Mount the monitor when a password is configured; returns whether it was. */
export function mountMonitor(app: Express, password: string | undefined): boolean {
  if (!password) return false;
  const auth = basicAuth({ users: { admin: password }, challenge: true });
  app.use("/monitor", auth, monitor());
  return true;
}
