// Every check rule, in the order findings about the same words are listed.
import type { Rule } from "../types.js";
import { titleRole } from "./title-role.js";
import { anniversaryArithmetic } from "./anniversary-arithmetic.js";
import { anniversaryStale } from "./anniversary-stale.js";
import { visitFirst } from "./visit-first.js";
import { visitHighestLevel } from "./visit-highest-level.js";
import { dateFuture } from "./date-future.js";
import { dateBeforeState } from "./date-before-state.js";
import { personRankConflict } from "./person-rank-conflict.js";
import { officeHolderConflict } from "./office-holder-conflict.js";
import { sourceConflict } from "./source-conflict.js";
import { worldMissions } from "./world-missions.js";

export const RULES: readonly Rule[] = [
  titleRole,
  anniversaryArithmetic,
  anniversaryStale,
  visitFirst,
  visitHighestLevel,
  dateFuture,
  dateBeforeState,
  personRankConflict,
  officeHolderConflict,
  sourceConflict,
  worldMissions,
];
