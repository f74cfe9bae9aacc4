import type { ChannelAdapter, ChannelContext } from "../src/channel.js";
import { MODE_SETTINGS, type Config } from "../src/config.js";
import type { ChannelName } from "../src/message.js";
import { createApiAdapter } from "./api/index.js";
import { createDiscordAdapter, defaultCommands as defaultDiscordCommands } from "./discord/index.js";
import { createTelegramAdapter } from "./telegram/index.js";
import { createWebAdapter } from "./web/index.js";
import { createWhatsAppAdapter } from "./whatsapp/index.js";

/** A chat command as the platform menus list it. */
export interface MenuCommand {
  name: string;
  description: string;
}

/** The factory of a built-in channel from the configuration, or undefined when that channel is not configured. */
export function builtInChannel(name: ChannelName, config: Readonly<Config>, commands: MenuCommand[]): ((context: ChannelContext) => ChannelAdapter) | undefined {
  switch (name) {
    case "web":
      return (context) => createWebAdapter({ context });
    case "api":
      return (context) => createApiAdapter({ context });
    case "telegram": {
      const t = config.telegram;
      if (!t) return undefined;
      return (context) =>
        createTelegramAdapter({
          token: t.token,
          apiRoot: t.apiRoot,
          webhookUrl: t.webhookUrl,
          webhookSecret: t.webhookSecret,
          streamIntervalMs: t.streamIntervalMs,
          maxFileBytes: t.maxFileBytes,
          commands,
          context,
        });
    }
    case "discord": {
      const d = config.discord;
      if (!d) return undefined;
      return (context) =>
        createDiscordAdapter({
          token: d.token,
          apiBase: d.apiBase,
          guildId: d.guildId,
          shards: d.shards,
          streamIntervalMs: d.streamIntervalMs,
          maxFileBytes: d.maxFileBytes,
          commands: defaultDiscordCommands(MODE_SETTINGS),
          context,
        });
    }
    case "whatsapp":
      return (context) =>
        createWhatsAppAdapter({
          chromiumPath: config.whatsapp.chromiumPath,
          dataDir: config.dataDir,
          context,
          pairingPhoneNumber: config.whatsapp.pairingNumber,
          adminToken: config.adminToken,
          watchdogMs: config.whatsapp.watchdogMs,
          workingNoteMs: config.whatsapp.workingNoteMs,
          maxFileBytes: config.whatsapp.maxFileBytes,
        });
    default:
      return undefined;
  }
}

