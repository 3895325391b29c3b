package io.zhian.bench.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import io.zhian.bench.Timings;
import io.zhian.bench.city.Visit;
import io.zhian.bench.load.ApiLoader;
import io.zhian.bench.load.CopyLoader;
import io.zhian.bench.load.Submissions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake benchmarks of issue 7, both against a baseline measured in the same run:
 * <ul>
 * <li>{@link #throughput}: lots of records through the public batch API (posted, then polled until DONE), each
 * against a raw PostgreSQL COPY of the same rows into the same tables (record_key, record, record_party);</li>
 * <li>{@link #submitLatency}: one record per POST /api/v1/records from many concurrent clients, against a small
 * authenticated GET (the venue's open drafts) from the same clients with the same keys.</li>
 * </ul>
 * The visits are the city's own, sent again under new references, so every record is stored (none a duplicate);
 * the references carry the run's start time, so the benchmark can run again on the same city.
 */
public final class IntakeBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;
	private final CopyLoader copyLoader;
	private final Consumer<String> log;
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	private final String run = Long.toString(System.currentTimeMillis(), 36);

	public IntakeBenchmark(String baseUrl, CopyLoader copyLoader, Consumer<String> log) {
		this.baseUrl = baseUrl;
		this.copyLoader = copyLoader;
		this.log = log;
	}

	/** Per-lot times of both paths, and the throughput ratio API / COPY (target ≥ 0.5). */
	public record Throughput(Timings copy, Timings api, double copyPerSecond, double apiPerSecond) {

		public double ratio() {
			return apiPerSecond / copyPerSecond;
		}
	}

	/**
	 * {@code lots} rounds of one lot of {@code lotSize} visits each way, the order alternating so that neither
	 * path always runs on a warmer database.
	 */
	public Throughput throughput(String apiKey, long venueId, List<Visit> pool, int lots, int lotSize)
			throws IOException, InterruptedException, SQLException {
		ApiLoader api = new ApiLoader(baseUrl, log);
		double[] apiMillis = new double[lots];
		double[] copyMillis = new double[lots];
		for (int round = 0; round < lots; round++) {
			List<Visit> viaApi = lot(pool, round, lotSize, "BENCH-API-");
			List<Visit> viaCopy = lot(pool, round, lotSize, "BENCH-COPY-");
			for (int leg = 0; leg < 2; leg++) {
				if ((leg + round) % 2 == 0) {
					ApiLoader.Loaded loaded = api.load(apiKey, viaApi);
					if (loaded.stored() != lotSize) {
						throw new IllegalStateException("the API stored " + loaded.stored() + " of " + lotSize);
					}
					apiMillis[round] = loaded.millis();
				}
				else {
					long started = System.nanoTime();
					copyLoader.copy(viaCopy, venueId);
					copyMillis[round] = (System.nanoTime() - started) / 1e6;
				}
			}
			log.accept("lot %d of %,d records: API %,.0f ms, COPY %,.0f ms".formatted(round + 1, lotSize,
					apiMillis[round], copyMillis[round]));
		}
		Timings copy = Timings.of("baseline: COPY of the same rows (ms per lot of " + lotSize + ")", copyMillis);
		Timings viaApi = Timings.of("batch intake API, posted and polled to DONE (ms per lot of " + lotSize + ")",
				apiMillis);
		return new Throughput(copy, viaApi, lotSize * 1000.0 / copy.median(), lotSize * 1000.0 / viaApi.median());
	}

	/**
	 * {@code clients} threads, each with one of the venues' keys, first make {@code perClient} small GETs (the
	 * baseline), then submit {@code perClient} records one by one; answers both series in ms.
	 */
	public List<Timings> submitLatency(List<String> apiKeys, List<Visit> pool, int clients, int perClient)
			throws InterruptedException {
		Map<String, Integer> failures = new ConcurrentHashMap<>();
		double[] baseline = concurrently(clients, perClient, (client, i) -> send(apiKeys.get(client % apiKeys.size()),
				HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/records/drafts")).GET(), 200, failures));
		reportFailures("baseline GET", failures);
		double[] submits = concurrently(clients, perClient, (client, i) -> {
			Visit visit = pool.get((client * perClient + i) % pool.size())
				.withReference("BENCH-ONE-" + System.nanoTime() + "-" + client + "-" + i);
			send(apiKeys.get(client % apiKeys.size()), HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/records"))
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Submissions.of(visit)),
						StandardCharsets.UTF_8)),
					201, failures);
		});
		reportFailures("POST /api/v1/records", failures);
		return List.of(Timings.of("baseline: GET /api/v1/records/drafts, " + clients + " concurrent clients", baseline),
				Timings.of("POST /api/v1/records (one check-in), " + clients + " concurrent clients", submits));
	}

	private List<Visit> lot(List<Visit> pool, int round, int size, String prefix) {
		List<Visit> lot = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			lot.add(pool.get((round * size + i) % pool.size()).withReference(prefix + run + "-" + round + "-" + i));
		}
		return lot;
	}

	@FunctionalInterface
	private interface Call {
		void run(int client, int i) throws IOException, InterruptedException;
	}

	/** Runs the call {@code perClient} times on each of {@code clients} threads; answers every call's time. */
	private double[] concurrently(int clients, int perClient, Call call) throws InterruptedException {
		double[] millis = new double[clients * perClient];
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int client = c;
				done.add(threads.submit(() -> {
					for (int i = 0; i < perClient; i++) {
						long started = System.nanoTime();
						call.run(client, i);
						millis[client * perClient + i] = (System.nanoTime() - started) / 1e6;
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		catch (java.util.concurrent.ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
		finally {
			threads.shutdownNow();
		}
		return millis;
	}

	/**
	 * Sends; an unexpected answer is counted by its status and error code (a 503 ZA-0014 when no database
	 * connection came free in time is a result to report, not a reason to stop), its time measured all the same.
	 */
	private void send(String apiKey, HttpRequest.Builder request, int expected, Map<String, Integer> failures)
			throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request.header("Authorization", "ApiKey " + apiKey)
			.header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			String code = response.body().replaceAll(".*\"code\":\"(ZA-\\d+)\".*", "$1");
			failures.merge(response.statusCode() + " " + (code.length() < 10 ? code : ""), 1, Integer::sum);
		}
	}

	private void reportFailures(String series, Map<String, Integer> failures) {
		log.accept(series + ": " + (failures.isEmpty() ? "every answer as expected" : "unexpected answers " + failures));
		failures.clear();
	}
}
