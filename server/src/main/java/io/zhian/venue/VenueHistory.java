package io.zhian.venue;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.common.Actor;
import io.zhian.common.CurrentActor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Keeps every change of a venue (企业主要信息变更轨迹) and reads it back, oldest first. */
@Component
class VenueHistory {

	/** What happened to a venue. */
	enum Event {
		FILED, RESUBMITTED, ENTERED, APPROVED, REJECTED, EDITED, CHANGE_REQUESTED, CHANGE_APPROVED, CHANGE_REJECTED,
		SUSPENDED, REOPENED, CANCELLED
	}

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	VenueHistory(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Records a change by the signed-in user, or by {@code applicant} when no one is signed in (sign-up). */
	void record(long venueId, Event event, List<FieldChange> changes, String reason, String applicant) {
		Actor actor = CurrentActor.get().orElse(null);
		String name = actor != null ? actor.username() : applicant;
		jdbc.sql("""
				insert into venue_history (venue_id, actor, actor_id, event, changes, reason)
				values (?, ?, ?, ?, ?::jsonb, ?)""")
			.params(venueId, name == null ? "anonymous" : name, actor == null ? null : actor.userId(), event.name(),
					json.writeValueAsString(changes), reason)
			.update();
	}

	void record(long venueId, Event event, List<FieldChange> changes, String reason) {
		record(venueId, event, changes, reason, null);
	}

	List<HistoryEntry> list(long venueId) {
		return jdbc.sql("select * from venue_history where venue_id = ? order by id").param(venueId)
			.query((rs, row) -> new HistoryEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("event"), json.readValue(rs.getString("changes"), CHANGES),
					rs.getString("reason")))
			.list();
	}
}
