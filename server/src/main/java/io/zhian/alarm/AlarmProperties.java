package io.zhian.alarm;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alarm settings ({@code zhian.alarm.*}).
 *
 * @param signWithin how long a published alarm may wait for its signature (签收) before it escalates to the
 * district
 * @param escalationCheck how often the escalation job looks for overdue alarms
 * @param streamTimeout how long one live stream stays open before the browser reconnects (and is
 * authenticated again, so a revoked session stops receiving within this time)
 * @param heartbeat how often an idle stream carries a comment, so that proxies keep it open
 */
@ConfigurationProperties("zhian.alarm")
record AlarmProperties(@DefaultValue("15m") Duration signWithin, @DefaultValue("30s") Duration escalationCheck,
		@DefaultValue("5m") Duration streamTimeout, @DefaultValue("20s") Duration heartbeat) {

	AlarmProperties {
		for (Duration duration : new Duration[] { signWithin, escalationCheck, streamTimeout, heartbeat }) {
			if (duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException("zhian.alarm durations must be positive");
			}
		}
	}
}
