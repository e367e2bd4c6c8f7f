// JSON schemas shared by the routes. They validate requests and document the API through @fastify/swagger;
// the record shapes come from the zod schema in src/model/record.ts, so the docs and the data cannot drift apart.
import { z } from "zod";
import { BilateralRecord, Fact } from "../model/record.js";

export const ERROR_SCHEMA = {
  type: "object",
  description: "Every failure: a short name and one readable sentence. Never a stack trace.",
  required: ["error", "message"],
  properties: { error: { type: "string", example: "not-found" }, message: { type: "string" } },
} as const;

const toSchema = (s: z.ZodType): Record<string, unknown> => {
  const { $schema, ...rest } = z.toJSONSchema(s, { target: "openapi-3.0", unrepresentable: "any" }) as Record<string, unknown>;
  void $schema;
  return rest;
};

export const RECORD_SCHEMA = { description: "A format-1 record (see spec/record.md)", ...toSchema(BilateralRecord) };
export const FACT_SCHEMA = { description: "One fact of format 1", ...toSchema(Fact) };

/** Any JSON object; used where the shape belongs to the query layer and is documented in prose. */
export const OBJECT = (description: string) => ({ type: "object", description, additionalProperties: true }) as const;
export const ARRAY_OF = (items: object, description: string) => ({ type: "array", description, items }) as const;

export const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, ERROR_SCHEMA]));

export const PAIR_PARAMS = {
  type: "object",
  required: ["a", "b"],
  properties: {
    a: { type: "string", description: "a state: code (MEX) or name (Mexico)" },
    b: { type: "string", description: "the other state" },
  },
} as const;

export const DATE_PARAM = { type: "string", description: "ISO date at any precision: 1998, 1998-10, 1998-10-04" } as const;
