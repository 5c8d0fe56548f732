/**
 * The phone's bottom sheet with real taps at 390×844 (#18): the orders drawer's tab row scrolls sideways, and the
 * tab the sheet opens (Deals, or the orders tab in use) is always fully in view in that row, also after the sheet
 * was closed and opened again; the order forms' explanations open on a tap and on keyboard focus; an objective's progress explains itself on a tap;
 * no select cuts off its options (Korea's long site names); an open popover is never under the floating Ready; screenshots under test/e2e/artifacts/phone-sheet-*.png.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PHONE, shot, useE2E, watch } from "./harness";
import { cutSelects } from "./screen-checks";

const e2e = useE2E();

/** The open drawer tab's box against its tab row's and the window's: true when it is wholly visible. */
const openTabInView = (page: Page): Promise<{ inView: boolean; tab: string }> =>
  page.evaluate(() => {
    const row = document.querySelector<HTMLElement>("#orders .tabs")!;
    const on = row.querySelector<HTMLElement>(".tab.on")!;
    const r = row.getBoundingClientRect(),
      t = on.getBoundingClientRect();
    return { tab: on.dataset.tab ?? "", inView: t.width > 0 && t.left >= r.left - 0.5 && t.right <= r.right + 0.5 && t.right <= window.innerWidth };
  });

