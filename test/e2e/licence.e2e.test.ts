/**
 * The Export licence panel in real headless Chromium: the UAE (licence-bound) asks Washington for a licence,
 * reads the conditions with their explanations, counter-offers for more volume (met halfway with the
 * reason) and signs it as an order.
 */
import { describe, expect, it } from "vitest";
import { hostGame, joinByLink, shot, useE2E, watch } from "./harness";

const e2e = useE2E({ timeout: 180_000 });

describe("US export licence panel", () => {
  it("ask, counter-offer, sign as an order", async () => {
    const fac = await e2e.page({ viewport: { width: 1440, height: 900 } });
    const uae = await e2e.page({ viewport: { width: 1366, height: 900 } });
    const watched = [watch(fac), watch(uae)];
    const code = await hostGame(fac, e2e.url, "workshop");
    await joinByLink(uae, e2e.url, code);
    await uae.locator(".card", { hasText: "UAE" }).locator("button:has-text('Choose')").click();
    await fac.waitForFunction(() => [...document.querySelectorAll(".card .players")].filter((p) => p.textContent?.startsWith("Players:")).length === 1);
    await fac.click("text=Start the game");
    await uae.waitForSelector("#orders");
    await uae.click(".tab[data-tab=licence]");
    await uae.waitForSelector(".licence-panel >> text=you need a US licence");
    await uae.fill("input[name=l-volume]", "200000");
    await uae.click("button:has-text('Ask for a licence')");
    await uae.waitForSelector(".licence-panel .qfig:has-text('Conditions')");
    for (const label of ["Volume", "Conditions", "Approved", "Largest on these terms"])
      expect(await uae.locator(`.licence-panel .qfig:has-text('${label}')`).first().getAttribute("title")).toBeTruthy();
    await uae.click("button:has-text('Accept: no Chinese vendors')");
    await uae.waitForSelector(".licence-panel .answer.accepted");
    await uae.fill("input[name=ask-volume]", "200000");
    await uae.click("button:has-text('Ask for this volume')");
    await uae.waitForSelector(".licence-panel .answer.halfway >> text=pledge");
    await shot(uae, "licence-counter");
    await uae.click("button:has-text('Sign the licence')");
    await uae.waitForSelector(".licence-panel .status:has-text('Signed')");
    for (const w of watched) expect(w.errors).toEqual([]);
  }, 400_000);
});
