import { useEffect, useRef, useState } from 'react';
import type { InputRaw, Output } from '#shared/contract.ts';
import type { ApiError } from '#shared/errors.ts';
import type { MethodName } from '#shared/methods.ts';
import { useLocale } from '../i18n/setup.ts';
import { call } from './client.ts';

/**
 * The answer of `method` to `input`, asked again whenever the input (compared as JSON) or the language
 * changes. An answer to an older question that arrives after a newer one was asked is dropped, so a quick
 * change of mind never shows a stale page. `asking`: a question is on its way; the last answer stays meanwhile.
 */
export function useLatestAnswer<M extends MethodName>(method: M, input: InputRaw<M>, onError: (error: ApiError) => void): { value: Output<M> | null; asking: boolean } {
  const locale = useLocale();
  const [value, setValue] = useState<Output<M> | null>(null);
  const [asking, setAsking] = useState(true);
  const latest = useRef(0);
  const failed = useRef(onError);
  failed.current = onError;
  const question = JSON.stringify(input);
  useEffect(() => {
    const asked = ++latest.current;
    setAsking(true);
    void call(method, JSON.parse(question) as InputRaw<M>).then((answer) => {
      if (asked !== latest.current) return;
      setAsking(false);
      if (answer.ok) setValue(answer.value);
      else failed.current(answer.error);
    });
  }, [method, question, locale]);
  return { value, asking };
}
