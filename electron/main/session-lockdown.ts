import type { Session } from 'electron';

/**
 * Keepline's pages need no camera, location, notifications-from-the-page, USB, HID or serial: every
 * permission request and check is refused, including device permissions, which have their own handler.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
