/** Facts about a game for the join page (GET /api/games/:code) and its replay export. */
import { matchMaker } from "@colyseus/core";
import { replay, stateHash } from "../../shared/engine";
import type { OrderLog } from "../../shared/engine/replay";
import type { Scenario } from "../../shared/scenario/schema";
import type { Phase } from "../../shared/protocol/room-model";
import type { GameInfo } from "../../shared/protocol/server-extra";
import { gameStore } from "../store/instance";
import type { GameSettings } from "../store/records";
import type { ChatRecord } from "../store/records";
import type { GameRoom } from "../rooms/GameRoom";
import { secretMatches } from "./codes";
import { playersOf, teamFull } from "../../shared/match";

/** Everything needed to replay a game exactly, plus its final state hash. */
export interface GameExport {
  code: string;
  scenario: Scenario;
  seed: number;
  settings: GameSettings;
  phase: Phase;
  log: OrderLog;
  stateHash: string;
  chat: ChatRecord[];
  createdAt: number;
}

function liveRoom(code: string): GameRoom | undefined {
  return matchMaker.getLocalRoomById(code) as GameRoom | undefined;
}

/** Info on a live game, or undefined for a wrong or expired code. */
export function gameInfo(code: string): GameInfo | undefined {
  const record = gameStore().game(code);
  const room = liveRoom(code);
  if (!record || !room?.session) return undefined;
  const s = room.session;
  const m = s.match;
  const ai = new Set(s.aiNations());
  return {
    code,
    phase: m.phase,
    turn: m.state.turn,
    locked: m.locked,
    scenario: { id: record.scenario.id, name: record.scenario.name, description: record.scenario.description, turns: record.scenario.turns },
    teamSize: m.settings.teamSize,
    nations: s.state.order.map((id) => {
      const n = s.state.nations[id];
      const players = playersOf(m, id).length;
      return { id, name: n.name, flag: n.flag, colour: n.colour, players, full: teamFull(m, id), ai: ai.has(id) };
    }),
  };
}

/** Info on a live game wherever its room runs (this process, or another one through Redis presence). */
export async function gameInfoAnywhere(code: string): Promise<GameInfo | undefined> {
  if (liveRoom(code)) return gameInfo(code);
  if (!(await matchMaker.getRoomById(code))) return undefined;
  try {
    return (await matchMaker.remoteRoomCall(code, "info")) as GameInfo | undefined;
  } catch {
    return undefined;
  }
}

/** Chat lines an export may carry: every line with the facilitator key, otherwise only the room-wide ones (private lines between nations stay private). */
export function publicChat(lines: ChatRecord[], facilitator: boolean): ChatRecord[] {
  return facilitator ? lines : lines.filter((l) => l.to === "all");
}

/** The replay export: allowed with the facilitator key, or for anyone once the game has ended. */
export function gameExport(code: string, key: string | undefined): { ok: true; data: GameExport } | { ok: false; status: 403 | 404; message: string } {
  const record = gameStore().game(code);
  if (!record) return { ok: false, status: 404, message: `No game with code ${code}.` };
  const phase = liveRoom(code)?.session?.match.phase ?? record.phase;
  const facilitator = Boolean(key && secretMatches(key, record.facilitatorKeyHash));
  if (phase !== "ended" && !facilitator) {
    return { ok: false, status: 403, message: "The export of a running game needs the facilitator key (header x-facilitator-key)." };
  }
  const log = gameStore().orderLog(code);
  return {
    ok: true,
    data: {
      code,
      scenario: record.scenario,
      seed: record.seed,
      settings: record.settings,
      phase,
      log,
      stateHash: stateHash(replay(record.scenario, record.seed, log)),
      chat: publicChat(gameStore().chat(code), facilitator),
      createdAt: record.createdAt,
    },
  };
}
