package io.zhian.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Measured durations of one series and the figures the benchmarks print: median, p99 (nearest rank) and max,
 * and a Markdown table of several series with each one's ratio to the first (the baseline of the same run).
 */
public record Timings(String name, int count, double median, double p99, double max) {

	public static Timings of(String name, double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return new Timings(name, sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.99),
				sorted[sorted.length - 1]);
	}

	public static double percentile(double[] sorted, double p) {
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/** The series as table rows, the first being the baseline; {@code unit} names the values (ms, records/s…). */
	public static String table(String unit, List<Timings> series) {
		StringBuilder out = new StringBuilder("| series | n | median " + unit + " | p99 " + unit + " | max " + unit
				+ " | median / baseline | p99 / baseline |\n|---|---:|---:|---:|---:|---:|---:|\n");
		Timings baseline = series.get(0);
		for (Timings t : series) {
			out.append("| %s | %d | %.1f | %.1f | %.1f | %.2f | %.2f |%n".formatted(t.name(), t.count(), t.median(),
					t.p99(), t.max(), t.median() / baseline.median(), t.p99() / baseline.p99()));
		}
		return out.toString();
	}
}
