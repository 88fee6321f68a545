/** "2022-07-14" → "2022年7月14日" */
export function formatChineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  const [, year, month, day] = match
  return `${year}年${Number(month)}月${Number(day)}日`
}
