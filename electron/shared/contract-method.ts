// How the contract writes a method: its input schema and its output type.
import type { z } from 'zod';

/** `method(schema).returns<Output>()`: the input type is inferred from the schema, the output named. */
export function method<I extends z.ZodType>(input: I) {
  return { returns: <O>() => ({ input, output: undefined as unknown as O }) };
}
