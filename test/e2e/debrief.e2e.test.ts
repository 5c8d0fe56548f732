/**
 * The debrief page in Chromium after a real game: the charts stack in one column without overlapping or
 * being clipped, tick whole turns only, keep their legends inside their box; the printed PDF is a light
 * document whose title and legends read (the pages are rendered to PNG with pdftoppm and measured), its
 * timeline printing every event of a row (the screen folds them after four).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { ARTIFACTS, shot, useE2E, watch } from "./harness";
import { setServerUrl } from "../../client/net/api";
import { newGame, waitFor } from "../server/harness";

let code = "";
const e2e = useE2E({
  timeout: 180_000,
  setup: async () => {
    setServerUrl(e2e.url);
    // A real game: the facilitator starts it, the AI plays every nation, four quarters resolve, then it ends.
    const { game, host } = await newGame({ scenario: "workshop", turnSeconds: 300 });
    code = game.code;
    const fac = await host.join(code, { role: "facilitator" });
    fac.facilitator({ cmd: "start" });
    await waitFor(fac, (m) => m.phase === "orders", 15_000, "started");
    for (let t = 2; t <= 5; t++) {
      fac.facilitator({ cmd: "force_resolve" });
      await waitFor(fac, (m) => m.view?.turn === t && m.phase === "orders", 30_000, `turn ${t}`);
    }
    fac.facilitator({ cmd: "end" });
    await waitFor(fac, (m) => m.phase === "ended", 15_000, "ended");
    await fac.leave();
  },
});

/** Open the debrief's Charts tab at a viewport size. */
async function openCharts(width: number, height: number): Promise<Page> {
  const page = await e2e.page({ viewport: { width, height } });
  await page.goto(`${e2e.url}/debrief/${code}`);
  await page.waitForSelector("text=Questions for the room");
  await page.click(".tab:has-text('Charts')");
  await page.waitForFunction(() => document.querySelectorAll(".screen-only .chart canvas").length >= 6);
  // The chosen tab keeps the focus and its panel comes into view (it opened below the fold at 1280×800).
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Charts");
  const first = await page.evaluate(() => document.querySelector(".screen-only .chart")!.getBoundingClientRect().top);
  expect(first, "the charts open in view").toBeLessThan(height - 150);
  return page;
}

/**
 * Per chart under `scope`, the inked pixels in the first three columns of its canvas: the value axis's labels are
 * right-aligned in the axis's room, so ink at the very left edge is a label cut off ("JS$200M" for "US$200M").
 */
const leftEdgeInk = (page: Page, scope: string): Promise<{ title: string; ink: number }[]> =>
  page.$$eval(`${scope} .chart`, (els) =>
    els.map((el) => {
      const c = el.querySelector("canvas")!;
      const px = c.getContext("2d")!.getImageData(0, 0, 3, c.height).data;
      let ink = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i] > 40) ink++;
      return { title: el.getAttribute("aria-label") ?? "", ink };
    }),
  );

