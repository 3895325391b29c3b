package io.zhian.supervision.enforcement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

/**
 * Cases (发案) at venues. Anyone with the permission reads within their data scope; a station registers cases
 * of its own venues, a district of its district's, the city of any; only the registering unit edits or deletes
 * (the rule, stricter for stations than the requirement text's "city and district only" and looser for
 * them: see docs/supervision.md). Every edit and delete raises the revision and empties the upload flag, so the
 * case goes up to the superior unit again ({@link CaseUploads}).
 */
@Service
public class Cases {

	static final String FROM = """
			 from case_report c
			 join venue v on v.id = c.venue_id
			 join org_unit st on st.id = c.station_unit_id
			 left join org_unit d on d.id = st.parent_id
			 join org_unit ru on ru.id = c.registered_unit_id
			""";
	static final String SELECT = "select c.*, " + VenueRef.COLUMNS + ", " + UnitRef.columns("st", "st") + ", "
			+ UnitRef.columns("d", "d") + ", " + UnitRef.columns("ru", "ru");
	private static final String ORDER = " order by c.occurred_on desc, c.id desc";

	private final JdbcClient jdbc;
	private final CaseValidator validator;
	private final AuditTrail audit;
	private final Clock clock;

	Cases(JdbcClient jdbc, CaseValidator validator, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.validator = validator;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public CaseReport add(Actor actor, CaseForm form) {
		long unit = Reach.ownUnit(actor);
		CaseValidator.Valid c = validator.check(actor, form);
		Timestamp now = Timestamp.from(clock.instant());
		long id = jdbc.sql("""
				insert into case_report (venue_id, station_unit_id, criminal_type, public_order_type, occurred_on,
				    summary, penalised, handling, registered_unit_id, registered_by, registrant_name, registered_at,
				    updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(c.venue().id(), c.venue().stationUnitId(), c.criminalType(), c.publicOrderType(),
					Date.valueOf(c.occurredOn()), c.summary(), c.penalised(), c.handling(), unit, actor.userId(),
					actor.displayName(), now, now)
			.query(Long.class).single();
		audit.record(AuditRecord.success(AuditAction.CREATE, "Case", id, describe(c)));
		return find(actor, id);
	}

	/** Changes a case of the actor's unit; the new revision waits for upload (上传标志 emptied). */
	@Transactional
	public CaseReport edit(Actor actor, long id, CaseForm form) {
		ownedBy(actor, id);
		CaseValidator.Valid c = validator.check(actor, form);
		jdbc.sql("""
				update case_report set venue_id = ?, station_unit_id = ?, criminal_type = ?, public_order_type = ?,
				    occurred_on = ?, summary = ?, penalised = ?, handling = ?, updated_at = ?,
				    revision = revision + 1, uploaded_at = null
				where id = ?""")
			.params(c.venue().id(), c.venue().stationUnitId(), c.criminalType(), c.publicOrderType(),
					Date.valueOf(c.occurredOn()), c.summary(), c.penalised(), c.handling(),
					Timestamp.from(clock.instant()), id)
			.update();
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Case", id, describe(c)));
		return find(actor, id);
	}

	/** Deletes a case of the actor's unit: gone from every list, kept as a tombstone until the deletion went up. */
	@Transactional
	public void delete(Actor actor, long id) {
		CaseReport report = ownedBy(actor, id);
		jdbc.sql("""
				update case_report set deleted_at = ?, updated_at = ?, revision = revision + 1, uploaded_at = null
				where id = ?""")
			.params(Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), id).update();
		audit.record(AuditRecord.success(AuditAction.DELETE, "Case", id, "venue " + report.venue().code()));
	}

	@Transactional(readOnly = true)
	public CaseReport get(Actor actor, long id) {
		return find(actor, id);
	}

	/** Cases within the reader's scope matching the query, latest incident first; audited with the criteria. */
	@Transactional
	public Paged<CaseReport> list(Actor actor, CaseQuery query, PageQuery page) {
		SqlCondition where = query.where(actor.dataScope());
		long total = jdbc.sql("select count(*)" + FROM + " where " + where.sql()).params(where.params())
			.query(Long.class).single();
		List<Object> params = new ArrayList<>(where.params());
		params.add(page.size());
		params.add(page.offset());
		List<CaseReport> items = jdbc.sql(SELECT + FROM + " where " + where.sql() + ORDER + " limit ? offset ?")
			.params(params).query((rs, n) -> report(rs, actor)).list();
		audit.record(AuditRecord.success(AuditAction.SEARCH, "Case", null, query.criteria()));
		return new Paged<>(items, total);
	}

	private CaseReport find(Actor actor, long id) {
		SqlCondition visible = actor.dataScope().units("c.station_unit_id");
		return jdbc.sql(SELECT + FROM + " where c.id = ? and c.deleted_at is null and " + visible.sql())
			.param(id).params(visible.params()).query((rs, n) -> report(rs, actor)).optional()
			.orElseThrow(() -> new ZhianException(ErrorCode.CASE_NOT_FOUND, id));
	}

	private CaseReport ownedBy(Actor actor, long id) {
		CaseReport report = find(actor, id);
		if (!report.editable()) {
			throw new ZhianException(ErrorCode.CASE_NOT_OWN_UNIT, id);
		}
		return report;
	}

	private static String describe(CaseValidator.Valid c) {
		return "venue " + c.venue().code() + " " + AuditRecord.criteria("criminal", c.criminalType(), "publicOrder",
				c.publicOrderType(), "occurredOn", c.occurredOn());
	}

	static CaseReport report(ResultSet rs, Actor reader) throws SQLException {
		UnitRef registered = UnitRef.read(rs, "ru");
		Instant uploadedAt = instant(rs, "uploaded_at");
		return new CaseReport(rs.getLong("id"), VenueRef.read(rs), rs.getString("criminal_type"),
				rs.getString("public_order_type"), rs.getDate("occurred_on").toLocalDate(), rs.getString("summary"),
				rs.getBoolean("penalised"), rs.getString("handling"), UnitRef.read(rs, "d"), UnitRef.read(rs, "st"),
				registered, rs.getString("registrant_name"), instant(rs, "registered_at"), instant(rs, "updated_at"),
				rs.getInt("revision"), uploadedAt != null, uploadedAt, instant(rs, "deleted_at"),
				reader != null && reader.unitId() != null && registered.id() == reader.unitId());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
