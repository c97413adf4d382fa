/** A data date or period in Chinese: 2023 → 2023年, 2024-07 → 2024年7月, 2022—2024 → 2022—2024年. */
export function dateZh(asOf: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(—\d{4})?$/.exec(asOf);
  if (m === null) return asOf;
  const [, year, month, day, until] = m;
  if (until !== undefined) return `${year}${until}年`;
  return `${year}年${month === undefined ? '' : `${Number(month)}月`}${day === undefined ? '' : `${Number(day)}日`}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A data date or period in English: 2023, Jul 2024, 30 Nov 2023, 2022—2024. */
export function dateEn(asOf: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(asOf);
  if (m === null) return asOf;
  const [, year, month, day] = m;
  return `${day === undefined ? '' : `${Number(day)} `}${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/**
 * A sort key for when a dated value ends: a whole year ("2024") after every month of it ("2024-09"),
 * a period ("2021—2025") at its last year. Compare keys as plain strings.
 */
export function endKey(asOf: string): string {
  const last = asOf.split('—').pop()!.trim();
  return /^\d{4}$/.test(last) ? `${last}-13` : last;
}
