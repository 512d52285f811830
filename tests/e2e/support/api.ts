import type { InputRaw, Output } from '#shared/contract.ts';
import type { Envelope } from '#shared/errors.ts';
import type { MethodName } from '#shared/methods.ts';

/** Calls the API the way the renderer does, to set up data without clicking through the UI. */
export async function apiCall<M extends MethodName>(appUrl: string, method: M, input: InputRaw<M>): Promise<Output<M>> {
  const [base, fragment = ''] = appUrl.split('#');
  const token = new URLSearchParams(fragment).get('token') ?? '';
  const response = await fetch(new URL(`api/${method}`, base), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as Envelope<Output<M>>;
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}
