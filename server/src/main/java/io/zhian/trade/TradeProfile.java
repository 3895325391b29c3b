package io.zhian.trade;

import java.util.List;
import java.util.Optional;

/**
 * What one regulated trade reports. Implementations are Spring beans, one per trade, and nothing else: a
 * declaration of kinds, roles and fields.
 */
public interface TradeProfile {

	/** The trade's code in the {@code trade} code table, e.g. {@code HOTEL}. */
	String code();

	List<RecordKind> kinds();

	/** The fewest records an active venue of this trade should report per day (0: no minimum). */
	default int minimumDailyRecords() {
		return 0;
	}

	default Optional<RecordKind> kind(String code) {
		return kinds().stream().filter(k -> k.code().equals(code)).findFirst();
	}
}
