package io.zhian.stats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/**
 * What a cross-tab counts: one to three dimensions, a bounded window, optional filters.
 *
 * @param unitId a district or station: only venues of the stations below it
 */
record CrossTabQuery(List<Dimension> groupBy, TimeWindow window, String trade, String kind, Long venueId,
		Long unitId) {

	static final int MAX_DIMENSIONS = 3;

	/** Parses {@code groupBy=district,day}: one to three different known dimensions, in the order given. */
	static List<Dimension> groupBy(String parameter) {
		if (parameter == null || parameter.isBlank()) {
			throw invalid(parameter);
		}
		Set<Dimension> dimensions = new LinkedHashSet<>();
		String[] names = parameter.split(",", -1);
		for (String name : names) {
			dimensions.add(Dimension.of(name).orElseThrow(() -> invalid(parameter)));
		}
		if (dimensions.size() != names.length || dimensions.size() > MAX_DIMENSIONS) {
			throw invalid(parameter);
		}
		return new ArrayList<>(dimensions);
	}

	boolean ofParties() {
		return groupBy.stream().anyMatch(Dimension::ofParty);
	}

	String criteria() {
		return io.zhian.audit.AuditRecord.criteria("groupBy",
				String.join(",", groupBy.stream().map(Dimension::parameter).toList()), "from", window.from(), "to",
				window.to(), "trade", trade, "kind", kind, "venue", venueId, "unit", unitId);
	}

	private static ZhianException invalid(String parameter) {
		return new ZhianException(ErrorCode.STATS_GROUP_BY_INVALID, parameter == null ? "" : parameter,
				Dimension.names());
	}
}
