package io.zhian.supervision.bulletin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;
import io.zhian.org.Permissions;

/**
 * Which bulletins a user sees, newest first: a venue's user those sent to the venue (with its own state), an
 * officer with {@code BULLETIN_PUBLISH} those published by units within the officer's scope (with the counts).
 * Everyone else sees none.
 */
@Service
class BulletinSummaries {

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	BulletinSummaries(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Paged<BulletinSummary> list(Actor actor, BulletinFilter filter, PageQuery page) {
		Query query = query(actor);
		StringBuilder where = new StringBuilder(query.where.sql());
		List<Object> params = new ArrayList<>(query.where.params());
		SqlCondition.andIfGiven(where, params, "b.type = ?", filter.type());
		SqlCondition.andIfGiven(where, params, "strpos(b.title, ?) > 0", filter.q() == null ? null : filter.q().strip());
		if (actor.venueId() != null && Boolean.TRUE.equals(filter.open())) {
			where.append(" and b.revoked_at is null and r.acknowledged_at is null");
		}
		if (actor.venueId() != null && Boolean.TRUE.equals(filter.unread())) {
			where.append(" and b.revoked_at is null and r.read_at is null");
		}
		if (actor.venueId() == null && Boolean.TRUE.equals(filter.overdue())) {
			where.append(" and c.overdue > 0");
		}
		List<Object> all = new ArrayList<>(query.fromParams);
		all.addAll(params);
		long total = jdbc.sql("select count(*)" + query.from + " where " + where).params(all).query(Long.class)
			.single();
		all.add(page.size());
		all.add(page.offset());
		List<BulletinSummary> items = jdbc.sql(query.select + query.from + " where " + where
				+ " order by b.published_at desc, b.id desc limit ? offset ?")
			.params(all).query(query.mapper).list();
		audit.record(AuditRecord.success(AuditAction.SEARCH, "Bulletin", null, AuditRecord.criteria("type",
				filter.type(), "q", filter.q(), "open", filter.open(), "unread", filter.unread(), "overdue",
				filter.overdue())));
		return new Paged<>(items, total);
	}

	/** The bulletin if the actor may see it; ZA-9002 otherwise, whether it exists or not. */
	@Transactional(readOnly = true)
	BulletinSummary find(Actor actor, long id) {
		Query query = query(actor);
		List<Object> params = new ArrayList<>(query.fromParams);
		params.addAll(query.where.params());
		params.add(id);
		return jdbc.sql(query.select + query.from + " where " + query.where.sql() + " and b.id = ?").params(params)
			.query(query.mapper).optional().orElseThrow(() -> new ZhianException(ErrorCode.BULLETIN_NOT_FOUND, id));
	}

	/** The bulletin if the actor may see it and it is not revoked; ZA-9005 when it is. */
	@Transactional(readOnly = true)
	BulletinSummary findStanding(Actor actor, long id) {
		BulletinSummary summary = find(actor, id);
		if (summary.revokedAt() != null) {
			throw new ZhianException(ErrorCode.BULLETIN_REVOKED, id);
		}
		return summary;
	}

	/** How one side reads: its columns and joins, their parameters, who it sees, and how a row maps. */
	private record Query(String select, String from, List<Object> fromParams, SqlCondition where,
			RowMapper<BulletinSummary> mapper) {
	}

	private Query query(Actor actor) {
		Instant now = clock.instant();
		if (actor.venueId() != null) {
			return new Query("select " + BulletinRows.HEADER + BulletinRows.RECIPIENT_COLUMNS,
					" from bulletin b join bulletin_recipient r on r.bulletin_id = b.id" + BulletinRows.RECIPIENT_JOINS,
					List.of(), new SqlCondition("r.venue_id = ?", List.of(actor.venueId())),
					(rs, row) -> BulletinRows.summary(rs, null, BulletinRows.recipient(rs, now)));
		}
		SqlCondition scope = actor.can(Permissions.BULLETIN_PUBLISH) ? actor.dataScope().units("b.unit_id")
				: SqlCondition.NEVER;
		return new Query("select " + BulletinRows.HEADER + BulletinRows.COUNT_COLUMNS,
				" from bulletin b" + BulletinRows.COUNTS, List.of(Timestamp.from(now)), scope,
				(rs, row) -> BulletinRows.summary(rs, BulletinRows.counts(rs), null));
	}
}
