/** The rules engine's public API: pure, deterministic functions over plain JSON state. */
export { createGame } from "./setup";
export { validateOrder, validateOrderSet } from "./validate";
export { resolveTurn } from "./resolve";
export type { TurnResult } from "./resolve";
export { legalOrders } from "./legal";
export { viewFor, publicNation, canSee } from "./view";
export type { GameView, Seat, PublicNation, PublicDataCentre } from "./view";
export { replay, stateHash } from "./replay";
export { previewOrders, previewInject, previewInjectOver } from "./preview";
export type { PreviewDelta } from "./preview";
export type { OrderLog } from "./replay";
export { RuleError } from "./errors";
export type { RuleErrorCode, RuleViolation, ValidationResult } from "./errors";
export type * from "./state";
