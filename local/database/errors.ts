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
    'Transaction is conflicted, maybe another transaction is writing the same document.',
  );

export const transactionNotFound = () =>
  new CloudBaseError(
    'DATABASE_TRANSACTION_FAIL',
    'Transaction does not exist, it may have been committed, aborted or timed out.',
  );

export const invalidParam = (message: string) => new CloudBaseError('INVALID_PARAM', message);
