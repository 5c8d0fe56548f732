/**
 * The view stream: what a seat sees (shared/match/view.ts matchView) travels in its wire form (view-wire.ts:
 * derivable parts left out) as the whole model once (join, reconnect), then as one compact patch per change,
 * numbered by a revision. The client turns the compact patch into RFC 6902 operations and fast-json-patch
 * applies them (MIT, no dependencies, ~13 KB minified). No zod here: the browser imports this module; the
 * server's schemas of these messages are in server-messages.ts.
 */
import fastJsonPatch from "fast-json-patch";
import type { Operation } from "fast-json-patch";
import type { RoomModel } from "./room-model";
import { packModel, rfcOps, wirePatch } from "./view-wire";
import type { WireModel, WireOp } from "./view-wire";

export type { WireModel, WireOp } from "./view-wire";
export { packModel, unpackModel } from "./view-wire";

const { applyPatch } = fastJsonPatch;

/** One compact patch operation: [code 0 add / 1 remove / 2 replace, path segments kept from the previous operation, new segments, value]. */
export type PatchOp = WireOp;

/** S2C "view": the whole read model (wire form) at revision `rev` (sent at join and reconnect). */
export interface ViewMsg {
  rev: number;
  model: WireModel;
}

/** S2C "view_patch": the change from revision `rev - 1` to `rev`. */
export interface ViewPatchMsg {
  rev: number;
  ops: WireOp[];
}

/** The model as it travels: its wire form (plain JSON, derivable parts left out). */
export function wireModel(model: RoomModel): WireModel {
  return packModel(model);
}

/** The patch that turns `before` into `after` (both wire models); empty when nothing changed. */
export function viewPatch(before: WireModel, after: WireModel): WireOp[] {
  return wirePatch(before, after);
}

/** Apply a patch to a wire model, returning the new wire model (the input is not changed). */
export function applyViewPatch(model: WireModel, ops: readonly WireOp[]): WireModel {
  return applyPatch(model, rfcOps(ops) as Operation[], false, false).newDocument;
}
