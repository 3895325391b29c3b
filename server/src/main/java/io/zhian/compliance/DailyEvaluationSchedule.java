package io.zhian.compliance;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs the evaluation of the previous day every day at {@code zhian.compliance.daily-at}. Every node of a
 * scaled deployment schedules it; {@link ComplianceEvaluator#evaluateOnce} lets only the first one work.
 * The time is a plain {@code HH:mm} setting rather than a cron expression because that is what operators set.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ComplianceProperties.class)
class DailyEvaluationSchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(DailyEvaluationSchedule.class);

	private final ComplianceProperties properties;
	private final ComplianceEvaluator evaluator;
	private final Clock clock;

	DailyEvaluationSchedule(ComplianceProperties properties, ComplianceEvaluator evaluator, Clock clock) {
		this.properties = properties;
		this.evaluator = evaluator;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!properties.scheduled()) {
			return;
		}
		String cron = "0 %d %d * * *".formatted(properties.dailyAt().getMinute(), properties.dailyAt().getHour());
		registrar.addTriggerTask(this::evaluateYesterday, new CronTrigger(cron, properties.zone()));
	}

	void evaluateYesterday() {
		LocalDate yesterday = LocalDate.now(clock.withZone(properties.zone())).minusDays(1);
		try {
			evaluator.evaluateOnce(yesterday, "system").ifPresentOrElse(
					venues -> log.info("Compliance of {} evaluated: {} venues", yesterday, venues),
					() -> log.info("Compliance of {} already evaluated by another node", yesterday));
		}
		catch (RuntimeException e) {
			log.error("Compliance evaluation of {} failed", yesterday, e);
		}
	}
}
