import { createDiscordAdapter, type DiscordAdapterOptions } from "../../adapters/discord/index.js";
import type { ChannelAdapter } from "../../src/channel.js";
import { startFakeDiscord, type FakeDiscord } from "../fakes/discord/server.js";
import { startHarness, type Harness } from "../helpers/harness.js";

/** A token-shaped string that is no real token. */
export const DISCORD_TEST_TOKEN = "123456.TEST-token-not-real";

/** The whole relay with the Discord channel against the fake REST + gateway. */
export interface DiscordRig {
  fake: FakeDiscord;
  h: Harness;
  adapter(): ChannelAdapter;
  stop(): Promise<void>;
}

/** Starts the fake Discord and the relay with a Discord adapter built with `adapterOptions`. */
export async function startDiscordRig(adapterOptions: (fake: FakeDiscord) => Partial<DiscordAdapterOptions> = () => ({})): Promise<DiscordRig> {
  const fake = await startFakeDiscord({ token: DISCORD_TEST_TOKEN, heartbeatIntervalMs: 1000 });
  let adapter: ChannelAdapter | undefined;
  const h = await startHarness({
    env: { DISCORD_BOT_TOKEN: DISCORD_TEST_TOKEN, DISCORD_API_BASE: fake.apiBase, DEBOUNCE_MS_DISCORD: "0" },
    overrides: {
      channels: {
        discord: (context) => (adapter = createDiscordAdapter({ token: DISCORD_TEST_TOKEN, apiBase: fake.apiBase, context, ...adapterOptions(fake) })),
      },
    },
  });
  return {
    fake,
    h,
    adapter: () => adapter!,
    async stop() {
      await h.stop();
      await fake.close();
    },
  };
}
