/** One received Server-Sent Event. */
export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

/** A test SSE client over fetch, collecting every event. */
export interface SseClient {
  events: SseEvent[];
  /** Resolves with the first events matching `predicate` once `count` of them arrived. */
  waitFor(predicate: (e: SseEvent) => boolean, count?: number, timeoutMs?: number): Promise<SseEvent[]>;
  close(): void;
}

/** Opens an SSE stream and resolves once the server sent its first bytes. */
export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`SSE ${url} answered ${response.status}`);
  const events: SseEvent[] = [];
  const waiters = new Set<() => void>();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let sep: number;
        while ((sep = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, sep);
          buffer = buffer.slice(sep + 2);
          const event: SseEvent = { event: "message", data: "" };
          const data: string[] = [];
          for (const line of block.split("\n")) {
            if (line.startsWith(":")) continue;
            const [field, ...rest] = line.split(":");
            const val = rest.join(":").replace(/^ /, "");
            if (field === "event") event.event = val;
            else if (field === "data") data.push(val);
            else if (field === "id") event.id = val;
          }
          if (data.length === 0 && event.event === "message") continue;
          event.data = data.join("\n");
          events.push(event);
          for (const w of waiters) w();
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    events,
    waitFor(predicate, count = 1, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hits = events.filter(predicate);
          if (hits.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(hits);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${count} SSE event(s); got ${JSON.stringify(events.map((e) => e.event + ":" + e.data.slice(0, 80)))}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => controller.abort(),
  };
}
