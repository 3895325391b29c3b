// The front desk's model of one guest being registered, and its translation to a record party.
import type { Attributes, Party, RegularGuest } from '@/api/recordTypes'

/** 国内, 境外, 港澳台: each has its own document types and fields. */
export type GuestCategory = 'DOMESTIC' | 'FOREIGN' | 'HMT'

export const GUEST_CATEGORIES: GuestCategory[] = ['DOMESTIC', 'FOREIGN', 'HMT']

/** Document types offered per category, the first being the default. 991 is Zhian's code for 港澳台居民居住证. */
export const DOCUMENT_TYPES: Record<GuestCategory, string[]> = {
  DOMESTIC: ['111', '112'],
  FOREIGN: ['414', '553'],
  HMT: ['516', '511', '991'],
}

/** Types whose numbers follow GB 11643, so sex and birth date (and for ID cards the region) come from the number. */
export const GB11643_TYPES = ['111', '112', '991']

/** 港澳台 "regions" are countries in GB/T 2659; the residence permit's number starts with one of these. */
export const HMT_COUNTRIES = ['HKG', 'MAC', 'TWN']
const HMT_BY_REGION_PREFIX: Record<string, string> = { '81': 'HKG', '82': 'MAC', '83': 'TWN' }

export const DEFAULT_ETHNICITY = '01'

export interface GuestForm {
  /** Stable key for v-for while guests are added and removed. */
  key: number
  category: GuestCategory
  documentType: string
  documentNumber: string
  name: string
  sex: string
  birthDate: string
  ethnicity: string
  regionCode: string
  address: string
  phone: string
  nationality: string
  latinSurname: string
  latinGivenName: string
  visaType: string
  visaNumber: string
  stayUntil: string
  entryPort: string
  entryDate: string
  receivingUnit: string
  overseasAddress: string
  documentPhotoId: number | null
  facePhotoId: number | null
  groupLeader: boolean
  /** Fields last filled from the ID number: Enter skips them, and the next number may overwrite them. */
  derived: { sex: boolean; birthDate: boolean; regionCode: boolean }
}

let nextKey = 1

export function emptyGuest(category: GuestCategory = 'DOMESTIC'): GuestForm {
  return {
    key: nextKey++,
    category,
    documentType: DOCUMENT_TYPES[category][0],
    documentNumber: '',
    name: '',
    sex: '',
    birthDate: '',
    ethnicity: category === 'DOMESTIC' ? DEFAULT_ETHNICITY : '',
    regionCode: '',
    address: '',
    phone: '',
    nationality: category === 'HMT' ? 'HKG' : '',
    latinSurname: '',
    latinGivenName: '',
    visaType: '',
    visaNumber: '',
    stayUntil: '',
    entryPort: '',
    entryDate: '',
    receivingUnit: '',
    overseasAddress: '',
    documentPhotoId: null,
    facePhotoId: null,
    groupLeader: false,
    derived: { sex: false, birthDate: false, regionCode: false },
  }
}

export function categoryOf(documentType: string): GuestCategory {
  for (const category of GUEST_CATEGORIES) if (DOCUMENT_TYPES[category].includes(documentType)) return category
  return 'DOMESTIC'
}

/** The country a residence-permit number (810000…/820000…/830000…) belongs to, if it is one. */
export function hmtCountryOfNumber(number: string): string | null {
  return HMT_BY_REGION_PREFIX[number.slice(0, 2)] ?? null
}

/**
 * Whether the guest is a foreign visitor on a passport, who is asked for visa, entry and host facts; a holder of
 * a permanent residence card (553) lives here and gives an address like anyone else.
 */
export function isVisitor(guest: GuestForm): boolean {
  return guest.category === 'FOREIGN' && guest.documentType !== '553'
}

/** The name a foreign guest is registered under when no Chinese name is given: "SMITH JOHN". */
export function latinName(guest: GuestForm): string {
  return [guest.latinSurname, guest.latinGivenName].map((s) => s.trim().toUpperCase()).filter(Boolean).join(' ')
}

const blank = (value: string): string | null => (value.trim() ? value.trim() : null)

/**
 * The party the record API takes; only the fields of the guest's category are sent. A foreign guest is
 * registered under the Latin name ("SMITH JOHN"), with a Chinese name, if any, as the `chineseName` attribute.
 */
