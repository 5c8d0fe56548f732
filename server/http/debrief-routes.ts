/** Debrief over HTTP: JSON, CSV (one row per nation per turn) and plain text, from the stored game log. */
import type { Express, Request, Response } from "express";
import { normaliseCode } from "../games/codes";
import { gameExport } from "../games/game-info";
import { buildDebrief } from "../../shared/debrief/build";
import { checkCsv, debriefCsv, debriefText } from "../../shared/debrief/export";
import { checkResults } from "../../shared/debrief/check-results";
import { checkSheets } from "../games/check-sheets";

type Format = "json" | "csv" | "txt" | "check.csv";

function send(req: Request, res: Response, format: Format): void {
  const raw = String(req.params.code);
  const code = normaliseCode(raw);
  const key = req.get("x-facilitator-key") ?? (typeof req.query.key === "string" ? req.query.key : undefined);
  const out = code ? gameExport(code, key) : { ok: false as const, status: 404 as const, message: `No game with code "${raw.slice(0, 12)}".` };
  if (!out.ok) {
    res.status(out.status).json({
      error: out.status === 404 ? "not_found" : "forbidden",
      message: out.status === 403 ? "The debrief of a running game needs the facilitator key; players see it once the game has ended." : out.message,
    });
    return;
  }
  const built = buildDebrief(out.data.scenario, out.data.seed, out.data.log);
  const sheets = checkSheets(code!);
  const d = sheets.length
    ? {
        ...built,
        check: checkResults(
          sheets,
          built.nations.map((n) => n.id),
        ),
      }
    : built;
  if (format === "check.csv") {
    res.type("text/csv").setHeader("Content-Disposition", `attachment; filename="sovereign-${code}-check.csv"`);
    res.send(checkCsv(d));
  } else if (format === "csv") {
    res.type("text/csv").setHeader("Content-Disposition", `attachment; filename="sovereign-${code}.csv"`);
    res.send(debriefCsv(d));
  } else if (format === "txt") {
    res.type("text/plain").send(debriefText(d));
  } else {
    res.json(d);
  }
}

/** Mount GET /api/games/:code/debrief(.csv|.txt) and /api/games/:code/check.csv (the pre/post check per nation and room). */
export function mountDebrief(app: Express): void {
  app.get("/api/games/:code/debrief.csv", (req, res) => send(req, res, "csv"));
  app.get("/api/games/:code/check.csv", (req, res) => send(req, res, "check.csv"));
  app.get("/api/games/:code/debrief.txt", (req, res) => send(req, res, "txt"));
  app.get("/api/games/:code/debrief", (req, res) => send(req, res, "json"));
}
