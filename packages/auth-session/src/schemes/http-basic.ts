import { requireCredential } from '../options/validate.js';
import { assertNotInBrowser } from '../provider/browser-guard.js';
import { basicCredential } from '../security/credential.js';
import { given, type SchemeHandler } from './types.js';

/**
 * Reads `clientId` + `clientSecret` (both, or the first missing one is named), as a pair that
 * RFC 7617 Basic auth can carry: base64-encoded, so any character travels, but no control
 * characters, and no colon in the user id (it would split the pair).
 */
export function readClientPair(caller: string, options: Readonly<Record<string, unknown>>) {
  const clientId = requireCredential(caller, 'clientId', options.clientId);
  const clientSecret = requireCredential(caller, 'clientSecret', options.clientSecret);
  assertNotInBrowser(caller, 'clientSecret', options.dangerouslyAllowBrowser as boolean);
  return { clientId, clientSecret };
}

/** `http basic`: `Authorization: Basic base64(utf8(clientId:clientSecret))` on every request. */
export const httpBasic: SchemeHandler = {
  options: ['clientId', 'clientSecret'],
  credential({ caller, options }) {
    if (!given(options, ['clientId', 'clientSecret'])) return undefined;
    const { clientId, clientSecret } = readClientPair(caller, options);
    if (clientId.includes(':')) {
      throw new TypeError(`${caller}: options.clientId must not contain ":" (RFC 7617 Basic auth)`);
    }
    return basicCredential(clientId, clientSecret);
  },
};
