import * as z from 'zod';
import { contract } from '#shared/contract.ts';
import { METHOD_NAMES } from '#shared/methods.ts';

function schemaOf(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
}

let cached: unknown = null;

/** Every method with its input and output JSON Schema, generated from the contract's zod schemas. */
export function describeApi() {
  cached ??= {
    call: 'POST /api/<method> with a JSON body and "Authorization: Bearer <token>"; answers {ok, value} or {ok:false, error:{code, message, field?}}',
    methods: METHOD_NAMES.map((name) => ({
      name,
      errors: contract[name].errors,
      input: schemaOf(contract[name].input, 'input'),
      output: schemaOf(contract[name].output, 'output'),
    })),
  };
  return cached;
}
