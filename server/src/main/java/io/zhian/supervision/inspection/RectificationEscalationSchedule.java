package io.zhian.supervision.inspection;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs {@link RectificationEscalation} every {@code zhian.inspection.escalation-check} (default 10 minutes). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RectificationEscalationSchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(RectificationEscalationSchedule.class);

	private final RectificationEscalation escalation;
	private final Duration interval;

	RectificationEscalationSchedule(RectificationEscalation escalation,
			@Value("${zhian.inspection.escalation-check:PT10M}") Duration interval) {
		this.escalation = escalation;
		this.interval = interval;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::run, interval);
	}

	private void run() {
		try {
			int escalated = escalation.escalateOverdue();
			if (escalated > 0) {
				log.info("Escalated {} overdue rectification notices", escalated);
			}
		}
		catch (RuntimeException e) {
			log.error("Rectification escalation failed", e);
		}
	}
}
