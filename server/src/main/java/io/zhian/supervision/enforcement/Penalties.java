package io.zhian.supervision.enforcement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.springframework.dao.DuplicateKeyException;
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
import io.zhian.reference.IdNumbers;

/**
 * Penalties (处罚): recorded by police against venues and persons within their reach, edited and deleted only
 * by the recording unit, listed within the reader's data scope with person numbers masked unless the reader
 * holds the full view. Every write, list, detail and export is audited.
 */
@Service
public class Penalties {

	static final String FROM = """
			 from penalty_decision p
			 left join venue v on v.id = p.venue_id
			 join org_unit ju on ju.id = p.jurisdiction_unit_id
			 left join org_unit d on d.level = 'DISTRICT' and ju.path like d.path || '%'
			 join org_unit du on du.id = p.deciding_unit_id
			 join org_unit ru on ru.id = p.recorded_unit_id
			""";
	static final String SELECT = "select p.*, " + VenueRef.COLUMNS + ", " + UnitRef.columns("du", "du") + ", "
			+ UnitRef.columns("ju", "ju") + ", " + UnitRef.columns("d", "d") + ", " + UnitRef.columns("ru", "ru");
	private static final String ORDER = " order by p.decided_on desc, p.id desc";

	private final JdbcClient jdbc;
	private final PenaltyValidator validator;
	private final AuditTrail audit;
	private final Clock clock;

