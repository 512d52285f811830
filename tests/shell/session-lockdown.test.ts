import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from '../../electron/main/session-lockdown.ts';
import { FakeSession } from './fake-electron.ts';

describe('denyAllPermissions', () => {
  it('refuses every permission request, check and device permission', () => {
    const session = new FakeSession();
    denyAllPermissions(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'unknown']) {
      const callback = vi.fn();
      session.permissionRequest?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheck?.({}, permission, 'file:///x', {})).toBe(false);
    }
    expect(session.devicePermission?.({ deviceType: 'usb' })).toBe(false);
  });
});
