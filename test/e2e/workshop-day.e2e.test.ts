/**
 * Workshop day in Chromium, as a facilitator runs it: a host laptop (facilitator console), a projector at
 * 1920×1080 and a phone at 390×844. The projector shows the room code, join URL and QR before the start
 * (no scores), lists the phone's player by name, pulses the timer amber in its last 30 s, shows the
 * facilitator's broadcast as a banner (as does the phone), and reveals the winner at the end; the inject
 * turn follows the current turn; the phone's end screen gives its rank and objectives and fits the screen.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { LAPTOP, PHONE, shot, useE2E, watch, WIDE } from "./harness";

const e2e = useE2E();

/** Largest horizontal overflow of the page, px. */
const overflow = (p: Page): Promise<number> => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("workshop day", () => {
  it("joins by name, projects the lobby and the winner, pulses the timer, broadcasts, and ends with a personal verdict", async () => {
    const fac = await e2e.page(LAPTOP);
    const projector = await e2e.page(WIDE);
    const phone = await e2e.page(PHONE);
    const watched = [watch(fac), watch(projector), watch(phone)];

    await fac.goto(`${e2e.url}/`);
    await fac.selectOption("form[aria-labelledby=host-h] select[name=preset]", "tutorial");
    await fac.selectOption("form[aria-labelledby=host-h] select[name=timer]", "60");
    await fac.click("form[aria-labelledby=host-h] button[type=submit]");
    const code = (await fac.locator("[data-testid=room-code]").innerText()).trim();
    const joinUrl = (await fac.locator("[data-testid=join-url]").innerText()).trim();
    await fac.click("text=Open the facilitator console");
    await fac.waitForSelector("text=Lobby — room");

    // Projector lobby: code, URL and QR, large; no scores before the start.
    await projector.goto(`${e2e.url}/projector/${code}`);
    await projector.waitForSelector("[data-testid=projector-qr]");
    expect(await projector.locator("[data-testid=projector-code]").innerText()).toBe(code);
    expect(await projector.locator("[data-testid=projector-join-url]").innerText()).toBe(joinUrl);
    const qr = await projector.locator("[data-testid=projector-qr]").boundingBox();
    expect(qr!.width).toBeGreaterThanOrEqual(400);
    const codeSize = await projector.locator("[data-testid=projector-code]").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(codeSize).toBeGreaterThanOrEqual(96);
    expect(await projector.locator(".leaderboard, .score").count()).toBe(0);

    // The phone joins by the link with a name and appears on the projector and in the console.
    await phone.goto(`${e2e.url}${new URL(joinUrl).pathname}`);
    await phone.fill("input[name=name]", "Mina");
    await phone.tap("button:has-text('Join the game')");
    await phone.waitForSelector("text=Lobby — room");
    await projector.waitForSelector(".projector-lobby >> text=Mina");
    await phone.locator(".card").first().locator("button:has-text('Choose')").tap();
    await projector.waitForSelector(".projector-lobby .nations >> text=Mina");
    await fac.waitForSelector(".card >> text=Players: Mina");
    await shot(projector, "projector-lobby");

    await fac.click("text=Start the game");
    await fac.waitForSelector(".fac >> text=Facilitator");
    await phone.waitForSelector(".turnbar >> text=turn 1/");

    // Broadcast: a banner on the phone and on the projector.
    await fac.fill("input[name=broadcast]", "Two minutes to close your deals");
    await fac.click(".fac form button:has-text('Send')");
    await phone.waitForSelector("#broadcast >> text=Two minutes to close your deals");
    await projector.waitForSelector("#broadcast >> text=Two minutes to close your deals");
    await shot(projector, "projector-turn-broadcast");
    await phone.tap("#broadcast button[aria-label='Dismiss the announcement']");
    await phone.waitForSelector("#broadcast", { state: "detached" });

    // The last 30 seconds of the 1-minute timer: amber and pulsing, in its computed style.
    await projector.waitForSelector(".clock.urgent", { timeout: 45_000 });
    const clock = await projector.locator(".clock").evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, anim: getComputedStyle(el).animationName }));
    expect(clock.bg).toBe("rgb(230, 159, 0)");
    expect(clock.anim).toBe("pulse");

    // Force a resolution: the inject turn follows the current turn.
    await fac.click("text=Resolve now");
    await fac.waitForSelector(".turnbar >> text=turn 2/", { timeout: 30_000 });
    await fac.click("summary:has-text('Inject an event')");
    await fac.waitForFunction(() => (document.querySelector("input[name=turn]") as HTMLInputElement | null)?.value === "2");
    await shot(fac, "facilitator-console");
    expect(await overflow(fac)).toBeLessThanOrEqual(0);

    // End: the projector reveals the winner; the phone gets its verdict and can open the debrief.
    await fac.click("text=End game");
    await projector.waitForSelector("[data-testid=winner]", { timeout: 30_000 });
    expect(await projector.locator("[data-testid=winner]").innerText()).toMatch(/wins$/);
    await shot(projector, "projector-game-over");
    await phone.waitForSelector("[data-testid=verdict]", { timeout: 30_000 });
    expect(await phone.locator("[data-testid=verdict] h2").innerText()).toMatch(/^You (won|finished \d(st|nd|rd|th) of 3)/);
    expect(await phone.locator("[data-testid=verdict] li").count()).toBeGreaterThan(0);
    expect(await phone.locator("[data-testid=verdict] li").first().innerText()).toMatch(/^[✓✗] (Met|Missed)/);
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    const debrief = phone.locator("a:has-text('Open the debrief')");
    await debrief.scrollIntoViewIfNeeded();
    const box = (await debrief.boundingBox())!;
    const hit = await phone.evaluate(([x, y]) => document.elementFromPoint(x, y)?.textContent ?? "", [box.x + box.width / 2, box.y + box.height / 2]);
    expect(hit).toContain("Open the debrief");
    await shot(phone, "end-screen-phone");
    await debrief.tap();
    await phone.waitForSelector("text=Questions for the room");
    for (const w of watched) expect(w.errors).toEqual([]);
  }, 360_000);
});
