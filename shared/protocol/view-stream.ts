/**
 * The view stream: what a seat sees (shared/match/view.ts matchView) travels as the full model once (join,
 * reconnect), then as one RFC 6902 JSON patch per change, numbered by a revision. fast-json-patch computes and
 * applies the patches (MIT, no dependencies, ~13 KB minified).
 */
import { z } from "zod";
import fastJsonPatch from "fast-json-patch";
import type { Operation } from "fast-json-patch";
import type { RoomModel } from "./room-model";

const { applyPatch, compare } = fastJsonPatch;

/** One JSON patch operation (RFC 6902), as sent. */
export const PatchOp = z.object({
  op: z.enum(["add", "remove", "replace", "move", "copy", "test"]),
  path: z.string(),
  from: z.string().optional(),
  value: z.unknown().optional(),
});

/** S2C "view": the whole read model at revision `rev` (sent at join and reconnect). */
export const ViewMsg = z.object({ rev: z.number().int().min(0), model: z.custom<RoomModel>((v) => typeof v === "object" && v !== null) });
/** S2C "view_patch": the change from revision `rev - 1` to `rev`. */
export const ViewPatchMsg = z.object({ rev: z.number().int().min(1), ops: z.array(PatchOp) });

export type PatchOp = z.infer<typeof PatchOp>;
export type ViewMsg = z.infer<typeof ViewMsg>;
export type ViewPatchMsg = z.infer<typeof ViewPatchMsg>;

/** The model as it travels: plain JSON (no undefined fields, no shared objects). */
export function wireModel(model: RoomModel): RoomModel {
  return JSON.parse(JSON.stringify(model)) as RoomModel;
}

/** The patch that turns `before` into `after` (both wire models); empty when nothing changed. */
export function viewPatch(before: RoomModel, after: RoomModel): PatchOp[] {
  return compare(before, after) as PatchOp[];
}

/** Apply a patch to a wire model, returning the new model (the input is not changed). */
export function applyViewPatch(model: RoomModel, ops: readonly PatchOp[]): RoomModel {
  return applyPatch(model, ops as Operation[], false, false).newDocument;
}