/** Relative luminance of an sRGB colour (WCAG). */
function luminance([r, g, b]: number[]): number {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
const contrast = (a: number[], b: number[]): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe("debrief page", () => {
  it("stacks the charts in one column, unclipped, with whole-turn ticks and legends inside their box", async () => {
    for (const [w, hgt, name] of [
      [1280, 800, "laptop"],
      [390, 844, "phone"],
      [1920, 1080, "projector"],
    ] as const) {
      const page = await openCharts(w, hgt);
      const watched = watch(page);
      const boxes = await page.$$eval(".screen-only .chart", (els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          const inner = el.querySelector(".uplot")!.getBoundingClientRect();
          const legend = el.querySelector(".u-legend")?.getBoundingClientRect();
          const panel = el.closest(".panel")!.getBoundingClientRect();
          return {
            top: r.top,
            bottom: r.bottom,
            left: r.left,
            right: r.right,
            innerRight: inner.right,
            legendRight: legend?.right ?? 0,
            legendBottom: legend?.bottom ?? 0,
            panelRight: panel.right,
            ticks: (el as HTMLElement).dataset.xTicks ?? "",
            legendItems: [...el.querySelectorAll(".u-legend .u-series")].filter((x) => (x as HTMLElement).offsetParent !== null && x.textContent!.trim() !== "")
              .length,
          };
        }),
      );
      expect(boxes.length).toBe(6);
      for (let i = 1; i < boxes.length; i++)
        expect(boxes[i].top, `${name}: chart ${i} overlaps chart ${i - 1}`).toBeGreaterThanOrEqual(boxes[i - 1].bottom - 0.5);
      for (const b of boxes) {
        expect(b.innerRight, `${name}: a chart is wider than its box`).toBeLessThanOrEqual(b.right + 0.5);
        expect(b.right, `${name}: a chart spills out of its panel`).toBeLessThanOrEqual(b.panelRight + 0.5);
        expect(b.legendRight, `${name}: a legend spills out of its chart`).toBeLessThanOrEqual(b.right + 0.5);
        expect(b.legendBottom, `${name}: a legend spills below its chart`).toBeLessThanOrEqual(b.bottom + 0.5);
        expect(b.ticks.length, `${name}: no turn ticks recorded`).toBeGreaterThan(0);
        expect(b.legendItems, `${name}: every nation has a visible legend entry`).toBe(6);
        for (const t of b.ticks.split(",")) expect(Number.isInteger(Number(t)), `${name}: tick ${t}`).toBe(true);
      }
      for (const c of await leftEdgeInk(page, ".screen-only")) expect(c.ink, `${name}: ${c.title}: an axis label cut at the left edge`).toBe(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name}: horizontal overflow`).toBeLessThanOrEqual(0);
      await shot(page, `debrief-charts-${name}`);
      expect(watched.errors).toEqual([]);
      await page.context().close();
    }
  });

  it("shows four events a timeline row and says how many more, which open on a click", async () => {
    const page = await e2e.page({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${e2e.url}/debrief/${code}`);
    await page.waitForSelector("text=Questions for the room");
    await page.click(".tab:has-text('Timeline')");
    await page.waitForSelector("table.timeline tbody tr");
    const debrief = (await (await fetch(`${e2e.url}/api/games/${code}/debrief`)).json()) as { timeline: { events: string[] }[] };
    // The first timeline table is the screen's (the print layout has its own copy).
    const rows = page.locator("table.timeline").first().locator("tbody tr");
    expect(await rows.count()).toBe(debrief.timeline.length);
    const long = debrief.timeline.findIndex((e) => e.events.length > 4);
    expect(long, "a row with more than four events").toBeGreaterThanOrEqual(0);
    const row = rows.nth(long).locator("td").nth(3);
    const summary = row.locator("summary");
    await expect.poll(() => summary.textContent()).toBe(`+${debrief.timeline[long].events.length - 4} more`);
    const hidden = debrief.timeline[long].events[4];
    if (!debrief.timeline[long].events.slice(0, 4).some((ev) => ev.includes(hidden)))
      expect(await row.innerText(), "the fifth event is folded away").not.toContain(hidden);
    await summary.click();
    expect(await row.innerText()).toContain(hidden);
  });

  it("prints a light, legible document (PDF rendered to images and measured)", async () => {
    const page = await openCharts(1280, 800);
    await page.click(".tab:has-text('Learning points')");
    await page.emulateMedia({ media: "print" });
    await page.waitForFunction(() => [...document.querySelectorAll(".print-only .chart")].every((c) => (c as HTMLElement).dataset.ink === "print"));
    // Title and legends: dark ink on a white page in the print layout.
    const styles = await page.evaluate(() => {
      const rgb = (s: string): number[] => (s.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const pick = (sel: string): { fg: number[]; bg: number[] } | null => {
        const el = document.querySelector(sel);
        if (!el) return null;
        let bgEl: Element | null = el;
        let bg = "rgba(0, 0, 0, 0)";
        while (bgEl && /rgba\(0, 0, 0, 0\)|transparent/.test(bg)) {
          bg = getComputedStyle(bgEl).backgroundColor;
          bgEl = bgEl.parentElement;
        }
        return { fg: rgb(getComputedStyle(el).color), bg: /rgba\(0, 0, 0, 0\)|transparent/.test(bg) ? [255, 255, 255] : rgb(bg) };
      };
      return {
        title: pick(".debrief .turnbar strong"),
        legend: pick(".print-only .u-legend th"),
        caption: pick(".print-only .chart figcaption"),
        lesson: pick(".print-only .lesson h3"),
      };
    });
    for (const [what, s] of Object.entries(styles)) {
      expect(s, `${what} not found in the print layout`).not.toBeNull();
      expect(contrast(s!.fg, s!.bg), `${what}: contrast in print`).toBeGreaterThanOrEqual(4.5);
    }
    for (const c of await leftEdgeInk(page, ".print-only")) expect(c.ink, `print: ${c.title}: an axis label cut at the left edge`).toBe(0);
    // Paper cannot be clicked open: a timeline row with more than four events prints all of them, and no "+N more".
    const debrief = (await (await fetch(`${e2e.url}/api/games/${code}/debrief`)).json()) as { timeline: { events: string[] }[] };
    const long = debrief.timeline.findIndex((e) => e.events.length > 4);
    expect(long, "a row with more than four events").toBeGreaterThanOrEqual(0);
    const printed = page.locator(".print-only table.timeline tbody tr").nth(long).locator("td").nth(3);
    const text = (await printed.innerText()).replace(/\s+/g, " ");
    for (const ev of debrief.timeline[long].events) expect(text, "a folded event missing on paper").toContain(ev.replace(/\s+/g, " "));
    expect(await page.locator(".print-only table.timeline summary:visible").count(), "'+N more' on paper").toBe(0);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = path.join(ARTIFACTS, "debrief-print.pdf");
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    const prefix = path.join(ARTIFACTS, "debrief-print-page");
    for (const f of fs.readdirSync(ARTIFACTS).filter((x) => x.startsWith("debrief-print-page"))) fs.rmSync(path.join(ARTIFACTS, f));
    // At 100 dpi (not 60) a dense page of small text is not mistaken for grey paper by its anti-aliasing.
    execFileSync("pdftoppm", ["-png", "-r", "100", pdf, prefix]);
    const pages = fs
      .readdirSync(ARTIFACTS)
      .filter((x) => x.startsWith("debrief-print-page") && x.endsWith(".png"))
      .sort();
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // Measure each page image in the browser: mostly white paper, dark ink present, no large dark block (navy header).
    const measure = await e2e.browser.newPage();
    for (const p of pages) {
      const data = fs.readFileSync(path.join(ARTIFACTS, p)).toString("base64");
      const m = await measure.evaluate(async (src) => {
        const img = new Image();
        img.src = `data:image/png;base64,${src}`;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext("2d")!;
        g.drawImage(img, 0, 0);
        const px = g.getImageData(0, 0, c.width, c.height).data;
        let white = 0,
          dark = 0,
          n = 0;
        let darkest = 255;
        for (let i = 0; i < px.length; i += 4) {
          const l = 0.2126 * px[i] + 0.7152 * px[i + 1] + 0.0722 * px[i + 2];
          n++;
          if (l > 235) white++;
          if (l < 90) dark++;
          darkest = Math.min(darkest, l);
        }
        return { white: white / n, dark: dark / n, darkest };
      }, data);
      expect(m.white, `${p}: the page is not mostly white paper`).toBeGreaterThan(0.7);
      expect(m.dark, `${p}: a large dark block on the page`).toBeLessThan(0.12);
      expect(m.darkest, `${p}: no dark ink (text is too light)`).toBeLessThan(60);
    }
    await measure.close();
    await page.context().close();
  });
});
