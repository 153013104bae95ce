// The Request class a client hands openapi-fetch (`createClient({ Request: ApiRequest })`), so
// that the authenticated fetch can send the very request openapi-fetch built: it knows whether
// the caller gave a signal (listening to a request's own signal costs every call) and keeps the
// serialized body (a string for JSON) for retries and the 401 replay, without reading a stream.
// It never takes a signal of ours: undici's Request follows a given signal through a WeakRef
// and a FinalizationRegistry, four times the cost of the Request itself. The attempt's signal
// goes to fetch as `init.signal` instead, where a real fetch follows one signal anyway.

/** The caller's own signal, if any: it aborts every attempt. */
export const CALLER_SIGNAL = Symbol('apiclients.callerSignal');
/** The body as given, when it can be sent again as is; `null` when there is none. */
export const BODY = Symbol('apiclients.body');
/** The operation's path template (`/v1/calls/{id}`), for events and logs. */
export const TEMPLATE = Symbol('apiclients.template');

/**
 * Handed over by the client's call wrapper (`guardCalls`) just before openapi-fetch builds the
 * request, which it does synchronously: the template reaches the request with no allocation.
 */
export const handover: { template?: string | undefined } = {};

/** Bodies that can be handed to `new Request` twice and send the same bytes. */
const reusable = (body: unknown) =>
  body == null ||
  typeof body === 'string' ||
  body instanceof ArrayBuffer ||
  ArrayBuffer.isView(body) ||
  body instanceof Blob ||
  body instanceof URLSearchParams ||
  body instanceof FormData;

export class ApiRequest extends Request {
  declare readonly [CALLER_SIGNAL]: AbortSignal | undefined;
  declare readonly [BODY]: BodyInit | null | undefined;
  declare readonly [TEMPLATE]: string | undefined;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    this[CALLER_SIGNAL as never] = (init?.signal ?? undefined) as never;
    this[TEMPLATE as never] = handover.template as never;
    // undefined: a body that cannot be resent as is (a stream): the fetch buffers it instead.
    const body = init?.body;
    this[BODY as never] = (reusable(body) ? (body ?? null) : undefined) as never;
  }
}
