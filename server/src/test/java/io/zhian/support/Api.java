package io.zhian.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for integration tests: real requests against the running server on its port. */
public final class Api {

	public static final String DEMO_PASSWORD = "Zhian-demo-2026";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();
	private final String base;
	private final String token;
	private final String language;

	public Api(int port) {
		this.base = "http://localhost:" + port;
		this.token = null;
		this.language = "zh-CN";
	}

	public record Response(int status, String contentType, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		/** The problem code of an error answer. */
		public String code() {
			return json().path("code").asString();
		}
	}

	public Api as(String token) {
		return new Api(this, token, language);
	}

	public Api language(String language) {
		return new Api(this, token, language);
	}

	private Api(Api from, String token, String language) {
		this.base = from.base;
		this.token = token;
		this.language = language;
	}

	/** Signs in and answers a client that carries the session token. */
	public Api login(String username, String password) {
		Response response = post("/api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password
				+ "\"}");
		if (response.status() != 200) {
			throw new AssertionError("login of " + username + " failed: " + response.status() + " " + response.body());
		}
		return as(response.json().path("token").asString());
	}

	public Api loginDemo(String username) {
		return login(username, DEMO_PASSWORD);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)));
	}

	public Response post(String path, Object body) {
		return post(path, JSON.writeValueAsString(body));
	}

	public Response patch(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/** A one-part multipart/form-data upload of {@code content} as field {@code file}, plus text fields. */
	public Response upload(String path, String filename, String contentType, byte[] content,
			java.util.Map<String, String> fields) {
		String boundary = "zhian-test-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** A client that authenticates as a venue system with {@code Authorization: ApiKey <keyId>.<secret>}. */
	public Api withApiKey(String credential) {
		return new Api(this, "ApiKey " + credential, language);
	}

	public Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
	}

	public Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = client.send(builder.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language",
				language);
		if (token != null) {
			builder.header("Authorization", token.startsWith("ApiKey ") ? token : "Bearer " + token);
		}
		return builder;
	}

	public String token() {
		return token;
	}

	public String base() {
		return base;
	}
}
