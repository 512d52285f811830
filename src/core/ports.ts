// What core needs from the platform, as small interfaces. The shell passes Electron's, tests pass real ones.

export interface Clock {
  now(): Date;
  /** The user's IANA zone (quiet hours, snooze times); the machine's when absent. Tests inject one. */
  zone?(): string;
}

export const systemClock: Clock = { now: () => new Date() };

export interface Logger {
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export const consoleLogger: Logger = {
  info: (message, detail) => console.info(`[keepline] ${message}`, detail ?? ''),
  warn: (message, detail) => console.warn(`[keepline] ${message}`, detail ?? ''),
  error: (message, detail) => console.error(`[keepline] ${message}`, detail ?? ''),
};
