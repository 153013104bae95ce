/** A request may be sent twice if its method is idempotent or it carries an idempotency key. */
export const mayRepeat = ({ method, headers }: Request) =>
  /^(GET|HEAD|OPTIONS|PUT|DELETE)$/.test(method) ||
  headers.has('idempotency-key') ||
  headers.has('x-idempotency-key');

/** Statuses worth another attempt: the server says "not now", not "no". */
export const isRetriedStatus = (status: number) => [408, 429, 500, 502, 503, 504].includes(status);
