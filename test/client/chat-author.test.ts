/** A chat line's author names the seat once: "Facilitator", not "Facilitator (facilitator)" (#19). */
import { describe, expect, it } from "vitest";
import { chatAuthor } from "../../client/app/views/chat-author";

describe("chatAuthor", () => {
  it("adds where the author sits", () => {
    expect(chatAuthor("Mina", "South Korea")).toBe("Mina (South Korea)");
    expect(chatAuthor("Ana", "facilitator")).toBe("Ana (facilitator)");
  });

  it("does not repeat a name that is the seat's", () => {
    expect(chatAuthor("Facilitator", "facilitator")).toBe("Facilitator");
    expect(chatAuthor("India", "India")).toBe("India");
  });
});
