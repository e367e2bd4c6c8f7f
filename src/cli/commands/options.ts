// Option checks shared by the query commands.
import { BadInputError } from "../../errors.js";
import { DateString } from "../../model/record.js";

/** A date option must be 1992, 1992-05 or 1992-05-22 (`full`: a day). */
export function checkDateOption(name: string, value: string | undefined, full = false): void {
  if (value === undefined) return;
  const ok = full ? /^\d{4}-\d{2}-\d{2}$/.test(value) : DateString.safeParse(value).success && !value.includes("/");
  if (!ok) throw new BadInputError(`${name} ${value}`, full ? "not a date (use 2024-05-22)" : "not a date (use 1992, 1992-05 or 1992-05-22)");
}
