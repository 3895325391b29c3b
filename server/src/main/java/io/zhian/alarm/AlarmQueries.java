package io.zhian.alarm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;
import io.zhian.reference.IdNumbers;

/**
 * Reads alarms with the names of their venue, units and officer. Lists are cut to the reader's scope
 * ({@link AlarmScope}) and mask document numbers unless the reader holds the full-view permission.
 */
@Component
class AlarmQueries {

	static final String FULL_VIEW = "PERSONAL_DATA_FULL_VIEW";
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final String SELECT = """
			select a.*, v.name as venue_name, u.name as unit_name, u.path as unit_path, ou.name as owning_unit_name,
			       ou.path as owning_unit_path, eu.name as escalated_unit_name, eu.path as escalated_unit_path,
			       o.display_name as officer_name
			from alarm a
			left join venue v on v.id = a.venue_id
			left join org_unit u on u.id = a.unit_id
			left join org_unit ou on ou.id = a.owning_unit_id
			left join org_unit eu on eu.id = a.escalated_unit_id
			left join org_user o on o.id = a.officer_id""";
	// Open alarms first, then by urgency, then newest.
	private static final String ORDER = " order by a.status = 'CLOSED',"
			+ " array_position(array['URGENT','HIGH','MEDIUM','LOW']::varchar[], a.level), a.raised_at desc, a.id desc";

	/** Routed to the unit given as the parameter, or to a unit below it. */
	static final String UNDER_UNIT = "a.unit_id in (select s.id from org_unit s where s.path like "
			+ "(select p.path from org_unit p where p.id = ?) || '%')";

	private final JdbcClient jdbc;

	AlarmQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Any alarm, whoever may see it: for pushes and for the lifecycle, which check scope themselves. */
	Optional<AlarmView> find(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(AlarmQueries::alarm).optional();
	}

	/** The alarm if the actor may see it, else ZA-8101. */
	AlarmView visible(Actor actor, long id) {
		SqlCondition scope = AlarmScope.of(actor);
		return jdbc.sql(SELECT + " where a.id = ? and " + scope.sql()).param(id).params(scope.params())
			.query(AlarmQueries::alarm).optional()
			.orElseThrow(() -> new ZhianException(ErrorCode.ALARM_NOT_FOUND, id));
	}

	Paged<AlarmView> list(Actor actor, AlarmQuery query, PageQuery page) {
		SqlCondition scope = AlarmScope.of(actor);
		StringBuilder where = new StringBuilder(" where ").append(scope.sql());
		List<Object> params = new ArrayList<>(scope.params());
		String number = query.documentNumber() == null ? null : query.documentNumber().strip().toUpperCase();
		SqlCondition.andIfGiven(where, params, "a.document_number = ?", number);
		SqlCondition.andIfGiven(where, params, "a.kind = ?", name(query.kind()));
		SqlCondition.andIfGiven(where, params, "a.status = ?", name(query.status()));
		SqlCondition.andIfGiven(where, params, "a.level = ?", name(query.level()));
		SqlCondition.andIfGiven(where, params, "a.review = ?", name(query.review()));
		SqlCondition.andIfGiven(where, params, "a.category = ?", query.category());
		SqlCondition.andIfGiven(where, params, "a.raised_at >= ?", query.from());
		SqlCondition.andIfGiven(where, params, "a.raised_at < ?", query.to());
		if (query.escalated() != null) {
			where.append(query.escalated() ? " and a.escalated_at is not null" : " and a.escalated_at is null");
		}
		SqlCondition.andIfGiven(where, params, UNDER_UNIT, query.unitId());
		long total = jdbc.sql("select count(*) from alarm a" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<AlarmView> items = jdbc.sql(SELECT + where + ORDER + " limit ? offset ?").params(pageParams)
			.query(AlarmQueries::alarm).list();
		return new Paged<>(actor.can(FULL_VIEW) ? items : items.stream().map(AlarmQueries::masked).toList(), total);
	}

	static AlarmView masked(AlarmView alarm) {
		return alarm.documentNumber() == null ? alarm : alarm.withDocumentNumber(IdNumbers.mask(alarm.documentNumber()));
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}


	private static AlarmView alarm(ResultSet rs, int row) throws SQLException {
		Timestamp occurred = rs.getTimestamp("record_occurred_at");
		Instant escalatedAt = instant(rs, "escalated_at");
		return new AlarmView(rs.getLong("id"), AlarmKind.valueOf(rs.getString("kind")),
				AlarmLevel.valueOf(rs.getString("level")), AlarmStatus.valueOf(rs.getString("status")),
				Review.valueOf(rs.getString("review")), ref(rs, "venue_id", "venue_name"),
				(Long) rs.getObject("record_id"),
				occurred == null ? null : occurred.toInstant().atZone(CHINA).toOffsetDateTime(),
				rs.getString("subject_type"), rs.getString("document_type"), rs.getString("document_number"),
				rs.getString("name"), rs.getString("subject_value"), (Long) rs.getObject("watch_entry_id"),
				rs.getString("category"), ref(rs, "owning_unit_id", "owning_unit_name"),
				ref(rs, "unit_id", "unit_name"), ref(rs, "officer_id", "officer_name"), rs.getBoolean("retrospective"),
				rs.getString("summary"), instant(rs, "raised_at"), instant(rs, "published_at"),
				instant(rs, "signed_at"), instant(rs, "handled_at"), instant(rs, "feedback_at"),
				instant(rs, "closed_at"), escalatedAt != null, escalatedAt,
				ref(rs, "escalated_unit_id", "escalated_unit_name"), rs.getString("handling_action"),
				rs.getString("outcome"), rs.getString("outcome_note"), rs.getString("unit_path"),
				rs.getString("owning_unit_path"), rs.getString("escalated_unit_path"));
	}

	private static AlarmView.Ref ref(ResultSet rs, String idColumn, String nameColumn) throws SQLException {
		Long id = (Long) rs.getObject(idColumn);
		return id == null ? null : new AlarmView.Ref(id, rs.getString(nameColumn));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
