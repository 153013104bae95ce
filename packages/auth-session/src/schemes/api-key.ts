import { check, requireCredential } from '../options/validate.js';
import { assertNotInBrowser } from '../provider/browser-guard.js';
import { sessionKey } from '../provider/session-key.js';
import { headerCredential, queryCredential } from '../security/credential.js';
import type { SchemeHandler } from './types.js';

// RFC 6265 cookie-octets: no whitespace, DQUOTE, comma, semicolon or backslash.
const COOKIE_VALUE = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/;

/**
 * `apiKey`: `options.apiKey` where the scheme puts it: a header, a query parameter, or a cookie
 * (a `Cookie: name=value` header: server runtimes only, a browser's fetch drops it).
 */
export const apiKey: SchemeHandler = {
  options: ['apiKey'],
  credential(context, scheme) {
    const { caller, options } = context;
    if (options.apiKey === undefined) return undefined;
    const where = scheme.in;
    const key = requireCredential(caller, 'apiKey', options.apiKey, where !== 'query');
    if (where === 'cookie') {
      check(caller, 'apiKey', COOKIE_VALUE.test(key), 'must be a valid cookie value (RFC 6265)');
    }
    assertNotInBrowser(caller, 'apiKey', options.dangerouslyAllowBrowser as boolean);
    // One account, one rate-limit count, whichever client holds the key: its fingerprint.
    context.account ??= sessionKey({
      provider: context.provider,
      baseUrl: context.baseUrl,
      secretIdentity: key,
    });
    const name = scheme.name as string;
    return where === 'query'
      ? queryCredential(name, key)
      : where === 'cookie'
        ? headerCredential('Cookie', `${name}=${key}`)
        : headerCredential(name, key);
  },
};
