package io.zhian.supervision.bulletin;

import java.time.Instant;

/**
 * A bulletin as a list shows it. Police see the counts over all recipients; a venue sees its own state.
 *
 * @param unitName the publishing unit (发布单位)
 * @param counts null for a venue
 * @param own null for the police
 */
public record BulletinSummary(long id, String type, String title, String unitName, String publisherName,
		Instant publishedAt, Instant deadline, Instant revokedAt, Counts counts, RecipientState own) {

	/** How far the recipients have got; {@code overdue} have not acknowledged by the deadline. */
	public record Counts(int recipients, int read, int acknowledged, int replied, int overdue) {
	}
}
