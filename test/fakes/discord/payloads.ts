/** Raw Discord API payload builders for the fake (snake_case, as Discord sends them). */

const DISCORD_EPOCH = 1_420_070_400_000n;
let counter = 0n;

/** A fresh snowflake id (time-ordered like Discord's). */
export function snowflake(): string {
  counter = (counter + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | counter).toString();
}

/** A raw user object. */
export function userPayload(id: string, username: string, bot = false): Record<string, unknown> {
  return { id, username, discriminator: "0", global_name: username, avatar: null, bot, public_flags: 0 };
}

/** Ids and names of the fake's world. */
export interface FakeWorld {
  botId: string;
  botName: string;
  applicationId: string;
  guildId: string;
  textChannelId: string;
  threadId: string;
  dmChannelId: string;
  userId: string;
  otherBotId: string;
}

/** A default world with fixed ids. */
export function defaultWorld(): FakeWorld {
  return {
    botId: "900000000000000001",
    botName: "spark",
    applicationId: "900000000000000001",
    guildId: "910000000000000001",
    textChannelId: "920000000000000001",
    threadId: "920000000000000002",
    dmChannelId: "920000000000000003",
    userId: "930000000000000001",
    otherBotId: "930000000000000002",
  };
}

/** The READY dispatch body. */
export function readyPayload(world: FakeWorld, sessionId: string, resumeUrl: string, shard: [number, number]): Record<string, unknown> {
  return {
    v: 10,
    user: { ...userPayload(world.botId, world.botName, true), verified: true, mfa_enabled: false, flags: 0 },
    guilds: [{ id: world.guildId, unavailable: true }],
    session_id: sessionId,
    session_type: "normal",
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: world.applicationId, flags: 0 },
    private_channels: [],
    relationships: [],
    presences: [],
    guild_join_requests: [],
    user_settings: {},
    geo_ordered_rtc_regions: [],
  };
}

/** The GUILD_CREATE dispatch body: one text channel and one public thread in it. */
export function guildPayload(world: FakeWorld): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    id: world.guildId,
    name: "Test Guild",
    icon: null,
    owner_id: world.userId,
    unavailable: false,
    member_count: 3,
    large: false,
    joined_at: now,
    features: [],
    roles: [{ id: world.guildId, name: "@everyone", permissions: "1071698660929", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    members: [{ user: userPayload(world.botId, world.botName, true), roles: [], joined_at: now, deaf: false, mute: false, flags: 0 }],
    channels: [{ id: world.textChannelId, type: 0, guild_id: world.guildId, name: "general", position: 0, permission_overwrites: [], parent_id: null, nsfw: false }],
    threads: [
      {
        id: world.threadId,
        type: 11,
        guild_id: world.guildId,
        parent_id: world.textChannelId,
        owner_id: world.userId,
        name: "a thread",
        message_count: 1,
        member_count: 2,
        thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: now, locked: false },
      },
    ],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    preferred_locale: "en-US",
    system_channel_id: null,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    premium_tier: 0,
    nsfw_level: 0,
    application_id: null,
  };
}

/** A raw DM channel object (what GET /channels/{id} returns for a DM). */
export function dmChannelPayload(world: FakeWorld): Record<string, unknown> {
  return { id: world.dmChannelId, type: 1, last_message_id: null, recipients: [userPayload(world.userId, "alice")] };
}

/** Options for a MESSAGE_CREATE body. */
export interface MessageOptions {
  channelId: string;
  guildId?: string;
  content: string;
  author?: Record<string, unknown>;
  mentions?: Array<Record<string, unknown>>;
  referencedMessage?: Record<string, unknown>;
  attachments?: Array<Record<string, unknown>>;
  /** Set for DMs (1), as the real gateway does. */
  channelType?: number;
  id?: string;
}

/** A raw message object, as MESSAGE_CREATE carries it. */
export function messagePayload(world: FakeWorld, o: MessageOptions): Record<string, unknown> {
  const author = o.author ?? userPayload(world.userId, "alice");
  const body: Record<string, unknown> = {
    id: o.id ?? snowflake(),
    type: o.referencedMessage ? 19 : 0,
    channel_id: o.channelId,
    author,
    content: o.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: o.mentions ?? [],
    mention_roles: [],
    attachments: o.attachments ?? [],
    embeds: [],
    pinned: false,
    flags: 0,
    components: [],
  };
  if (o.guildId) {
    body.guild_id = o.guildId;
    body.member = { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 };
  }
  if (o.channelType !== undefined) body.channel_type = o.channelType;
  if (o.referencedMessage) {
    body.referenced_message = o.referencedMessage;
    body.message_reference = { type: 0, message_id: o.referencedMessage.id, channel_id: o.channelId, guild_id: o.guildId };
  }
  return body;
}

/** A raw application command interaction (type 2) in the guild's text channel. */
export function commandInteractionPayload(
  world: FakeWorld,
  name: string,
  options: Array<{ name: string; value: string }>,
  token: string,
): Record<string, unknown> {
  return {
    id: snowflake(),
    application_id: world.applicationId,
    type: 2,
    token,
    version: 1,
    guild_id: world.guildId,
    channel_id: world.textChannelId,
    channel: { id: world.textChannelId, type: 0, guild_id: world.guildId, name: "general" },
    member: { user: userPayload(world.userId, "alice"), roles: [], permissions: "1071698660929", joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    data: { id: snowflake(), name, type: 1, options: options.map((o) => ({ name: o.name, type: 3, value: o.value })) },
    app_permissions: "1071698660929",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": world.guildId },
    context: 0,
    attachment_size_limit: 10485760,
  };
}

/** Options for a MESSAGE_REACTION_ADD body. */
export interface ReactionOptions {
  channelId: string;
  messageId: string;
  /** The unicode emoji, or a custom emoji's name (with `emojiId`). */
  emoji: string;
  emojiId?: string;
  guildId?: string;
  userId?: string;
  messageAuthorId?: string;
}

/** A raw MESSAGE_REACTION_ADD body (guild reactions carry the member). */
export function reactionAddPayload(world: FakeWorld, o: ReactionOptions): Record<string, unknown> {
  const userId = o.userId ?? world.userId;
  const body: Record<string, unknown> = {
    user_id: userId,
    channel_id: o.channelId,
    message_id: o.messageId,
    emoji: { id: o.emojiId ?? null, name: o.emoji },
    message_author_id: o.messageAuthorId ?? world.botId,
    burst: false,
    burst_colors: [],
    type: 0,
  };
  if (o.guildId) {
    body.guild_id = o.guildId;
    body.member = { user: userPayload(userId, "alice"), roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 };
  }
  return body;
}
