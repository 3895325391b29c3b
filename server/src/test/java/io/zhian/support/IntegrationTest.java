package io.zhian.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random port, on the real embedded PostgreSQL in
 * a fresh data directory, with the demo city seeded exactly as on a first start. All subclasses share one
 * context (and one database), so tests must not depend on each other's data beyond the demo city.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

	private static final Path DATA_DIR = freshDirectory("shared");

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestClock clock;

	protected Api api;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("zhian.data-dir", DATA_DIR::toString);
		// The minimum the issue allows, to keep the many test logins quick.
		registry.add("zhian.security.pbkdf2-iterations", () -> "100000");
	}

	@BeforeEach
	void client() {
		api = new Api(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** A new, empty directory under target/, so runs never see each other's databases. */
	public static Path freshDirectory(String name) {
		try {
			Path root = Path.of("target", "test-data");
			Files.createDirectories(root);
			return Files.createTempDirectory(root, name + "-").toAbsolutePath();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
