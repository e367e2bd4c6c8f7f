// Option checks shared by the commands: the date rule lives with the queries (src/query/dates.ts).
export { checkDate as checkDateOption } from "../../query/dates.js";
