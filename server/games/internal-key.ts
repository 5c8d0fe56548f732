/** A per-process secret that only server code passes to matchMaker.createRoom: clients cannot create game rooms. */
import { randomSecret } from "./codes";

/** The secret `onCreate` requires in its options. */
export const INTERNAL_CREATE_KEY = randomSecret(24);

/** Presence set holding every live room code of this deployment. */
export const CODES_SET = "sovereign:codes";
