// Construction-time checks shared by the clients: a bad option fails at once, naming the option,
// never at the first request. Messages never echo a value, since the value may be a secret.

export function assertOptionsObject(caller: string, options: unknown): asserts options is object {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${caller}: options must be an object`);
  }
}

export function requireNonEmptyString(caller: string, name: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new TypeError(`${caller}: options.${name} is required and must be a string`);
  }
  if (value.trim() === '') throw new TypeError(`${caller}: options.${name} must not be empty`);
  return value;
}

export function requireFunction<T>(caller: string, name: string, value: T): T {
  if (typeof value !== 'function')
    throw new TypeError(`${caller}: options.${name} must be a function`);
  return value;
}

/** An absolute http(s) URL, without a trailing slash. */
export function resolveBaseUrl(caller: string, value: unknown, fallback?: string): string {
  const given = value ?? fallback;
  if (given === undefined) throw new TypeError(`${caller}: options.baseUrl is required`);
  let url: URL | undefined;
  if (typeof given === 'string') {
    try {
      url = new URL(given);
    } catch {
      url = undefined;
    }
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError(
      `${caller}: options.baseUrl must be an absolute http(s) URL such as "https://api.example.com"`,
    );
  }
  if (url.username || url.password) {
    throw new TypeError(
      `${caller}: options.baseUrl must not carry credentials; pass them as options`,
    );
  }
  return url.href.replace(/\/+$/, '');
}
