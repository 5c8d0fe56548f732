/**
 * Solo play in the browser: one click to a game against AI nations (no countdown, no ready tally), the
 * guided tutorial of first actions whose targets the coach box never covers (skippable and resumable), a reload that keeps the seat, and a server restart (SIGKILL) after which the saved game
 * is resumed from the landing page's list at the same turn.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { LAPTOP, shot, useE2E, watch } from "./harness";

/** True when the tutorial's coach box and its highlighted target do not overlap. */
async function coachClear(page: Page): Promise<boolean> {
  await page.waitForSelector(".coach-target");
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const a = document.querySelector(".coach")!.getBoundingClientRect();
    const b = document.querySelector(".coach-target")!.getBoundingClientRect();
    return !(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom);
  });
}

const e2e = useE2E();

describe("solo mode", () => {
  it("plays against AI with a resumable tutorial, survives a reload and a server restart", async () => {
    const page = await e2e.page(LAPTOP);
    const w = watch(page);
    await page.goto(`${e2e.url}/`);
    await page.selectOption("form[aria-labelledby=solo-h] select[name=nation]", "india");
    await page.click("form[aria-labelledby=solo-h] button[type=submit]");
    await page.waitForSelector(".turnbar >> text=Orders", { timeout: 20_000 });
    await page.waitForSelector(".coach >> text=Tutorial 1/6");
    expect(await page.locator("#clock").count(), "no countdown when playing alone").toBe(0);
    expect(await page.locator(".turnbar .tally").count(), "no ready tally when playing alone").toBe(0);
    await shot(page, "solo-tutorial");
    await page.click(".coach >> text=Next");
    await page.waitForSelector(".coach >> text=Found a data centre");
    expect(await coachClear(page)).toBe(true);
    await page.click(".coach >> text=Skip this step");
    // A guided step: the coach highlights the GPUs tab (never under the box) and moves on once the order is in.
    await page.waitForSelector(".coach >> text=Order GPUs");
    expect(await coachClear(page)).toBe(true);
    await page.fill("input[name=quantity]", "100");
    const add = page.locator("form:has(select[name=model]) button[type=submit]");
    await expect.poll(async () => add.isEnabled(), { timeout: 10_000 }).toBe(true);
    await add.click();
    await page.waitForSelector(".coach >> text=Tutorial 4/6", { timeout: 15_000 });
    expect(await coachClear(page)).toBe(true);
    await shot(page, "solo-tutorial-guided");
    const code = new URL(page.url()).pathname.split("/")[2];

    await page.reload();
    await page.waitForSelector(".turnbar >> text=India");
    await page.waitForSelector(".coach >> text=Tutorial 4/6");
    await page.click(".coach >> text=Skip tutorial");
    expect(await page.locator(".coach").count()).toBe(0);

    await page.click(".tab:has-text('Talent')");
    await page.click("form:has(select[name=level]) button[type=submit]");
    await page.waitForSelector(".status:has-text('Added')");
    await page.click("button.ready");
    await page.waitForSelector(".turnbar >> text=turn 2/4", { timeout: 30_000 });

    await e2e.restart("SIGKILL");
    await page.goto(`${e2e.url}/`);
    await page.waitForSelector(`.saved >> text=${code}`);
    await page.waitForSelector(`.saved li:has-text('${code}') >> text=turn 2`);
    await shot(page, "solo-saved-games");
    await page.click(`.saved li:has-text('${code}') >> text=Resume`);
    await page.waitForSelector(".turnbar >> text=turn 2/4", { timeout: 30_000 });
    await page.waitForSelector(".dash >> text=India");
    expect(await page.locator(".coach").count()).toBe(0);
    expect(w.errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
  }, 180_000);
});
