/**
 * Aborts `controller` when `signal` aborts, and returns the unlink to call once the work settles,
 * so that a long-lived caller signal does not collect one listener per request.
 */
export function followSignal(signal: AbortSignal | undefined, controller: AbortController) {
  const abort = () => controller.abort(signal?.reason);
  if (signal?.aborted) abort();
  else signal?.addEventListener('abort', abort);
  return () => signal?.removeEventListener('abort', abort);
}
