/**
 * How every schema of the core is made: created on its first parse, never when a module is imported.
 *
 * Why: zod 4 decides, when it *creates* an object schema, whether it may compile a fast parser with
 * `new Function`, and its probe for that is reported as a `securitypolicyviolation` on pages whose Content
 * Security Policy forbids `unsafe-eval` (SharePoint Online and most intranets), even though zod catches it.
 * Setting zod's `jitless` option first avoids the probe. Doing that as a side effect of importing a module
 * would be a lie in a package that declares `"sideEffects": false` (a bundler may drop the module) and
 * would run for a page that only draws a chart. So each schema is a `z.lazy` whose getter switches zod to
 * jitless the first time any schema is asked to parse — at the door — and only then builds the schema.
 * docs/decisions explains the choice.
 */
import * as z from "zod";

let jitless = false;

/**
 * Switch zod to its interpreter (`z.config({ jitless: true })`) once. The door calls it before it parses;
 * every schema made by {@link defineSchema} calls it before it is built. Idempotent and cheap.
 *
 * zod's setting is global: a host's own zod schemas created after our first parse are jitless too, which a
 * strict-CSP page needs anyway.
 */
export function ensureJitlessZod(): void {
  if (jitless) return;
  z.config({ jitless: true });
  jitless = true;
}

/**
 * A schema built on its first use: `create` runs once, after zod is switched to jitless, the first time the
 * schema parses (or another schema that contains it does). The result parses, infers and exports to JSON
 * Schema exactly as the schema `create` returns.
 *
 * @example
 * export const Person = defineSchema(() => z.strictObject({ id: Id, name: ShortText }));
 * export type Person = z.infer<typeof Person>;
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineSchema<TSchema extends z.ZodType>(create: () => TSchema): z.ZodLazy<TSchema> {
  return z.lazy(() => {
    ensureJitlessZod();
    return create();
  });
}
