package io.zhian.watch;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the watch module ({@code zhian.watch.*}).
 *
 * @param highRiskRegions GB/T 2260 region-code prefixes (e.g. {@code 5301} for 昆明) whose natives' arrivals
 * raise a low-level warning (高危地区预警); empty by default
 * @param lookBack how far back reverse lookup (倒查) searches past records when an entry or a list arrives
 * @param pollInterval how often each node catches up with watch-list changes made on other nodes
 * @param importDirectory where uploaded list files wait for the background import; under the data directory
 * when empty
 * @param comparisonDelay for crash tests only: how long the comparison of a stored record waits before it starts,
 * so that a test can kill the server between the record's commit and its comparison; zero (the default) in use
 * @param frequency the high-frequency clue (线索跟踪)
 */
@ConfigurationProperties("zhian.watch")
record WatchProperties(List<String> highRiskRegions, Duration lookBack, Duration pollInterval,
		String importDirectory, Duration comparisonDelay, Frequency frequency) {

	/**
	 * 线索跟踪: a person who appears in more than {@code maxRecords} records of {@code trades} within {@code within}
	 * (selling or pawning again and again) raises a low-level warning.
	 */
	record Frequency(List<String> trades, int maxRecords, Duration within) {

		Frequency {
			trades = trades == null ? List.of("PAWN", "SCRAP_METAL", "SECOND_HAND", "CONSIGNMENT", "USED_CAR")
					: List.copyOf(trades);
			maxRecords = maxRecords <= 0 ? 3 : maxRecords;
			within = within == null ? Duration.ofDays(30) : within;
		}
	}

	WatchProperties {
		highRiskRegions = highRiskRegions == null ? List.of()
				: highRiskRegions.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		lookBack = lookBack == null ? Duration.ofDays(365) : lookBack;
		pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
		comparisonDelay = comparisonDelay == null ? Duration.ZERO : comparisonDelay;
		frequency = frequency == null ? new Frequency(null, 0, null) : frequency;
	}
}
