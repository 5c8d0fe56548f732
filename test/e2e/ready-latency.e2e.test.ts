/**
 * How much the phone's page does between a press of Ready and the turn bar showing it (#18: the phone's
 * Ready step was slow under load): the time from the click to the button's change, and how many Preact
 * components re-render for that one update and for a chat line from another player. An update from the
 * server must re-render what it changes, not the whole game tree.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { hostGame, joinByLink, LAPTOP, PHONE, useE2E, watch } from "./harness";

const e2e = useE2E({ timeout: 180_000 });

const renders = (p: Page): Promise<number> => p.evaluate(() => (window as unknown as { __sarRenders?: number }).__sarRenders ?? -1);

/** Click Ready and wait for the button to show it: milliseconds from the click to the change, and the components rendered. */
async function pressReady(p: Page): Promise<{ ms: number; renders: number }> {
  const start = await renders(p);
  const ms = await p.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const btn = document.querySelector<HTMLButtonElement>("button.ready")!;
        const was = btn.className;
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          const now = document.querySelector<HTMLButtonElement>("button.ready");
          if (!now || now.className !== was) {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        });
        obs.observe(document.body, { subtree: true, attributes: true, childList: true });
        btn.click();
      }),
  );
  await p.waitForTimeout(300);
  return { ms, renders: (await renders(p)) - start };
}

describe("the phone's Ready", () => {
  it("shows within a moment and re-renders only what changed", async () => {
    const fac = await e2e.page(LAPTOP);
    const laptop = await e2e.page(LAPTOP);
    const phone = await e2e.page(PHONE);
    const watched = [watch(fac), watch(laptop), watch(phone)];
    const code = await hostGame(fac, e2e.url, "tutorial");
    await joinByLink(laptop, e2e.url, code, "Ana");
    await laptop.locator(".card").nth(0).locator("button:has-text('Choose')").click();
    await joinByLink(phone, e2e.url, code, "Bo");
    await phone.locator(".card").nth(1).locator("button:has-text('Choose')").click();
    await fac.waitForFunction(() => [...document.querySelectorAll(".card .players")].filter((p) => p.textContent?.startsWith("Players:")).length === 2);
    await fac.click("text=Start the game");
    await phone.waitForSelector("button.ready");
    await phone.waitForSelector(".turnbar .phase[data-phase=orders]");
    await phone.waitForTimeout(1500);

    // A chat line from another player: one patch that changes only the chat.
    const before = await renders(phone);
    await laptop.fill(".chat input[name=chat]", "hello");
    await laptop.press(".chat input[name=chat]", "Enter");
    await phone.waitForFunction(() => document.querySelector(".chat")?.textContent?.includes("hello"), null, { timeout: 15_000 });
    await phone.waitForTimeout(300);
    const chat = (await renders(phone)) - before;

    const ready = await pressReady(phone);
    const unready = await pressReady(phone);
    console.log(
      `phone: chat line re-rendered ${chat} components; Ready ${ready.ms.toFixed(0)} ms, ${ready.renders} renders; un-Ready ${unready.ms.toFixed(0)} ms, ${unready.renders} renders`,
    );
    // Measured on this machine under load (#18): before, each update re-rendered the whole tree (134 components for a chat
    // line, 128 for Ready, Ready shown after 450–600 ms); now the chat line re-renders 16, Ready 6–7.
    expect(chat).toBeLessThan(40);
    expect(ready.renders).toBeLessThan(20);
    expect(unready.renders).toBeLessThan(20);
    expect(ready.ms).toBeLessThan(5000);
    for (const w of watched) expect(w.errors).toEqual([]);
  }, 300_000);
});
