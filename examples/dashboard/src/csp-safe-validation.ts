/**
 * Imported first, before any schema is built: zod decides at schema construction whether it may compile
 * parsers with `new Function`, and merely probing for it raises a `securitypolicyviolation` under the
 * page's strict CSP. Switching to jitless here, ahead of the core's modules, keeps the page silent.
 */
import { z } from "zod";

z.config({ jitless: true });
