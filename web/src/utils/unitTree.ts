import type { Unit, UnitLevel } from '@/api/types'

export interface UnitNode extends Unit {
  children?: UnitNode[]
}

const LEVEL_ORDER: UnitLevel[] = ['CITY', 'DISTRICT', 'STATION', 'AREA']

/** The level a new child unit gets: CITY → DISTRICT → STATION → AREA; null below AREA. */
export function childLevel(level: UnitLevel): UnitLevel | null {
  return LEVEL_ORDER[LEVEL_ORDER.indexOf(level) + 1] ?? null
}

/**
 * Builds the tree from the flat list the server sends. A unit whose parent is not in the list becomes a
 * root: the city bureau (parentId null, or 0 as the server currently sends it), and the top unit of a
 * narrower scope (a station officer sees their station at the top).
 */
export function buildUnitTree(units: Unit[]): UnitNode[] {
  const nodes = new Map<number, UnitNode>(units.map((u) => [u.id, { ...u }]))
  const roots: UnitNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId)
    if (parent) (parent.children ??= []).push(node)
    else roots.push(node)
  }
  return roots
}

/** Counts, for each district bureau in the list, the police stations below it (at any depth). */
export function stationsPerDistrict(units: Unit[]): { district: Unit; stations: number }[] {
  const byId = new Map(units.map((u) => [u.id, u]))
  const counts = new Map<number, number>()
  const districtOf = (unit: Unit): Unit | undefined => {
    let current: Unit | undefined = unit
    while (current && current.level !== 'DISTRICT') current = current.parentId === null ? undefined : byId.get(current.parentId)
    return current
  }
  for (const unit of units) {
    if (unit.level !== 'STATION') continue
    const district = districtOf(unit)
    if (district) counts.set(district.id, (counts.get(district.id) ?? 0) + 1)
  }
  return units.filter((u) => u.level === 'DISTRICT').map((district) => ({ district, stations: counts.get(district.id) ?? 0 }))
}
