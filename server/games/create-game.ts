/** Create a game: choose its scenario and seed, store it, then open its room under a fresh code. */
import type { Scenario } from "../../shared/scenario/schema";
import { randomInt } from "node:crypto";
import { matchMaker } from "@colyseus/core";
import type { CreateGameRequest, CreateGameResponse } from "../../shared/protocol/messages";
import { createGame as createEngineGame } from "../../shared/engine";
import { gameStore } from "../store/instance";
import { serverSettings } from "../settings";
import { hashSecret, randomCode, randomSecret } from "./codes";
import { CODES_SET, INTERNAL_CREATE_KEY } from "./internal-key";
import { chooseScenario } from "./scenario-source";
import type { GameRoomCreateOptions } from "../rooms/GameRoom";

/** A created game, or the problems that prevented it (HTTP 400). */
export type CreateGameResult = { ok: true; game: CreateGameResponse } | { ok: false; problems: { path: string; message: string }[] };

/** A code used by no stored game and no live room. */
export async function uniqueCode(): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const code = randomCode();
    if (gameStore().codeExists(code)) continue;
    if (await matchMaker.presence.sismember(CODES_SET, code)) continue;
    return code;
  }
  throw new Error("Could not find a free room code.");
}

/** The scenario cut to `turns` quarters (events scheduled after the end are dropped). */
function shorten(scenario: Scenario, turns: number): Scenario {
  const t = Math.min(turns, scenario.turns);
  return { ...scenario, turns: t, scheduled: scenario.scheduled.filter((x) => x.turn <= t) };
}

/** Create and open a game. */
export async function createGame(req: CreateGameRequest): Promise<CreateGameResult> {
  const choice = chooseScenario(req.scenario, req.scenarioFile);
  if (!choice.ok) return choice;
  const scenario = req.turns ? shorten(choice.scenario, req.turns) : choice.scenario;
  if (req.solo && !scenario.nations.some((n) => n.id === req.solo!.nation)) {
    return { ok: false, problems: [{ path: "solo.nation", message: `"${req.solo.nation}" is not a nation of scenario "${scenario.id}".` }] };
  }
  const seed = req.seed ?? randomInt(0, 2 ** 31 - 1);
  try {
    createEngineGame(scenario, seed);
  } catch (err) {
    return { ok: false, problems: [{ path: "scenarioFile", message: `The engine cannot start this scenario: ${(err as Error).message}` }] };
  }
  const code = await uniqueCode();
  const facilitatorKey = randomSecret(18);
  const now = Date.now();
  gameStore().insertGame({
    code,
    scenario,
    scenarioName: scenario.name,
    seed,
    settings: {
      turnSeconds: req.turnSeconds,
      absent: req.absent,
      teamSize: req.teamSize,
      resultsSeconds: serverSettings().resultsSeconds,
      aiDifficulty: req.aiDifficulty,
      ...(req.solo ? { solo: req.solo } : {}),
    },
    facilitatorKeyHash: hashSecret(facilitatorKey),
    phase: "lobby",
    turn: 1,
    paused: false,
    locked: false,
    deadline: 0,
    remainingMs: 0,
    readyNations: [],
    forcedAi: [],
    createdAt: now,
    updatedAt: now,
  });
  const options: GameRoomCreateOptions = { internal: INTERNAL_CREATE_KEY, code };
  await matchMaker.createRoom("game", options);
  return { ok: true, game: { code, facilitatorKey, seed, scenario: scenario.id } };
}
