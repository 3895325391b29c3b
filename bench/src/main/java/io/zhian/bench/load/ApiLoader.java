package io.zhian.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.zhian.bench.city.Visit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads visits through the public intake API as venue systems do (docs/api.md): lots of up to 1 000 records per
 * venue posted to {@code /api/v1/records/batches} with the venue's API key, then polled until DONE. For
 * measuring intake, not for preparing big data (use {@link CopyLoader}).
 */
public final class ApiLoader {

	public static final int LOT_SIZE = 1000;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();
	private final String baseUrl;
	private final Consumer<String> log;

	public ApiLoader(String baseUrl, Consumer<String> log) {
		this.baseUrl = baseUrl;
		this.log = log;
	}

	public record Loaded(long records, long stored, long duplicates, long rejected, long millis) {
	}

	/** Posts the visits of one venue with its key ({@code keyId.secret}) in lots, waiting for each to finish. */
	public Loaded load(String apiKey, List<Visit> visits) throws IOException, InterruptedException {
		long started = System.currentTimeMillis();
		long stored = 0;
		long duplicates = 0;
		long rejected = 0;
		for (int from = 0; from < visits.size(); from += LOT_SIZE) {
			List<Map<String, Object>> lot = new ArrayList<>();
			for (Visit visit : visits.subList(from, Math.min(visits.size(), from + LOT_SIZE))) {
				lot.add(Submissions.of(visit));
			}
			JsonNode received = send(apiKey, "POST", "/api/v1/records/batches", Map.of("records", lot), 202);
			String lotId = received.path("lotId").asString();
			JsonNode status;
			do {
				Thread.sleep(20);
				status = send(apiKey, "GET", "/api/v1/records/batches/" + lotId, null, 200);
			}
			while (!"DONE".equals(status.path("status").asString()));
			stored += status.path("stored").asLong();
			duplicates += status.path("duplicates").asLong();
			rejected += status.path("rejected").asLong();
			if (status.path("rejected").asLong() > 0) {
				log.accept("lot " + lotId + " rejected records: " + status.path("results"));
			}
		}
		return new Loaded(visits.size(), stored, duplicates, rejected, System.currentTimeMillis() - started);
	}

	/** Submits one record ({@code POST /api/v1/records}); answers the stored record. */
	public JsonNode submit(String apiKey, Map<String, Object> record) throws IOException, InterruptedException {
		return send(apiKey, "POST", "/api/v1/records", record, 201);
	}

	private JsonNode send(String apiKey, String method, String path, Object body, int expected)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Authorization", "ApiKey " + apiKey).header("Content-Type", "application/json");
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != expected) {
			throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}
}
