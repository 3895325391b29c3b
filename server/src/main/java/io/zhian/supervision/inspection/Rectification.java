package io.zhian.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A rectification notice (整改通知书) and the venue's answers to it.
 *
 * @param legalBasis 整改依据
 * @param items 整改事项
 * @param deadline 整改期限: the last day (China time) on which the venue may answer
 * @param overdueAt when the escalation job found it unanswered after its deadline; stays as a fact
 * @param escalatedUnitName the unit it was escalated to (the station's district bureau)
 */
public record Rectification(long id, long inspectionId, VenueRef venue, String legalBasis, List<String> items,
		LocalDate deadline, Status status, Instant issuedAt, String issuedByName, Instant overdueAt,
		String escalatedUnitName, Instant closedAt, String closedByName, List<Reply> replies) {

	public enum Status {
		/** Waiting for the venue's answer (again after a rejection). */
		OPEN,
		/** Answered; waiting for the officer to accept or reject. */
		ANSWERED,
		/** Accepted by the officer: closed. */
		ACCEPTED
	}

	/** One answer of the venue (整改结果) and the officer's decision on it. */
	public record Reply(long id, String text, List<Long> photoIds, Instant repliedAt, String repliedByName,
			String decision, String decisionNote, Instant decidedAt, String decidedByName) {
	}
}
