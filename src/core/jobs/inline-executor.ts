import type { Dispatch } from '../dispatch.ts';
import { cancelledError, type JobControl } from './job-control.ts';
import type { JobExecutor } from './job-runner.ts';

/** Runs jobs in this thread (tests, the bench's plain dispatch): same progress and cancel, no worker. */
export function inlineExecutor(dispatch: () => Dispatch): JobExecutor {
  return (request, progress) => {
    let cancelled = false;
    const control: JobControl = {
      step(done, total) {
        if (cancelled) throw cancelledError();
        progress(done, total);
      },
    };
    const result = Promise.resolve().then(() => dispatch()(request.method, request.input, { locale: request.locale, job: control }));
    return { result, cancel: () => (cancelled = true) };
  };
}
