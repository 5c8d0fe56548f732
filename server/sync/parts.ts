/**
 * Keep synchronised maps equal to the JSON parts of values (shared/protocol/json-parts.ts), so a patch
 * carries only the parts that changed: public values in a MapSchema<string>, secret ones as flat
 * SecretPartState entries (a part that disappears is emptied, never deleted, to keep StateViews simple).
 */
import type { MapSchema } from "@colyseus/schema";
import { splitJson } from "../../shared/protocol/json-parts";
import type { RoomState } from "../schema/room-state";
import { SecretPartState } from "../schema/secret-part-state";

/** Fields of a nation's secret data sent as parts. */
export type SecretField = "own" | "news" | "chat" | "deals" | "active" | "promises";

/** Set the parts that changed and delete the ones that are gone. */
export function syncParts(map: MapSchema<string>, value: unknown): void {
  const parts = splitJson(value);
  for (const [k, v] of parts) if (map.get(k) !== v) map.set(k, v);
  for (const k of [...map.keys()]) if (!parts.has(k)) map.delete(k);
}

/** Id of a secret part in RoomState.secretParts. */
export const secretPartId = (nation: string, field: SecretField, key: string): string => `${nation}/${field}/${key}`;

/** Project one secret field of a nation into RoomState.secretParts; returns true when a new part entry was created. */
export function syncSecretParts(rs: RoomState, nation: string, field: SecretField, value: unknown): boolean {
  const parts = splitJson(value);
  let created = false;
  for (const [key, json] of parts) {
    const id = secretPartId(nation, field, key);
    const part = rs.secretParts.get(id);
    if (part) {
      if (part.json !== json) part.json = json;
      continue;
    }
    const p = new SecretPartState();
    p.nation = nation;
    p.field = field;
    p.key = key;
    p.json = json;
    rs.secretParts.set(id, p);
    created = true;
  }
  const prefix = `${nation}/${field}/`;
  rs.secretParts.forEach((p, id) => {
    if (id.startsWith(prefix) && !parts.has(p.key) && p.json !== "") p.json = "";
  });
  return created;
}
