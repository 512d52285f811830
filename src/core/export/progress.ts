/** Told how far a long export is: `done` of `total` rows. The job runner passes one to report progress. */
export type OnProgress = (done: number, total: number) => void;

/** Calls `onProgress` every `step` rows and once at the end; cheap enough for every row of a loop. */
export function progressEvery(total: number, onProgress: OnProgress | undefined, step = 500) {
  if (!onProgress) return { tick: (_done: number) => {}, end: () => {} };
  return {
    tick: (done: number) => {
      if (done % step === 0) onProgress(done, total);
    },
    end: () => onProgress(total, total),
  };
}
