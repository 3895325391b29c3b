package io.zhian.watch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The watch module's settings and its one timed job: 自动撤控, entries whose validity period has ended expire.
 * Every node runs it; the update is idempotent, so two nodes expiring at once do no harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(WatchProperties.class)
class WatchConfiguration {

	private static final Logger log = LoggerFactory.getLogger(WatchConfiguration.class);

	private final WatchEntries entries;

	WatchConfiguration(WatchEntries entries) {
		this.entries = entries;
	}

	@Scheduled(fixedDelayString = "${zhian.watch.expiry-interval:1m}", initialDelayString = "${zhian.watch.expiry-interval:1m}")
	void expire() {
		try {
			io.zhian.common.CurrentActor.runAsSystem(java.util.Set.of(), () -> {
				int expired = entries.expire();
				if (expired > 0) {
					log.info("{} watch entries expired", expired);
				}
			});
		}
		catch (RuntimeException e) {
			log.error("Expiry of watch entries failed", e);
		}
	}
}
