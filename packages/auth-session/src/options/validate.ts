// Construction-time checks shared by the clients: a bad option fails at once, naming the option,
// never at the first request. Messages never echo a value, since the value may be a secret.

/** Throws `<caller>: options.<name> <must>` unless `ok`; an empty `name` means the options object. */
export function check(caller: string, name: string, ok: unknown, must: string): void {
  if (!ok) throw new TypeError(`${caller}: options${name && `.${name}`} ${must}`);
}

export function assertOptionsObject(caller: string, options: unknown): asserts options is object {
  check(caller, '', typeof options === 'object' && options, 'must be an object');
}

export function requireNonEmptyString(caller: string, name: string, value: unknown): string {
  check(caller, name, typeof value === 'string', 'is required and must be a string');
  check(caller, name, (value as string).trim(), 'must not be empty');
  return value as string;
}

/** `value` when it is a function, or undefined and `optional`. */
export function requireFunction<T>(caller: string, name: string, value: T, optional?: boolean): T {
  check(
    caller,
    name,
    typeof value === 'function' || (optional && value === undefined),
    'must be a function',
  );
  return value;
}

/** An absolute http(s) URL, without a trailing slash. */
export function resolveBaseUrl(caller: string, value: unknown, fallback?: string): string {
  const given = value ?? fallback;
  check(caller, 'baseUrl', given !== undefined, 'is required');
  let url: URL | undefined;
  try {
    url = new URL(typeof given === 'string' ? given : '');
  } catch {}
  check(
    caller,
    'baseUrl',
    /^https?:$/.test(url?.protocol as string),
    'must be an absolute http(s) URL such as "https://api.example.com"',
  );
  check(
    caller,
    'baseUrl',
    !(url?.username || url?.password),
    'must not carry credentials; pass them as options',
  );
  return (url as URL).href.replace(/\/+$/, '');
}
