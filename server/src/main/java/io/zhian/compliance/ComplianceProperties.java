package io.zhian.compliance;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Compliance settings ({@code zhian.compliance.*}). Days are calendar days in {@code zone}. The delay threshold
 * defaults to 30 minutes because hotels must report a guest promptly on check-in (实时上传); a record received
 * later than that after it occurred counts as a delayed upload (延时上传). {@code catchUpDays} is how far back the
 * job evaluates days it missed (the server was down at {@code dailyAt}, or was installed recently).
 */
@ConfigurationProperties("zhian.compliance")
record ComplianceProperties(@DefaultValue("01:00") LocalTime dailyAt, @DefaultValue("Asia/Shanghai") ZoneId zone,
		@DefaultValue("30m") Duration delayThreshold, @DefaultValue("true") boolean scheduled,
		@DefaultValue("31") int catchUpDays) {

	ComplianceProperties {
		if (delayThreshold.isNegative() || delayThreshold.isZero()) {
			throw new IllegalArgumentException("zhian.compliance.delay-threshold must be positive");
		}
		if (catchUpDays < 1) {
			throw new IllegalArgumentException("zhian.compliance.catch-up-days must be at least 1");
		}
	}
}
