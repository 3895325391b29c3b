package io.zhian.alarm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs {@link Escalation} every {@code zhian.alarm.escalation-check} on every node. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EscalationSchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(EscalationSchedule.class);

	private final Escalation escalation;
	private final AlarmProperties properties;

	EscalationSchedule(Escalation escalation, AlarmProperties properties) {
		this.escalation = escalation;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::run, properties.escalationCheck());
	}

	private void run() {
		try {
			int escalated = escalation.escalateOverdue();
			if (escalated > 0) {
				log.info("Escalated {} alarms not signed within {}", escalated, properties.signWithin());
			}
		}
		catch (RuntimeException e) {
			log.error("Alarm escalation failed", e);
		}
	}
}
