package io.zhian.trade;

import java.util.List;

/** A trade profile declared in a resource ({@code trades/<trade>.yaml}) rather than in a class. */
record DeclaredProfile(String code, int minimumDailyRecords, List<RecordKind> kinds) implements TradeProfile {

	DeclaredProfile {
		kinds = List.copyOf(kinds);
	}
}
