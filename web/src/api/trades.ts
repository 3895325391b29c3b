// Trade profiles (GET /api/v1/trades): what each trade reports, so forms render from the declaration.
import { request } from './http'

export type FieldType = 'TEXT' | 'CODE' | 'DATE' | 'DATE_TIME' | 'INTEGER' | 'DECIMAL' | 'BOOLEAN' | 'PHOTO'

export interface FieldSpec {
  name: string
  type: FieldType
  required: boolean
  codeTable: string | null
  maxLength: number
  labelZh: string
  labelEn: string
}

export type DocumentCategory = 'DOMESTIC' | 'HK_MACAO_TAIWAN' | 'FOREIGN' | 'FOREIGN_RESIDENT'

/** What every declared role has: its code and names, how many a record carries, whether it is compared. */
export interface DeclaredRole {
  code: string
  labelZh: string
  labelEn: string
  min: number
  max: number
  compared: boolean
  attributes: FieldSpec[]
}

export interface PartyRole extends DeclaredRole {
  documentCategories: DocumentCategory[]
  /** Per document family, the party's own fields required beyond type, number and name. */
  requiredFields: Partial<Record<DocumentCategory, string[]>>
}

export interface VehicleRole extends DeclaredRole {
  plateRequired: boolean
  vinRequired: boolean
}

export interface ItemRole extends DeclaredRole {
  categoryTable: string | null
  categoryRequired: boolean
  imeiAccepted: boolean
  serialAccepted: boolean
}

export interface RecordKind {
  code: string
  labelZh: string
  labelEn: string
  roles: PartyRole[]
  attributes: FieldSpec[]
  amendable: string[]
  endable: boolean
  vehicleRoles: VehicleRole[]
  itemRoles: ItemRole[]
}

export interface TradeProfile {
  code: string
  minimumDailyRecords: number
  kinds: RecordKind[]
}

let profiles: Promise<TradeProfile[]> | null = null

export const tradeApi = {
  /** Every profile; fetched once per page load (declarations change only with a new release). */
  profiles: (): Promise<TradeProfile[]> => {
    if (!profiles) {
      profiles = request<TradeProfile[]>('/api/v1/trades')
      profiles.catch(() => (profiles = null))
    }
    return profiles
  },
}
