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
import io.zhian.bench.intake.IntakeBenchmark;
import io.zhian.bench.load.LoadFeeders;
import io.zhian.bench.load.TradeCasePlanter;
import io.zhian.bench.watch.ReverseLookupBenchmark;
import org.springframework.context.ApplicationContext;
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
 * <li>{@code plant-trades}, {@code intake}, {@code reverse-lookup}, {@code serve}: see bench/README.md;</li>
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
			System.err.println("usage: bench/run generate|search|intake|reverse-lookup|plant-trades|serve|api-load --data-dir=DIR [options], see bench/README.md");
			System.exit(2);
		}
		Map<String, String> options = options(args);
		if (args[0].equals("serve")) {
			serve(options);
			return;
		}
		Map<String, Command> commands = new LinkedHashMap<>();
		commands.put("generate", Bench::generate);
		commands.put("search", Bench::search);
		commands.put("intake", Bench::intake);
		commands.put("reverse-lookup", Bench::reverseLookup);
		commands.put("plant-trades", Bench::plantTrades);
		commands.put("api-load", Bench::apiLoad);
		// "suite" is the whole suite on a new city; "a,b,c" runs those commands one after the other.
		List<String> run = args[0].equals("suite") ? List.of("generate", "search", "intake", "reverse-lookup")
				: List.of(args[0].split(","));
		if (!commands.keySet().containsAll(run)) {
			throw new IllegalArgumentException("unknown command " + args[0]);
		}
		long started = System.currentTimeMillis();
		// One application for all the steps of a suite: each start costs tens of seconds on a shared machine.
		try (ConfigurableApplicationContext context = start(Path.of(require(options, "data-dir")))) {
			log("Application started in %,d s".formatted((System.currentTimeMillis() - started) / 1000));
			for (String step : run) {
				long stepStarted = System.currentTimeMillis();
				commands.get(step).run(context, options);
				log("%s took %,d s".formatted(step, (System.currentTimeMillis() - stepStarted) / 1000));
			}
		}
		log("%s done in %,d s".formatted(args[0], (System.currentTimeMillis() - started) / 1000));
	}

	@FunctionalInterface
	private interface Command {
		void run(ConfigurableApplicationContext context, Map<String, String> options) throws Exception;
	}

	private static void generate(ConfigurableApplicationContext context, Map<String, String> o) throws Exception {
		Scale scale = scale(o);
		Path dataDir = Path.of(require(o, "data-dir"));
		log("Scale: %s".formatted(scale));
		{
			DataSource dataSource = context.getBean(DataSource.class);
			long started = System.currentTimeMillis();
			SyntheticCity city = new SyntheticCity(scale, CityVenues.stations(context.getBean(Units.class)),
					context.getBean(NameKeys.class));
			log("Population of %,d and %,d venue plans in %,d ms".formatted(scale.persons(), scale.venues(),
					System.currentTimeMillis() - started));
			// The demo city's own venues may hold a few records; the city's venues must not be there yet.
			if (JdbcClient.create(dataSource).sql("select count(*) from venue where licence_number = ?")
				.param(city.venues().get(0).licenceNumber()).query(Long.class).single() > 0) {
				throw new IllegalStateException(dataDir + " already holds this city: use a new data dir");
			}
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
			truth.putAll(new TradeCasePlanter(context, baseUrl(context), police(context))
				.plant(city.planted().tradeCases()));
			Path file = Path.of(o.getOrDefault("truth", dataDir.resolve("ground-truth.json").toString()));
			Files.writeString(file, JSON.writeValueAsString(truth));
			log("Ground truth of the planted cases: " + file);
		}
	}

	/**
	 * Plants the record trades' cases (a stolen car at a repair shop, a lost phone pawned) in a city generated
	 * before they existed, and adds their ground truth to its file.
	 */
	private static void plantTrades(ConfigurableApplicationContext context, Map<String, String> o) throws Exception {
		Path dataDir = Path.of(require(o, "data-dir"));
		Path file = truthFile(o, dataDir);
		Map<String, Object> truth = JSON.readValue(Files.readString(file), LinkedHashMap.class);
		if ("PLANTED".equals(((Map<?, ?>) truth.getOrDefault("lostItemPawned", Map.of())).get("status"))) {
			throw new IllegalStateException("the trade cases are already planted in " + dataDir);
		}
		{
			SyntheticCity city = city(context, o, truth);
			truth.putAll(new TradeCasePlanter(context, baseUrl(context), police(context))
				.plant(city.planted().tradeCases()));
			Files.writeString(file, JSON.writeValueAsString(truth));
			log("Trade cases planted; ground truth updated: " + file);
		}
	}

	/**
	 * Intake throughput (batch API against COPY of the same rows) and single-record latency under concurrent
	 * clients (against a small GET), on a generated city: recent visits sent again under new references.
	 */
	private static void intake(ConfigurableApplicationContext context, Map<String, String> o) throws Exception {
		Path dataDir = Path.of(require(o, "data-dir"));
		int lots = Integer.parseInt(o.getOrDefault("lots", "10"));
		int lotSize = Integer.parseInt(o.getOrDefault("lot-size", "" + ApiLoader.LOT_SIZE));
		int clients = Integer.parseInt(o.getOrDefault("clients", "100"));
		int perClient = Integer.parseInt(o.getOrDefault("per-client", "20"));
		int keyVenues = Integer.parseInt(o.getOrDefault("key-venues", "10"));
		{
			DataSource dataSource = context.getBean(DataSource.class);
			SyntheticCity city = city(context, o, readTruth(o, dataDir));
			List<Visit> pool = city.days().skip(Math.max(0, city.days().count() - 7))
				.flatMap(day -> city.visits(day).stream()).toList();
			String base = baseUrl(context);
			JdbcClient jdbc = JdbcClient.create(dataSource);
			String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
			List<String> keys = new java.util.ArrayList<>();
			long firstVenueId = 0;
			for (int v = 0; v < keyVenues; v++) {
				Map<String, Object> venue = jdbc.sql("select id, code from venue where licence_number = ?")
					.param(city.venues().get(v).licenceNumber()).query().singleRow();
				long id = ((Number) venue.get("id")).longValue();
				firstVenueId = v == 0 ? id : firstVenueId;
				keys.add(VenueKeys.issue(context, base, id, (String) venue.get("code"), "bench-" + run + "-" + v));
			}
			IntakeBenchmark benchmark = new IntakeBenchmark(base, new CopyLoader(dataSource, Bench::log), Bench::log);
			String load = load();
			IntakeBenchmark.Throughput throughput = benchmark.throughput(keys.get(0), firstVenueId, pool, lots,
					lotSize);
			System.out.println();
			System.out.println("Intake throughput (load average " + load + " → " + load() + "):");
			System.out.print(Timings.table("ms", List.of(throughput.copy(), throughput.api())));
			System.out.printf("Throughput: COPY %,.0f records/s, batch API %,.0f records/s; ratio API / COPY %.2f"
					+ " (target ≥ 0.5: %s)%n%n", throughput.copyPerSecond(), throughput.apiPerSecond(),
					throughput.ratio(), throughput.ratio() >= 0.5 ? "met" : "NOT met");
			load = load();
			List<Timings> latency = benchmark.submitLatency(keys, pool, clients, perClient);
			System.out.println("Single-record submit, " + clients + " concurrent clients over " + keyVenues
					+ " venues' keys (load average " + load + " → " + load() + "; target: submit < 2 s):");
			System.out.print(Timings.table("ms", latency));
			System.out.println();
		}
	}

	/** 倒查 of a big new list against the history (issue 7), with the database join alone as its baseline. */
	private static void reverseLookup(ConfigurableApplicationContext context, Map<String, String> o) throws Exception {
		Path dataDir = Path.of(require(o, "data-dir"));
		int entries = Integer.parseInt(o.getOrDefault("entries", "100000"));
		int hits = Integer.parseInt(o.getOrDefault("hits", "1000"));
		{
			String load = load();
			ReverseLookupBenchmark.Result result = new ReverseLookupBenchmark(police(context),
					context.getBean(DataSource.class), Bench::log).run(entries, hits);
			long records = JdbcClient.create(context.getBean(DataSource.class)).sql("select count(*) from record_key")
				.query(Long.class).single();
			System.out.println();
			System.out.printf("Reverse lookup of %,d new entries (%,d of them people in the data) against %,d records"
					+ " (load average %s → %s):%n", result.entries(), result.hits(), records, load, load());
			System.out.print(result.table());
			System.out.println();
		}
	}

	/**
	 * Serves the application on {@code --port} for the mixed load (bench/gatling), with {@code --clerks} venue
	 * clerks (bench-clerk-N, password {@link VenueKeys#PASSWORD}) and a feeder file of search inputs for the
	 * police users; runs until stopped.
	 */
	private static void serve(Map<String, String> o) throws Exception {
		Path dataDir = Path.of(require(o, "data-dir"));
		int clerks = Integer.parseInt(o.getOrDefault("clerks", "50"));
		Path feeders = Path.of(o.getOrDefault("feeders", dataDir.resolve("load").toString()));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhianApplication.class)
			.run("--zhian.data-dir=" + dataDir.toAbsolutePath(), "--zhian.demo-stays=false",
					"--server.port=" + o.getOrDefault("port", "18110"));
		LoadFeeders.write(context, feeders, clerks, Bench::log);
		log("Serving on port " + ((WebServerApplicationContext) context).getWebServer().getPort()
				+ "; feeders in " + feeders + "; READY");
		Thread.currentThread().join();
	}

	private static SyntheticCity city(ApplicationContext context, Map<String, String> o, Map<String, Object> truth) {
		Map<String, String> options = new HashMap<>(o);
		if (truth.get("scale") instanceof Map<?, ?> scale) {
			options.putIfAbsent("venues", scale.get("venues").toString());
			options.putIfAbsent("persons", scale.get("persons").toString());
			options.putIfAbsent("records", scale.get("records").toString());
			options.putIfAbsent("months", scale.get("months").toString());
			options.putIfAbsent("last-day", scale.get("lastDay").toString());
			options.putIfAbsent("seed", scale.get("seed").toString());
		}
		return new SyntheticCity(scale(options), CityVenues.stations(context.getBean(Units.class)),
				context.getBean(NameKeys.class));
	}

	private static Path truthFile(Map<String, String> o, Path dataDir) {
		return Path.of(o.getOrDefault("truth", dataDir.resolve("ground-truth.json").toString()));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> readTruth(Map<String, String> o, Path dataDir) throws IOException {
		Path file = truthFile(o, dataDir);
		return Files.exists(file) ? JSON.readValue(Files.readString(file), LinkedHashMap.class) : Map.of();
	}

	private static String baseUrl(ApplicationContext context) {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static Http police(ApplicationContext context) throws IOException, InterruptedException {
		return Http.login(baseUrl(context), "city", "Zhian-demo-2026");
	}

	/** The one-minute load average, to print beside each figure (the machine is shared). */
	static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException e) {
			return "?";
		}
	}

	private static void apiLoad(ConfigurableApplicationContext context, Map<String, String> o) throws Exception {
		Scale scale = scale(o);
		Path dataDir = Path.of(require(o, "data-dir"));
		int venueCount = Integer.parseInt(o.getOrDefault("api-venues", "5"));
		int days = Integer.parseInt(o.getOrDefault("days", "7"));
		{
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

	private static void search(ConfigurableApplicationContext context, Map<String, String> o) throws Exception {
		Path dataDir = Path.of(require(o, "data-dir"));
		LocalDate lastDay = LocalDate.parse(o.getOrDefault("last-day", yesterday().toString()));
		int runs = Integer.parseInt(o.getOrDefault("runs", "200"));
		{
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
			Path truth = truthFile(o, dataDir);
			if (Files.exists(truth)) {
				new Recall(http, Bench::log).check(truth);
			}
			if (runs == 0) {
				return;
			}
			String load = load();
			List<SearchBenchmark.Result> results = benchmark.run(runs, Math.max(5, runs / 10));
			System.out.println();
			System.out.println("Search through the API (load average " + load + " → " + load() + "):");
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
