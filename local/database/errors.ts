/** Error bodies as CloudBase sends them; wx-server-sdk turns `code`/`message` into the thrown error. */
export class CloudBaseError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const collectionMissing = (name: string) =>
  new CloudBaseError(
    'DATABASE_COLLECTION_NOT_EXIST',
    `Db or Table not exist: ${name}. Please check your request, but if the problem persists, contact us.`,
  );

export const transactionConflict = () =>
  new CloudBaseError(
    'DATABASE_TRANSACTION_CONFLICT',
    '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.',
  );

export const transactionNotFound = () =>
  new CloudBaseError(
    'DATABASE_TRANSACTION_FAIL',
    '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.',
  );

export const invalidParam = (message: string) => new CloudBaseError('INVALID_PARAM', message);

/**
 * CloudBase documents no code of its own for a document over the BSON limit: the write fails in
 * its MongoDB, which the SDK reports as a failed database request (-502001), here with MongoDB's
 * own message for the insert or update path.
 */
export const documentTooLarge = (write: 'insert' | 'update', size: number, limit: number) =>
  new CloudBaseError(
    'DATABASE_REQUEST_FAILED',
    write === 'insert'
      ? `object to insert too large. size in bytes: ${size}, max size: ${limit}`
      : `Resulting document after update is larger than ${limit}`,
  );

/** MongoDB refuses a top-level field name starting with `$`; CloudBase reports it as a failed request. */
export const dollarFieldName = (name: string) =>
  new CloudBaseError('DATABASE_REQUEST_FAILED', `Document can't have $ prefixed field names: ${name}`);

/**
 * What the server answers for a query, update or pipeline its database cannot run (an operator
 * it does not know, arguments of the wrong shape): a failed request naming the problem, never a 500.
 */
export const requestFailed = (error: unknown, storage = false) =>
  new CloudBaseError(
    storage ? 'STORAGE_REQUEST_FAIL' : 'DATABASE_REQUEST_FAILED',
    error instanceof Error ? error.message : String(error),
  );
