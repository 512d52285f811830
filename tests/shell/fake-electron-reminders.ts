// Fakes for the reminder shell's Electron parts (tray, menu, notifications, power monitor), spread into
// fakeElectron(). `Tray.fail` simulates a desktop without a tray host (GNOME without AppIndicator).
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeTray extends EventEmitter {
  static fail = false;
  static created: FakeTray[] = [];
  image: unknown;
  menu: { label?: string; type?: string; click?: () => void }[] = [];
  tooltip = '';
  constructor(image: unknown) {
    super();
    if (FakeTray.fail) throw new Error('no tray host');
    this.image = image;
    FakeTray.created.push(this);
  }
  setImage(image: unknown) {
    this.image = image;
  }
  setToolTip(text: string) {
    this.tooltip = text;
  }
  setTitle() {}
  setContextMenu(menu: { items: FakeTray['menu'] }) {
    this.menu = menu.items;
  }
  destroy = vi.fn();
}

export class FakeNotification extends EventEmitter {
  static supported = true;
  static shown: FakeNotification[] = [];
  static isSupported() {
    return FakeNotification.supported;
  }
  options: { title: string; body: string };
  constructor(options: { title: string; body: string }) {
    super();
    this.options = options;
  }
  show() {
    FakeNotification.shown.push(this);
  }
}

export function fakeReminderElectron() {
  FakeTray.created = [];
  FakeTray.fail = false;
  FakeNotification.shown = [];
  FakeNotification.supported = true;
  return {
    Tray: FakeTray,
    Notification: FakeNotification,
    Menu: { buildFromTemplate: (items: FakeTray['menu']) => ({ items }) },
    nativeImage: { createFromPath: (file: string) => ({ file }) },
    powerMonitor: new EventEmitter(),
  };
}
