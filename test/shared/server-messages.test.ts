/** Every server→client message has a zod schema: the contract the server is tested against (the client trusts the server and does not parse them). */
import { describe, expect, it } from "vitest";
import { S2C } from "../../shared/protocol/messages";
import { parseServerMessage, S2CSchemas } from "../../shared/protocol/server-messages";

describe("server message schemas", () => {
  it("cover every message name the server sends", () => {
    expect(Object.keys(S2CSchemas).sort()).toEqual(Object.values(S2C).sort());
  });

  it("accept well-formed messages with their request id and refuse malformed or unknown ones", () => {
    expect(parseServerMessage("order_ack", { turn: 1, index: 0, order: { type: "hold", turn: 1 }, rid: "r3" })).toEqual({
      turn: 1,
      index: 0,
      order: { type: "hold", turn: 1 },
      rid: "r3",
    });
    expect(parseServerMessage("order_ack", { turn: 1, index: -1, order: {} })).toBeNull();
    expect(parseServerMessage("error", { code: "teapot", message: "x" })).toBeNull();
    // compact ops (shared/protocol/view-wire.ts): [code 0..2, kept path segments, new segments, value?]
    expect(parseServerMessage("view_patch", { rev: 2, ops: [[1, 0, ["phase"], "orders"]] })).toMatchObject({ rev: 2 });
    expect(parseServerMessage("view_patch", { rev: 2, ops: [[7, 0, []]] })).toBeNull();
    expect(parseServerMessage("view_patch", { rev: 2, ops: [{ op: "replace", path: "/phase", value: "orders" }] })).toBeNull();
    expect(parseServerMessage("no_such_message", {})).toBeNull();
  });
});
