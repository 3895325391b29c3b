package io.zhian.bench.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs each main search of the police console many times through the HTTP API with varied inputs drawn from
 * the loaded data, and reports median and p99 per query type next to a baseline measured in the same run (one
 * record read by id, GET /api/v1/records/{id}). Inputs are sampled from record_party, so every search finds
 * something, as a real one mostly does.
 */
public final class SearchBenchmark {

	/** One query type: its name, its target p99 in ms (0: none), and the request of its i-th input. */
	private record Query(String name, long targetP99Millis, Request request) {
	}

	@FunctionalInterface
	private interface Request {
		void run(Http http, int i) throws IOException, InterruptedException;
	}

	/** The figures of one query type. */
	public record Result(String name, int runs, double medianMillis, double p99Millis, double maxMillis,
			long targetP99Millis) {
	}

	/** A party sampled from the data: the inputs of the searches. */
	private record Sample(long recordId, String documentType, String documentNumber, String name, String sex,
			String regionCode, LocalDate birthDate) {
	}

	private final Http http;
	private final JdbcClient jdbc;
	private final LocalDate lastDay;
	private final Consumer<String> log;

	public SearchBenchmark(Http http, DataSource dataSource, LocalDate lastDay, Consumer<String> log) {
		this.http = http;
		this.jdbc = JdbcClient.create(dataSource);
		this.lastDay = lastDay;
		this.log = log;
	}

	/** Runs every query type {@code runs} times after {@code warmUp} unmeasured runs. */
	public List<Result> run(int runs, int warmUp) throws IOException, InterruptedException {
		List<Sample> samples = samples(runs + warmUp);
		List<Result> results = new ArrayList<>();
		for (Query query : queries(samples)) {
			results.add(measure(query, runs, warmUp));
		}
		return results;
	}

	/** One run of each query type with {@link ExplainingDataSource} on, labelled with the query type's name. */
	public void explain() throws IOException, InterruptedException {
		List<Sample> samples = samples(1);
		for (Query query : queries(samples)) {
			ExplainingDataSource.label(query.name());
			try {
				query.request().run(http, 0);
			}
			finally {
				ExplainingDataSource.label(null);
			}
		}
	}

	private List<Query> queries(List<Sample> s) {
		String from30 = lastDay.minusDays(30).atStartOfDay().atOffset(ZoneOffset.ofHours(8)).toString();
		String from90 = lastDay.minusDays(90).atStartOfDay().atOffset(ZoneOffset.ofHours(8)).toString();
		String to = lastDay.plusDays(1).atStartOfDay().atOffset(ZoneOffset.ofHours(8)).toString();
		YearMonth month = YearMonth.from(lastDay).minusMonths(1);
		List<Query> queries = new ArrayList<>();
		queries.add(new Query("baseline: one record by id", 0,
				(h, i) -> h.get("/api/v1/records/" + s.get(i).recordId(), Map.of())));
		queries.add(new Query("ID number, exact", 50, (h, i) -> h.get("/api/v1/search/parties",
				Map.of("documentType", s.get(i).documentType(), "documentNumber", s.get(i).documentNumber()))));
		queries.add(new Query("ID number, prefix of 14 (region + birth date)", 0, (h, i) -> h.get(
				"/api/v1/search/parties", Map.of("documentNumber", s.get(i).documentNumber().substring(0, 14), "prefix",
						"true"))));
		queries.add(new Query("homophone name, 30 days", 500, (h, i) -> h.get("/api/v1/search/parties",
				Map.of("name", s.get(i).name(), "homophone", "true", "from", from30, "to", to))));
		queries.add(new Query("fuzzy name, 90 days (default window)", 0, (h, i) -> h.get("/api/v1/search/parties",
				Map.of("name", s.get(i).name(), "nameMatch", "FUZZY"))));
		queries.add(new Query("combined: homophone + sex + birth years + province, 90 days", 0,
				(h, i) -> h.get("/api/v1/search/parties", combined(s.get(i), from90, to))));
		queries.add(new Query("trajectory (all months)", 0, (h, i) -> h.get("/api/v1/search/trajectory",
				Map.of("documentType", s.get(i).documentType(), "documentNumber", s.get(i).documentNumber()))));
		queries.add(new Query("companions (same record, same venue ±30 min)", 0, (h, i) -> h.get(
				"/api/v1/search/companions",
				Map.of("documentType", s.get(i).documentType(), "documentNumber", s.get(i).documentNumber()))));
		String[] groupings = { "district,day", "district,sex", "station,category", "district,ageBand",
				"region,month" };
		queries.add(new Query("cross-tab statistics, one month (" + month + ")", 0,
				(h, i) -> h.get("/api/v1/stats/records", Map.of("groupBy", groupings[i % groupings.length], "from",
						month.atDay(1).toString(), "to", month.atEndOfMonth().toString()))));
		return queries;
	}

	private static Map<String, String> combined(Sample s, String from, String to) {
		Map<String, String> q = new LinkedHashMap<>();
		q.put("name", s.name());
		q.put("homophone", "true");
		q.put("sex", s.sex());
		q.put("birthFrom", s.birthDate().minusYears(2).toString());
		q.put("birthTo", s.birthDate().plusYears(2).toString());
		q.put("regionCode", s.regionCode().substring(0, 2));
		q.put("from", from);
		q.put("to", to);
		return q;
	}

	private Result measure(Query query, int runs, int warmUp) throws IOException, InterruptedException {
		// A month's cross-tab reads a million records: a few runs say enough about it.
		boolean heavy = query.name().startsWith("cross-tab");
		int total = heavy ? Math.max(3, runs / 20) : runs;
		for (int i = 0; i < (heavy ? 1 : warmUp); i++) {
			query.request().run(http, runs + i);
		}
		double[] millis = new double[total];
		for (int i = 0; i < total; i++) {
			long started = System.nanoTime();
			query.request().run(http, i);
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		Result result = new Result(query.name(), total, percentile(millis, 0.5), percentile(millis, 0.99),
				millis[total - 1], query.targetP99Millis());
		log.accept("%-62s runs %4d  median %8.1f ms  p99 %8.1f ms  max %8.1f ms".formatted(result.name(),
				result.runs(), result.medianMillis(), result.p99Millis(), result.maxMillis()));
		return result;
	}

	private static double percentile(double[] sorted, double p) {
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/**
	 * Domestic guests of the last 30 days (so the 30-day homophone search finds them), picked evenly over the
	 * period's records with a fixed seed: a block sample of the month's party partitions.
	 */
	private List<Sample> samples(int count) {
		String fromDay = lastDay.minusDays(29).toString();
		List<Sample> found = jdbc.sql("""
				select record_id, document_type, document_number, name, sex, region_code, birth_date
				from record_party tablesample system (1) repeatable (7)
				where document_type = '111' and occurred_at >= ?::date and occurred_at < ?::date + 1
				limit ?""").params(fromDay, lastDay.toString(), count)
			.query((rs, n) -> new Sample(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate()))
			.list();
		if (found.size() < count) {
			found = jdbc.sql("""
					select record_id, document_type, document_number, name, sex, region_code, birth_date
					from record_party where document_type = '111' and occurred_at >= ?::date order by record_id
					limit ?""").params(fromDay, count)
				.query((rs, n) -> new Sample(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate()))
				.list();
		}
		if (found.isEmpty()) {
			throw new IllegalStateException("no domestic guest in the last 30 days of " + lastDay + ": load a city first");
		}
		List<Sample> samples = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			samples.add(found.get(i % found.size()));
		}
		return samples;
	}
}
