import type { CrossTab } from '@/api/stats'

/** One row of a pivot: the label of its keys, a value per column key, and the row's sum. */
export interface PivotRow {
  key: string
  label: string
  cells: Record<string, number>
  total: number
}

export interface Pivot {
  columns: { key: string; label: string }[]
  rows: PivotRow[]
  columnTotals: Record<string, number>
  max: number
}

/**
 * A cross-tab as rows × columns: the last dimension spreads over the columns, the others (one or two) form the
 * rows, so two dimensions give a classic pivot and three a heat-map-like table. One dimension gives a single
 * column. Sums are of the chosen measure; grouped by a party's dimension, record sums may count a record twice
 * (the server's totals do not).
 */
export function pivot(table: CrossTab, measure: 'records' | 'parties', singleColumnLabel: string): Pivot {
  const dims = table.groupBy
  const columnDim = dims.length > 1 ? dims[dims.length - 1] : null
  const rowDims = columnDim ? dims.slice(0, -1) : dims
  const columns = new Map<string, string>()
  const rows = new Map<string, PivotRow>()
  const columnTotals: Record<string, number> = {}
  let max = 0
  for (const row of table.rows) {
    const rowKey = rowDims.map((d) => row.keys[d].code).join('\u0001')
    const label = rowDims.map((d) => row.keys[d].name).join(' · ')
    const columnKey = columnDim ? row.keys[columnDim].code : '_'
    if (!columns.has(columnKey)) columns.set(columnKey, columnDim ? row.keys[columnDim].name : singleColumnLabel)
    let target = rows.get(rowKey)
    if (!target) {
      target = { key: rowKey, label, cells: {}, total: 0 }
      rows.set(rowKey, target)
    }
    const value = row[measure]
    target.cells[columnKey] = (target.cells[columnKey] ?? 0) + value
    target.total += value
    columnTotals[columnKey] = (columnTotals[columnKey] ?? 0) + value
    max = Math.max(max, value)
  }
  // Columns in key order (days, months and codes sort as text), rows as the server ordered them.
  const sortedColumns = [...columns.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, label]) => ({ key, label }))
  return { columns: sortedColumns, rows: [...rows.values()], columnTotals, max }
}
