import { check, requireCredential } from '../options/validate.js';
import { headerCredential } from '../security/credential.js';
import { tokenProvider } from './token-provider.js';
import { given, type SchemeHandler } from './types.js';

/**
 * `http bearer`, `oauth2` (a flow the client cannot run by itself) and `openIdConnect`: the token
 * comes from the user, as `getToken` (cached, refreshed, asked again after a 401, like any
 * session's) or as a fixed `token`. One `getToken` session serves every scheme it satisfies.
 */
export const bearerToken: SchemeHandler = {
  // The session options as literals: a spread would keep this object (and the session it
  // drags in) in bundles that never use it.
  options: ['getToken', 'identity', 'token', 'refreshWindowMs', 'expiryMarginMs', 'store'],
  credential(context, scheme, name) {
    const { caller, options } = context;
    if (!given(options, ['getToken', 'identity', 'token'])) return undefined;
    if (options.token !== undefined) {
      check(
        caller,
        'token',
        options.getToken === undefined,
        'and options.getToken exclude each other',
      );
      return headerCredential(
        'Authorization',
        `Bearer ${requireCredential(caller, 'token', options.token, true)}`,
      );
    }
    return tokenProvider.credential(context, scheme, name);
  },
};
