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

/** Whether any UTF-16 code unit of `text` passes `test`. */
const anyCode = (text: string, test: (code: number) => boolean) => {
  for (let i = 0; i < text.length; i++) if (test(text.charCodeAt(i))) return true;
  return false;
};
// Control characters (C0, DEL, C1) can never be part of a credential: a trailing newline from a
// file or an environment variable is the usual cause, and sent anyway it changes the credential.
const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);
// What `Headers` refuses: NUL, CR, LF and anything above U+00FF.
const unsendable = (code: number) => code === 0 || code === 10 || code === 13 || code > 0xff;

/**
 * A credential option: a non-empty string without control characters and, when it travels as
 * a header value (`inHeader`), that `Headers` would send unchanged. The value is never echoed.
 */
export function requireCredential(
  caller: string,
  name: string,
  value: unknown,
  inHeader = false,
): string {
  const text = requireNonEmptyString(caller, name, value);
  check(
    caller,
    name,
    !anyCode(text, isControl),
    'must not contain control characters (CR, LF, NUL…): a trailing newline from a file is the usual cause',
  );
  check(
    caller,
    name,
    // …and what it silently trims: surrounding whitespace would change the credential.
    !(inHeader && (anyCode(text, (code) => code > 0xff) || text.trim() !== text)),
    'must be sendable as an HTTP header value: no surrounding whitespace and no character above U+00FF',
  );
  return text;
}

// RFC 9110 token characters: what a header name may be made of.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * `options.headers` as pairs, each a header that `Headers` accepts unchanged. Names the header,
 * never its value: a header may carry a credential.
 */
export function checkHeaders(caller: string, headers: unknown): void {
  if (headers === undefined || headers instanceof Headers) return;
  const must = 'must be a Headers, a record or an array of [name, value] pairs';
  check(caller, 'headers', typeof headers === 'object' && headers, must);
  for (const pair of Array.isArray(headers) ? headers : Object.entries(headers as object)) {
    check(caller, 'headers', Array.isArray(pair) && pair.length === 2, must);
    const [name, value] = pair as [unknown, unknown];
    const shown = typeof name === 'string' && HEADER_NAME.test(name) && `"${name}"`;
    check(caller, 'headers', shown, 'has a header name that is not a valid HTTP token');
    // openapi-fetch takes null (unset) and arrays (repeated) in a record, and stringifies the rest.
    for (const one of [value].flat()) {
      check(
        caller,
        'headers',
        one == null || !anyCode(String(one), unsendable),
        `has a value for ${shown} that is not a valid HTTP header value (CR, LF, NUL, or above U+00FF)`,
      );
    }
  }
}
