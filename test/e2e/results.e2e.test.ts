/**
 * The results screen and the figures' popovers in real headless Chromium: a solo game plays a scripted
 * turn (a talent programme, then Ready); the results screen stays past 10 s until dismissed and lists,
 * figure by figure, the causes the engine reports (replayed here from the game's export with the engine);
 * a dashboard figure's popover opens on hover, on keyboard focus and on tap, with this quarter's values
 * and a source link that opens the Sources page. Screenshots at 1280×800, 390×844 and 1920×1080.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { shot, useE2E, watch } from "./harness";
import { replay } from "../../shared/engine/replay";
import type { OrderLog } from "../../shared/engine/replay";
import type { Scenario } from "../../shared/scenario/schema";
import type { TurnCauses } from "../../shared/engine/causes";
import { biggestMovers, causeLines, formatValue } from "../../client/app/ui/figure-format";

const e2e = useE2E();

/** What the engine says about `nation`'s last quarter: the game's export replayed with the shared engine. */
async function engineCauses(page: Page, code: string, nation: string): Promise<TurnCauses> {
  const key = await page.evaluate((c) => localStorage.getItem(`sovereign:facilitator:${c}`) ?? sessionStorage.getItem(`sovereign:facilitator:${c}`), code);
  expect(key, "the solo creator holds the facilitator key").toBeTruthy();
  const res = await fetch(`${e2e.url}/api/games/${code}/export`, { headers: { "x-facilitator-key": key! } });
  expect(res.status).toBe(200);
  const data = (await res.json()) as { scenario: Scenario; seed: number; log: OrderLog };
  const t = replay(data.scenario, data.seed, data.log).nations[nation].lastTurn;
  expect(t).toBeDefined();
  return t!;
}

const norm = (s: string): string => s.replace(/\s+/g, " ").trim();

/** No visible toast (a deal offer, an answer) covers any part of the open results screen. */
async function expectNoToastOver(page: Page): Promise<void> {
  const overlaps = await page.evaluate(() => {
    const r = document.querySelector("[data-testid=results-screen]")!.getBoundingClientRect();
    return [...document.querySelectorAll(".toast")]
      .map((t) => ({ text: t.textContent ?? "", b: t.getBoundingClientRect() }))
      .filter(({ b }) => b.width > 0 && b.height > 0 && b.left < r.right && b.right > r.left && b.top < r.bottom && b.bottom > r.top)
      .map(({ text }) => text);
  });
  expect(overlaps, "toasts over the results screen").toEqual([]);
}

