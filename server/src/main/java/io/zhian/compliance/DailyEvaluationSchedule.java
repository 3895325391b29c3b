package io.zhian.compliance;

import java.time.Clock;
import java.time.Duration;
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
 * Every day at {@code zhian.compliance.daily-at}, and once shortly after start, evaluates each day of the last
 * {@code zhian.compliance.catch-up-days} that has not been evaluated yet: normally just the previous day, but
 * also the days a stopped server missed. Every node of a scaled deployment schedules it;
 * {@link ComplianceEvaluator#evaluateOnce} lets only the first one work on a day. The time is a plain
 * {@code HH:mm} setting rather than a cron expression because that is what operators set.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ComplianceProperties.class)
class DailyEvaluationSchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(DailyEvaluationSchedule.class);

	private static final Duration AFTER_START = Duration.ofSeconds(10);

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
		registrar.addTriggerTask(this::evaluateMissedDays, new CronTrigger(cron, properties.zone()));
		// Once, after start: the days missed while the server was down are not left until the next night.
		registrar.addTriggerTask(this::evaluateMissedDays,
				context -> context.lastCompletion() == null ? clock.instant().plus(AFTER_START) : null);
	}

	/** Evaluates, oldest first, the days of the catch-up window that no node has evaluated. */
	void evaluateMissedDays() {
		LocalDate yesterday = LocalDate.now(clock.withZone(properties.zone())).minusDays(1);
		for (LocalDate day = yesterday.minusDays(properties.catchUpDays() - 1L); !day.isAfter(yesterday);
				day = day.plusDays(1)) {
			LocalDate evaluated = day;
			try {
				evaluator.evaluateOnce(day, "system")
					.ifPresent(venues -> log.info("Compliance of {} evaluated: {} venues", evaluated, venues));
			}
			catch (RuntimeException e) {
				// The next days would most likely fail the same way (database down); the next run retries them.
				log.error("Compliance evaluation of {} failed; the days after it wait for the next run", evaluated, e);
				return;
			}
		}
	}
}
