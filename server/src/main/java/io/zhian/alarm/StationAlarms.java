package io.zhian.alarm;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.common.Actor;
import io.zhian.common.PageQuery;
import io.zhian.common.SqlCondition;

/**
 * The alarms of one police unit (and the units below it) as other modules show them, e.g. the station archive
 * (一所一档): how many are open, and the open ones, urgent first. Cut to what the reader may see.
 */
@Component
public class StationAlarms {

	/** An alarm as one line of someone else's page. */
	public record Line(long id, AlarmKind kind, AlarmLevel level, AlarmStatus status, Long venueId,
			String venueName, String summary, Instant raisedAt, boolean escalated) {
	}

	/**
	 * @param open not yet closed
	 * @param escalated open and escalated because nobody signed in time
	 * @param lines the first open ones, urgent first, then newest
	 */
	public record Digest(long open, long escalated, List<Line> lines) {
	}

	private final AlarmQueries queries;
	private final JdbcClient jdbc;

	StationAlarms(AlarmQueries queries, JdbcClient jdbc) {
		this.queries = queries;
		this.jdbc = jdbc;
	}

	public Digest of(Actor actor, long unitId, int limit) {
		SqlCondition scope = AlarmScope.of(actor);
		record Counts(long open, long escalated) {
		}
		Counts counts = jdbc.sql("select count(*) as open, count(a.escalated_at) as escalated from alarm a where "
				+ scope.sql() + " and a.status <> 'CLOSED' and " + AlarmQueries.UNDER_UNIT)
			.params(scope.params()).param(unitId)
			.query((rs, row) -> new Counts(rs.getLong("open"), rs.getLong("escalated"))).single();
		List<Line> lines = queries.list(actor, AlarmQuery.underUnit(unitId), PageQuery.of(0, limit)).items().stream()
			.filter(alarm -> alarm.status() != AlarmStatus.CLOSED)
			.map(alarm -> new Line(alarm.id(), alarm.kind(), alarm.level(), alarm.status(),
					alarm.venue() == null ? null : alarm.venue().id(), alarm.venue() == null ? null : alarm.venue().name(),
					alarm.summary(), alarm.raisedAt(), alarm.escalated()))
			.toList();
		return new Digest(counts.open(), counts.escalated(), lines);
	}
}
