import { requestIdOf } from './request-id.js';

// Kept off the instance: `util.inspect(error)` and `JSON.stringify(error)` must not show a body
// that a hostile or careless server made echo the request (and its credentials). Read through
// the getters below, which neither walks.
const bodies = new WeakMap<ResponseError, { error: unknown; response: Response }>();

/**
 * The API answered with an error status where a call's result cannot carry it (paging): the
 * status, the provider's request id when it sends one, and, through getters, the typed error
 * body and the response itself. The message never quotes the body.
 */
export class ResponseError<Body = unknown> extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return '@@apiclients/ResponseError' in Object(value);
  }
  get '@@apiclients/ResponseError'(): true {
    return true;
  }
  override readonly name = 'ResponseError';
  readonly status: number;
  /** `X-Request-Id` (or `Request-Id`) of the response: what a provider's support asks for. */
  readonly requestId?: string;

  constructor(response: Response, error: unknown, what: string) {
    const requestId = requestIdOf(response);
    super(`${what}: HTTP ${response.status}${requestId ? ` (request id ${requestId})` : ''}`);
    this.status = response.status;
    if (requestId) this.requestId = requestId;
    bodies.set(this, { error, response });
  }

  /** The error body, parsed and typed from the spec's error responses. */
  get error(): Body {
    return bodies.get(this)?.error as Body;
  }

  get response(): Response {
    return bodies.get(this)?.response as Response;
  }
}
