package io.zhian.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code /api/v1/alarms/stream} as a browser's fetch does: with the Authorization header, line by line,
 * collecting each event's name, data and the moment it arrived ({@link System#nanoTime()}).
 */
public final class AlarmStreamClient implements AutoCloseable {

	public record Event(String name, JsonNode data, long receivedNanos) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
	private final CompletableFuture<?> reading;

	public AlarmStreamClient(String base, String token) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/alarms/stream"))
			.header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
		String[] name = { "message" };
		StringBuilder data = new StringBuilder();
		reading = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
			.thenAccept(response -> response.body().forEach(line -> {
				if (line.startsWith("event:")) {
					name[0] = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5));
				}
				else if (line.isEmpty() && !data.isEmpty()) {
					events.add(new Event(name[0], JSON.readTree(data.toString()), System.nanoTime()));
					data.setLength(0);
					name[0] = "message";
				}
			}));
	}

	/** The next event of that name, skipping others; fails after the timeout. */
	public Event next(String name, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (event == null) {
				throw new AssertionError("no '" + name + "' event within " + timeout);
			}
			if (event.name().equals(name)) {
				return event;
			}
		}
	}

	@Override
	public void close() {
		reading.cancel(true);
	}
}
