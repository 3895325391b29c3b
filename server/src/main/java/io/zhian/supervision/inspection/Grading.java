package io.zhian.supervision.inspection;

/**
 * How a score (0–100) becomes a grade and how often each grade must be inspected (动态分级, 检查频次).
 *
 * @param aMin lowest score of grade A; likewise {@code bMin}, {@code cMin}; anything lower is D
 * @param aMonths months between inspections of a grade-A venue; likewise for B, C and D
 * @param ungradedDays days after its filing by which a venue never inspected is due (0: due at once)
 */
public record Grading(int aMin, int bMin, int cMin, int aMonths, int bMonths, int cMonths, int dMonths,
		int ungradedDays) {

	public String gradeOf(int score) {
		if (score >= aMin) {
			return "A";
		}
		if (score >= bMin) {
			return "B";
		}
		return score >= cMin ? "C" : "D";
	}

	public int months(String grade) {
		return switch (grade) {
			case "A" -> aMonths;
			case "B" -> bMonths;
			case "C" -> cMonths;
			default -> dMonths;
		};
	}

	/** Thresholds strictly falling within 1–100, intervals of 1–36 months, first inspection within a year. */
	boolean valid() {
		return 100 >= aMin && aMin > bMin && bMin > cMin && cMin >= 1 && inRange(aMonths) && inRange(bMonths)
				&& inRange(cMonths) && inRange(dMonths) && ungradedDays >= 0 && ungradedDays <= 365;
	}

	private static boolean inRange(int months) {
		return months >= 1 && months <= 36;
	}
}
