// Dates in query strings. A bad one is a BadInputError (400), which the error handler answers as
// `{ error, message }`, never a stack trace. (States are resolved by the query layer: resolvePair.)
import { BadInputError } from "../errors.js";

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A query-string date at year, month or day precision (`1998`, `1998-10`, `1998-10-04`), checked for being a real
 * calendar date. Undefined when absent; 400 when malformed.
 * @example parseDateParam("as_of", "2006-02-30") // throws BadInputError (400)
 */
export function parseDateParam(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  const m = DATE.exec(value);
  if (m) {
    const month = m[2] === undefined ? 1 : Number(m[2]);
    const day = m[3] === undefined ? 1 : Number(m[3]);
    const probe = new Date(Date.UTC(Number(m[1]), month - 1, day));
    if (month >= 1 && month <= 12 && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) return value;
  }
  throw new BadInputError(name, `"${value}" is not a date such as 1998, 1998-10 or 1998-10-04`);
}
