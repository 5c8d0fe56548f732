/**
 * The projector at 1920×1080 in a six-nation workshop: while the quarter's highlights show, every nation of the
 * leaderboard stays on the screen (the two last ran below the fold), the timer is a headline figure beside the code.
 */
import { describe, expect, it } from "vitest";
import { hostGame, LAPTOP, shot, useE2E, watch, WIDE } from "./harness";

const e2e = useE2E();

describe("projector with six nations", () => {
  it("shows every nation, the highlights and the timer on one screen", async () => {
    const fac = await e2e.page(LAPTOP);
    const code = await hostGame(fac, e2e.url, "workshop");
    const projector = await e2e.page(WIDE);
    const watched = watch(projector);
    await projector.goto(`${e2e.url}/projector/${code}`);
    await projector.waitForSelector("[data-testid=projector-qr]");
    await fac.click("text=Start the game");
    await fac.waitForSelector(".fac >> text=Facilitator");
    await fac.click("text=Resolve now");
    await projector.waitForSelector(".turnbar >> text=turn 2/", { timeout: 60_000 });
    await projector.waitForSelector("[data-testid=highlights] .hl-headline", { timeout: 30_000 });
    await projector.waitForSelector("[data-testid=projector-clock]");
    const boxes = await projector.$$eval(".projector .leaderboard li", (els) => els.map((e) => e.getBoundingClientRect().bottom));
    const highlights = await projector.locator("[data-testid=highlights]").boundingBox();
    await shot(projector, "projector-six-nations-highlights");
    expect(boxes.length).toBe(6);
    for (const [i, bottom] of boxes.entries()) expect(bottom, `nation ${i + 1} of the leaderboard below the fold`).toBeLessThanOrEqual(1080);
    expect(highlights!.y + highlights!.height).toBeLessThanOrEqual(1080);
    expect(watched.errors).toEqual([]);
  }, 240_000);
});
