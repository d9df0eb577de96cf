/** Policy durations: "30m", "2h", "14d". Returned in minutes, the unit business time counts in. */
const pattern = /^(\d+)\s*(m|h|d)$/;
const minutesPer = { m: 1, h: 60, d: 24 * 60 } as const;

export function parseDuration(text: string): number | undefined {
  const match = pattern.exec(text.trim());
  if (!match) return undefined;
  const [, amount, unit] = match as unknown as [string, string, keyof typeof minutesPer];
  const minutes = Number(amount) * minutesPer[unit];
  return minutes > 0 ? minutes : undefined;
}

export const minutesToMs = (minutes: number) => minutes * 60_000;
