package io.zhian.watch;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import io.zhian.alarm.AlarmLevel;
import io.zhian.record.RecordSubjects;
import io.zhian.support.TestIds;

/**
 * Comparing one stored record (a check-in of two guests with document, name + birth date and phone keys, a
 * vehicle and an item) with the comparison index holding {@code entries} active entries of one imported list,
 * on one thread; baseline in the same run: plain {@link HashMap#get} of the same record's keys, built
 * beforehand, in a map of the same size. One record in 64 is a hit. Not a test; run on demand as
 * bench/README.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = { "-Xmx12g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WatchIndexBenchmarks {

	private static final int RECORDS = 4096;

	@Param({ "1000000", "10000000" })
	public int entries;

	private WatchIndex index;
	private HashMap<String, Object> plain;
	private RecordSubjects[] records;
	private String[][] recordKeys;
	private int next;

	private static String number(int i) {
		return TestIds.citizen("500103", String.format("19%02d%02d%02d", 30 + i % 70, 1 + i / 70 % 12, 1 + i % 28),
				i / 1000 % 1000);
	}

	@Setup
	public void setUp() {
		WatchIndex.ListBuilder list = new WatchIndex.ListBuilder(1, entries);
		plain = new HashMap<>(entries * 4 / 3 + 1);
		for (int i = 0; i < entries; i++) {
			// Mostly persons by number, some vehicles and items, as national lists are.
			Target target = switch (i % 8) {
				case 6 -> new Target(TargetType.VEHICLE, null, null, null, null, "渝A" + i, null, null, null, null, null,
						null);
				case 7 -> new Target(TargetType.ITEM, null, null, null, null, null, null, String.valueOf(860000000000000L + i),
						null, null, null, null);
				default -> new Target(TargetType.PERSON, "111", "P" + i, null, null, null, null, null, null, null, null,
						null);
			};
			WatchHit hit = new WatchHit(i, target.type(), "FUGITIVE", AlarmLevel.HIGH, 1, Long.MAX_VALUE, "x");
			List<String> keys = target.keys();
			list.add(hit, keys);
			keys.forEach(key -> plain.put(key, hit));
		}
		index = new WatchIndex();
		index.replaceList(1, list.build());
		Random random = new Random(20261122);
		records = new RecordSubjects[RECORDS];
		recordKeys = new String[RECORDS][];
		OffsetDateTime at = OffsetDateTime.parse("2026-11-22T10:00:00+08:00");
		for (int r = 0; r < RECORDS; r++) {
			boolean hit = r % 64 == 0;
			String first = hit ? "P" + (random.nextInt(entries / 8) * 8) : number(random.nextInt(1_000_000));
			String second = number(random.nextInt(1_000_000));
			LocalDate born = LocalDate.of(1960 + r % 40, 1 + r % 12, 1 + r % 28);
			List<RecordSubjects.Person> parties = List.of(
					new RecordSubjects.Person(0, "GUEST", "111", first, "王伟", "1", born, "1380000" + r, "500103"),
					new RecordSubjects.Person(1, "GUEST", "111", second, "李娜", "2", born, "1390000" + r, "500103"));
			List<RecordSubjects.Vehicle> vehicles = List.of(new RecordSubjects.Vehicle(0, "VEHICLE", "渝B" + r, null));
			List<RecordSubjects.Item> items = List.of(new RecordSubjects.Item(0, "ITEM", "PHONE",
					String.valueOf(350000000000000L + r), null, "手机"));
			records[r] = new RecordSubjects(r, at, "HOTEL", 1, "测试酒店", parties, vehicles, items);
			recordKeys[r] = new String[] { WatchKeys.document("111", first), WatchKeys.nameAndBirth("王伟", born),
					WatchKeys.phone("1380000" + r), WatchKeys.document("111", second),
					WatchKeys.nameAndBirth("李娜", born), WatchKeys.phone("1390000" + r), WatchKeys.plate("渝B" + r),
					WatchKeys.imei(String.valueOf(350000000000000L + r)), WatchKeys.described("PHONE", "手机") };
		}
	}

	@Benchmark
	public List<RecordComparator.Match> compareRecord() {
		return RecordComparator.matches(index, records[next++ & (RECORDS - 1)], 0L);
	}

	@Benchmark
	public int baselinePlainHashMapOfTheSameKeys() {
		int found = 0;
		for (String key : recordKeys[next++ & (RECORDS - 1)]) {
			if (plain.get(key) != null) {
				found++;
			}
		}
		return found;
	}

	public static void main(String[] args) throws RunnerException {
		OptionsBuilder options = new OptionsBuilder();
		options.include(WatchIndexBenchmarks.class.getName() + "\\.");
		if (args.length > 0) {
			options.param("entries", args);
		}
		Collection<RunResult> results = new Runner(options.build()).run();
		Map<String, Map<String, Double>> score = new HashMap<>();
		for (RunResult result : results) {
			String label = result.getParams().getBenchmark();
			score.computeIfAbsent(result.getParams().getParam("entries"), k -> new HashMap<>())
				.put(label.substring(label.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
		}
		System.out.println();
		score.forEach((size, byName) -> {
			double compare = byName.get("compareRecord");
			double baseline = byName.get("baselinePlainHashMapOfTheSameKeys");
			System.out.printf("%s active entries: compare one record %.0f ns (target 10 000 ns), baseline plain "
					+ "HashMap of the same 9 keys %.0f ns, ratio %.2f%n", size, compare, baseline, compare / baseline);
		});
	}
}
