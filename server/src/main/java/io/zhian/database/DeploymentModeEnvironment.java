package io.zhian.database;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Derives the demo mode from where the data lives: with the embedded database Zhian is a demo (banner, demo
 * data on first start, no mandatory second factor); with an external database it is production. Both are
 * defaults: an explicit {@code zhian.demo} or {@code zhian.security.require-second-factor} wins.
 */
class DeploymentModeEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean embedded = environment.getProperty("spring.datasource.url", "").isBlank();
		environment.getPropertySources()
			.addLast(new MapPropertySource("zhianDeploymentMode",
					Map.of("zhian.database.embedded", embedded, "zhian.demo", embedded,
							"zhian.security.require-second-factor", !embedded)));
	}
}
