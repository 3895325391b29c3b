package io.zhian.venue;

/**
 * Filters of the venue list; null means "any".
 *
 * @param text part of the name, code or address
 * @param status a {@link VenueStatus} name
 * @param trade a code of the {@code trade} table
 * @param unitId a district bureau or station: venues supervised by it or by the stations below it
 */
public record VenueQuery(String text, String status, String trade, Long unitId) {
}
