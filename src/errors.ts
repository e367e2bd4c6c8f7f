// Errors a user can cause: small named classes that carry their context.
// The CLI prints `message` as one line and exits non-zero; the server maps `status`.

export class UserError extends Error {
  override name = "UserError";
  /** HTTP status when this reaches the API */
  readonly status: number;
  constructor(message: string, status = 400) {
    super(message);
    this.status = status;
  }
}

/** An input (file, argument, request body) that cannot be used, named in the message. */
export class BadInputError extends UserError {
  override name = "BadInputError";
  constructor(
    readonly input: string,
    readonly reason: string,
    status = 400,
  ) {
    super(`${input}: ${reason}`, status);
  }
}

/** Something asked for that is not there: an unknown country, pair or source. */
export class NotFoundError extends UserError {
  override name = "NotFoundError";
  constructor(message: string) {
    super(message, 404);
  }
}
