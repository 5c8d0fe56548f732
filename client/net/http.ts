/** The server's HTTP API (create a game, look a code up): no WebSocket client, so the landing page stays small. */
import type { CreateGameRequest, CreateGameResponse } from "../../shared/protocol/messages";
import type { GameInfo } from "../../shared/protocol/server-extra";
import { serverUrl } from "./endpoint";
import { seatMemory } from "./seat-memory";
import type { SeatMemory } from "./seat-memory";

/** An HTTP API error with the server's message and any listed problems. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** Input of createGame: a CreateGameRequest where defaulted fields may be left out. */
export type CreateGameInput = Partial<CreateGameRequest>;

async function readError(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => ({}))) as { message?: string; problems?: { path: string; message: string }[] };
  const problems = body.problems ?? [];
  const message = body.message ?? (problems.length ? problems.map((p) => `${p.path || "request"}: ${p.message}`).join("; ") : `HTTP ${res.status}`);
  return new ApiError(res.status, message, problems);
}

/** Create a game (preset or uploaded scenario); remembers the facilitator key in this browser. */
export async function createGame(req: CreateGameInput, memory: SeatMemory = seatMemory()): Promise<CreateGameResponse> {
  const res = await fetch(`${serverUrl()}/api/games`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(req) });
  if (!res.ok) throw await readError(res);
  const game = (await res.json()) as CreateGameResponse;
  memory.setFacilitatorKey(game.code, game.facilitatorKey);
  return game;
}

/** Normalise a typed code ("abc de" → "ABCDE"). */
export function normaliseCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, "");
}

/** Facts about a game before joining, or null for a wrong or expired code. */
export async function gameInfo(code: string): Promise<GameInfo | null> {
  const res = await fetch(`${serverUrl()}/api/games/${encodeURIComponent(normaliseCode(code))}`);
  if (res.status === 404) return null;
  if (!res.ok) throw await readError(res);
  return (await res.json()) as GameInfo;
}
