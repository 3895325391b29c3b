package io.zhian.database;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed event publications to their listeners again. Spring Modulith republishes outstanding ones only
 * at start, so a listener that failed for a passing reason (no pool connection free during a burst, a database
 * restart) would wait for the next restart: a record's watch-list comparison, and so its alarm, hours late. The
 * listeners are idempotent (alarms carry dedupe keys), so a second delivery is harmless.
 */
@Component
@EnableScheduling
class FailedEventRetry {

	private final FailedEventPublications failed;
	private final Duration minAge;

	FailedEventRetry(FailedEventPublications failed,
			@Value("${zhian.events.retry-failed-after:PT1M}") Duration minAge) {
		this.failed = failed;
		this.minAge = minAge;
	}

	@Scheduled(initialDelayString = "${zhian.events.retry-failed-every:PT1M}",
			fixedDelayString = "${zhian.events.retry-failed-every:PT1M}")
	void retry() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
	}
}
