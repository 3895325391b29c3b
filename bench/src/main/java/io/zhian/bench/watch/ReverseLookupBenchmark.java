package io.zhian.bench.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhian.bench.search.Http;
import io.zhian.reference.IdNumbers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 倒查 at scale (issue 7): a list of {@code entries} wanted persons imported through the API (POST
 * /api/v1/watch/imports, CSV) as a city officer does; its activation makes the watch module look every entry
 * up in the history of the look-back period (a year) and raise a retrospective alarm for each past record of a
 * listed person. A share of the list ({@code hits}) are people of the data, the rest valid numbers of nobody in
 * it. The lookup's time is read from the event publication the application itself keeps (published →
 * completed). Baseline in the same run: the lookup's database part alone — the join of the list's entries with
 * the parties of the look-back period by document, as one plain count.
 */
public final class ReverseLookupBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Http police;
	private final JdbcClient jdbc;
	private final Consumer<String> log;

	public ReverseLookupBenchmark(Http police, DataSource dataSource, Consumer<String> log) {
		this.police = police;
		this.jdbc = JdbcClient.create(dataSource);
		this.log = log;
	}

	/** What one run measured. */
	public record Result(int entries, int hits, long importMillis, long lookupMillis, long baselineMillis,
			long candidates, long alarms) {

		public String table() {
			return """
					| step | entries | time ms | ratio to baseline |
					|---|---:|---:|---:|
					| baseline: the entries joined with a year of parties by document (one count, %,d matches) | %,d | %,d | 1.0 |
					| import of the list (CSV upload → DONE, entries active in the comparison index) | %,d | %,d | %.1f |
					| 倒查 of the list (ListVersionActivated published → completed; %,d retrospective alarms) | %,d | %,d | %.1f |
					""".formatted(candidates, entries, baselineMillis, entries, importMillis,
					importMillis / (double) Math.max(1, baselineMillis), alarms, entries, lookupMillis,
					lookupMillis / (double) Math.max(1, baselineMillis));
		}
	}

	public Result run(int entries, int hits) throws IOException, InterruptedException {
		List<String> known = jdbc.sql("""
				select distinct document_number from record_party tablesample system (1) repeatable (11)
				where document_type = '111' and occurred_at >= now() - interval '300 days' limit ?""").param(hits)
			.query(String.class).list();
		Set<String> numbers = new HashSet<>(known);
		SplittableRandom random = new SplittableRandom(42);
		while (numbers.size() < entries) {
			// A real region, a birth date of 1950–2005 and a sequence of 990–999, which the generator never draws.
			String region = known.get(random.nextInt(known.size())).substring(0, 6);
			LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(56 * 365));
			numbers.add(IdNumbers.withCheckCharacter(region + born.format(DateTimeFormatter.BASIC_ISO_DATE)
					+ (990 + random.nextInt(10))));
		}
		// Two columns only (the target type follows from the number): 100 000 rows stay under the 4 MiB body limit.
		StringBuilder csv = new StringBuilder("证件类型,证件号码\n");
		for (String number : numbers) {
			csv.append("111,").append(number).append('\n');
		}
		String listName = "bench-reverse-lookup-" + UUID.randomUUID().toString().substring(0, 8);
		OffsetDateTime started = OffsetDateTime.now();
		long importStarted = System.nanoTime();
		JsonNode job = upload(listName, csv.toString());
		while (!"DONE".equals(job.path("status").asString())) {
			if ("FAILED".equals(job.path("status").asString())) {
				throw new IllegalStateException("import failed: " + job);
			}
			Thread.sleep(200);
			job = police.get("/api/v1/watch/imports/" + job.path("id").asString(), Map.of());
		}
		long importMillis = (System.nanoTime() - importStarted) / 1_000_000;
		log.accept("Imported %,d entries (%,d refused) in %,d ms".formatted(job.path("rowsLoaded").asInt(),
				job.path("rowsRefused").asInt(), importMillis));
		long lookupMillis = awaitLookup(started);
		long versionId = jdbc.sql("select v.id from watch_list_version v join watch_list l on l.id = v.list_id"
				+ " where l.name = ? order by v.id desc limit 1").param(listName).query(Long.class).single();
		long alarms = jdbc.sql("select count(*) from alarm where retrospective and raised_at >= ?"
				+ " and watch_entry_id in (select id from watch_entry where list_version_id = ?)")
			.params(started, versionId).query(Long.class).single();
		long baselineStarted = System.nanoTime();
		long candidates = jdbc.sql("""
				select count(*) from watch_entry e join record_party p
				    on p.document_number = e.document_number and p.document_type = e.document_type
				where e.list_version_id = ? and p.occurred_at >= now() - interval '365 days'""").param(versionId)
			.query(Long.class).single();
		long baselineMillis = (System.nanoTime() - baselineStarted) / 1_000_000;
		return new Result(numbers.size(), known.size(), importMillis, lookupMillis, baselineMillis, candidates, alarms);
	}

	/** Waits for the reverse lookup's event publication of the list to complete; answers its duration. */
	private long awaitLookup(OffsetDateTime since) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
		while (System.nanoTime() < deadline) {
			List<Map<String, Object>> rows = jdbc.sql("""
					select extract(epoch from (completion_date - publication_date)) * 1000 as millis
					from event_publication where listener_id like '%ReverseLookup%'
					and event_type like '%ListVersionActivated' and publication_date >= ? and completion_date is not null""")
				.param(since).query().listOfRows();
			if (!rows.isEmpty()) {
				return ((Number) rows.get(0).get("millis")).longValue();
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the reverse lookup did not finish within two hours");
	}

	private JsonNode upload(String listName, String csv) throws IOException, InterruptedException {
		String boundary = "bench" + UUID.randomUUID();
		byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
				police.baseUrl() + "/api/v1/watch/imports?category=FUGITIVE&listName=" + listName))
			.header("Authorization", "Bearer " + police.token())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 202) {
			throw new IOException("import: " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}
}
