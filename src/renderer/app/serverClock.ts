// The server's clock may be fixed (`--now`) or differ from this machine's: "today" for a prefilled event
// date comes from the server's time, never the browser's alone.
import { call } from '../api/client.ts';
import { isoDateIn } from '../format/dates.ts';

let offsetMs = 0;

export async function syncServerClock(): Promise<void> {
  const before = Date.now();
  const info = await call('app.info', {});
  if (info.ok) offsetMs = Date.parse(info.value.now) - Math.round((before + Date.now()) / 2);
}

export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}

export function todayIn(zone: string): string {
  return isoDateIn(zone, serverNow());
}
