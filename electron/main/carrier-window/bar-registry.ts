import type { BarAction } from './bar-state.ts';

/** The bars that are open, by their web contents id: the only senders the bar IPC channel answers. */
export interface BarEntry {
  /** True when the message came from this bar's own main frame, showing our bar page. */
  isOwnMainFrame(frame: unknown, frameUrl: string | null): boolean;
  act(action: BarAction): void;
}

export class BarRegistry {
  private readonly bars = new Map<number, BarEntry>();

  register(webContentsId: number, entry: BarEntry): () => void {
    this.bars.set(webContentsId, entry);
    return () => this.bars.delete(webContentsId);
  }

  get(webContentsId: number): BarEntry | undefined {
    return this.bars.get(webContentsId);
  }
}

export const BAR_ACTION_CHANNEL = 'keepline:bar-action';
export const BAR_STATE_CHANNEL = 'keepline:bar-state';
