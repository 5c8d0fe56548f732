/**
 * The phone's turn bar (#18, UI.md): at 390×844 in a hosted game (a countdown and a ready tally showing), running and
 * paused, it is one row, nothing in it is cut off (each item's scrollWidth within its clientWidth, each inside the window),
 * its text is at least 12 px, and the short forms keep their full phrase for screen readers ("0 of 2 nations ready");
 * the laptop keeps the full phrases. Screenshots under test/e2e/artifacts/turnbar-*.png.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { ARTIFACTS, hostGame, joinByLink, LAPTOP, PHONE, shot, useE2E, watch } from "./harness";

const e2e = useE2E({ timeout: 180_000 });

/** What the bar's items measure: each visible child in the bar's flow (the phone's Ready floats above the sheet, off the bar). */
interface BarFacts {
  bar: { top: number; height: number; width: number };
  items: { text: string; top: number; bottom: number; left: number; right: number; scrollWidth: number; clientWidth: number; font: number }[];
}

function measureBar(page: Page): Promise<BarFacts> {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>(".turnbar")!;
    const b = bar.getBoundingClientRect();
    const items = [...bar.children]
      .map((el) => el as HTMLElement)
      .filter((el) => el.checkVisibility() && getComputedStyle(el).position !== "fixed" && !el.classList.contains("spacer"))
      .map((el) => {
        const r = el.getBoundingClientRect();
        const fonts = [el, ...el.querySelectorAll<HTMLElement>("*")]
          .filter((x) => x.checkVisibility() && x.textContent?.trim())
          .map((x) => parseFloat(getComputedStyle(x).fontSize));
        return {
          text: el.innerText,
          top: r.top,
          bottom: r.bottom,
          left: r.left,
          right: r.right,
          scrollWidth: el.scrollWidth,
          clientWidth: el.clientWidth,
          font: Math.min(...fonts),
        };
      });
    return { bar: { top: b.top, height: b.height, width: window.innerWidth }, items };
  });
}

/** One row, nothing clipped, nothing outside the window, text ≥ 12 px. */
async function expectOneRow(page: Page, where: string): Promise<BarFacts> {
  const f = await measureBar(page);
  const desc = `${where}: ${JSON.stringify(f)}`;
  expect(f.items.length, desc).toBeGreaterThan(2);
  const tallest = Math.max(...f.items.map((i) => i.bottom - i.top));
  expect(f.bar.height, `${desc}: the bar is one row high`).toBeLessThan(tallest * 1.6 + 16);
  const mid = (i: BarFacts["items"][number]): number => (i.top + i.bottom) / 2;
  for (const i of f.items) {
    expect(Math.abs(mid(i) - mid(f.items[0])), `${where}: "${i.text}" on the bar's one row`).toBeLessThan(8);
    expect(i.scrollWidth, `${where}: "${i.text}" is not cut off`).toBeLessThanOrEqual(i.clientWidth + 0.5);
    expect(i.left >= 0 && i.right <= f.bar.width + 0.5, `${where}: "${i.text}" inside the window`).toBe(true);
    expect(i.font, `${where}: "${i.text}" at least 12 px`).toBeGreaterThanOrEqual(12);
    expect(i.text, `${where}: no truncated stub`).not.toMatch(/…$/);
  }
  return f;
}

