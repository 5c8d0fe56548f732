/** The JSON API: health, create a game, game info by code, replay export. */
import express from "express";
import type { Express, Request, Response } from "express";
import { CreateGameRequest } from "../../shared/protocol/messages";
import { normaliseCode } from "../games/codes";
import { createGame } from "../games/create-game";
import { gameExport, gameInfoAnywhere } from "../games/game-info";
import { deleteGame } from "../games/delete-game";
import { lanAddresses } from "./lan";
import { mountDebrief } from "./debrief-routes";
import { matchMaker } from "@colyseus/core";
import { serverSettings } from "../settings";
import { AddressLimiter, limitByAddress } from "./address-limits";

/** Largest scenario upload accepted. */
const BODY_LIMIT = "1mb";

function notFound(res: Response, raw: string): void {
  res.status(404).json({
    error: "not_found",
    message: `There is no running game with code "${raw.slice(0, 12)}". Check the code with your facilitator: codes are 5 letters, and a game expires once it has ended.`,
  });
}

/** Mount the /api routes. */
export function mountApi(app: Express): void {
  const settings = serverSettings();
  const creations = limitByAddress(new AddressLimiter(settings.createPerMinute / 60, settings.createBurst), "new games");
  const lookups = limitByAddress(new AddressLimiter(settings.lookupsPerSecond, settings.lookupBurst), "game-code look-ups");
  app.get("/api/health", (_req: Request, res: Response) => {
    res.json({ ok: true, uptime: Math.round(process.uptime()) });
  });

  app.get("/api/lan", (req: Request, res: Response) => {
    const port = req.socket.localPort ?? 2567;
    res.json({ port, addresses: lanAddresses(), urls: lanAddresses().map((ip) => `http://${ip}:${port}`) });
  });

  app.post("/api/games", creations, express.json({ limit: BODY_LIMIT }), async (req: Request, res: Response) => {
    const running = (await matchMaker.query({ name: "game" })).length;
    if (running >= settings.maxRunningGames) {
      res.setHeader("Retry-After", "300");
      res.status(429).json({
        error: "server_full",
        message: `This server already runs ${running} games, its limit: try again in a few minutes, or end a game you no longer need.`,
        retryAfterSeconds: 300,
      });
      return;
    }
    const parsed = CreateGameRequest.safeParse(req.body ?? {});
    if (!parsed.success) {
      res.status(400).json({ error: "malformed", problems: parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) });
      return;
    }
    try {
      const result = await createGame(parsed.data);
      if (result.ok) res.status(201).json(result.game);
      else res.status(400).json({ error: "invalid_scenario", problems: result.problems });
    } catch (err) {
      console.error("create game failed:", err);
      res.status(500).json({ error: "internal", message: "The game could not be created." });
    }
  });

  app.get("/api/games/:code", lookups, async (req: Request, res: Response) => {
    const raw = String(req.params.code);
    const code = normaliseCode(raw);
    const info = code ? await gameInfoAnywhere(code) : undefined;
    if (!info) return notFound(res, raw);
    res.json(info);
  });

  app.get("/api/games/:code/export", (req: Request, res: Response) => {
    const raw = String(req.params.code);
    const code = normaliseCode(raw);
    if (!code) return notFound(res, raw);
    const key = req.get("x-facilitator-key") ?? (typeof req.query.key === "string" ? req.query.key : undefined);
    const out = gameExport(code, key);
    if (!out.ok) {
      res.status(out.status).json({ error: out.status === 404 ? "not_found" : "forbidden", message: out.message });
      return;
    }
    res.setHeader("Content-Disposition", `attachment; filename="sovereign-${code}.json"`);
    res.json(out.data);
  });

  app.delete("/api/games/:code", async (req: Request, res: Response) => {
    const raw = String(req.params.code);
    const code = normaliseCode(raw);
    if (!code) return notFound(res, raw);
    const out = await deleteGame(code, req.get("x-facilitator-key"));
    if (!out.ok) {
      res.status(out.status).json({ error: out.status === 404 ? "not_found" : "forbidden", message: out.message });
      return;
    }
    res.status(204).end();
  });

  mountDebrief(app);

  app.use("/api", (_req: Request, res: Response) => {
    res.status(404).json({ error: "not_found", message: "No such API route." });
  });
}
