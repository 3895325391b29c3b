package io.zhian.bench.city;

import java.time.OffsetDateTime;

/**
 * A planted case of the record trades (issue 7): a shop of the trade, the person who brings the object, and the
 * object a watch entry names — a stolen vehicle at a repair shop (plate and VIN) or a lost phone pawned (IMEI).
 * {@code watchedBefore} says which way the alarm must come: the entry exists before the record arrives (the live
 * comparison at intake), or the record is history when the entry is entered (倒查, reverse lookup).
 */
public record TradeCase(String name, String trade, String kind, VenuePlan shop, Person person, String reference,
		OffsetDateTime occurredAt, String plate, String vin, String imei, boolean watchedBefore) {
}
