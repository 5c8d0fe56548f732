/**
 * Full teams in Chromium (#16, #19): a game of one person per nation. Ana takes a nation in the lobby, Ben
 * picks another on the join page; the next joiner (a phone) sees both "(full)" on the join page and in the
 * lobby and cannot pick them (disabled, described by the server's sentence); the facilitator's Move list does
 * not offer them. After the start a late joiner's wish and, once admitted, the nation choice show the same.
 * axe on each screen; screenshots under artifacts.
 */
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { joinByLink, LAPTOP, PHONE, shot, useE2E, watch } from "./harness";
import { axeSerious, overflow } from "./screen-checks";

const e2e = useE2E();

/** The text of the elements an element's aria-describedby names. */
const description = (l: Locator): Promise<string> =>
  l.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ")
      .trim(),
  );

/** The lobby card of the nation named `name`. */
const card = (p: Page, name: string): Locator => p.locator(".card", { has: p.locator(`h3:has-text("${name}")`) });

describe("full teams", () => {
  it("shows a nation at its team limit as (full) on the join page, in the lobby, at the door and in the nation choice, and never offers it", async () => {
    const fac = await e2e.page(LAPTOP);
    const ana = await e2e.page(LAPTOP);
    const ben = await e2e.page(LAPTOP);
    const cy = await e2e.page(PHONE);
    const dee = await e2e.page(PHONE);
    const watched = [watch(fac), watch(ana), watch(ben), watch(cy), watch(dee)];

    await fac.goto(`${e2e.url}/`);
    await fac.selectOption("form[aria-labelledby=host-h] select[name=preset]", "tutorial");
    await fac.click("form[aria-labelledby=host-h] summary:has-text('More options')");
    await fac.fill("form[aria-labelledby=host-h] input[name=team]", "1");
    await fac.click("form[aria-labelledby=host-h] button[type=submit]");
    const code = (await fac.locator("[data-testid=room-code]").innerText()).trim();
    await fac.click("text=Open the facilitator console");
    await fac.waitForSelector("text=Lobby — room");

    // Ana takes the first nation in the lobby.
    await joinByLink(ana, e2e.url, code, "Ana");
    await expect.poll(() => ana.locator(".lobby > p.muted").first().innerText()).toMatch(/Up to 1 person plays one/);
    const first = ana.locator(".card").first();
    const anaNation = (await first.locator("h3").innerText()).split("·").pop()!.trim();
    await first.locator("button:has-text('Choose')").click();
    await ana.waitForSelector(".card.mine >> button:has-text('Leave')");
    expect(await ana.locator(".card.mine h3").innerText()).not.toContain("(full)"); // her own nation: Leave, not Full

    // Ben's join page: Ana's nation is (full) and disabled; he picks another one there and arrives seated in it.
    await ben.goto(`${e2e.url}/join/${code}`);
    await ben.fill("input[name=name]", "Ben");
    const anaRadio = ben.getByRole("radio", { name: `${anaNation} (full)` });
    await expect.poll(() => anaRadio.isDisabled()).toBe(true);
    expect(await description(anaRadio)).toBe(`${anaNation} already has 1 player(s).`);
    const free = ben.locator(".join-nation:not(.full) input[name=nation]:not([value=''])").first();
    const benNationId = await free.getAttribute("value");
    await free.check();
    await ben.click("button:has-text('Join the game')");
    await ben.waitForSelector(".card.mine >> button:has-text('Leave')");
    const benNation = (await ben.locator(".card.mine h3").innerText()).split("·").pop()!.trim();
    expect(await ben.locator(".card.mine").getAttribute("data-nation")).toBe(benNationId);

    // Cy (a phone) sees both full on the join page and cannot pick them.
    await cy.goto(`${e2e.url}/join/${code}`);
    for (const name of [anaNation, benNation]) {
      const radio = cy.getByRole("radio", { name: `${name} (full)` });
      await expect.poll(() => radio.isDisabled()).toBe(true);
      await radio.check({ force: true }).catch(() => undefined);
      expect(await radio.isChecked()).toBe(false);
    }
    expect(await cy.locator("input[name=nation]:not([disabled])").count()).toBe(2); // "Choose in the lobby" and the free nation
    expect(await axeSerious(cy)).toEqual([]);
    expect((await overflow(cy)).wide).toEqual([]);
    await shot(cy, "roster-join-full-phone");
    await cy.fill("input[name=name]", "Cy");
    await cy.tap("button:has-text('Join the game')");
    await cy.waitForSelector("text=Lobby — room").catch(async (e: unknown) => {
      await shot(cy, "roster-failure-phone");
      throw new Error(`${String(e)}\n${await cy.locator("body").innerText()}`);
    });

    // In the lobby both cards say (full); the button says Full, is disabled and is described by the reason.
    for (const name of [anaNation, benNation]) {
      const c = card(cy, `${name} (full)`);
      await c.waitFor();
      const button = c.locator("button");
      expect(await button.innerText()).toBe("Full");
      expect(await button.isDisabled()).toBe(true);
      expect(await description(button)).toBe(`${name} already has 1 player(s).`);
      expect(await c.locator("[data-testid=team-line]").innerText()).toBe("full: 1 of 1 player");
      await button.click({ force: true, timeout: 2000 }).catch(() => undefined);
    }
    expect(await cy.locator(".card.mine").count()).toBe(0);
    expect(await cy.locator(".card button:not([disabled])").count()).toBe(1);
    expect(await axeSerious(cy)).toEqual([]);
    await shot(cy, "roster-lobby-full-phone");

    // The facilitator's Move list marks the full nation and does not offer it.
    await fac.waitForSelector(".waiting li:has-text('Cy')");
    const place = fac.locator(".waiting select");
    expect(await place.locator(`option:has-text("${anaNation} (full)")`).isDisabled()).toBe(true);
    expect(await place.locator(`option:has-text("${benNation} (full)")`).isDisabled()).toBe(true);
    await shot(fac, "roster-lobby-full-facilitator");

    // After the start, a late joiner's wish at the door does not offer a full nation.
    await fac.click("text=Start the game");
    await fac.waitForSelector(".fac >> text=Facilitator");
    await dee.goto(`${e2e.url}/join/${code}`);
    await dee.fill("input[name=name]", "Dee");
    await dee.tap("button:has-text('Join the game')");
    await dee.waitForSelector("[data-testid=waiting-room]");
    for (const name of [anaNation, benNation]) {
      const wish = dee.locator("[data-testid=waiting-room] button.nation-choice", { hasText: `${name} (full)` });
      expect(await wish.isDisabled()).toBe(true);
      expect(await description(wish)).toBe(`${name} already has 1 player(s).`);
    }
    expect(await axeSerious(dee)).toEqual([]);
    await shot(dee, "roster-door-full-phone");

    // Let in without a nation: the nation choice shows the full ones and offers only the free one.
    await fac.click("[data-testid=admission] button.admit");
    await dee.waitForSelector("[data-testid=pick-nation]");
    const picks = dee.locator("[data-testid=pick-nation] button.nation-choice");
    for (const name of [anaNation, benNation]) expect(await picks.filter({ hasText: `${name} (full)` }).isDisabled()).toBe(true);
    const freePick = dee.locator("[data-testid=pick-nation] button.nation-choice:not([disabled])");
    expect(await freePick.count()).toBe(1);
    expect(await axeSerious(dee)).toEqual([]);
    await shot(dee, "roster-pick-full-phone");
    await freePick.tap();
    await dee.waitForSelector("[data-testid=pick-nation]", { state: "detached" });

    for (const w of watched) expect(w.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  }, 300_000);
});
