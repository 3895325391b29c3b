package io.zhian.supervision.inspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zhian.common.ErrorCode;
import io.zhian.common.FieldProblems;
import io.zhian.supervision.inspection.InspectionForm.Answer;

/**
 * Turns the answers to a checklist into points, a score out of 100 and a grade (场所自动评分). Each item
 * earns its points on a pass (yes/no) or the points the officer gives (scored); the score is the share of the
 * possible points, rounded. An item that earns less than its full points is a problem to rectify.
 */
final class Scoring {

	record Result(List<Answer> answers, int earned, int possible, int score, String grade) {
	}

	private Scoring() {
	}

	/** Checks every answer against the template (refusing into {@code refusal}) and scores them. */
	static Result score(InspectionTemplate template, List<Answer> answers, Grading grading, FieldProblems refusal) {
		Map<String, Answer> byItem = new HashMap<>();
		for (Answer answer : answers) {
			if (answer == null || answer.item() == null || template.item(answer.item()).isEmpty()) {
				refusal.add("results", ErrorCode.INSPECTION_ITEM_UNKNOWN, answer == null ? null : answer.item());
			}
			else if (byItem.putIfAbsent(answer.item(), answer) != null) {
				refusal.add("results." + answer.item(), ErrorCode.INSPECTION_ANSWER_INVALID, answer.item());
			}
		}
		List<Answer> scored = new ArrayList<>();
		int earned = 0;
		for (TemplateItem item : template.items().toList()) {
			Answer answer = byItem.get(item.code());
			Integer points = answer == null ? null : points(item, answer);
			if (points == null) {
				refusal.add("results." + item.code(), ErrorCode.INSPECTION_ANSWER_INVALID, item.code());
				continue;
			}
			String note = refusal.text("results." + item.code() + ".note", answer.note(), false, 500);
			scored.add(new Answer(item.code(), points == item.points(), points, note));
			earned += points;
		}
		int possible = template.possiblePoints();
		int score = possible == 0 ? 0 : Math.round(earned * 100f / possible);
		return new Result(scored, earned, possible, score, grading.gradeOf(score));
	}

	/** The points an answer earns, or null when it does not answer the item as its type asks. */
	private static Integer points(TemplateItem item, Answer answer) {
		return switch (item.type()) {
			case CHECK -> answer.passed() == null ? null : answer.passed() ? item.points() : 0;
			case SCORE -> answer.score() == null || answer.score() < 0 || answer.score() > item.points() ? null
					: answer.score();
		};
	}

	/** The items of a scored inspection that fell short: what a rectification notice lists by default. */
	static List<TemplateItem> problems(InspectionTemplate template, List<Answer> answers) {
		Map<String, Integer> earned = new HashMap<>();
		answers.forEach(answer -> earned.put(answer.item(), answer.score()));
		return template.items().filter(item -> earned.getOrDefault(item.code(), 0) < item.points()).toList();
	}
}
