// Where each mark of the deadline timeline goes: x by days from today, stacked when deadlines share a day.
import { DASHBOARD_MARKS_PER_DAY, type DashboardSummary, type TimelineMark } from '#shared/dashboard.ts';

export const WIDTH = 1000;
export const HEIGHT = 150;
export const PAD_X = 24;
export const AXIS_Y = 118;
export const LANE = 15;
/** More numbers on one day than this are summarized as "+N" rather than drawn (the core sends no more). */
export const MAX_LANES = DASHBOARD_MARKS_PER_DAY;

export interface Mark {
  item: TimelineMark;
  x: number;
  y: number;
}

export interface Overflow {
  x: number;
  y: number;
  count: number;
}

export const xForDay = (day: number, horizon: number) => PAD_X + (Math.max(0, Math.min(horizon, day)) / horizon) * (WIDTH - 2 * PAD_X);

/** `more`: how many numbers due on a day the core counted but did not send. */
export function layoutMarks(items: TimelineMark[], horizon: number, more: DashboardSummary['upcomingMore'] = []): { marks: Mark[]; overflows: Overflow[] } {
  const byDay = new Map<number, TimelineMark[]>();
  for (const item of items) {
    const day = item.status.daysLeft;
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const unsent = new Map(more.map((entry) => [entry.daysLeft, entry.count]));
  const marks: Mark[] = [];
  const overflows: Overflow[] = [];
  for (const [day, list] of byDay) {
    const x = xForDay(day, horizon);
    list.slice(0, MAX_LANES).forEach((item, lane) => marks.push({ item, x, y: AXIS_Y - 16 - lane * LANE }));
    const hidden = Math.max(0, list.length - MAX_LANES) + (unsent.get(day) ?? 0);
    if (hidden > 0) overflows.push({ x, y: AXIS_Y - 16 - MAX_LANES * LANE, count: hidden });
  }
  return { marks, overflows };
}

/** Tick days: every two weeks, so the axis reads at a glance. */
export function tickDays(horizon: number): number[] {
  const ticks: number[] = [];
  for (let day = 0; day <= horizon; day += 14) ticks.push(day);
  return ticks;
}
