// The entry form's model of a declared record, built from a trade profile and turned into the intake body.
import type { Attributes, Item, Party, RecordCreateRequest, Vehicle } from '@/api/recordTypes'
import type { DocumentCategory, FieldSpec, ItemRole, PartyRole, RecordKind, VehicleRole } from '@/api/trades'
import { shanghaiWallTimeToIso } from '@/utils/time'
import type { GuestCategory } from '@/components/desk/guest'

/** Form values of declared fields by name: text as typed, booleans, photo ids. */
export type FieldValues = Record<string, string | number | boolean | null>

export interface PartyForm {
  key: number
  role: string
  /** The desk's family of the document type, which the ID-number autofill reads. */
  category: GuestCategory
  nationality: string
  /** Fields last filled from the ID number. */
  derived: { sex: boolean; birthDate: boolean; regionCode: boolean }
  documentType: string
  documentNumber: string
  name: string
  sex: string
  birthDate: string
  regionCode: string
  address: string
  phone: string
  documentPhotoId: number | null
  facePhotoId: number | null
  attributes: FieldValues
}

export interface VehicleForm {
  key: number
  role: string
  plate: string
  vin: string
  attributes: FieldValues
}

export interface ItemForm {
  key: number
  role: string
  category: string
  imei: string
  serialNumber: string
  description: string
  attributes: FieldValues
}

export interface RecordForm {
  occurredAt: string
  attributes: FieldValues
  parties: PartyForm[]
  vehicles: VehicleForm[]
  items: ItemForm[]
}

let nextKey = 1

function emptyValues(fields: FieldSpec[]): FieldValues {
  return Object.fromEntries(fields.map((f) => [f.name, f.type === 'BOOLEAN' ? false : f.type === 'PHOTO' ? null : '']))
}

export function emptyParty(role: PartyRole): PartyForm {
  return {
    key: nextKey++, role: role.code, category: 'DOMESTIC', nationality: '', derived: { sex: false, birthDate: false, regionCode: false }, documentType: '111', documentNumber: '', name: '', sex: '', birthDate: '', regionCode: '',
    address: '', phone: '', documentPhotoId: null, facePhotoId: null, attributes: emptyValues(role.attributes),
  }
}

export function emptyVehicle(role: VehicleRole): VehicleForm {
  return { key: nextKey++, role: role.code, plate: '', vin: '', attributes: emptyValues(role.attributes) }
}

export function emptyItem(role: ItemRole): ItemForm {
  return { key: nextKey++, role: role.code, category: '', imei: '', serialNumber: '', description: '', attributes: emptyValues(role.attributes) }
}

/**
 * A new record of the kind: the parties, vehicles and items each role needs, and one slot for a role that may have
 * none (left empty, it is not sent).
 */
export function emptyRecord(kind: RecordKind): RecordForm {
  const times = (min: number) => Array.from({ length: Math.max(min, 0) })
  return {
    occurredAt: '',
    attributes: emptyValues(kind.attributes),
    parties: kind.roles.flatMap((r) => times(Math.max(r.min, 1)).map(() => emptyParty(r))),
    vehicles: kind.vehicleRoles.flatMap((r) => times(Math.max(r.min, 1)).map(() => emptyVehicle(r))),
    items: kind.itemRoles.flatMap((r) => times(Math.max(r.min, 1)).map(() => emptyItem(r))),
  }
}

const text = (value: string): string | null => (value.trim() ? value.trim() : null)

/** A declared field's form value as the API takes it; null when empty. */
function value(spec: FieldSpec, raw: string | number | boolean | null | undefined): string | number | boolean | null {
  if (raw === null || raw === undefined) return null
  if (typeof raw === 'boolean' || typeof raw === 'number') return raw
  const trimmed = raw.trim()
  if (!trimmed) return null
  switch (spec.type) {
    case 'INTEGER':
    case 'DECIMAL': {
      // A number that does not read as one is sent as typed: the server names the field and the format.
      const n = Number(trimmed)
      return Number.isFinite(n) ? n : trimmed
    }
    case 'DATE_TIME':
      return shanghaiWallTimeToIso(trimmed) ?? null
    default:
      return trimmed
  }
}

function attributes(fields: FieldSpec[], values: FieldValues): Attributes {
  const out: Attributes = {}
  for (const spec of fields) {
    const v = value(spec, values[spec.name])
    // An unset switch says nothing; the server reads a missing boolean as not stated.
    if (v !== null && !(spec.type === 'BOOLEAN' && v === false)) out[spec.name] = v
  }
  return out
}

/** The intake body of a filled form; parties, vehicles and items left wholly empty are not sent. */
export function toRequest(trade: string, kind: RecordKind, form: RecordForm, reference: string): RecordCreateRequest {
  const parties: Party[] = form.parties
    .filter((p) => p.documentNumber.trim() || p.name.trim())
    .map((p) => ({
      role: p.role,
      documentType: p.documentType,
      documentNumber: p.documentNumber.trim().toUpperCase(),
      name: p.name.trim(),
      sex: text(p.sex),
      birthDate: text(p.birthDate),
      regionCode: text(p.regionCode),
      nationality: text(p.nationality),
      address: text(p.address),
      phone: text(p.phone),
      documentPhotoId: p.documentPhotoId,
      facePhotoId: p.facePhotoId,
      attributes: attributes(kind.roles.find((r) => r.code === p.role)?.attributes ?? [], p.attributes),
    }))
  const vehicles: Vehicle[] = form.vehicles
    .filter((v) => v.plate.trim() || v.vin.trim() || Object.values(v.attributes).some((x) => x !== '' && x !== null && x !== false))
    .map((v) => ({
      role: v.role,
      plate: text(v.plate),
      vin: text(v.vin),
      attributes: attributes(kind.vehicleRoles.find((r) => r.code === v.role)?.attributes ?? [], v.attributes),
    }))
  const items: Item[] = form.items
    .filter((i) => i.category || i.imei.trim() || i.serialNumber.trim() || Object.values(i.attributes).some((x) => x !== '' && x !== null && x !== false))
    .map((i) => ({
      role: i.role,
      category: text(i.category),
      imei: text(i.imei),
      serialNumber: text(i.serialNumber),
      description: text(i.description),
      attributes: attributes(kind.itemRoles.find((r) => r.code === i.role)?.attributes ?? [], i.attributes),
    }))
  return {
    trade,
    kind: kind.code,
    reference,
    occurredAt: shanghaiWallTimeToIso(form.occurredAt),
    attributes: attributes(kind.attributes, form.attributes),
    parties,
    vehicles,
    items,
  }
}

/** Required declared fields left empty, as field paths under `prefix` (`attributes.`, `items[0].attributes.`). */
export function missing(prefix: string, fields: FieldSpec[], values: FieldValues): FieldSpec[] {
  return fields.filter((f) => f.required && f.type !== 'BOOLEAN' && (values[f.name] === null || values[f.name] === '' || values[f.name] === undefined)).map((f) => ({ ...f, name: prefix + f.name }))
}

/** The server's document family of a type (DocumentCategory), for the role's required fields. */
export function documentCategory(documentType: string): DocumentCategory {
  if (['111', '112'].includes(documentType)) return 'DOMESTIC'
  if (documentType === '414') return 'FOREIGN'
  if (documentType === '553') return 'FOREIGN_RESIDENT'
  return 'HK_MACAO_TAIWAN'
}

/** The document types a party may show, domestic first. */
export const PARTY_DOCUMENT_TYPES = ['111', '112', '516', '511', '991', '414', '553']
