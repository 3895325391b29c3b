package io.zhian.common;

import java.util.List;

/**
 * How far one user's data reaches, turned into SQL so that every module filters on the server the same way.
 * Units form a tree stored with a materialised path in {@code org_unit.path} ("/1/4/17/"), so "my unit and
 * everything below" is a single indexed prefix match.
 */
public record DataScope(ScopeKind kind, Long unitId, String unitPath, Long venueId) {

	/** Rows owned by a police unit, e.g. users or units themselves, given the column holding the unit id. */
	public SqlCondition units(String unitIdColumn) {
		return switch (kind) {
			case CITY -> SqlCondition.ALWAYS;
			case UNIT_TREE -> subtree(unitIdColumn);
			case OWN_UNIT -> new SqlCondition(unitIdColumn + " = ?", List.of(unitId));
			case OWN_VENUE -> SqlCondition.NEVER;
		};
	}

	/** Rows that belong to a venue: police see their jurisdiction's venues, a venue user only its own. */
	public SqlCondition venues(String venueIdColumn, String stationUnitIdColumn) {
		return switch (kind) {
			case OWN_VENUE -> new SqlCondition(venueIdColumn + " = ?", List.of(venueId == null ? -1L : venueId));
			default -> units(stationUnitIdColumn);
		};
	}

	/** Whether a single unit, known by its path, lies within this scope. */
	public boolean coversUnit(long id, String path) {
		return switch (kind) {
			case CITY -> true;
			case UNIT_TREE -> unitPath != null && path.startsWith(unitPath);
			case OWN_UNIT -> unitId != null && unitId == id;
			case OWN_VENUE -> false;
		};
	}

	private SqlCondition subtree(String unitIdColumn) {
		if (unitPath == null) {
			return SqlCondition.NEVER;
		}
		return new SqlCondition(unitIdColumn + " in (select u.id from org_unit u where u.path like ?)",
				List.of(unitPath + "%"));
	}
}
