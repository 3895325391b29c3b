package io.zhian.alarm;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The alarm module's settings and its replaceable parts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlarmProperties.class)
class AlarmConfiguration {

	@Bean
	@ConditionalOnMissingBean(SmsGateway.class)
	SmsGateway outboxSmsGateway(JdbcClient jdbc, Clock clock) {
		return new OutboxSmsGateway(jdbc, clock);
	}
}
