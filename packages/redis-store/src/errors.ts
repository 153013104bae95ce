/**
 * - `REDIS`: the client rejected (connection closed, a Redis error reply…);
 * - `TIMEOUT`: no answer within `timeoutMs`;
 * - `UNREADABLE`: the entry is not a token this store wrote (another `encryptionKey`, an
 *   encrypted entry read without one, or a value that is not a stored token).
 */
export type RedisStoreErrorCode = 'REDIS' | 'TIMEOUT' | 'UNREADABLE';

/** The store method that failed (`lease`: `withLease`, before it called `issue`). */
export type RedisStoreOperation = 'get' | 'set' | 'delete' | 'lease' | 'acquireSlot';

const NAME = /^[A-Z][A-Za-z]{0,39}$/;
const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/**
 * What a store method throws. Its message says which operation failed and, for a client error,
 * that error's class name and system code (`ECONNREFUSED`): never its message, which may quote
 * the command (ioredis keeps the arguments of a failed command, the stored value among them).
 */
export class RedisStoreError extends Error {
  override readonly name = 'RedisStoreError';
  readonly operation: RedisStoreOperation;
  readonly code: RedisStoreErrorCode;

  constructor(operation: RedisStoreOperation, code: RedisStoreErrorCode, from?: unknown) {
    let detail = '';
    if (from != null && typeof from === 'object') {
      const { name, code: own } = from as { name?: unknown; code?: unknown };
      detail = [
        typeof name === 'string' && NAME.test(name) ? name : 'Error',
        typeof own === 'string' && own.length <= 40 && CODE.test(own) ? own : '',
      ]
        .join(' ')
        .trim();
    }
    super(
      `Redis store ${operation} failed: ${code}${detail ? ` (${detail}; message withheld)` : ''}`,
    );
    this.operation = operation;
    this.code = code;
  }
}