export function toParty(guest: GuestForm, inGroup: boolean): Party {
  const party: Party = {
    role: 'GUEST',
    documentType: guest.documentType,
    documentNumber: guest.documentNumber.trim().toUpperCase(),
    name: guest.name.trim(),
    sex: blank(guest.sex),
    birthDate: blank(guest.birthDate),
    phone: blank(guest.phone),
    documentPhotoId: guest.documentPhotoId,
    facePhotoId: guest.facePhotoId,
    attributes: inGroup ? { groupLeader: guest.groupLeader } : {},
  }
  if (guest.category === 'DOMESTIC') {
    Object.assign(party, { ethnicity: blank(guest.ethnicity), regionCode: blank(guest.regionCode), address: blank(guest.address) })
    return party
  }
  if (guest.category === 'HMT') {
    Object.assign(party, { nationality: blank(guest.nationality), address: blank(guest.address) })
    return party
  }
  const latin = latinName(guest)
  Object.assign(party, {
    name: latin || party.name,
    latinSurname: blank(guest.latinSurname.toUpperCase()),
    latinGivenName: blank(guest.latinGivenName.toUpperCase()),
    nationality: blank(guest.nationality),
  })
  const attributes: Attributes = { ...party.attributes }
  if (latin && party.name !== guest.name.trim() && guest.name.trim()) attributes.chineseName = guest.name.trim()
  if (isVisitor(guest)) {
    Object.assign(attributes, {
      visaType: blank(guest.visaType),
      visaNumber: blank(guest.visaNumber),
      stayUntil: blank(guest.stayUntil),
      entryPort: blank(guest.entryPort),
      entryDate: blank(guest.entryDate),
      receivingUnit: blank(guest.receivingUnit),
      overseasAddress: blank(guest.overseasAddress),
    })
  } else {
    party.address = blank(guest.address)
  }
  party.attributes = attributes
  return party
}

/** Copies a regular guest's (常住旅客) details from their earlier stay; visa and entry data are per trip and stay empty. */
export function fillFromRegular(guest: GuestForm, regular: RegularGuest): void {
  const category = categoryOf(regular.documentType)
  Object.assign(guest, {
    category,
    documentType: regular.documentType,
    documentNumber: regular.documentNumber,
    name: regular.name ?? '',
    latinSurname: regular.latinSurname ?? '',
    latinGivenName: regular.latinGivenName ?? '',
    sex: regular.sex ?? '',
    birthDate: regular.birthDate ?? '',
    ethnicity: regular.ethnicity ?? (category === 'DOMESTIC' ? DEFAULT_ETHNICITY : ''),
    nationality: regular.nationality ?? '',
    regionCode: regular.regionCode ?? '',
    address: regular.address ?? '',
    phone: regular.phone ?? '',
    derived: { sex: false, birthDate: false, regionCode: false },
  })
}

/** Switches a guest to another category, keeping what the categories share (name, phone, photos). */
export function changeCategory(guest: GuestForm, category: GuestCategory): void {
  if (guest.category === category) return
  const fresh = emptyGuest(category)
  Object.assign(guest, {
    ...fresh,
    key: guest.key,
    name: guest.name,
    phone: guest.phone,
    documentPhotoId: guest.documentPhotoId,
    facePhotoId: guest.facePhotoId,
    groupLeader: guest.groupLeader,
  })
}

/** Party fields the guest form shows (server errors on any other field are listed above the form). */
export const SHOWN_PARTY_FIELDS = [
  'documentType', 'documentNumber', 'name', 'latinSurname', 'latinGivenName', 'sex', 'birthDate', 'ethnicity', 'nationality',
  'regionCode', 'address', 'phone', 'documentPhotoId', 'facePhotoId', 'attributes.visaType', 'attributes.visaNumber',
  'attributes.stayUntil', 'attributes.entryPort', 'attributes.entryDate', 'attributes.receivingUnit', 'attributes.overseasAddress',
  'attributes.chineseName',
]

/**
 * The required fields the guest leaves empty, as party field paths: the register's 必填项 of 1.2(1) as the
 * hotel trade profile keeps them (the visa only when the guest holds one: most visitors now enter visa-free).
 * The server checks again; this only saves the clerk a round trip.
 */
export function missingFields(guest: GuestForm): string[] {
  const required: [string, string][] = [
    ['documentNumber', guest.documentNumber],
    ['sex', guest.sex],
    ['birthDate', guest.birthDate],
  ]
  if (guest.category === 'DOMESTIC') {
    required.push(['name', guest.name], ['ethnicity', guest.ethnicity], ['regionCode', guest.regionCode], ['address', guest.address])
  } else if (guest.category === 'HMT') {
    required.push(['name', guest.name])
  } else {
    // A foreigner is registered under the Latin name, or the Chinese one if that is all there is.
    required.push(['latinSurname', guest.latinSurname || guest.name], ['nationality', guest.nationality])
    if (isVisitor(guest)) {
      required.push(
        ['attributes.stayUntil', guest.stayUntil],
        ['attributes.entryPort', guest.entryPort],
        ['attributes.entryDate', guest.entryDate],
        ['attributes.receivingUnit', guest.receivingUnit],
        ['attributes.overseasAddress', guest.overseasAddress],
      )
    }
  }
  return required.filter(([, value]) => !value.trim()).map(([field]) => field)
}
