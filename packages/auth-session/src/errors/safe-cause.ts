// A class name (TypeError, AbortError…) and a system error code (ECONNREFUSED, UND_ERR_SOCKET,
// ERR_TLS_CERT_ALTNAME_INVALID…): the shapes that say what went wrong without saying with what.
const NAME = /^[A-Z][A-Za-z]{0,39}$/;
const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

// Our own errors are built from codes only, so they pass through whole.
const ours = new WeakSet<object>();
export const markSafe = (error: Error) => {
  ours.add(error);
};

/**
 * What of a foreign error may travel as a `cause`: the class names and system error codes along
 * its cause chain, e.g. `TypeError ← Error ECONNREFUSED`, and the first code as `code`. Never a
 * message, a stack or any other property: a user's fetch, an instrumentation layer or undici
 * with some inputs quote the request in their messages, and the request carries the secret.
 */
export function safeCause(error: unknown): unknown {
  if (ours.has(error as object)) return error;
  const parts: string[] = [];
  let code: string | undefined;
  let link = error;
  try {
    for (let depth = 0; depth < 5 && link != null; depth++) {
      if (typeof link !== 'object' && typeof link !== 'function') {
        parts.push(typeof link);
        break;
      }
      const { name, code: own } = link as { name?: unknown; code?: unknown };
      const safeCode = typeof own === 'string' && own.length <= 40 && CODE.test(own) ? own : '';
      code ??= safeCode || undefined;
      parts.push(
        [typeof name === 'string' && NAME.test(name) ? name : 'Error', safeCode].join(' ').trim(),
      );
      link = (link as { cause?: unknown }).cause;
    }
  } catch {
    // A hostile getter or proxy: what was read so far is all there is.
  }
  const summary = new Error(
    `${parts.join(' ← ') || 'Error'} (message withheld: it may quote the request)`,
  );
  if (code) Object.assign(summary, { code });
  return summary;
}
