import { EventEmitter } from "node:events";
import { webcrypto } from "node:crypto";
import vm from "node:vm";

/** What a loaded fake WhatsApp Web document puts on `window` (its module system and globals). */
export type PageInstaller = (window: Record<string, unknown>, page: FakePage) => void;

/** Minimal FileReader for the library's `arrayBufferToBase64Async` (Node has Blob but no FileReader). */
class FakeFileReader {
  result: string | null = null;
  onload: (() => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  readAsDataURL(blob: Blob): void {
    blob.arrayBuffer().then(
      (buf) => {
        this.result = `data:${blob.type};base64,${Buffer.from(buf).toString("base64")}`;
        this.onload?.();
      },
      (e: unknown) => this.onerror?.(e),
    );
  }
}

/**
 * A puppeteer Page stand-in: `evaluate` runs the library's page functions (serialized with toString, arguments and
 * results passed as JSON, as puppeteer does) inside a node:vm context whose `window` is the fake WhatsApp Web.
 */
export class FakePage extends EventEmitter {
  url = "about:blank";
  closed = false;
  private context: vm.Context | undefined;
  private readonly bindings = new Map<string, (...args: unknown[]) => unknown>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly install: PageInstaller) {
    super();
  }

  /** The page's `window` (for the fake server to emit WhatsApp events into). */
  get window(): Record<string, unknown> {
    if (!this.context) throw new Error("fake page: no document loaded");
    return this.context as Record<string, unknown>;
  }

  private load(url: string): void {
    this.clearTimers();
    const timers = this.timers;
    const sandbox: Record<string, unknown> = {
      console,
      Blob,
      FileReader: FakeFileReader,
      AbortController,
      TextEncoder,
      TextDecoder,
      crypto: webcrypto,
      btoa: (s: string) => Buffer.from(s, "binary").toString("base64"),
      atob: (s: string) => Buffer.from(s, "base64").toString("binary"),
      setTimeout: (fn: () => void, ms?: number) => track(setTimeout(fn, ms)),
      setInterval: (fn: () => void, ms?: number) => track(setInterval(fn, ms)),
      clearTimeout: (t: NodeJS.Timeout) => clearTimeout(t),
      clearInterval: (t: NodeJS.Timeout) => clearInterval(t),
    };
    function track(t: NodeJS.Timeout): NodeJS.Timeout {
      timers.add(t);
      t.unref();
      return t;
    }
    sandbox.window = sandbox;
    this.context = vm.createContext(sandbox);
    this.url = url;
    // puppeteer re-installs exposed functions in every new document.
    for (const [name, fn] of this.bindings) this.bind(name, fn);
    this.install(sandbox, this);
  }

  private bind(name: string, fn: (...args: unknown[]) => unknown): void {
    this.window[name] = (...args: unknown[]) => Promise.resolve().then(() => fn(...(JSON.parse(JSON.stringify(args)) as unknown[])));
  }

  private clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private alive(): void {
    if (this.closed) throw new Error("Protocol error: Target closed");
  }

  async setUserAgent(_ua: string): Promise<void> {}
  async setBypassCSP(_on: boolean): Promise<void> {}
  async evaluateOnNewDocument(_fn: unknown): Promise<void> {}
  async setRequestInterception(_on: boolean): Promise<void> {}

  async goto(url: string): Promise<null> {
    this.alive();
    this.load(url);
    return null;
  }

  /** Loads a new document (e.g. after a logout) and fires `framenavigated` like Chromium. */
  navigate(url: string): void {
    this.load(url);
    this.emit("framenavigated", { url: () => url });
  }

  async waitForNavigation(options: { timeout?: number } = {}): Promise<null> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("Navigation timeout")), options.timeout ?? 30_000);
      this.once("framenavigated", () => {
        clearTimeout(timer);
        resolve(null);
      });
    });
  }

  async exposeFunction(name: string, fn: (...args: unknown[]) => unknown): Promise<void> {
    this.alive();
    this.bindings.set(name, fn);
    this.bind(name, fn);
  }

  async evaluate(fn: string | ((...args: never[]) => unknown), ...args: unknown[]): Promise<unknown> {
    this.alive();
    const source = typeof fn === "string" ? `(${fn})` : `(${fn.toString()})(...JSON.parse(__args))`;
    const context = this.context!;
    context.__args = JSON.stringify(args);
    const result: unknown = await vm.runInContext(`Promise.resolve(${source}).then((v) => v === undefined ? undefined : JSON.stringify(v))`, context);
    this.alive();
    return typeof result === "string" ? JSON.parse(result) : undefined;
  }

  close(): void {
    this.closed = true;
    this.clearTimers();
  }
}

/** A puppeteer Browser stand-in holding one fake page. */
export class FakeBrowser {
  connected = true;
  readonly page: FakePage;
  constructor(install: PageInstaller, readonly launchOptions: Record<string, unknown>) {
    this.page = new FakePage(install);
  }
  async pages(): Promise<FakePage[]> {
    return [this.page];
  }
  async newPage(): Promise<FakePage> {
    return this.page;
  }
  isConnected(): boolean {
    return this.connected;
  }
  async close(): Promise<void> {
    this.connected = false;
    this.page.close();
  }
}
