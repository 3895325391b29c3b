package io.zhian.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhian.ZhianApplication;
import io.zhian.bench.city.Scale;
import io.zhian.bench.city.SyntheticCity;
import io.zhian.bench.load.CityVenues;
import io.zhian.bench.load.ApiLoader;
import io.zhian.bench.load.CopyLoader;
import io.zhian.bench.load.VenueKeys;
import io.zhian.bench.city.Visit;
import io.zhian.bench.search.ExplainingDataSource;
import io.zhian.bench.search.Http;
import io.zhian.bench.search.Recall;
import io.zhian.bench.search.SearchBenchmark;
import io.zhian.org.Units;
import io.zhian.reference.NameKeys;
import io.zhian.venue.VenueDetail;
import io.zhian.venue.VenueFilings;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench's command line (bench/README.md). Runs the real Zhian application in-process on an embedded
 * PostgreSQL under {@code --data-dir}, and drives it:
 * <ul>
 * <li>{@code generate}: files the synthetic city's venues, COPY-loads its records, writes the planted cases'
 * ground truth;</li>
 * <li>{@code search}: the search benchmark through the HTTP API, and the plans of its queries;</li>
 * <li>{@code api-load}: files the city's venues and sends the recent visits of a few of them through the
 * public batch intake API with each venue's API key (to measure intake, not to prepare data).</li>
 * </ul>
 */
