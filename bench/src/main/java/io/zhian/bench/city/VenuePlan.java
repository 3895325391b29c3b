package io.zhian.bench.city;

/**
 * A venue the city will have, before it is filed: its trade, where it is, and its capacity (rooms of a hotel),
 * which decides how many records it sends.
 */
public record VenuePlan(int index, TradeDeclaration trade, String name, String licenceNumber, Station station,
		String address, int capacity) {
}
