import { exchangeToken } from '@apiclients/auth-session/kit';
import type { Client } from 'openapi-fetch';
import { securitySchemes, tokenExchange } from './generated/operations.js';
import type { paths } from './generated/schema.js';

/** A permission a Volubile Bearer token can carry. */
export type Scope = (typeof tokenExchange.scopeValues)[number];

const SCOPES: readonly string[] = tokenExchange.scopeValues;

export const PROVIDER = 'Volubile';
const API_KEY_HEADER = securitySchemes['Api key'].name;

/** Every scope must be one the spec lists; at least one. Names the option, never echoes a key. */
export function checkScopes(caller: string, scopes: unknown): Scope[] {
  if (!Array.isArray(scopes) || scopes.length === 0) {
    throw new TypeError(`${caller}: options.scopes must be a non-empty array of scopes`);
  }
  for (const scope of scopes) {
    if (!SCOPES.includes(scope as string)) {
      throw new TypeError(
        `${caller}: options.scopes has an unknown scope ${JSON.stringify(String(scope))}; known: ${SCOPES.join(', ')}`,
      );
    }
  }
  return [...new Set(scopes as Scope[])].sort();
}

// A 400 names the fields the API rejected; their rejected values stay out of the message.
function explain(status: number, body: unknown): string | undefined {
  if (status === 403) return 'a Bearer token cannot mint another token; mint with the API key';
  if (status === 401) return 'missing or invalid API key';
  if (status !== 400 || typeof body !== 'object' || body === null) return undefined;
  const errors = (body as { errors?: unknown }).errors;
  const fields = Array.isArray(errors)
    ? errors.flatMap((error) => (typeof error?.field === 'string' ? [error.field] : []))
    : [];
  return fields.length > 0 ? `rejected ${[...new Set(fields)].join(', ')}` : undefined;
}

export interface IssuedVolubileToken {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly tokenType: string;
}

/** One `POST /v1/auth/token` with the API key (never a Bearer), as the spec's x-token-exchange says. */
export async function mintToken(
  client: Client<paths>,
  apiKey: string,
  scopes: readonly Scope[],
  signal: AbortSignal,
  timeoutMs: number,
): Promise<IssuedVolubileToken> {
  const { accessToken, expiresIn, tokenType } = await exchangeToken(
    tokenExchange,
    client,
    { scopes: [...scopes] },
    { provider: PROVIDER, signal, timeoutMs, explain, headers: { [API_KEY_HEADER]: apiKey } },
  );
  // The exchange requires expiresIn (its `required`), so it is always there.
  return { accessToken, expiresIn: expiresIn as number, tokenType: tokenType ?? 'Bearer' };
}
