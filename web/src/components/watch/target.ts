import type { WatchEntry } from '@/api/watch'

/** The watched target in one line: what the entry is compared by, in the order the list shows it. */
export function targetText(entry: WatchEntry): string {
  const parts = [
    entry.documentNumber,
    entry.name,
    entry.birthDate,
    entry.plate,
    entry.vin,
    entry.imei,
    entry.serialNumber,
    entry.itemCategory,
    entry.description,
    entry.phone,
  ]
  return parts.filter((p) => p).join(' · ')
}