public final class Bench {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err.println("usage: bench/run generate|search --data-dir=DIR [options], see bench/README.md");
			System.exit(2);
		}
		Map<String, String> options = options(args);
		switch (args[0]) {
			case "generate" -> generate(options);
			case "search" -> search(options);
			case "api-load" -> apiLoad(options);
			default -> throw new IllegalArgumentException("unknown command " + args[0]);
		}
	}

	private static void generate(Map<String, String> o) throws Exception {
		Scale scale = scale(o);
		Path dataDir = Path.of(require(o, "data-dir"));
		log("Scale: %s".formatted(scale));
		try (ConfigurableApplicationContext context = start(dataDir)) {
			DataSource dataSource = context.getBean(DataSource.class);
			long existing = JdbcClient.create(dataSource).sql("select count(*) from record_key").query(Long.class)
				.single();
			if (existing > 0) {
				throw new IllegalStateException(dataDir + " already holds " + existing + " records: use a new data dir");
			}
			long started = System.currentTimeMillis();
			SyntheticCity city = new SyntheticCity(scale, CityVenues.stations(context.getBean(Units.class)),
					context.getBean(NameKeys.class));
			log("Population of %,d and %,d venue plans in %,d ms".formatted(scale.persons(), scale.venues(),
					System.currentTimeMillis() - started));
			started = System.currentTimeMillis();
			List<VenueDetail> venues = CityVenues.file(city, context.getBean(VenueFilings.class));
			log("%,d venues filed in %,d ms".formatted(venues.size(), System.currentTimeMillis() - started));
			CopyLoader.Loaded loaded = new CopyLoader(dataSource, Bench::log).load(city,
					venues.stream().map(VenueDetail::id).toList());
			long bytes = JdbcClient.create(dataSource).sql("select pg_database_size(current_database())")
				.query(Long.class).single();
			log("Loaded %,d records with %,d parties in %,d s; database %,d MB".formatted(loaded.records(),
					loaded.parties(), loaded.millis() / 1000, bytes >> 20));
			Map<String, Object> truth = new LinkedHashMap<>();
			truth.put("scale", scale);
			truth.put("records", loaded.records());
			truth.put("parties", loaded.parties());
			truth.put("loadSeconds", loaded.millis() / 1000);
			truth.put("databaseBytes", bytes);
			truth.putAll(city.planted().groundTruth(venues.stream().map(VenueDetail::code).toList()));
			Path file = Path.of(o.getOrDefault("truth", dataDir.resolve("ground-truth.json").toString()));
			Files.writeString(file, JSON.writeValueAsString(truth));
			log("Ground truth of the planted cases: " + file);
		}
	}

	private static void apiLoad(Map<String, String> o) throws Exception {
		Scale scale = scale(o);
		Path dataDir = Path.of(require(o, "data-dir"));
		int venueCount = Integer.parseInt(o.getOrDefault("api-venues", "5"));
		int days = Integer.parseInt(o.getOrDefault("days", "7"));
		try (ConfigurableApplicationContext context = start(dataDir)) {
			SyntheticCity city = new SyntheticCity(scale, CityVenues.stations(context.getBean(Units.class)),
					context.getBean(NameKeys.class));
			List<VenueDetail> venues = CityVenues.file(city, context.getBean(VenueFilings.class));
			String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
			ApiLoader loader = new ApiLoader(base, Bench::log);
			long records = 0;
			long stored = 0;
			long millis = 0;
			for (int v = 0; v < venueCount && v < venues.size(); v++) {
				int index = v;
				String key = VenueKeys.issue(context, base, venues.get(v), "bench" + v);
				List<Visit> visits = city.days().skip(Math.max(0, city.days().count() - days))
					.flatMap(day -> city.visits(day).stream()).filter(visit -> visit.venue().index() == index)
					.toList();
				ApiLoader.Loaded loaded = loader.load(key, visits);
				log("venue %s: %,d records, %,d stored, %,d rejected in %,d ms".formatted(venues.get(v).code(),
						loaded.records(), loaded.stored(), loaded.rejected(), loaded.millis()));
				records += loaded.records();
				stored += loaded.stored();
				millis += loaded.millis();
			}
			log("Intake API: %,d records (%,d stored) in %,d ms: %.0f records/s".formatted(records, stored, millis,
					records * 1000.0 / Math.max(1, millis)));
		}
	}

	private static void search(Map<String, String> o) throws Exception {
		Path dataDir = Path.of(require(o, "data-dir"));
		LocalDate lastDay = LocalDate.parse(o.getOrDefault("last-day", yesterday().toString()));
		int runs = Integer.parseInt(o.getOrDefault("runs", "200"));
		try (ConfigurableApplicationContext context = start(dataDir)) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			Http http = Http.login("http://localhost:" + port, "city", "Zhian-demo-2026");
			SearchBenchmark benchmark = new SearchBenchmark(http, context.getBean(DataSource.class), lastDay,
					Bench::log);
			if (o.containsKey("explain")) {
				benchmark.explain();
				StringBuilder out = new StringBuilder();
				for (ExplainingDataSource.Plan plan : ExplainingDataSource.plans()) {
					out.append("### ").append(plan.label()).append("\n\n```sql\n").append(plan.sql().strip())
						.append("\n-- parameters: ").append(plan.parameters()).append("\n```\n\n```\n")
						.append(plan.plan()).append("```\n\n");
				}
				Files.writeString(Path.of(o.get("explain")), out);
				log("Plans written to " + o.get("explain"));
			}
			Path truth = Path.of(o.getOrDefault("truth", dataDir.resolve("ground-truth.json").toString()));
			if (Files.exists(truth)) {
				new Recall(http, Bench::log).check(truth);
			}
			List<SearchBenchmark.Result> results = benchmark.run(runs, Math.max(5, runs / 10));
			double baseline = results.get(0).medianMillis();
			System.out.println();
			System.out.println("| query | runs | median ms | p99 ms | max ms | target p99 | median / baseline |");
			System.out.println("|---|---:|---:|---:|---:|---:|---:|");
			for (SearchBenchmark.Result r : results) {
				System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %s | %.1f |%n", r.name(), r.runs(), r.medianMillis(),
						r.p99Millis(), r.maxMillis(),
						r.targetP99Millis() == 0 ? "–"
								: "< " + r.targetP99Millis() + " ms " + (r.p99Millis() < r.targetP99Millis() ? "met"
										: "NOT met"),
						r.medianMillis() / baseline);
			}
		}
	}

	/**
	 * The Zhian application (with its web server on a free port: its security configuration needs one) on the
	 * embedded PostgreSQL in {@code dataDir}, with the demo city but no demo stays.
	 */
	static ConfigurableApplicationContext start(Path dataDir) {
		// Command-line arguments, because they override application.yml (default properties would not).
		return new SpringApplicationBuilder(ZhianApplication.class)
			.initializers(context -> context.getBeanFactory().addBeanPostProcessor(ExplainingDataSource.wrapper()))
			.run("--zhian.data-dir=" + dataDir.toAbsolutePath(), "--zhian.demo-stays=false", "--server.port=0");
	}

	static Scale scale(Map<String, String> o) {
		LocalDate lastDay = LocalDate.parse(o.getOrDefault("last-day", yesterday().toString()));
		Scale preset = switch (o.getOrDefault("scale", "standard")) {
			case "quick" -> new Scale(100, 20_000, 100_000, 3, lastDay, 2026);
			case "standard" -> Scale.standard(lastDay);
			case "100m" -> new Scale(3_000, 5_000_000, 100_000_000L, 12, lastDay, 2026);
			default -> throw new IllegalArgumentException("--scale is quick, standard or 100m");
		};
		return new Scale(Integer.parseInt(o.getOrDefault("venues", "" + preset.venues())),
				Integer.parseInt(o.getOrDefault("persons", "" + preset.persons())),
				Long.parseLong(o.getOrDefault("records", "" + preset.records())),
				Integer.parseInt(o.getOrDefault("months", "" + preset.months())), lastDay,
				Long.parseLong(o.getOrDefault("seed", "" + preset.seed())));
	}

	private static LocalDate yesterday() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("options are --name=value: " + arg);
			}
			int eq = arg.indexOf('=');
			options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
		}
		return options;
	}

	private static String require(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
	}

	static void log(String line) {
		System.out.println(java.time.LocalTime.now().withNano(0) + " " + line);
	}
}
