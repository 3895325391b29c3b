package io.zhian.reference;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The GB/T 2260 regions, current and retired, from the region table's in-memory snapshot. */
@Component
class Regions implements RegionLookup {

	private final CodeTables tables;

	Regions(CodeTables tables) {
		this.tables = tables;
	}

	@Override
	public Optional<Region> find(String code) {
		return Optional.ofNullable(tables.region(code));
	}
}
