// The reminder shell: node-cron and powerMonitor start core's due-scan, Electron notifications show what
// it claimed, the tray shows the next deadlines. Every decision is made in core or in the pure modules
// beside this one (tray-menu.ts, notification-view.ts); this file only applies them.
import { join } from 'node:path';
import { Menu, Notification, Tray, app, nativeImage, powerMonitor, type MenuItemConstructorOptions } from 'electron';
import cron, { type ScheduledTask } from 'node-cron';
import type { Dispatch } from '#core/dispatch.ts';
import type { Logger } from '#core/ports.ts';
import type { Locale } from '#shared/locale.ts';
import type { ScanResult, TrayState } from '#shared/reminders.ts';
import { backupFailureView, notificationFor, scanSchedule, type OpenTarget } from './notification-view.ts';
import { trayIconState, trayMenuItems, trayTooltip, type TrayAction } from './tray-menu.ts';

export interface RemindersShellOptions {
  dispatch: Dispatch;
  locale: () => Locale;
  logger: Logger;
  /** Where tray-normal.png and tray-attention.png are. */
  iconsDir: string;
  open(target: OpenTarget | { type: 'app' }): void;
  quit(): void;
}

export interface RemindersShell {
  /** False where no tray host exists (GNOME without AppIndicator): closing the window then quits. */
  hasTray(): boolean;
  scan(): Promise<void>;
  stop(): void;
}

export function startRemindersShell(options: RemindersShellOptions): RemindersShell {
  const { dispatch, logger } = options;
  // Electron drops a notification's click handler once the object is garbage-collected: keep them.
  const live = new Set<Notification>();
  let tray: Tray | null = null;
  let task: ScheduledTask | null = null;

  const call = async <T>(method: string, input: unknown): Promise<T | null> => {
    const answer = await dispatch(method, input, { locale: options.locale() });
    if (!answer.ok) logger.warn('reminders call failed', { method, error: answer.error.message });
    return answer.ok ? (answer.value as T) : null;
  };

  const act = (action: TrayAction) => {
    if (action.type === 'quit') return options.quit();
    if (action.type === 'open-app') return options.open({ type: 'app' });
    if (action.type === 'open-number') return options.open({ type: 'number', numberId: action.numberId });
    void call('reminders.pause', { minutes: action.type === 'pause-hour' ? 60 : 0 }).then(refreshTray);
  };

  async function refreshTray(): Promise<void> {
    if (!tray) return;
    const state = await call<TrayState>('reminders.trayState', {});
    if (!state || !tray) return;
    const locale = options.locale();
    tray.setImage(nativeImage.createFromPath(join(options.iconsDir, `tray-${trayIconState(state)}.png`)));
    tray.setToolTip(trayTooltip(state, locale));
    if (process.platform === 'darwin') tray.setTitle(state.count > 0 ? String(state.count) : '');
    const template: MenuItemConstructorOptions[] = trayMenuItems(state, locale).map((item) =>
      item.type === 'separator' ? { type: 'separator' } : { label: item.label, enabled: item.enabled ?? true, click: () => act(item.action) },
    );
    tray.setContextMenu(Menu.buildFromTemplate(template));
  }

  async function scan(): Promise<void> {
    const result = await call<ScanResult>('reminders.scan', {});
    if (result && Notification.isSupported()) {
      for (const notice of result.notices) {
        const view = notificationFor(notice, process.platform, options.locale());
        const shown = new Notification({ title: view.title, body: view.body, actions: view.actions.map((action) => ({ type: 'button', text: action.label })) });
        live.add(shown);
        shown.on('click', () => options.open(view.open));
        shown.on('action', (_event, index) => {
          const action = view.actions[index];
          if (action?.type === 'record') options.open({ type: 'number', numberId: action.numberId, record: true });
          if (action?.type === 'snooze-hour') {
            for (const id of action.reminderIds) void call('reminders.snooze', { id, preset: 'hour' });
          }
        });
        shown.on('close', () => live.delete(shown));
        shown.show();
      }
    }
    // Without a notification service the claimed reminders stay "shown" in core: the window's banner lists them.
    await refreshTray();
    // The daily backup rides on the scan, so an app left running for weeks still takes one a day.
    await ensureDailyBackup();
    await followScanInterval();
  }

  /** Said once per failure: core tries a failed daily backup again an hour later, and may fail the same way. */
  let failureSaid: string | null = null;
  async function ensureDailyBackup(): Promise<void> {
    const answer = await dispatch('backups.ensureDaily', {}, { locale: options.locale() });
    if (answer.ok) {
      // A backup taken ends the failure; none taken (one is recent, or a failure is) leaves it as it is.
      if ((answer.value as { taken: unknown }).taken !== null) failureSaid = null;
      return;
    }
    logger.warn('daily backup failed', { error: answer.error.message });
    if (answer.error.message === failureSaid || !Notification.isSupported()) return;
    failureSaid = answer.error.message;
    const view = backupFailureView(answer.error.message, process.platform, options.locale());
    const shown = new Notification({ title: view.title, body: view.body });
    live.add(shown);
    shown.on('click', () => options.open({ type: 'app' }));
    shown.on('close', () => live.delete(shown));
    shown.show();
  }

  /** A changed scan interval in settings takes effect at the next scan, without a restart. */
  let scheduledMinutes: number | null = null;
  async function followScanInterval(): Promise<void> {
    const answer = await call<{ settings: { scanIntervalMinutes: number } }>('settings.get', {});
    const minutes = answer?.settings.scanIntervalMinutes ?? 5;
    if (minutes === scheduledMinutes) return;
    scheduledMinutes = minutes;
    void task?.destroy();
    task = cron.schedule(scanSchedule(minutes), scan, { name: 'keepline-reminders', noOverlap: true });
  }

  try {
    tray = new Tray(nativeImage.createFromPath(join(options.iconsDir, 'tray-normal.png')));
    tray.on('click', () => options.open({ type: 'app' }));
  } catch (error) {
    tray = null;
    logger.warn('no tray available; reminders show in the app window', { error: String(error) });
  }

  void call<{ settings: { scanIntervalMinutes: number; launchAtLogin: boolean } }>('settings.get', {}).then((answer) => {
    // Off by default; Linux has no login items in Electron (the call does nothing there).
    if (answer) app.setLoginItemSettings({ openAtLogin: answer.settings.launchAtLogin });
  });
  // node-cron does not replay slots missed while asleep; the scan computes what is due from the clock.
  powerMonitor.on('resume', () => void scan());
  powerMonitor.on('unlock-screen', () => void scan());
  void scan();

  return {
    hasTray: () => tray !== null,
    scan,
    stop() {
      void task?.destroy();
      task = null;
      tray?.destroy();
      tray = null;
      live.clear();
    },
  };
}
