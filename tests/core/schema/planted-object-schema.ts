/**
 * A planted module for define-schema.test.ts: a zod object schema made when the module is imported, which
 * the probe must see (proving the probe would catch a schema of the core made the same way).
 */
import { z } from "zod";

/** Made at import, with zod's JIT still on: zod probes for `new Function` here. */
export const PlantedAtImport = z.object({ planted: z.boolean() });
