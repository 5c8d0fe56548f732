/**
 * The door of a running workshop in Chromium (#16, #19): two people join after the first turn; each sees
 * "Waiting for the facilitator to let you in", and the phone asks for a nation. The facilitator's console
 * (1280×800, then 1920×1080) lists both with the nation asked for and since when; with the keyboard only, the
 * facilitator admits the first (focus moves to the next) and turns the second away, who sees why. The admitted
 * phone sits in the nation it asked for and gets the first check on arrival (a late joiner). Then the
 * facilitator removes a seated player from the seat list: a dialog asks first (Escape keeps them), and the
 * removed player's page says the facilitator removed them. axe on each new screen; screenshots under artifacts.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { hostGame, joinByLink, LAPTOP, PHONE, shot, useE2E, watch, WIDE } from "./harness";
import { axeSerious, overflow } from "./screen-checks";
import { CHECK_QUESTIONS } from "../../shared/debrief/check-questions";

const e2e = useE2E();

/** Follow the join link to a game that has started: the page waits at the door instead of opening the lobby. */
async function joinLate(page: Page, code: string, name: string): Promise<void> {
  await page.goto(`${e2e.url}/join/${code}`);
  await page.fill("input[name=name]", name);
  await page.click("button:has-text('Join the game')");
  await page.waitForSelector("[data-testid=waiting-room] >> text=Waiting for the facilitator to let you in");
}

const activeText = (p: Page): Promise<string> => p.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "");

