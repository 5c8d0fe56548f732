/**
 * Joining on the room's network: the host page opened on localhost still shows a join URL and QR code on
 * the server's LAN address; a phone opens the join link, is asked its name (remembered on the device) and
 * appears under that name in the facilitator's lobby. When the server has several addresses, the one the host
 * chooses is the one the facilitator console and the projector show (link and QR).
 */
import os from "node:os";
import { describe, expect, it } from "vitest";
import { LAPTOP, PHONE, shot, useE2E, watch } from "./harness";

const e2e = useE2E();

/** This machine's non-loopback IPv4 addresses (what the server should offer). */
const lan = Object.values(os.networkInterfaces())
  .flat()
  .filter((a) => a && a.family === "IPv4" && !a.internal && !a.address.startsWith("169.254."))
  .map((a) => a!.address);

describe("joining a workshop", () => {
  it("offers a LAN join URL and QR from a localhost host page, and a phone joins with its name", async () => {
    const host = await e2e.page(LAPTOP);
    const watched = watch(host);
    await host.goto(`${e2e.url}/`);
    await host.click("form[aria-labelledby=host-h] button[type=submit]");
    const code = (await host.locator("[data-testid=room-code]").innerText()).trim();
    const joinUrl = (await host.locator("[data-testid=join-url]").innerText()).trim();
    const qrUrl = await host.locator("[data-testid=join-qr]").getAttribute("data-url");
    expect(qrUrl).toBe(joinUrl);
    expect(joinUrl).toMatch(new RegExp(`/join/${code}$`));
    const joinHost = new URL(joinUrl).hostname;
    if (lan.length > 0) {
      expect(lan).toContain(joinHost);
      expect(joinHost).not.toMatch(/^127\.|^localhost$/);
    }
    expect(await host.locator("[data-testid=join-qr]").evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(150);
    await shot(host, "host-join-link");
    await host.click("text=Open the facilitator console");
    await host.waitForSelector("text=Lobby — room");

    // The phone follows the link (on loopback here: the test never sends traffic to another address).
    const phoneContext = await e2e.browser.newContext(PHONE);
    const phone = await phoneContext.newPage();
    watched.errors.push(...[]);
    await phone.goto(`${e2e.url}${new URL(joinUrl).pathname}`);
    const name = phone.locator("input[name=name]");
    await name.waitFor();
    await expect.poll(() => phone.evaluate(() => document.activeElement?.getAttribute("name")), { timeout: 5_000 }).toBe("name");
    await shot(phone, "join-page-phone");
    await phone.click("button:has-text('Join the game')");
    await phone.waitForSelector("text=Type your name");
    await name.fill("Mina");
    await phone.tap("button:has-text('Join the game')");
    await phone.waitForSelector("text=Lobby — room");
    // The join page is a page of its own root (page-root.ts): leaving it unmounts its tree, so no box of it stays beside the lobby.
    expect(await phone.locator(".join-host, #join-name").count()).toBe(0);
    await host.waitForSelector('.waiting li:has-text("Mina") .dot.on');
    expect(await phone.evaluate(() => localStorage.getItem("sar-player-name"))).toBe("Mina");

    // The next time, the device remembers the name.
    const again = await phoneContext.newPage();
    await again.goto(`${e2e.url}/`);
    expect(await again.locator("form[aria-labelledby=join-h] input[name=name]").inputValue()).toBe("Mina");
    expect(watched.errors).toEqual([]);
  }, 120_000);

  it("shows the address the host chose in the console and on the projector, with its QR", async () => {
    // A server with two addresses (a laptop on Wi-Fi and Ethernet): the answer of /api/lan is given to this computer's pages.
    const ctx = await e2e.browser.newContext(LAPTOP);
    const port = new URL(e2e.url).port;
    const urls = [`http://10.0.0.7:${port}`, `http://192.168.1.20:${port}`];
    await ctx.route("**/api/lan", (r) => r.fulfill({ json: { port: Number(port), addresses: urls.map((u) => new URL(u).hostname), urls } }));
    const host = await ctx.newPage();
    const watched = watch(host);
    await host.goto(`${e2e.url}/`);
    await host.click("form[aria-labelledby=host-h] button[type=submit]");
    const code = (await host.locator("[data-testid=room-code]").innerText()).trim();
    await host.selectOption("select[name=join-base]", urls[1]);
    const chosen = `${urls[1]}/join/${code}`;
    await expect.poll(() => host.locator("[data-testid=join-url]").innerText()).toBe(chosen);
    await host.click("text=Open the facilitator console");
    await host.waitForSelector("text=Lobby — room");
    // The console's lobby: the whole link and a QR code of it (it showed "/join/CODE" only).
    await expect.poll(() => host.locator("[data-testid=console-join-url]").innerText()).toBe(chosen);
    expect(await host.locator("[data-testid=console-qr]").getAttribute("data-url")).toBe(chosen);
    expect(await host.locator("[data-testid=console-qr]").evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
    await shot(host, "console-join-link");
    // The projector view, opened from the same computer, shows the same address.
    const projector = await ctx.newPage();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.goto(`${e2e.url}/projector/${code}`);
    await expect.poll(() => projector.locator("[data-testid=projector-join-url]").innerText()).toBe(chosen);
    expect(await projector.locator("[data-testid=projector-qr]").getAttribute("data-url")).toBe(chosen);
    expect(watched.errors).toEqual([]);
    await ctx.close();
  }, 120_000);
});