describe("results screen and figure popovers", () => {
  it("results stay until dismissed and list the engine's causes; figures explain themselves on hover, focus and tap", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
    const page = await context.newPage();
    const w = watch(page);
    await page.goto(`${e2e.url}/`);
    await page.selectOption("form[aria-labelledby=solo-h] select[name=nation]", "india");
    await page.click("form[aria-labelledby=solo-h] button[type=submit]");
    await page.waitForSelector(".turnbar >> text=Orders", { timeout: 20_000 });
    if (await page.locator(".coach").count()) await page.click(".coach >> text=Skip tutorial");
    const code = new URL(page.url()).pathname.split("/")[2];

    // The scripted turn: a talent programme, then Ready.
    await page.click(".tab:has-text('Talent')");
    await page.click("form:has(select[name=level]) button[type=submit]");
    await page.waitForSelector(".status:has-text('Added')");
    await page.click("button.ready");
    const results = page.locator("[data-testid=results-screen]");
    await results.waitFor({ timeout: 30_000 });
    await page.waitForSelector(".turnbar >> text=turn 2/4", { timeout: 30_000 });

    // It lists, figure by figure, the causes the engine computed (same words, same amounts).
    const t = await engineCauses(page, code, "india");
    expect(await results.getAttribute("data-turn")).toBe("1");
    const movers = biggestMovers(t.figures);
    expect(movers.length).toBeGreaterThan(2);
    const shownFigures = await results.locator("[data-figure-change]").evaluateAll((els) => els.map((e) => e.getAttribute("data-figure-change")));
    expect(shownFigures).toEqual(movers.map((f) => f.figure));
    for (const f of movers) {
      const lines = await results.locator(`[data-figure-change=${f.figure}] li[data-cause]`).evaluateAll((els) => els.map((e) => e.textContent ?? ""));
      expect(lines.map(norm), f.figure).toEqual(causeLines(f).map((l) => norm(`${l.amount} ${l.text}`)));
    }
    const treasury = t.figures.find((f) => f.figure === "treasury")!;
    await expect.poll(() => results.innerText()).toContain(`${formatValue("usd_m", treasury.before)} → ${formatValue("usd_m", treasury.after)}`);
    expect(await results.innerText()).toMatch(/Talent programme level 1/);
    await shot(page, "results-1280x800");
    await expectNoToastOver(page);

    // Still there after 10 s (the results phase is long over: the next quarter's orders are open).
    await page.waitForTimeout(10_500);
    expect(await results.isVisible()).toBe(true);
    for (const v of [
      { width: 390, height: 844 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(v);
      await page.waitForTimeout(300);
      await shot(page, `results-${v.width}x${v.height}`);
      const box = await results.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(v.width + 1);
      await expectNoToastOver(page);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    // Keyboard dismissable; it exposes the data centres that changed for the map.
    expect(await results.getAttribute("data-changed-dcs")).not.toBeNull();
    await page.keyboard.press("Escape");
    await expect.poll(() => results.count()).toBe(0);

    // Hover: the treasury's popover with last quarter's values and its source.
    const tip = (id: string) => page.locator(`.dash [data-figure=${id}] .figure-tip`);
    await page.hover(".dash [data-figure=treasury] .label");
    await expect.poll(() => tip("treasury").isVisible()).toBe(true);
    const hoverText = norm(await tip("treasury").innerText());
    expect(hoverText).toContain(`Treasury: ${formatValue("usd_m", treasury.before)} → ${formatValue("usd_m", treasury.after)}`);
    expect(hoverText).toContain(norm(`${causeLines(treasury)[0].amount} ${causeLines(treasury)[0].text}`));
    await shot(page, "results-popover-hover-1280x800");
    await page.mouse.move(640, 60);
    await expect.poll(() => tip("treasury").isVisible()).toBe(false);

    // Keyboard focus: the sovereignty figure shows its formula with the values; Tab reaches its source link.
    const sov = t.figures.find((f) => f.figure === "sovereignty")!;
    await page.locator(".dash [data-figure=sovereignty]").focus();
    await expect.poll(() => tip("sovereignty").isVisible()).toBe(true);
    expect(norm(await tip("sovereignty").innerText())).toContain(`= ${sov.after.toFixed(3)}`);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({
      href: document.activeElement?.getAttribute("href"),
      inTip: Boolean(document.activeElement?.closest(".dash [data-figure=sovereignty] .figure-tip")),
    }));
    expect(focused.inTip).toBe(true);
    expect(focused.href).toMatch(/^\/sources#/);
    expect(await tip("sovereignty").isVisible()).toBe(true);
    await shot(page, "results-popover-focus-1280x800");
    const [sources] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("Enter")]);
    const id = decodeURIComponent(focused.href!.split("#")[1]);
    await sources.waitForSelector(`[id="${id}"].source-entry`, { timeout: 20_000 });
    await sources.close();

    // Tap: the expertise figure opens on a tap and closes on a tap elsewhere.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => tip("sovereignty").isVisible()).toBe(false);
    await page.tap(".dash [data-figure=expertise] .label");
    await expect.poll(() => tip("expertise").isVisible()).toBe(true);
    expect(norm(await tip("expertise").innerText())).toMatch(/Last quarter: Expertise: [\d.]+ → [\d.]+/);
    await shot(page, "results-popover-tap-1280x800");
    await page.tap(".turnbar strong");
    await expect.poll(() => tip("expertise").isVisible()).toBe(false);

    // The leaderboard's scores explain themselves like the dashboard's figures: hover, keyboard focus and tap, with
    // your nation's causes from the engine and the source; and every nation's name stays on one line.
    const score = page.locator(".leaderboard [data-figure=score][aria-describedby=figure-tip-score-india]");
    const scoreTip = page.locator("#figure-tip-score-india");
    expect(await score.getAttribute("title")).toBeNull();
    await score.hover();
    await expect.poll(() => scoreTip.isVisible()).toBe(true);
    const scoreText = norm(await scoreTip.innerText());
    expect(scoreText).toContain("Source:");
    const scoreChange = t.figures.find((f) => f.figure === "score");
    if (scoreChange)
      expect(scoreText).toContain(`Last quarter: Score: ${formatValue("points", scoreChange.before)} → ${formatValue("points", scoreChange.after)}`);
    // Nothing covers it (the panels below the leaderboard paint after it).
    const uncovered = await scoreTip.evaluate((t) => {
      const b = t.getBoundingClientRect();
      const y = Math.min(b.bottom, window.innerHeight) - 8;
      return [b.left + 8, b.left + b.width / 2, b.right - 8].every((x) => t.contains(document.elementFromPoint(x, y)));
    });
    expect(uncovered, "the score's popover is on top").toBe(true);
    await shot(page, "results-leaderboard-score-1280x800");
    await page.mouse.move(640, 60);
    await expect.poll(() => scoreTip.isVisible()).toBe(false);
    await score.focus();
    await expect.poll(() => scoreTip.isVisible()).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => scoreTip.isVisible()).toBe(false);
    await score.tap();
    await expect.poll(() => scoreTip.isVisible()).toBe(true);
    await page.tap(".turnbar strong");
    await expect.poll(() => scoreTip.isVisible()).toBe(false);

    // The compute and sovereignty under each name explain themselves too (they were bare figures): hover shows your nation's
    // compute with last quarter's change and its source, on top; a tap on another nation's sovereignty shows what it is and its source.
    const compute = page.locator(".leaderboard [data-figure=compute][aria-describedby=figure-tip-compute-india]");
    const computeTip = page.locator("#figure-tip-compute-india");
    await compute.hover();
    await expect.poll(() => computeTip.isVisible()).toBe(true);
    const computeText = norm(await computeTip.innerText());
    expect(computeText).toContain("Compute online: India");
    expect(computeText).toContain("Source:");
    const computeChange = t.figures.find((f) => f.figure === "compute");
    if (computeChange) expect(computeText).toContain("Last quarter: Compute online:");
    expect(
      await computeTip.evaluate((el) => {
        const b = el.getBoundingClientRect();
        const y = Math.min(b.bottom, window.innerHeight) - 8;
        return [b.left + 8, b.left + b.width / 2, b.right - 8].every((x) => el.contains(document.elementFromPoint(x, y)));
      }),
      "the compute popover is on top",
    ).toBe(true);
    await shot(page, "results-leaderboard-compute-1280x800");
    await page.mouse.move(640, 60);
    await expect.poll(() => computeTip.isVisible()).toBe(false);
    const otherSov = page.locator(".leaderboard [data-figure=sovereignty]:not([aria-describedby$=-india])").first();
    const otherTip = page.locator(`#${await otherSov.getAttribute("aria-describedby")}`);
    await otherSov.tap();
    await expect.poll(() => otherTip.isVisible()).toBe(true);
    expect(norm(await otherTip.innerText())).toMatch(/^Sovereignty index: .+ Source:/);
    await page.tap(".turnbar strong");
    await expect.poll(() => otherTip.isVisible()).toBe(false);
    const lines = await page.$$eval(".leaderboard .name", (els) =>
      els.map((e) => {
        const r = document.createRange();
        r.selectNodeContents(e);
        return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size;
      }),
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(
      lines.every((n) => n === 1),
      `leaderboard name lines ${lines}`,
    ).toBe(true);

    expect(w.errors.filter((e) => !/WebSocket|Failed to load resource/.test(e))).toEqual([]);
  }, 240_000);
});