describe("the phone's turn bar", () => {
  it("390×844 in a hosted game: one row, nothing clipped, a compact ready tally (0/2) with its full phrase for screen readers", async () => {
    const host = await e2e.page(LAPTOP);
    const phone = await e2e.page(PHONE);
    const laptop = await e2e.page(LAPTOP);
    const w = [watch(host), watch(phone), watch(laptop)];
    const code = await hostGame(host, e2e.url, "tutorial");
    await joinByLink(phone, e2e.url, code, "Bea");
    await phone.locator(".card").nth(0).locator("button:has-text('Choose')").click();
    await phone.waitForSelector(".card.mine");
    await joinByLink(laptop, e2e.url, code, "Ana");
    await laptop.locator(".card").nth(1).locator("button:has-text('Choose')").click();
    await laptop.waitForSelector(".card.mine");
    await host.waitForSelector(".card >> text=Players: Ana");
    await host.click("text=Start the game");
    await phone.waitForSelector(".turnbar .phase[data-phase=orders]", { timeout: 30_000 });
    await phone.waitForSelector(".turnbar .clock:not(:empty)");
    const before = await expectOneRow(phone, "orders, none ready");
    expect(before.items.map((i) => i.text).join(" | ")).toMatch(/0\/2/);
    expect(await phone.locator(".turnbar .tally .sr-only").textContent()).toBe("0 of 2 nations ready");
    expect(await phone.locator(".turnbar .turn").textContent(), "the full phrase stays for screen readers").toContain("Q1 2026 · turn 1/4");
    await shot(phone, "turnbar-390x844");

    // A paused clock reads "Paused" on the phone ("4:00 (paused)" for screen readers and on the laptop), still one row.
    await host.click(".fac button:has-text('Pause')");
    await phone.waitForSelector(".turnbar .clock .short:has-text('Paused')");
    expect(await phone.locator(".turnbar .clock .long").textContent()).toMatch(/^\d+:\d\d \(paused\)$/);
    await expectOneRow(phone, "orders, paused");
    await shot(phone, "turnbar-390x844-paused");
    await host.click(".fac button:has-text('Resume')");
    await phone.waitForSelector(".turnbar .clock:not(:has(.short))");

    await laptop.click("button.ready");
    await expect.poll(() => phone.locator(".turnbar .tally .sr-only").textContent(), { timeout: 15_000 }).toBe("1 of 2 nations ready");
    await expectOneRow(phone, "orders, one ready");
    // The laptop keeps the full phrases.
    expect(await laptop.locator(".turnbar .tally .long").innerText()).toBe("1/2 ready");
    expect(await laptop.locator(".turnbar .tally .short").isVisible()).toBe(false);
    expect(await laptop.locator(".turnbar .turn").innerText()).toBe("Q1 2026 · turn 1/4");
    await shot(phone, "turnbar-390x844-one-ready");

    // The laptop's clock is as wide as its text (no fixed width leaving a gap before the ready tally), and its digits
    // are tabular, so it keeps its width from one second to the next (no jitter of what follows it).
    const clockFacts = () =>
      laptop.evaluate(() => {
        const bar = document.querySelector<HTMLElement>(".turnbar")!;
        const clock = bar.querySelector<HTMLElement>(".clock")!;
        const tally = bar.querySelector<HTMLElement>(".tally")!;
        const c = clock.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(clock);
        return {
          text: clock.innerText,
          width: c.width,
          textWidth: range.getBoundingClientRect().width,
          gapToTally: tally.getBoundingClientRect().left - c.right,
          barGap: parseFloat(getComputedStyle(bar).columnGap),
          numeric: getComputedStyle(clock).fontVariantNumeric,
        };
      });
    const first = await clockFacts();
    expect(first.numeric, "tabular digits").toContain("tabular-nums");
    expect(first.width - first.textWidth, `the clock hugs its text: ${JSON.stringify(first)}`).toBeLessThan(1);
    expect(first.gapToTally, `no gap before the tally beyond the bar's own: ${JSON.stringify(first)}`).toBeLessThan(first.barGap + 1);
    await laptop.waitForFunction((t) => document.querySelector<HTMLElement>(".turnbar .clock")!.innerText !== t, first.text);
    const next = await clockFacts();
    expect(next.width, `the clock keeps its width as it ticks: ${first.text} → ${next.text}`).toBeCloseTo(first.width, 1);
    await laptop.locator(".turnbar").screenshot({ path: path.join(ARTIFACTS, "turnbar-1280x800.png") });
    for (const x of w) expect(x.errors).toEqual([]);
  }, 180_000);
});
