import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startWhatsAppRig, until, type WhatsAppRig } from "./whatsapp-context.js";

let rig: WhatsAppRig | undefined;

afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

async function connectedRig(adapter: Parameters<typeof startWhatsAppRig>[0] extends infer O ? (O extends { adapter?: infer A } ? A : never) : never = {}) {
  rig = await startWhatsAppRig({ paired: true, adapter });
  await rig.adapter.start();
  await until(() => rig!.adapter.health().connected, "connected");
  return rig;
}

describe("whatsapp connection supervision", () => {
  it("restores a saved session without a QR", async () => {
    const r = await connectedRig();
    expect(r.printed).toEqual([]);
    expect(r.fake.browsers[0]!.launchOptions).toMatchObject({
      executablePath: "/usr/bin/chromium",
      headless: true,
      userDataDir: join(r.dataDir, "whatsapp", "session"),
    });
    expect(r.fake.browsers[0]!.launchOptions.args).toEqual(expect.arrayContaining(["--no-sandbox", "--disable-gpu", "--no-first-run"]));
  });

  it("reconnects after a disconnect, with the same session, and keeps taking messages", async () => {
    const r = await connectedRig();
    r.fake.dropConnection("CONFLICT");
    await until(() => r.adapter.health().state === "reconnecting", "reconnecting");
    await until(() => r.adapter.health().connected && r.fake.browsers.length === 2, "reconnected");
    expect(r.fake.browsers[0]!.connected).toBe(false);
    expect(r.printed).toEqual([]);
    r.fake.deliver({ chatId: "4915550000010@c.us", body: "still there?" });
    await until(async () => (await r.accepted()).some((m) => m.text === "still there?"), "message after reconnect");
  });

  it("treats LOGOUT as final: no reconnect, session removed, health says re-pair", async () => {
    const r = await connectedRig({ logoutSettleMs: 5000 });
    const sessionDir = join(r.dataDir, "whatsapp", "session");
    // Chromium's profile (the saved login) lives here.
    writeFileSync(join(sessionDir, "Local State"), "{}");
    r.fake.logoutFromPhone();
    await until(() => r.adapter.health().state === "logged-out: re-pair needed", "logged out");
    expect(r.adapter.health()).toMatchObject({ connected: false, detail: expect.stringContaining("re-pair") });
    await until(() => !r.fake.browsers[0]!.connected, "browser closed");
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(r.fake.browsers).toHaveLength(1);
    expect(existsSync(join(sessionDir, "Local State"))).toBe(false);
    expect(r.adapter.health().state).toBe("logged-out: re-pair needed");
  });

  it("re-pairs after a LOGOUT from the admin route: a fresh client shows a new QR", async () => {
    const r = await connectedRig({ logoutSettleMs: 300 });
    const refused = await r.context.http.inject({ method: "POST", url: "/admin/whatsapp/repair", remoteAddress: "127.0.0.1" });
    expect(refused.statusCode).toBe(409);
    r.fake.logoutFromPhone();
    await until(() => r.adapter.health().state === "logged-out: re-pair needed", "logged out");
    const remote = await r.context.http.inject({ method: "POST", url: "/admin/whatsapp/repair", remoteAddress: "203.0.113.9" });
    expect(remote.statusCode).toBe(403);
    const res = await r.context.http.inject({ method: "POST", url: "/admin/whatsapp/repair", remoteAddress: "127.0.0.1" });
    expect(res.statusCode).toBe(202);
    await until(() => r.fake.browsers.length === 2, "a fresh browser");
    await until(() => r.adapter.health().state === "qr-needed", "asks to pair again");
  });

  it("restarts a session that went silent and is not CONNECTED", async () => {
    const r = await connectedRig({ watchdogMs: 300, watchdogCheckMs: 50 });
    // The socket silently leaves CONNECTED (no event reaches the client).
    (r.fake.page!.window.require as (m: string) => { Socket: { state: string } })("WAWebSocketModel").Socket.state = "TIMEOUT";
    await until(() => r.fake.browsers.length === 2 && r.adapter.health().connected, "restarted by the watchdog");
  });

  it("leaves a silent but CONNECTED session alone", async () => {
    const r = await connectedRig({ watchdogMs: 200, watchdogCheckMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(r.fake.browsers).toHaveLength(1);
    expect(r.adapter.health().connected).toBe(true);
  });
});
