/**
 * The zod-free names and types the client uses (shared/protocol/names.ts, s2c.ts) agree with the server's zod schemas:
 * every name has a schema, every schema a name, and each schema's type is the plain type (checked by tsc on this file).
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { C2S, MAX_ORDERS_PER_TURN, POLICY_IDS, S2C } from "../../shared/protocol/names";
import type { S2CName } from "../../shared/protocol/names";
import type { ServerMessages } from "../../shared/protocol/s2c";
import { S2CSchemas } from "../../shared/protocol/server-messages";
import { C2SSchemas } from "../../shared/protocol/messages";
import { OrderSet, PolicyId } from "../../shared/protocol/orders";

/** The schema's parsed type, key by key, is the plain type (both ways). */
type Agrees = {
  [K in S2CName]: [z.output<(typeof S2CSchemas)[K]>] extends [ServerMessages[K]]
    ? [ServerMessages[K]] extends [z.input<(typeof S2CSchemas)[K]>]
      ? true
      : K
    : K;
};

describe("protocol names without zod", () => {
  it("every server→client name has a schema and a payload type, and nothing else does", () => {
    expect(Object.keys(S2CSchemas).sort()).toEqual(Object.values(S2C).sort());
    expectTypeOf<keyof ServerMessages>().toEqualTypeOf<S2CName>();
    expectTypeOf<Agrees>().toEqualTypeOf<{ [K in S2CName]: true }>();
  });

  it("every client→server name has a schema", () => {
    expect(Object.keys(C2SSchemas).sort()).toEqual(Object.values(C2S).sort());
  });

  it("the order schemas are built from the same constants", () => {
    expect(PolicyId.options).toEqual([...POLICY_IDS]);
    expect(OrderSet.safeParse(Array.from({ length: MAX_ORDERS_PER_TURN }, () => ({ type: "hold", turn: 1 }))).success).toBe(true);
    expect(OrderSet.safeParse(Array.from({ length: MAX_ORDERS_PER_TURN + 1 }, () => ({ type: "hold", turn: 1 }))).success).toBe(false);
  });
});
