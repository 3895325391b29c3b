package io.zhian.bench.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A signed-in police user's HTTP calls to the running server, as the web console makes them. */
public final class Http {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();
	private final String base;
	private final String token;

	private Http(String base, String token) {
		this.base = base;
		this.token = token;
	}

	public static Http login(String base, String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create(base + "/api/v1/auth/login")).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					JSON.writeValueAsString(Map.of("username", username, "password", password))))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("login of " + username + ": " + response.statusCode() + " " + response.body());
		}
		return new Http(base, JSON.readTree(response.body()).path("token").asString());
	}

	public String baseUrl() {
		return base;
	}

	public String token() {
		return token;
	}

	/** GET with query parameters; fails on anything but 200. */
	public JsonNode get(String path, Map<String, String> query) throws IOException, InterruptedException {
		String q = query.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path + (q.isEmpty() ? "" : "?" + q)))
			.header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN").GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IOException("GET " + path + "?" + q + ": " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

	public JsonNode post(String path, Object body) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() / 100 != 2) {
			throw new IOException("POST " + path + ": " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}
}
