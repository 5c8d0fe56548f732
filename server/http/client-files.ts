/** Serve the built browser client (dist/client) with an SPA fallback for its deep links. */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express from "express";
import type { Express, Request, Response } from "express";

/** Folder of the Vite build. */
export const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist/client");

/** Deep links the client router handles. */
const SPA_ROUTES = ["/join/:code", "/projector/:code", "/game/:code", "/facilitator/:code", "/debrief/:code", "/sources"];

/** Mount the static client when it has been built; returns whether it was. */
export function mountClient(app: Express, dir = CLIENT_DIR): boolean {
  const index = path.join(dir, "index.html");
  if (!fs.existsSync(index)) return false;
  app.use(express.static(dir, { index: "index.html", maxAge: "1h" }));
  for (const route of SPA_ROUTES) app.get(route, (_req: Request, res: Response) => res.sendFile(index));
  return true;
}
