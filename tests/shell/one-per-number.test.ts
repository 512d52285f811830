import { describe, expect, it, vi } from 'vitest';
import type { RenewalWindowRequest } from '#core/carriers/carrier-shell.ts';
import { onePerNumber } from '../../electron/main/carrier-window/one-per-number.ts';

function request(numberId: number): RenewalWindowRequest {
  return { numberId, partition: `persist:carrier-${numberId}`, url: 'https://carrier.example/renew', number: '+965 6000 1234', label: 'Zain', deadlineOn: null, deadlineEndsAt: null, timeZone: 'Asia/Kuwait' };
}

/** A fake window per open: its outcome settles when the test closes it. */
function fakeOpener() {
  const windows: { numberId: number; front: ReturnType<typeof vi.fn>; close: (outcome: 'record' | 'closed') => void }[] = [];
  const open = (req: RenewalWindowRequest) => {
    let close: (outcome: 'record' | 'closed') => void = () => {};
    const outcome = new Promise<'record' | 'closed'>((resolve) => (close = resolve));
    const front = vi.fn();
    windows.push({ numberId: req.numberId, front, close });
    return { outcome, front };
  };
  return { windows, open };
}

describe('one renewal window per number', () => {
  it('brings the open window to the front instead of opening a second, and both callers get its outcome', async () => {
    const { windows, open } = fakeOpener();
    const openRenewal = onePerNumber(open);
    const first = openRenewal(request(1));
    const second = openRenewal(request(1));
    expect(windows).toHaveLength(1);
    expect(windows[0]!.front).toHaveBeenCalledTimes(1);
    windows[0]!.close('record');
    expect(await first).toBe('record');
    expect(await second).toBe('record');
  });

  it('opens a window per number, and a new one once the earlier is closed', async () => {
    const { windows, open } = fakeOpener();
    const openRenewal = onePerNumber(open);
    const one = openRenewal(request(1));
    void openRenewal(request(2));
    expect(windows.map((win) => win.numberId)).toEqual([1, 2]);
    windows[0]!.close('closed');
    expect(await one).toBe('closed');
    void openRenewal(request(1));
    expect(windows.map((win) => win.numberId)).toEqual([1, 2, 1]);
  });
});
