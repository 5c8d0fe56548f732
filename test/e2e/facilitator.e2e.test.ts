/** The facilitator's flow in Chromium: create, lobby, start, inject with preview (its typed text and focus kept across a server update), force-resolve, end, debrief, print view. */
import { describe, expect, it } from "vitest";
import { hostGame, joinByLink, LAPTOP, shot, useE2E, watch } from "./harness";

const e2e = useE2E();

describe("facilitator console", () => {
  it("runs a workshop from creation to the printed debrief", async () => {
    const fac = await e2e.page({ viewport: { width: 1440, height: 900 } });
    const player = await e2e.page(LAPTOP);
    const watched = [watch(fac), watch(player)];
    const code = await hostGame(fac, e2e.url, "workshop");

    await joinByLink(player, e2e.url, code);
    await player.locator(".card").nth(2).locator("button:has-text('Choose')").click();
    await fac.waitForSelector(".card >> text=Players: Player");
    await shot(fac, "facilitator-lobby");
    await fac.click("text=Start the game");
    await fac.waitForSelector(".fac >> text=Facilitator");

    await fac.click("summary:has-text('Draft orders and full state')");
    await fac.waitForSelector(".drafts >> text=Secret objectives");
    await fac.click("summary:has-text('Inject an event')");
    // A server update (a player's chat line) keeps the composer's typed headline, its caret and the focus.
    const headline = fac.locator(".inject input[name=headline]");
    await headline.fill("Typed before the update");
    await headline.focus();
    await headline.evaluate((el: HTMLInputElement) => el.setSelectionRange(5, 5));
    await player.fill(".chat input[name=chat]", "Hello console");
    await player.press(".chat input[name=chat]", "Enter");
    await fac.waitForSelector(".chat >> text=Hello console");
    expect(await fac.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("headline");
    expect(await headline.inputValue()).toBe("Typed before the update");
    expect(await headline.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(5);
    expect(await fac.locator("details.inject").evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    await fac.selectOption("select[name=source]", "hbm_sold_out");
    await fac.click("button:has-text('Preview impact')");
    await fac.waitForSelector(".inject-out table");
    expect(await fac.locator(".inject-out tbody tr").count()).toBe(6);
    // A nation whose orders the shortage does not touch reads so in words, not as a row of zeros.
    await fac.waitForSelector(".inject-out tr.no-impact >> text=No orders at risk");
    await fac.locator(".inject-out table").scrollIntoViewIfNeeded();
    await shot(fac, "facilitator-inject-preview");
    await fac.click(".inject button:has-text('Inject')");
    await fac.waitForSelector("text=Inject recorded");
    await shot(fac, "facilitator-inject");

    await fac.fill("input[name=broadcast]", "Five minutes left for negotiations");
    await fac.click(".fac form button:has-text('Send')");
    await player.waitForSelector(".chat >> text=Five minutes left");
    // The line names its author once: "Facilitator", not "Facilitator (facilitator)".
    expect(await player.locator(".chat li:has-text('Five minutes left') strong").innerText()).toBe("Facilitator");

    await fac.click("text=Resolve now");
    await player.waitForSelector(".turnbar >> text=turn 2/8", { timeout: 30_000 });
    await player.waitForSelector(".news >> text=HBM sold out for the year");
    await fac.click("text=End game");
    await fac.waitForSelector("text=Final ranking", { timeout: 30_000 });
    await player.waitForSelector("text=Final ranking", { timeout: 30_000 });
    // The facilitator's next step, the debrief, is in view without scrolling (it sat under six projector-size rows and the reveal).
    const debriefLink = (await fac.locator(".end a:has-text('Open the debrief')").boundingBox())!;
    expect(debriefLink.y + debriefLink.height, "Open the debrief below the fold").toBeLessThanOrEqual(900);
    expect(
      await fac
        .locator(".end .leaderboard .score")
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBeLessThan(48);
    await shot(fac, "facilitator-end");
    await fac.click("text=Open the debrief");
    await fac.waitForSelector("text=Questions for the room");
    await fac.click(".tab:has-text('Timeline')");
    await fac.waitForSelector("table.timeline");
    await shot(fac, "debrief-timeline");
    await fac.click(".tab:has-text('Replay')");
    await fac.waitForSelector("[data-testid=replay-label]:has-text('After turn 1')", { timeout: 30_000 });
    await fac.locator("input[type=range]").fill("0");
    await fac.waitForSelector("[data-testid=replay-label]:has-text('Start')");
    await fac.selectOption("select[name=whatif-strategy]", "hold");
    await fac.click("button:has-text('Play it out')");
    await fac.waitForSelector(".whatif-out table", { timeout: 30_000 });
    expect(await fac.locator(".whatif-out tbody tr").count()).toBe(6);
    await fac.waitForTimeout(800);
    await shot(fac, "debrief-replay");
    await fac.click(".tab:has-text('Learning points')");
    await fac.emulateMedia({ media: "print" });
    await shot(fac, "debrief-print");
    expect(await fac.locator(".print-only .lesson").count()).toBe(6);
    for (const w of watched) expect(w.errors).toEqual([]);
  }, 180_000);
});
