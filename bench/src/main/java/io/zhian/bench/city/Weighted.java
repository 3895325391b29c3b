package io.zhian.bench.city;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Draws one of a fixed list of values with probability proportional to its weight (cumulative sums, binary search). */
public final class Weighted<T> {

	private final List<T> values;
	private final double[] cumulative;

	public Weighted(List<T> values, double[] weights) {
		if (values.size() != weights.length || values.isEmpty()) {
			throw new IllegalArgumentException("one weight per value, at least one value");
		}
		this.values = List.copyOf(values);
		this.cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			cumulative[i] = sum;
		}
	}

	public T next(SplittableRandom random) {
		return values.get(index(random));
	}

	int index(SplittableRandom random) {
		double target = random.nextDouble() * cumulative[cumulative.length - 1];
		int at = Arrays.binarySearch(cumulative, target);
		return Math.min(at < 0 ? -at - 1 : at + 1, cumulative.length - 1);
	}

	/** Weights 1, 1/2, 1/3…: the n-th value is n times rarer than the first (Zipf's law). */
	public static <T> Weighted<T> zipf(List<T> values) {
		double[] weights = new double[values.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = 1.0 / (i + 1);
		}
		return new Weighted<>(values, weights);
	}
}
