import { interopDefault } from '@apiclients/auth-session/kit';
import openapiFetch from 'openapi-fetch';

/** openapi-fetch's `createClient`, as much in our CJS build as in our ESM one. */
export const createClient = interopDefault(openapiFetch);
