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

/** 240 → "4h", 90 → "90m", 2880 → "2d": the way the policy file writes it. */
export function formatMinutes(minutes: number): string {
  if (minutes % (24 * 60) === 0) return `${minutes / (24 * 60)}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}
