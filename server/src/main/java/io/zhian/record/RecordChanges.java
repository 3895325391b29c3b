package io.zhian.record;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import io.zhian.reference.CodeTables;
import io.zhian.trade.FieldSpec;
import io.zhian.trade.RecordKind;
import io.zhian.trade.TradeProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changes a venue makes to its own stored records: ending one (check-out) and amending the attributes its
 * profile allows (room change). Each change is kept as a revision with the values before and after.
 */
@Service
public class RecordChanges {

	private final JdbcClient jdbc;
	private final TradeProfiles profiles;
	private final FieldValues values;
	private final RecordErrors errors;
	private final AuditTrail audit;
	private final JsonMapper json;
	private final Clock clock;

	RecordChanges(JdbcClient jdbc, TradeProfiles profiles, CodeTables codes, RecordErrors errors, AuditTrail audit,
			JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.values = new FieldValues(codes);
		this.errors = errors;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	private record Located(long id, OffsetDateTime occurredAt, String trade, String kind, OffsetDateTime endedAt,
			String attributes) {
	}

	@Transactional
	public void end(Actor actor, long id, String endedAtText) {
		Located record = locate(actor, id);
		RecordKind kind = profiles.kind(record.trade(), record.kind()).orElseThrow();
		if (!kind.endable()) {
			throw new ZhianException(ErrorCode.RECORD_NOT_ENDABLE, record.kind());
		}
		if (record.endedAt() != null) {
			throw new ZhianException(ErrorCode.RECORD_ALREADY_ENDED, id, record.endedAt());
		}
		OffsetDateTime endedAt = endedAt(endedAtText, record.occurredAt());
		jdbc.sql("update record set ended_at = ? where id = ? and occurred_at = ?")
			.params(endedAt, id, record.occurredAt()).update();
		revise(actor, id, "END", null, Map.of("endedAt", endedAt.toString()));
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Record", id, "ended " + endedAt));
	}

	@Transactional
	public void amend(Actor actor, long id, Map<String, Object> changes) {
		Located record = locate(actor, id);
		RecordKind kind = profiles.kind(record.trade(), record.kind()).orElseThrow();
		List<RecordError> problems = new ArrayList<>();
		Map<String, Object> checked = new LinkedHashMap<>();
		changes.forEach((name, raw) -> {
			String path = "attributes." + name;
			FieldSpec spec = kind.attribute(name).orElse(null);
			if (spec == null) {
				problems.add(RecordError.of(path, ErrorCode.FIELD_UNKNOWN, path));
			}
			else if (!kind.amendable().contains(name)) {
				problems.add(RecordError.of(path, ErrorCode.RECORD_NOT_AMENDABLE, path));
			}
			else {
				Object value = values.read(spec, path, raw, spec.required(), problems);
				checked.put(name, value);
			}
		});
		if (changes.isEmpty()) {
			problems.add(RecordError.of("attributes", ErrorCode.FIELD_REQUIRED));
		}
		if (!problems.isEmpty()) {
			throw errors.refused(problems);
		}
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> current = json.readValue(record.attributes(),
				new tools.jackson.core.type.TypeReference<Map<String, Object>>() {
				});
		checked.keySet().forEach(name -> before.put(name, current.get(name)));
		jdbc.sql("update record set attributes = attributes || ?::jsonb where id = ? and occurred_at = ?")
			.params(json.writeValueAsString(checked), id, record.occurredAt()).update();
		revise(actor, id, "AMEND", before, checked);
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Record", id, "amended " + before + " -> " + checked));
	}

	/** The actor's own venue's record, locked for the change; anything else is "not found". */
	private Located locate(Actor actor, long id) {
		return jdbc.sql("""
				select r.id, r.occurred_at, r.trade, r.kind, r.ended_at, r.attributes from record_key k
				join record r on r.id = k.id and r.occurred_at = k.occurred_at
				where k.id = ? and r.venue_id = ? for update of r""")
			.params(id, actor.venueId())
			.query((rs, row) -> new Located(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getString("trade"), rs.getString("kind"), rs.getObject("ended_at", OffsetDateTime.class),
					rs.getString("attributes")))
			.optional().orElseThrow(() -> new ZhianException(ErrorCode.RECORD_NOT_FOUND, id));
	}

	private OffsetDateTime endedAt(String text, OffsetDateTime occurredAt) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (text == null || text.isBlank()) {
			return now;
		}
		List<RecordError> problems = new ArrayList<>();
		OffsetDateTime at = FieldValues.dateTime("endedAt", text, problems);
		if (at != null && (at.isBefore(occurredAt) || at.isAfter(now.plusMinutes(10)))) {
			problems.add(RecordError.of("endedAt", ErrorCode.FIELD_FORMAT, "endedAt", text,
					"time after the record's own and not in the future"));
		}
		if (!problems.isEmpty()) {
			throw errors.refused(problems);
		}
		return at;
	}

	private void revise(Actor actor, long id, String change, Map<String, Object> before, Map<String, Object> after) {
		jdbc.sql("""
				insert into record_revision (record_id, changed_at, changed_by, change, before, after)
				values (?, ?, ?, ?, ?::jsonb, ?::jsonb)""")
			.params(id, Timestamp.from(clock.instant()), actor.userId(), change,
					before == null ? null : json.writeValueAsString(before), json.writeValueAsString(after))
			.update();
	}
}
