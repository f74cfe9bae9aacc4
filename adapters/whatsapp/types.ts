/** Connection states shown by health(): `logged-out` and `failed` are final until an operator acts. */
export type WhatsAppState = "starting" | "qr-needed" | "connected" | "reconnecting" | "logged-out" | "failed" | "stopped";

/** Direct chats: phone-number ids (`@c.us`) and privacy ids (`@lid`). */
export function isDirectChat(chatId: string): boolean {
  return chatId.endsWith("@c.us") || chatId.endsWith("@lid");
}

/** Group chats (`@g.us`). */
export function isGroupChat(chatId: string): boolean {
  return chatId.endsWith("@g.us");
}

/** The relay's conversation id of a WhatsApp chat. */
export function conversationIdOf(chatId: string): string {
  return `whatsapp:${chatId}`;
}

/** Route keys the adapter writes into InboundMessage.route and reads back from OutboundMessage.route. */
export const ROUTE = { quoteId: "quoteId", chatType: "chatType" } as const;

/** Puppeteer arguments for a headless server (no sandbox: Chromium often runs as root in containers). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
] as const;
