/**
 * The Export licence panel in real headless Chromium: the UAE (licence-bound) asks Washington for a licence,
 * reads the conditions with their explanations, counter-offers for more volume (met halfway with the
 * reason) and signs it as an order.
 */
import { describe, expect, it } from "vitest";
import { hostGame, joinByLink, shot, useE2E, watch } from "./harness";
import { focused } from "./screen-checks";

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
      expect(await uae.locator(`.licence-panel .qfig:has-text('${label}') .figure-tip`).first().textContent()).toBeTruthy();
    // A figure explains itself on a tap (click) too, with its source ids linked to the Sources page.
    const volume = uae.locator(".licence-panel .qfig:has-text('Volume')").first();
    await volume.click();
    await expect.poll(async () => volume.locator(".figure-tip").isVisible()).toBe(true);
    expect(await volume.locator(".figure-tip a.source-link[href='/sources#N20']").count()).toBe(1);
    await uae.keyboard.press("Escape");
    await uae.click("button:has-text('Accept: no Chinese vendors')");
    await uae.waitForSelector(".licence-panel .answer.accepted");
    await uae.fill("input[name=ask-volume]", "200000");
    // A server update (the facilitator's broadcast) keeps the typed counter-offer and its focus.
    await uae.focus("input[name=ask-volume]");
    await fac.fill("input[name=broadcast]", "Licences close soon");
    await fac.click(".fac form button:has-text('Send')");
    await uae.waitForSelector("#broadcast >> text=Licences close soon", { timeout: 10_000 });
    expect(await focused(uae)).toBe("input[name=ask-volume]");
    expect(await uae.inputValue("input[name=ask-volume]")).toBe("200000");
    await uae.click("button:has-text('Ask for this volume')");
    await uae.waitForSelector(".licence-panel .answer.halfway >> text=pledge");
    await shot(uae, "licence-counter");
    await uae.click("button:has-text('Sign the licence')");
    await uae.waitForSelector(".licence-panel .status:has-text('Signed')");
    for (const w of watched) expect(w.errors).toEqual([]);
  }, 400_000);
});
