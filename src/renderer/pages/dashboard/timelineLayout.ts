// Where each mark of the deadline timeline goes: x by days from today, stacked when deadlines share a day.
import type { NumberSummary } from '#shared/numbers.ts';

export const WIDTH = 1000;
export const HEIGHT = 150;
export const PAD_X = 24;
export const AXIS_Y = 118;
export const LANE = 15;
/** More numbers on one day than this are summarized as "+N" rather than drawn. */
export const MAX_LANES = 6;

export interface Mark {
  item: NumberSummary;
  x: number;
  y: number;
}

export interface Overflow {
  x: number;
  y: number;
  count: number;
}

export const xForDay = (day: number, horizon: number) => PAD_X + (Math.max(0, Math.min(horizon, day)) / horizon) * (WIDTH - 2 * PAD_X);

export function layoutMarks(items: NumberSummary[], horizon: number): { marks: Mark[]; overflows: Overflow[] } {
  const byDay = new Map<number, NumberSummary[]>();
  for (const item of items) {
    const day = item.status.daysLeft ?? 0;
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const marks: Mark[] = [];
  const overflows: Overflow[] = [];
  for (const [day, list] of byDay) {
    const x = xForDay(day, horizon);
    list.slice(0, MAX_LANES).forEach((item, lane) => marks.push({ item, x, y: AXIS_Y - 16 - lane * LANE }));
    if (list.length > MAX_LANES) overflows.push({ x, y: AXIS_Y - 16 - MAX_LANES * LANE, count: list.length - MAX_LANES });
  }
  return { marks, overflows };
}

/** Tick days: every two weeks, so the axis reads at a glance. */
export function tickDays(horizon: number): number[] {
  const ticks: number[] = [];
  for (let day = 0; day <= horizon; day += 14) ticks.push(day);
  return ticks;
}
