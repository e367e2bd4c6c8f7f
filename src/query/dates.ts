// Dates the user gives to a query (from, to, as of, today): checked once here, named in the error.
import { BadInputError } from "../errors.js";
import { DateString } from "../model/record.js";

/** `value` must be 1992, 1992-05 or 1992-05-22 (`day`: a full date). `name` is how the user gave it (`--from`). */
export function checkDate(name: string, value: string | undefined, day = false): void {
  if (value === undefined) return;
  const ok = day ? /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) : DateString.safeParse(value).success && !value.includes("/");
  if (!ok) throw new BadInputError(`${name} ${value}`, day ? "not a date (use 2024-05-22)" : "not a date (use 1992, 1992-05 or 1992-05-22)");
}
