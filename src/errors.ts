/** Base of every error the relay raises on purpose; `code` is stable for logs and metrics. */
export class RelayError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Configuration that cannot run: names every bad key. */
export class ConfigError extends RelayError {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`, "config_invalid");
  }
}

/** Input that can never be processed (malformed payload, too large, wrong schema). Not retried. */
export class InvalidInputError extends RelayError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "invalid_input", options);
  }
}

/** Base for failures talking to a platform; adapters map platform errors onto the subclasses. */
export class PlatformError extends RelayError {
  constructor(
    message: string,
    code: string,
    readonly platform: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(message, code, options);
    this.status = options?.status;
  }
  readonly status: number | undefined;
}

/** The platform asked us to slow down; retry after `retryAfterMs`. */
export class PlatformRateLimitError extends PlatformError {
  constructor(platform: string, readonly retryAfterMs: number, options?: { cause?: unknown }) {
    super(`${platform} rate limit: retry after ${retryAfterMs} ms`, "platform_rate_limited", platform, { ...options, status: 429 });
  }
}

/** The platform rejected our credentials: never retried. */
export class PlatformAuthError extends PlatformError {
  constructor(platform: string, message: string, options?: { cause?: unknown }) {
    super(message, "platform_auth", platform, { ...options, status: 401 });
  }
}

/** We may not do this (blocked by the user, missing permission): recorded, never retried. */
export class PlatformPermissionError extends PlatformError {
  constructor(platform: string, message: string, options?: { cause?: unknown }) {
    super(message, "platform_forbidden", platform, { ...options, status: 403 });
  }
}

/** The platform says the request itself is wrong: never retried. */
export class PlatformInvalidRequestError extends PlatformError {
  constructor(platform: string, message: string, options?: { cause?: unknown; status?: number }) {
    super(message, "platform_invalid_request", platform, { status: 400, ...options });
  }
}

/** The network or the platform failed transiently: retried with backoff. */
export class PlatformNetworkError extends PlatformError {
  constructor(platform: string, message: string, options?: { cause?: unknown; status?: number }) {
    super(message, "platform_network", platform, options);
  }
}

/** True when an error must not be retried by a queue. */
export function isPermanent(error: unknown): boolean {
  return (
    error instanceof InvalidInputError ||
    error instanceof PlatformAuthError ||
    error instanceof PlatformPermissionError ||
    error instanceof PlatformInvalidRequestError
  );
}
