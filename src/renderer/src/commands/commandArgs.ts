import { z } from 'zod';

/** Reads a command's arguments with a schema; undefined when absent or malformed (run without them). */
export function readArgs<S extends z.ZodType>(schema: S, args: unknown): z.output<S> | undefined {
  if (args === undefined) return undefined;
  const parsed = schema.safeParse(args);
  return parsed.success ? parsed.data : undefined;
}

export const keyArgs = z.object({ key: z.string().min(1) });
export const pathArgs = z.object({ path: z.string().min(1) });
export const idArgs = z.object({ id: z.union([z.string(), z.number()]).transform(String) });
export const toggleArgs = z.object({ toggle: z.boolean() });
