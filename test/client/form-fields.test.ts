/** A select's long options (client/app/views/form-fields.tsx): a short label in the list, the chosen option's details under the select. */
import { describe, expect, it } from "vitest";
import type { VNode } from "preact";
import { Select, type Opt } from "../../client/app/views/form-fields";

const opts: Opt[] = [
  ["a", "SKT Haein (Gasan AI DC)", false, "3 MW · air · online"],
  ["b", "Plain"],
];
const render = (value: string) => Select({ name: "dc", value, onValue: () => undefined, options: opts }) as VNode<{ children: VNode[] }>;

describe("Select details", () => {
  it("shows the chosen option's details under the select, the option itself short", () => {
    const [select, detail] = render("a").props.children;
    expect(select.type).toBe("select");
    expect((select.props as { children: VNode<{ children: string }>[] }).children[0].props.children).toBe("SKT Haein (Gasan AI DC)");
    expect(detail.type).toBe("small");
    expect(detail.props).toMatchObject({ class: "opt-detail", children: "3 MW · air · online" });
  });
  it("is a bare select when the chosen option has no details (a kept value that is gone falls back to the first option)", () => {
    expect(render("b").type).toBe("select");
    expect(render("gone").props.children[1].type).toBe("small");
  });
});
