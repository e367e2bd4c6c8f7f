// /api/pairs/:a/:b/render and /check: the pair's record rendered as prose, and checked.
import type { FastifyInstance } from "fastify";
import type { AppOptions } from "../app.js";

export function registerReportRoutes(api: FastifyInstance, options: AppOptions): void {
  void api, options;
}