describe("the phone's bottom sheet", () => {
  it("shows the drawer tab it opens, in a tab row that scrolls sideways", async () => {
    const page = await e2e.page(PHONE);
    const w = watch(page);
    await page.goto(`${e2e.url}/`);
    await page.selectOption("form[aria-labelledby=solo-h] select[name=nation]", "korea");
    await page.click("form[aria-labelledby=solo-h] button[type=submit]");
    await page.waitForSelector(".turnbar .phase:has-text('Orders')", { timeout: 90_000 });
    const skip = page.locator(".coach >> text=Skip tutorial");
    for (let i = 0; i < 2 && (await skip.count()); i++) await skip.tap({ timeout: 10_000 }).catch(() => undefined);
    await expect.poll(() => page.locator(".coach").count(), { timeout: 10_000 }).toBe(0);

    await page.tap("[data-sheet-tab=deals]");
    await page.waitForSelector("#sheet.open .deals-panel", { state: "visible" });
    // The row is wider than the phone: Deals, its last tab, lies past the right edge unless the row scrolls to it.
    expect(await page.evaluate(() => document.querySelector("#orders .tabs")!.scrollWidth > window.innerWidth)).toBe(true);
    await expect.poll(() => openTabInView(page)).toEqual({ tab: "deals", inView: true });
    await shot(page, "phone-sheet-deals");

    // Orders goes back to the GPUs form: its tab, at the start of the row, is in view again.
    await page.tap("[data-sheet-tab=orders]");
    await page.waitForSelector("#sheet.open #orders .orders-body", { state: "visible" });
    await expect.poll(() => openTabInView(page)).toEqual({ tab: "gpus", inView: true });

    // A tab tapped in the row (Vendor quotes, scrolled to), then the sheet closed and opened on Orders: that tab still shows.
    await page.locator("#orders .tab[data-tab=quotes]").tap();
    await expect.poll(() => openTabInView(page)).toEqual({ tab: "quotes", inView: true });
    await page.tap("[data-sheet-tab=orders]");
    await page.waitForSelector("#sheet:not(.open)", { state: "attached" });
    await page.tap("[data-sheet-tab=deals]");
    await expect.poll(() => openTabInView(page)).toEqual({ tab: "deals", inView: true });
    await page.tap("[data-sheet-tab=deals]");
    await page.waitForSelector("#sheet:not(.open)", { state: "attached" });
    await page.tap("[data-sheet-tab=deals]");
    await page.waitForSelector("#sheet.open .deals-panel", { state: "visible" });
    await expect.poll(() => openTabInView(page)).toEqual({ tab: "deals", inView: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, "phone-sheet-deals-again");

    // The order forms' explanations were title attributes (no tap, no keyboard): a tap on the grid line opens how it works and
    // its source links, inside the screen; a tap elsewhere closes it; the CXL line opens on keyboard focus and Tab reaches its source.
    await page.tap("[data-sheet-tab=orders]");
    await page.locator("#orders .tab[data-tab=dc]").tap();
    // Korea's site names are long ("SKT Haein (Gasan AI DC)"): every select shows its options whole, the chosen site's size, cooling and status under it.
    expect(await cutSelects(page)).toEqual([]);
    expect(await page.locator("#orders select[name=dc] + .opt-detail").first().innerText()).toMatch(/^\d+ MW · (air|liquid) · \w+/);
    const grid = page.locator("[data-figure=grid-line]");
    await grid.tap();
    const gridTip = page.locator("#figure-tip-grid-line");
    await expect.poll(() => gridTip.isVisible()).toBe(true);
    expect(await gridTip.innerText()).toMatch(/interconnection queue[\s\S]*Source:[\s\S]*D10/);
    const box = (await gridTip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await shot(page, "phone-sheet-grid-why");
    await page.tap(".turnbar strong");
    await expect.poll(() => gridTip.isVisible()).toBe(false);
    await page.locator("#orders .tab[data-tab=memory]").tap();
    await page.locator("[data-figure=cxl-why]").focus();
    await expect.poll(() => page.locator("#figure-tip-cxl-why").isVisible()).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#figure-tip-cxl-why") !== null && document.activeElement?.tagName === "A")).toBe(true);

    // The dashboard's objectives say where they stand; a compute objective's tap shows effective compute = peak × utilisation (the dashboard shows peak).
    await page.tap("[data-sheet-tab=dash]");
    const objective = page.locator(".dash .objective", { hasText: "effective compute" }).first();
    await objective.scrollIntoViewIfNeeded();
    expect(await objective.innerText()).toMatch(/ — now [\d,]+ PF of [\d,]+ PF$/);
    await objective.tap();
    const objectiveTip = objective.locator(".figure-tip");
    await expect.poll(() => objectiveTip.isVisible()).toBe(true);
    await shot(page, "phone-sheet-objective-why");
    expect(await objectiveTip.innerText()).toMatch(/Effective compute = compute online [\d,]+ PF × utilisation [\d.]+ % = [\d,]+ PF/);
    expect(
      await objectiveTip.evaluate((el) => {
        const b = el.getBoundingClientRect();
        const hit = document.elementFromPoint(b.left + b.width / 2, Math.min(b.bottom, window.innerHeight - 140) - 6);
        return b.left >= 0 && b.right <= window.innerWidth && !!hit && el.contains(hit);
      }),
      "the objective's popover is on screen and on top",
    ).toBe(true);

    // A GPU order's price says how it is made: quantity × price a GPU = the total the line shows (on a tap).
    await page.tap("[data-sheet-tab=orders]");
    await page.locator("#orders .tab[data-tab=gpus]").tap();
    await page.fill("input[name=quantity]", "500");
    const cost = page.locator("[data-figure=cost-order_gpus]");
    await cost.scrollIntoViewIfNeeded();
    const total = (await cost.innerText()).match(/^Price (US\$[\d.,]+[MB])/)![1];
    await cost.tap();
    await expect.poll(() => cost.locator(".figure-tip").isVisible()).toBe(true);
    expect(await cost.locator(".figure-tip").innerText()).toContain(`= ${total}.`);
    expect(await cost.locator(".figure-tip").innerText()).toMatch(/^What it costs\s+500 × US\$[\d,]+k a GPU/);
    expect((await cost.locator(".figure-tip").boundingBox())!.width, "the popover has the row's width, not the line's").toBeGreaterThan(300);
    await shot(page, "phone-sheet-cost-why");

    // The floating Ready button never covers an open popover: the price line scrolled to just above Ready, its popover opens
    // downwards over Ready's box, and the point in the middle of that overlap is the popover.
    await page.tap(".turnbar strong");
    await expect.poll(() => cost.locator(".figure-tip").isVisible()).toBe(false);
    await page.evaluate(() => {
      const fig = document.querySelector("[data-figure=cost-order_gpus]")!.getBoundingClientRect();
      const ready = document.querySelector("button.ready")!.getBoundingClientRect();
      document.querySelector("#sheet")!.scrollTop += fig.bottom - (ready.top - 4);
    });
    await cost.tap({ position: { x: 10, y: 5 } });
    await expect.poll(() => cost.locator(".figure-tip").isVisible()).toBe(true);
    const overReady = await cost.locator(".figure-tip").evaluate((tip) => {
      const t = tip.getBoundingClientRect(),
        r = document.querySelector("button.ready")!.getBoundingClientRect();
      const left = Math.max(t.left, r.left),
        right = Math.min(t.right, r.right),
        top = Math.max(t.top, r.top),
        bottom = Math.min(t.bottom, r.bottom);
      if (right <= left || bottom <= top) return "the popover does not reach Ready's box";
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      return hit && tip.contains(hit) ? "popover on top" : `covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`;
    });
    await shot(page, "phone-sheet-popover-over-ready");
    expect(overReady).toBe("popover on top");
    expect(w.errors).toEqual([]);
  }, 180_000);
});
