// Zhian shows every time in Asia/Shanghai whatever the browser's zone (a field officer's phone may be set
// otherwise). China has no daylight saving time, so the offset is always +08:00.
const SHANGHAI = 'Asia/Shanghai'
const SHANGHAI_OFFSET = '+08:00'

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: SHANGHAI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** "2026-11-22T02:15:00Z" → "2026-11-22 10:15:00" (Shanghai wall time). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const part = Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]))
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`
}

/**
 * A wall time picked in the UI ("2026-11-22 10:15:00") read as Shanghai time, as the API wants it:
 * "2026-11-22T10:15:00+08:00". Pickers work on wall times so what is picked matches what lists show.
 */
export function shanghaiWallTimeToIso(wallTime: string | null | undefined): string | undefined {
  if (!wallTime) return undefined
  return `${wallTime.replace(' ', 'T')}${SHANGHAI_OFFSET}`
}

/** Current Shanghai wall time, compact, for file names: "20261122-101500". */
export function fileTimestamp(now = new Date()): string {
  return formatDateTime(now.toISOString()).replace(/[-:]/g, '').replace(' ', '-')
}
