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
 * root: the city bureau (parentId null), and the top unit of a narrower scope (a station officer sees
 * their station at the top).
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

export interface SubunitCounts {
  groupLevel: UnitLevel
  childLevel: UnitLevel
  rows: { unit: Unit; count: number }[]
}

/**
 * What the dashboard chart shows for the units in the user's scope: the units one level below the top of
 * the scope, each with its number of direct subunits — stations per district for the city, policing areas
 * per station for a district, the station's policing areas for a station. Null when there is nothing below.
 */
export function subunitsPerUnit(units: Unit[]): SubunitCounts | null {
  const present = new Set(units.map((u) => u.level))
  const top = LEVEL_ORDER.findIndex((level) => present.has(level))
  if (top < 0) return null
  // Group one level down when that level has subunits of its own in scope; otherwise group the top itself.
  const groupIndex = present.has(LEVEL_ORDER[top + 1]) && present.has(LEVEL_ORDER[top + 2]) ? top + 1 : top
  const groupLevel = LEVEL_ORDER[groupIndex]
  const childLevel = LEVEL_ORDER[groupIndex + 1]
  if (!childLevel) return null
  const counts = new Map<number, number>()
  for (const unit of units) {
    if (unit.level === childLevel && unit.parentId !== null) counts.set(unit.parentId, (counts.get(unit.parentId) ?? 0) + 1)
  }
  const rows = units.filter((u) => u.level === groupLevel).map((unit) => ({ unit, count: counts.get(unit.id) ?? 0 }))
  return { groupLevel, childLevel, rows }
}
