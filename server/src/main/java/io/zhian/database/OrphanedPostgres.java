package io.zhian.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as its own process. If Zhian dies without shutting down (SIGKILL, power
 * failure of the JVM only, an out-of-memory kill) that process outlives it and keeps the data directory
 * locked, and the next start would fail. This stops such an orphan first: a smart shutdown (SIGTERM) that
 * lets PostgreSQL checkpoint, and only if it does not end in time, a kill, after which PostgreSQL's own crash
 * recovery replays its log. Either way nothing committed is lost.
 */
public final class OrphanedPostgres {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
	private static final Duration GRACE = Duration.ofSeconds(30);

	private OrphanedPostgres() {
	}

	/** Stops the postmaster that {@code postmaster.pid} in {@code dataDirectory} names, if it still runs. */
	public static void stopIfRunning(Path dataDirectory) {
		Optional<ProcessHandle> orphan = postmaster(dataDirectory);
		if (orphan.isEmpty()) {
			return;
		}
		ProcessHandle process = orphan.get();
		log.warn("A PostgreSQL server (pid {}) of a previous run still holds {}; stopping it", process.pid(),
				dataDirectory);
		process.destroy();
		if (!awaitExit(process, GRACE)) {
			log.warn("PostgreSQL pid {} did not stop within {}; killing it (crash recovery follows)", process.pid(),
					GRACE);
			process.destroyForcibly();
			awaitExit(process, GRACE);
		}
	}

	private static Optional<ProcessHandle> postmaster(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			long pid = Long.parseLong(lines.get(0).trim());
			// A reused pid may now belong to something else: only a postgres process is ours to stop.
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static boolean awaitExit(ProcessHandle process, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (process.isAlive() && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return !process.isAlive();
	}
}
