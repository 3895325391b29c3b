package io.zhian.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.zhian.support.TestIds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import io.zhian.reference.IdCheck;
import io.zhian.reference.IdNumbers;
import io.zhian.reference.NameKey;
import io.zhian.reference.NameKeys;
import io.zhian.reference.Region;

/**
 * ID-number checks and name keys per second on one thread, each next to a baseline measured in the same run:
 * parsing the same ID numbers' 17 digits as a long, and NFKC-normalising the same names. Not a test (the name
 * does not end in Test, so Surefire ignores it); run on demand as bench/README.md says.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReferenceBenchmarks {

	private static final int INPUTS = 4096;
	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
			"曾", "单", "解", "查", "仇", "朴", "欧阳", "司马", "诸葛", "上官", "尉迟" };
	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉长行乐重和朝";

	private IdNumbers ids;
	private NameKeys names;
	private String[] numbers;
	private String[] nameInputs;
	private int next;

	@Setup
	public void setUp() throws IOException {
		Map<String, Region> regions = regions();
		ids = new IdNumbers(code -> Optional.ofNullable(regions.get(code)), Clock.systemUTC());
		names = new NameKeys();
		Random random = new Random(20261122);
		List<String> codes = new ArrayList<>(regions.keySet());
		codes.sort(null);
		numbers = new String[INPUTS];
		for (int i = 0; i < INPUTS; i++) {
			String body = codes.get(random.nextInt(codes.size()))
					+ String.format("%04d%02d%02d%03d", 1930 + random.nextInt(90), 1 + random.nextInt(12),
							1 + random.nextInt(28), random.nextInt(1000));
			String number = TestIds.withCheck(body);
			// One in sixteen mistyped, as at a front desk: the checks must be fast on the failure path too.
			if (i % 16 == 0) {
				number = number.substring(0, 10) + (char) ('0' + (number.charAt(10) - '0' + 1) % 10)
						+ number.substring(11);
			}
			numbers[i] = number;
		}
		nameInputs = new String[INPUTS];
		for (int i = 0; i < INPUTS; i++) {
			StringBuilder name = new StringBuilder(SURNAMES[random.nextInt(SURNAMES.length)]);
			int given = 1 + random.nextInt(2);
			for (int g = 0; g < given; g++) {
				name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
			}
			nameInputs[i] = i % 64 == 0 ? "阿卜杜拉·买买提" : i % 64 == 1 ? "John Smith" : name.toString();
		}
	}

	@Benchmark
	public IdCheck idCheck() {
		return ids.check("111", numbers[next++ & (INPUTS - 1)]);
	}

	@Benchmark
	public long idBaselineParseLong() {
		String number = numbers[next++ & (INPUTS - 1)];
		return Long.parseLong(number, 0, 17, 10);
	}

	@Benchmark
	public NameKey nameKeys() {
		return names.keys(nameInputs[next++ & (INPUTS - 1)]);
	}

	@Benchmark
	public String nameBaselineNfkc() {
		return Normalizer.normalize(nameInputs[next++ & (INPUTS - 1)], Normalizer.Form.NFKC);
	}

	/** The shipped region table's codes, current and retired, as the application's lookup holds them. */
	private static Map<String, Region> regions() throws IOException {
		Map<String, Region> regions = new HashMap<>();
		try (InputStream in = ReferenceBenchmarks.class.getClassLoader()
			.getResourceAsStream("reference/tables/region.csv")) {
			if (in == null) {
				throw new IllegalStateException("reference/tables/region.csv is not on the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				String[] fields = line.split(",", 3);
				if (fields[0].length() == 6 && fields[0].chars().allMatch(Character::isDigit)) {
					regions.put(fields[0], new Region(fields[0], fields[1], "COUNTY", null, null));
				}
			}
		}
		return regions;
	}

	public static void main(String[] args) throws RunnerException {
		Options options = new OptionsBuilder().include(ReferenceBenchmarks.class.getName() + "\\.").build();
		Collection<RunResult> results = new Runner(options).run();
		Map<String, Double> score = new HashMap<>();
		for (RunResult result : results) {
			String label = result.getParams().getBenchmark();
			score.put(label.substring(label.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
		}
		System.out.println();
		report("ID checks", score.get("idCheck"), "Long.parseLong of the 17 digits", score.get("idBaselineParseLong"),
				1_000_000);
		report("name keys", score.get("nameKeys"), "NFKC normalisation of the name", score.get("nameBaselineNfkc"),
				200_000);
	}

	private static void report(String what, double perSecond, String baseline, double baselinePerSecond,
			double target) {
		System.out.printf("%-10s %,14.0f /s on one thread (target %,.0f: %s); baseline %s %,14.0f /s; ratio %.3f%n",
				what, perSecond, target, perSecond >= target ? "met" : "NOT met", baseline, baselinePerSecond,
				perSecond / baselinePerSecond);
	}
}
