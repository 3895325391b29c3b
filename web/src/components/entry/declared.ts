// The entry form's model of a declared record, built from a trade profile and turned into the intake body.
import type { Attributes, Item, Party, RecordCreateRequest, Vehicle } from '@/api/recordTypes'
import type { DocumentCategory, FieldSpec, ItemRole, PartyRole, RecordKind, VehicleRole } from '@/api/trades'
import { formatDateTime, shanghaiWallTimeToIso } from '@/utils/time'
import { categoryOf, type GuestCategory } from '@/components/desk/guest'

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

const filled = (values: FieldValues) => Object.values(values).some((x) => x !== '' && x !== null && x !== false)

/**
 * The intake body of a filled form. Parties, vehicles and items left wholly empty (the slot of a role that may
 * have none) are not sent; `positions` maps each one sent back to its place in the form, so the server's
 * `parties[1].name` error lands on the right card.
 */
export function toRequest(trade: string, kind: RecordKind, form: RecordForm, reference: string) {
  const party = (p: PartyForm): Party => ({
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
  })
  const vehicle = (v: VehicleForm): Vehicle => ({
    role: v.role,
    plate: text(v.plate),
    vin: text(v.vin),
    attributes: attributes(kind.vehicleRoles.find((r) => r.code === v.role)?.attributes ?? [], v.attributes),
  })
  const item = (i: ItemForm): Item => ({
    role: i.role,
    category: text(i.category),
    imei: text(i.imei),
    serialNumber: text(i.serialNumber),
    description: text(i.description),
    attributes: attributes(kind.itemRoles.find((r) => r.code === i.role)?.attributes ?? [], i.attributes),
  })
  const parties = sent(form.parties, (p) => !!(p.documentNumber.trim() || p.name.trim()))
  const vehicles = sent(form.vehicles, (v) => !!(v.plate.trim() || v.vin.trim() || filled(v.attributes)))
  const items = sent(form.items, (i) => !!(i.category || i.imei.trim() || i.serialNumber.trim() || filled(i.attributes)))
  const body: RecordCreateRequest = {
    trade,
    kind: kind.code,
    reference,
    occurredAt: shanghaiWallTimeToIso(form.occurredAt),
    attributes: attributes(kind.attributes, form.attributes),
    parties: parties.map((i) => party(form.parties[i])),
    vehicles: vehicles.map((i) => vehicle(form.vehicles[i])),
    items: items.map((i) => item(form.items[i])),
  }
  return { body, positions: { parties, vehicles, items } }
}

/** The form positions of the entries that are sent. */
function sent<T>(entries: T[], isFilled: (entry: T) => boolean): number[] {
  return entries.flatMap((entry, i) => (isFilled(entry) ? [i] : []))
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

/** A form value of a declared field from what a request carried (the inverse of `value`). */
function formValue(spec: FieldSpec, raw: unknown): string | number | boolean | null {
  if (raw === null || raw === undefined) return spec.type === 'BOOLEAN' ? false : spec.type === 'PHOTO' ? null : ''
  if (spec.type === 'DATE_TIME' && typeof raw === 'string') return formatDateTime(raw)
  if (spec.type === 'BOOLEAN' || spec.type === 'PHOTO') return raw as boolean | number
  return String(raw)
}

function formValues(fields: FieldSpec[], given: Attributes | undefined): FieldValues {
  return Object.fromEntries(fields.map((f) => [f.name, formValue(f, given?.[f.name])]))
}

/** A request back in the form, to correct what the server refused (a record that waited offline). */
export function fromRequest(kind: RecordKind, body: RecordCreateRequest): RecordForm {
  const roleOf = <R extends { code: string }>(roles: R[], code: string) => roles.find((r) => r.code === code)
  return {
    occurredAt: body.occurredAt ? formatDateTime(body.occurredAt) : '',
    attributes: formValues(kind.attributes, body.attributes),
    parties: body.parties.flatMap((p) => {
      const role = roleOf(kind.roles, p.role)
      if (!role) return []
      return [{
        ...emptyParty(role),
        category: categoryOf(p.documentType),
        documentType: p.documentType,
        documentNumber: p.documentNumber,
        name: p.name,
        sex: p.sex ?? '',
        birthDate: p.birthDate ?? '',
        regionCode: p.regionCode ?? '',
        nationality: p.nationality ?? '',
        address: p.address ?? '',
        phone: p.phone ?? '',
        documentPhotoId: p.documentPhotoId ?? null,
        facePhotoId: p.facePhotoId ?? null,
        attributes: formValues(role.attributes, p.attributes),
      }]
    }),
    vehicles: (body.vehicles ?? []).flatMap((v) => {
      const role = roleOf(kind.vehicleRoles, v.role)
      return role ? [{ ...emptyVehicle(role), plate: v.plate ?? '', vin: v.vin ?? '', attributes: formValues(role.attributes, v.attributes) }] : []
    }),
    items: (body.items ?? []).flatMap((i) => {
      const role = roleOf(kind.itemRoles, i.role)
      return role
        ? [{ ...emptyItem(role), category: i.category ?? '', imei: i.imei ?? '', serialNumber: i.serialNumber ?? '', description: i.description ?? '', attributes: formValues(role.attributes, i.attributes) }]
        : []
    }),
  }
}