	Penalties(JdbcClient jdbc, PenaltyValidator validator, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.validator = validator;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Penalty add(Actor actor, PenaltyForm form) {
		long unit = Reach.ownUnit(actor);
		ValidPenalty p = validator.check(actor, form);
		ensureNumberFree(p.decisionNumber(), null);
		Timestamp now = Timestamp.from(clock.instant());
		long id = insertOrRefuse(p.decisionNumber(), () -> jdbc.sql("""
				insert into penalty_decision (decision_number, subject_kind, venue_id, person_document_type,
				    person_document_number, person_name, penalty_type, legal_basis, reason, decided_on, amount,
				    deciding_unit_id, jurisdiction_unit_id, recorded_unit_id, recorded_by, recorder_name, recorded_at,
				    updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(p.decisionNumber(), p.subjectKind().name(), p.venueId(), p.personDocumentType(),
					p.personDocumentNumber(), p.personName(), p.penaltyType(), p.legalBasis(), p.reason(),
					Date.valueOf(p.decidedOn()), p.amount(), p.decidingUnitId(), p.jurisdictionUnitId(), unit,
					actor.userId(), actor.displayName(), now, now)
			.query(Long.class).single());
		audit.record(AuditRecord.success(AuditAction.CREATE, "Penalty", id, describe(p)));
		return shown(actor, find(actor, id));
	}

	@Transactional
	public Penalty edit(Actor actor, long id, PenaltyForm form) {
		ownedBy(actor, id);
		ValidPenalty p = validator.check(actor, form);
		ensureNumberFree(p.decisionNumber(), id);
		insertOrRefuse(p.decisionNumber(), () -> (long) jdbc.sql("""
				update penalty_decision set decision_number = ?, subject_kind = ?, venue_id = ?,
				    person_document_type = ?, person_document_number = ?, person_name = ?, penalty_type = ?,
				    legal_basis = ?, reason = ?, decided_on = ?, amount = ?, deciding_unit_id = ?,
				    jurisdiction_unit_id = ?, updated_at = ?
				where id = ?""")
			.params(p.decisionNumber(), p.subjectKind().name(), p.venueId(), p.personDocumentType(),
					p.personDocumentNumber(), p.personName(), p.penaltyType(), p.legalBasis(), p.reason(),
					Date.valueOf(p.decidedOn()), p.amount(), p.decidingUnitId(), p.jurisdictionUnitId(),
					Timestamp.from(clock.instant()), id)
			.update());
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Penalty", id, describe(p)));
		return shown(actor, find(actor, id));
	}

	@Transactional
	public void delete(Actor actor, long id) {
		Penalty penalty = ownedBy(actor, id);
		jdbc.sql("delete from penalty_decision where id = ?").param(id).update();
		audit.record(AuditRecord.success(AuditAction.DELETE, "Penalty", id,
				penalty.decisionNumber() + " " + penalty.penaltyType()));
	}

	/** One penalty within the reader's scope; a view of personal data, so audited with the view given. */
	@Transactional
	public Penalty get(Actor actor, long id) {
		Penalty penalty = find(actor, id);
		boolean full = actor.can(Permissions.PERSONAL_DATA_FULL_VIEW);
		audit.record(AuditRecord.success(AuditAction.READ, "Penalty", id,
				penalty.person() == null ? "venue penalty" : full ? "full view" : "masked view"));
		return shown(actor, penalty);
	}

	/** Penalties within the reader's scope matching the query, latest decision first; audited with the criteria. */
	@Transactional
	public Paged<Penalty> list(Actor actor, PenaltyQuery query, PageQuery page) {
		SqlCondition where = query.where(actor.dataScope());
		long total = count(where);
		List<Object> params = new ArrayList<>(where.params());
		params.add(page.size());
		params.add(page.offset());
		List<Penalty> items = jdbc.sql(SELECT + FROM + " where " + where.sql() + ORDER + " limit ? offset ?")
			.params(params).query((rs, n) -> penalty(rs, actor)).list();
		audit.record(AuditRecord.success(AuditAction.SEARCH, "Penalty", null, query.criteria()));
		return new Paged<>(items.stream().map(p -> shown(actor, p)).toList(), total);
	}

	/** Every penalty matching the query, for an export the caller has capped with {@link #count}; audited. */
	@Transactional
	public List<Penalty> export(Actor actor, PenaltyQuery query) {
		SqlCondition where = query.where(actor.dataScope());
		List<Penalty> items = jdbc.sql(SELECT + FROM + " where " + where.sql() + ORDER).params(where.params())
			.query((rs, n) -> penalty(rs, actor)).list();
		audit.record(AuditRecord.success(AuditAction.EXPORT, "Penalty", null, items.size() + " rows; " + query.criteria()));
		return items.stream().map(p -> shown(actor, p)).toList();
	}

	@Transactional(readOnly = true)
	public long count(Actor actor, PenaltyQuery query) {
		return count(query.where(actor.dataScope()));
	}

	private long count(SqlCondition where) {
		return jdbc.sql("select count(*)" + FROM + " where " + where.sql()).params(where.params()).query(Long.class)
			.single();
	}

	private Penalty find(Actor actor, long id) {
		SqlCondition visible = actor.dataScope().units("p.jurisdiction_unit_id");
		return jdbc.sql(SELECT + FROM + " where p.id = ? and " + visible.sql()).param(id).params(visible.params())
			.query((rs, n) -> penalty(rs, actor)).optional()
			.orElseThrow(() -> new ZhianException(ErrorCode.PENALTY_NOT_FOUND, id));
	}

	/** The penalty, if the actor's unit recorded it: only that unit edits or deletes. */
	private Penalty ownedBy(Actor actor, long id) {
		Penalty penalty = find(actor, id);
		if (!penalty.editable()) {
			throw new ZhianException(ErrorCode.PENALTY_NOT_OWN_UNIT, id);
		}
		return penalty;
	}

	private void ensureNumberFree(String number, Long except) {
		boolean taken = jdbc.sql("""
				select exists (select 1 from penalty_decision where upper(decision_number) = upper(?)
				               and id is distinct from ?)""")
			.params(number, except).query(Boolean.class).single();
		if (taken) {
			throw new ZhianException(ErrorCode.PENALTY_DECISION_NUMBER_TAKEN, number);
		}
	}

	/** Runs a write that the unique decision number may refuse when two officers enter one at the same moment. */
	private static long insertOrRefuse(String number, LongSupplier write) {
		try {
			return write.getAsLong();
		}
		catch (DuplicateKeyException e) {
			throw new ZhianException(ErrorCode.PENALTY_DECISION_NUMBER_TAKEN, number);
		}
	}

	private static String describe(ValidPenalty p) {
		return p.decisionNumber() + " " + p.penaltyType() + " "
				+ (p.subjectKind() == PenaltySubject.VENUE ? "venue " + p.venueId()
						: "person " + IdNumbers.mask(p.personDocumentNumber()));
	}

	private static Penalty shown(Actor actor, Penalty penalty) {
		return actor.can(Permissions.PERSONAL_DATA_FULL_VIEW) ? penalty : penalty.masked();
	}

	static Penalty penalty(ResultSet rs, Actor reader) throws SQLException {
		String number = rs.getString("person_document_number");
		UnitRef recorded = UnitRef.read(rs, "ru");
		return new Penalty(rs.getLong("id"), rs.getString("decision_number"),
				PenaltySubject.valueOf(rs.getString("subject_kind")), VenueRef.read(rs),
				number == null ? null
						: new Penalty.Person(rs.getString("person_document_type"), number, rs.getString("person_name")),
				rs.getString("penalty_type"), rs.getString("legal_basis"), rs.getString("reason"),
				rs.getDate("decided_on").toLocalDate(), rs.getBigDecimal("amount"), UnitRef.read(rs, "du"),
				UnitRef.read(rs, "ju"), UnitRef.read(rs, "d"), recorded, rs.getString("recorder_name"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				reader != null && reader.unitId() != null && recorded.id() == reader.unitId());
	}
}