describe("admission and removal", () => {
  it("lets newcomers in or turns them away by keyboard, gives a late joiner the first check, and removes a player after asking", async () => {
    const fac = await e2e.page(LAPTOP);
    const kai = await e2e.page(WIDE);
    const phone = await e2e.page(PHONE);
    const tom = await e2e.page(LAPTOP);
    const watched = [watch(fac), watch(kai), watch(phone), watch(tom)];

    const code = await hostGame(fac, e2e.url, "tutorial");
    await joinByLink(kai, e2e.url, code, "Kai");
    await kai.locator(".card").first().locator("button:has-text('Choose')").click();
    const kaiNation = (await kai.locator(".card.mine h3").innerText()).split("·").pop()!.trim();
    await fac.waitForSelector(".card >> text=Players: Kai");
    await fac.click("text=Start the game");
    await fac.waitForSelector(".fac >> text=Facilitator");
    // The first turn resolves before anyone else arrives: the newcomers are late joiners.
    await fac.click("button:has-text('Resolve now')");
    await fac.waitForSelector(".turnbar >> text=turn 2/", { timeout: 60_000 });
    await fac.waitForSelector(".turnbar .phase:has-text('Orders')", { timeout: 60_000 });

    await joinLate(phone, code, "Lena");
    await joinLate(tom, code, "Tom");
    // The phone asks for a nation (a wish the facilitator sees).
    const wish = phone.locator("[data-testid=waiting-room] button.nation-choice").nth(1);
    const wanted = (await wish.innerText()).trim();
    await wish.tap();
    await phone.waitForSelector(`[data-testid=waiting-room] >> text=You asked for ${wanted}`);
    expect(await wish.getAttribute("aria-pressed")).toBe("true");
    expect(await axeSerious(phone)).toEqual([]);
    expect((await overflow(phone)).wide).toEqual([]);
    await shot(phone, "admission-waiting-phone");
    expect(await axeSerious(tom)).toEqual([]);

    // The facilitator's queue: oldest first, with the nation asked for and the time; a live region announces it.
    const rows = fac.locator("[data-testid=admission-row]");
    await fac.waitForSelector(`[data-testid=admission-row]:has-text("Tom")`);
    await fac.waitForSelector(`[data-testid=admission-row]:has-text("Lena"):has-text("wants ${wanted}")`);
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(/Lena[\s\S]*wants [\s\S]*waiting since \d{1,2}:\d{2}/);
    expect(await fac.locator("[data-testid=admission] [role=status]").innerText()).toContain("Tom is asking to join. 2 waiting.");
    expect(await axeSerious(fac)).toEqual([]);
    // The room overview fits the console's column at 1280×800: every column visible, nothing to scroll sideways (#19).
    const overview = await fac.locator(".table-wrap[aria-label='Room overview']").evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      heads: [...el.querySelectorAll("thead th")].map((th) => th.getBoundingClientRect().right <= el.getBoundingClientRect().right + 0.5),
    }));
    expect(overview.scroll).toBeLessThanOrEqual(overview.client);
    expect(overview.heads).toEqual([true, true, true]);
    await shot(fac, "admission-console-1280");
    await fac.setViewportSize({ width: 1920, height: 1080 });
    await shot(fac, "admission-console-1920");
    await fac.setViewportSize({ width: 1280, height: 800 });

    // Keyboard only: Tab reaches Lena's Admit; Enter lets her in; focus moves to Tom's Admit; Tab, Enter turns him away.
    await fac.locator(".turnbar button").last().focus(); // start from the top bar: the queue is the console's first stop
    for (let i = 0; i < 10 && !(await activeText(fac)).startsWith("Admit to"); i++) await fac.keyboard.press("Tab");
    expect(await activeText(fac)).toBe(`Admit to ${wanted}`);
    await fac.keyboard.press("Enter");
    await fac.waitForFunction(() => document.querySelectorAll("[data-testid=admission-row]").length === 1);
    await fac.waitForFunction(() => {
      const a = document.activeElement as HTMLElement | null;
      return a?.classList.contains("admit") === true && a.closest("li")?.textContent?.includes("Tom") === true;
    });
    await fac.keyboard.press("Tab");
    expect(await activeText(fac)).toBe("Turn away");
    await fac.keyboard.press("Enter");
    await fac.waitForFunction(() => document.querySelectorAll("[data-testid=admission-row]").length === 0);

    // Tom sees why he is not in.
    await tom.waitForSelector("[data-testid=removed] >> text=The facilitator did not let you into this game.");
    expect(await axeSerious(tom)).toEqual([]);
    await shot(tom, "admission-turned-away-1280");

    // Lena sits in the nation she asked for, and answers the first check on arrival (she joined after turn 1).
    await phone.waitForSelector(".late-check-slot [data-testid=check-quiz] >> text=Before you play", { timeout: 30_000 });
    expect(await axeSerious(phone)).toEqual([]);
    await shot(phone, "admission-late-check-phone");
    for (const q of CHECK_QUESTIONS) await phone.locator(`.late-check-slot fieldset[data-question=${q.id}] label.check-option`).first().tap();
    await phone.locator(".late-check-slot button:has-text('Hand in')").tap();
    await phone.waitForSelector(".late-check-slot", { state: "detached" });
    await fac.waitForSelector(`[data-testid=seat-list] li:has-text("Lena"):has-text("${wanted}")`);
    await shot(phone, "admission-admitted-phone");

    // Remove Kai from the seat list: a dialog asks first; Escape keeps him, the dialog's Remove removes him.
    const remove = fac.locator(`[data-testid=seat-list] li:has-text("Kai") button.kick`);
    await remove.click();
    const dialog = fac.locator("dialog.confirm[open]");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("Remove Kai from the game?");
    expect(await dialog.innerText()).toContain(`${kaiNation} stays in the game`);
    expect(await activeText(fac)).toBe("Cancel");
    expect(await axeSerious(fac)).toEqual([]);
    await shot(fac, "admission-kick-confirm-1280");
    await fac.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await fac.locator(`[data-testid=seat-list] li:has-text("Kai")`).count()).toBe(1);
    await remove.click();
    await fac.locator("dialog.confirm[open] button:has-text('Remove Kai')").click();
    await fac.waitForFunction(() => !document.querySelector("[data-testid=seat-list]")?.textContent?.includes("Kai"));

    await kai.waitForSelector("[data-testid=removed] >> text=The facilitator removed you from this game.");
    expect(await kai.locator("[data-testid=results-screen]").count()).toBe(0);
    expect(await axeSerious(kai)).toEqual([]);
    await shot(kai, "admission-removed-1920");
    // Coming back under the same name is refused with the same reason.
    await kai.goto(`${e2e.url}/join/${code}`);
    await kai.fill("input[name=name]", "Kai");
    await kai.click("button:has-text('Join the game')");
    await kai.waitForSelector("text=The facilitator removed you from this game.");

    for (const w of watched) expect(w.errors.filter((e) => !/removed you|did not let you|Failed to load resource/.test(e))).toEqual([]);
  }, 600_000);
});
