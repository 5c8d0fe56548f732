/**
 * Sources in the browser: a dashboard figure's tooltip shows "Source: G10 …" as links reachable by
 * keyboard; following one (or a news item's "Source: M7") opens the Sources page at that source's
 * entry (title, year, address), the
 * registry is loaded only then, the page is searchable, and nothing loads from outside.
 * Screenshots at 1280×800, 390×844 and 1920×1080 in test/e2e/artifacts.
 */
import { describe, expect, it } from "vitest";
import { dismissResults, shot, useE2E, watch } from "./harness";
import { findSource } from "../../shared/sources/registry";

const e2e = useE2E({ build: true, timeout: 180_000 });

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
];

describe("sources page", () => {
  it("follows a figure tooltip's source link to the right entry on the Sources page", async () => {
    const context = await e2e.browser.newContext({ viewport: VIEWPORTS[0] });
    const page = await context.newPage();
    const w = watch(page);
    const opened: ReturnType<typeof watch>[] = [];
    context.on("page", (p) => opened.push(watch(p)));
    const chunks: string[] = [];
    page.on("request", (r) => chunks.push(r.url()));
    await page.goto(`${e2e.url}/`);
    await page.selectOption("form[aria-labelledby=solo-h] select[name=nation]", "korea");
    await page.click("form[aria-labelledby=solo-h] button[type=submit]");
    await page.waitForSelector(".turnbar >> text=Orders", { timeout: 30_000 });
    await page.click(".coach >> text=Skip tutorial");
    expect(
      chunks.some((u) => /\/registry-[^/]*\.js$/.test(u)),
      "the registry is not loaded by the game",
    ).toBe(false);

    // Keyboard: focus the utilisation figure, its tooltip opens; Tab reaches the first source link.
    const fig = page.locator("[data-figure=utilisation]");
    await fig.focus();
    const tip = fig.locator(".figure-tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/Source: facts\.md G10–G12, A37/);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute("href"),
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
    expect(focused).toEqual({ text: "G10", href: "/sources#G10", outline: "solid" });
    for (const v of VIEWPORTS) {
      await page.setViewportSize(v);
      // On a phone the dashboard is a tab of the bottom sheet: open it first.
      if (v.width < 640 && !(await page.locator("#sheet.open[data-tab=dash]").count())) await page.click("[data-sheet-tab=dash]");
      await fig.focus();
      await page.keyboard.press("Tab");
      await shot(page, `sources-tooltip-${v.width}x${v.height}`);
    }
    await page.setViewportSize(VIEWPORTS[0]);
    await fig.focus();
    await page.keyboard.press("Tab");

    // Enter follows the link: the Sources page opens in a new tab at G10.
    const [sources] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("Enter")]);
    await sources.waitForSelector("#G10.source-entry.target", { timeout: 20_000 });
    expect(new URL(sources.url()).pathname + new URL(sources.url()).hash).toBe("/sources#G10");
    const entry = sources.locator("#G10");
    const g10 = findSource("G10")!;
    expect(await entry.innerText()).toContain(g10.title);
    expect(await entry.innerText()).toContain(String(g10.year));
    expect(await entry.locator("a.source-url").getAttribute("href")).toBe(g10.url);
    expect(await entry.isVisible()).toBe(true);
    const box = (await entry.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(VIEWPORTS[0].height);
    expect(await sources.evaluate(() => document.activeElement?.id)).toBe("G10");
    expect(await sources.locator("#G11").innerText()).toMatch(/Game figures resting on it \(\d+\)/);

    // Search narrows the list.
    await sources.fill("input[type=search]", "sold out");
    const shown = await sources.locator(".source-entry:visible").count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(20);
    expect(await sources.locator("#M7").isVisible()).toBe(true);
    expect(await sources.locator("#A1").isVisible()).toBe(false);

    // The news: the scheduled "HBM sold out" card (turn 2 of the tutorial) cites M7–M10; its M7 link opens M7.
    for (const next of [2, 3]) {
      await page.click("button.ready");
      await page.waitForSelector(`.turnbar >> text=turn ${next}/4`, { timeout: 60_000 });
      await page.waitForSelector(".turnbar .phase >> text=Orders", { timeout: 30_000 });
      await dismissResults(page);
    }
    const newsLink = page.locator(".news li:has-text('HBM') a.source-link", { hasText: /^M7$/ }).first();
    await newsLink.waitFor({ timeout: 20_000 });
    expect(await newsLink.getAttribute("href")).toBe("/sources#M7");
    await newsLink.focus();
    await shot(page, "sources-news-1280x800");
    const [fromNews] = await Promise.all([context.waitForEvent("page"), newsLink.click()]);
    await fromNews.waitForSelector("#M7.source-entry.target", { timeout: 20_000 });
    expect(await fromNews.locator("#M7").innerText()).toContain(findSource("M7")!.title);

    // Nothing loaded from outside, no console errors.
    const host = new URL(e2e.url).host;
    expect(opened.length).toBe(2);
    expect([...w.hosts, ...opened.flatMap((o) => [...o.hosts])].filter((x) => x !== host)).toEqual([]);
    expect([...w.errors, ...opened.flatMap((o) => o.errors)]).toEqual([]);
    await context.close();
  }, 180_000);

  it("opens /sources#M7 directly at every viewport and says so when an id is unknown", async () => {
    for (const v of VIEWPORTS) {
      const page = await e2e.page({ viewport: v });
      const w = watch(page);
      await page.goto(`${e2e.url}/sources#M7`);
      await page.waitForSelector("#M7.source-entry.target");
      const box = (await page.locator("#M7").boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(v.height);
      expect(await page.locator("#M7").innerText()).toContain(findSource("M7")!.title);
      await shot(page, `sources-M7-${v.width}x${v.height}`);
      await page.evaluate(() => {
        location.hash = "#Z999";
      });
      await page.waitForSelector('text=No source "Z999" in the list.');
      expect(w.errors).toEqual([]);
      await page.context().close();
    }
  }, 120_000);
});
