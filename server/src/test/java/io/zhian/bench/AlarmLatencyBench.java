package io.zhian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.zhian.ZhianApplication;
import io.zhian.support.AlarmStreamClient;
import io.zhian.support.Api;
import io.zhian.support.Stays;
import io.zhian.support.TestIds;

/**
 * How long after the intake call returns an alarm reaches a connected browser: the whole application on a
 * fresh embedded PostgreSQL, the demo station officer's alarm stream open, {@code n} watched guests checking in
 * one after the other through the intake API. Each latency runs from the moment the check-in's 201 is read to
 * the moment its alarm event is read off the stream (comparison after commit, alarm, NOTIFY, push). The
 * baseline, measured in the same run against the same server, is the round trip of a small authenticated GET.
 * Not a test: run on demand (see bench/README.md), e.g. with {@code -Dalarms=300}.
 */
public final class AlarmLatencyBench {

	private AlarmLatencyBench() {
	}

	public static void main(String[] args) throws Exception {
		int n = Integer.getInteger("alarms", 300);
		Path dataDir = Files.createTempDirectory("zhian-alarm-bench-");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ZhianApplication.class)
			.properties("zhian.data-dir=" + dataDir, "server.port=0", "logging.level.root=WARN")
			.run()) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Api anonymous = new Api(port);
			Api station = anonymous.loginDemo("station");
			Api hotel = anonymous.loginDemo("hotel");

			// Entries first, then a pause, so that every node's comparison index holds them before the check-ins.
			List<String> numbers = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				String number = TestIds.citizen("500103", "1931" + String.format("%02d%02d", 1 + i / 28 % 12, 1 + i % 28),
						i % 1000);
				numbers.add(number);
				Api.Response entry = station.post("/api/v1/watch/entries", Map.of("targetType", "PERSON", "documentType",
						"111", "documentNumber", number, "name", name(i), "category", "FUGITIVE", "reason", "基准测试"));
				if (entry.status() != 201) {
					throw new IllegalStateException(entry.body());
				}
			}
			Thread.sleep(5_000);

			long[] baseline = new long[n];
			for (int i = 0; i < n; i++) {
				long start = System.nanoTime();
				station.get("/api/v1/alarms/outcomes");
				baseline[i] = System.nanoTime() - start;
			}

			long[] latency = new long[n];
			try (AlarmStreamClient stream = new AlarmStreamClient(station.base(), station.token())) {
				stream.next("ready", Duration.ofSeconds(10));
				for (int i = 0; i < n; i++) {
					Api.Response stored = hotel.post("/api/v1/records", Stays.checkIn(Stays.reference(), "8" + (i % 100),
							Stays.domesticGuest(numbers.get(i), name(i))));
					long returned = System.nanoTime();
					if (stored.status() != 201) {
						throw new IllegalStateException(stored.body());
					}
					latency[i] = arrival(stream, name(i)) - returned;
				}
			}
			report(n, latency, baseline);
		}
	}

	/** When the alarm about the named guest arrived; identity or region alarms of the same record are skipped. */
	private static long arrival(AlarmStreamClient stream, String name) throws InterruptedException {
		while (true) {
			AlarmStreamClient.Event event = stream.next("alarm", Duration.ofSeconds(30));
			String kind = event.data().path("kind").asString();
			if ("WATCH_HIT".equals(kind) && name.equals(event.data().path("name").asString())
					&& "RAISED".equals(event.data().path("status").asString())) {
				return event.receivedNanos();
			}
		}
	}

	private static String name(int i) {
		return "基准" + i;
	}

	private static void report(int n, long[] latency, long[] baseline) {
		System.out.printf("alarms: %d%n", n);
		System.out.printf("intake return -> SSE event: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(latency, 0.50),
				ms(latency, 0.99), ms(latency, 1.0));
		System.out.printf("baseline GET round trip:    p50 %.1f ms, p99 %.1f ms%n", ms(baseline, 0.50),
				ms(baseline, 0.99));
		System.out.printf("ratio p50 %.1f, p99 %.1f; target: p99 under 1000 ms%n", ms(latency, 0.50) / ms(baseline, 0.50),
				ms(latency, 0.99) / ms(baseline, 0.99));
	}

	private static double ms(long[] nanos, double quantile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}
}
