package io.zhian.venue;

/**
 * Filters of the police staff search; null means "any".
 *
 * @param unitId jurisdiction: a district or station, venues below it
 * @param name part of the name
 * @param documentNumber the whole document number (normalised like the stored one)
 * @param venue part of the venue's code or name
 * @param current true for current staff, false for former staff
 * @param minor true for staff who were under 18 when hired
 */
record StaffQuery(Long unitId, String name, String documentNumber, String venue, Boolean current, Boolean minor) {
}
