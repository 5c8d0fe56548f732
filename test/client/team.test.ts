/** The client's team helpers read the server's rule from the view (fullNations, teamSize): "(full)", the card's line, the reason. */
import { describe, expect, it } from "vitest";
import { choiceLabel, fullReason, isFull, teamCount, teamLine } from "../../client/app/views/team";
import { matchView } from "../../shared/match";
import { ok, table } from "../shared/match/table";

describe("team helpers", () => {
  it("marks a nation full for everyone but its own players, with the server's sentence", () => {
    const m = table({ teamSize: 1 });
    const newcomer = ok(m, "px", { type: "join", name: "Xi", role: "player" }).match;
    const xi = matchView(newcomer, "px");
    expect(isFull(xi, "korea")).toBe(true);
    expect(isFull(xi, "india")).toBe(false);
    const kim = matchView(newcomer, "pk");
    expect(isFull(kim, "korea")).toBe(false); // Kim's own nation: Leave, not Full
    expect(isFull(kim, "uae")).toBe(true);
    expect(teamCount(xi, "korea")).toBe(1);
    expect(teamLine(xi, "korea")).toBe("full: 1 of 1 player");
    expect(teamLine(xi, "india")).toBe("0 of 1 player");
    expect(teamLine(matchView(table({ teamSize: 3 }), "proj"), "korea")).toBe("1 of 3 players");
    expect(choiceLabel("South Korea", true)).toBe("South Korea (full)");
    expect(choiceLabel("South Korea", false)).toBe("South Korea");
    expect(fullReason("South Korea", 1)).toBe("South Korea already has 1 player(s).");
  });
});
