package io.zhian.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zhian.ZhianApplication;

/**
 * Zhian running as a separate JVM on a given data directory, for tests that kill it with SIGKILL and start it
 * again on the same data: what was committed must survive, and what was not must be done after the restart.
 */
public final class ServerProcess implements AutoCloseable {

	private final Process process;
	private final Path log;
	private final int port;

	private ServerProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/** Starts Zhian on {@code dataDir} and {@code port} with the test classpath and the given extra arguments. */
	public static ServerProcess start(Path dataDir, int port, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), ZhianApplication.class.getName(),
				"--zhian.security.pbkdf2-iterations=100000", "--zhian.demo-stays=false"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("ZHIAN_PORT", String.valueOf(port));
		builder.environment().put("ZHIAN_DATA_DIR", dataDir.toString());
		Path log = dataDir.resolve("server-" + System.nanoTime() + ".log");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		return new ServerProcess(builder.start(), log, port);
	}

	/** Waits until the server answers, then signs the demo user in once the demo city is seeded. */
	public Api awaitUpAndSignIn(String demoUser) throws InterruptedException {
		Api api = new Api(port);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
		while (!answers(api)) {
			if (Instant.now().isAfter(deadline) || !process.isAlive()) {
				throw new AssertionError("Zhian did not start on port " + port + "; see " + log);
			}
			Thread.sleep(250);
		}
		return signIn(api, demoUser);
	}

	/** Signs another demo user in on this running server. */
	public Api signIn(String demoUser) throws InterruptedException {
		return signIn(new Api(port), demoUser);
	}

	private static boolean answers(Api api) {
		try {
			return api.get("/api/v1/system/info").status() == 200;
		}
		catch (IllegalStateException notYet) {
			return false; // connection refused while starting
		}
	}

	/** The demo city is seeded just after the server starts answering; sign in once it is there. */
	private static Api signIn(Api api, String demoUser) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			try {
				return api.loginDemo(demoUser);
			}
			catch (AssertionError notYetSeeded) {
				if (Instant.now().isAfter(deadline)) {
					throw notYetSeeded;
				}
				Thread.sleep(500);
			}
		}
	}

	/** Waits until the server's log has a line containing {@code text}. */
	public void awaitLog(String text, Duration within) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(within);
		while (!new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(text)) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("No log line with \"" + text + "\" within " + within + "; see " + log);
			}
			Thread.sleep(100);
		}
	}

	/** SIGKILL: no shutdown hook, no graceful stop, nothing flushed that was not committed. */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	/** Stops the server if it still runs, gracefully when it can. */
	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
