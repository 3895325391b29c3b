package io.zhian.supervision.inspection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.FieldProblems;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.Problems;
import io.zhian.common.ZhianException;
import io.zhian.files.FilePurpose;
import io.zhian.supervision.inspection.Rectification.Reply;
import io.zhian.supervision.inspection.Rectification.Status;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The life of a rectification notice: issued from an inspection with problems (OPEN), answered by the venue
 * with text and photos (ANSWERED), then accepted by the police (ACCEPTED, closed) or rejected with a reason
 * (OPEN again, optionally with a new deadline). Police see the notices of their jurisdiction, a venue its own.
 */
@Service
public class RectificationNotices {

	static final int MAX_ITEMS = 50;
	private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final Inspections inspections;
	private final InspectionTemplates templates;
	private final DueInspections due;
	private final VenuePhotos photos;
	private final AuditTrail audit;
	private final Problems problems;
	private final JsonMapper json;
	private final Clock clock;

	RectificationNotices(JdbcClient jdbc, Inspections inspections, InspectionTemplates templates,
			DueInspections due, VenuePhotos photos, AuditTrail audit, Problems problems, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.inspections = inspections;
		this.templates = templates;
		this.due = due;
		this.photos = photos;
		this.audit = audit;
		this.problems = problems;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public Rectification issue(Actor actor, NoticeForm form) {
		if (form.inspectionId() == null) {
			throw new ZhianException(ErrorCode.INSPECTION_NOT_FOUND, "null");
		}
		Inspection inspection = inspections.find(actor, form.inspectionId());
		if (inspection.rectificationId() != null) {
			throw new ZhianException(ErrorCode.RECTIFICATION_EXISTS, inspection.id(), inspection.rectificationId());
		}
		if (inspection.problems().isEmpty()) {
			throw new ZhianException(ErrorCode.RECTIFICATION_NOTHING_TO_RECTIFY, inspection.id());
		}
		InspectionTemplate template = templates.find(inspection.templateId());
		FieldProblems refusal = new FieldProblems(problems);
		String basis = form.legalBasis() == null || form.legalBasis().isBlank() ? template.legalBasis()
				: refusal.text("legalBasis", form.legalBasis(), true, 500);
		List<String> items = form.items().isEmpty()
				? inspection.problems().stream().map(code -> template.item(code).orElseThrow().text()).toList()
				: items(refusal, form.items());
		checkDeadline(refusal, form.deadline());
		refusal.throwIfAny(ErrorCode.RECTIFICATION_INVALID);
		long id = jdbc.sql("""
				insert into rectification_notice (inspection_id, venue_id, legal_basis, items, deadline, status,
				    issued_at, issued_by_name)
				values (?, ?, ?, ?::jsonb, ?, 'OPEN', ?, ?) returning id""")
			.params(inspection.id(), inspection.venue().id(), basis, json.writeValueAsString(items),
					Date.valueOf(form.deadline()), Timestamp.from(clock.instant()), actor.displayName())
			.query(Long.class).single();
		audit.record(AuditRecord.success(AuditAction.CREATE, "Rectification", id,
				"inspection " + inspection.id() + ", " + items.size() + " items, deadline " + form.deadline()));
		return find(actor, id);
	}

	private static List<String> items(FieldProblems refusal, List<String> given) {
		List<String> items = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			String text = refusal.text("items[" + i + "]", given.get(i), true, 500);
			if (text != null) {
				items.add(text);
			}
		}
		if (given.size() > MAX_ITEMS) {
			refusal.add("items", ErrorCode.FIELD_TOO_LONG, MAX_ITEMS);
		}
		return items;
	}

	private void checkDeadline(FieldProblems refusal, LocalDate deadline) {
		LocalDate today = due.today();
		if (deadline == null) {
			refusal.add("deadline", ErrorCode.FIELD_REQUIRED);
		}
		else if (deadline.isBefore(today) || deadline.isAfter(today.plusDays(366))) {
			refusal.add("deadline", ErrorCode.INSPECTION_DEADLINE_INVALID, deadline);
		}
	}

	/** 整改结果: the venue says what it did, with photos; only its own open notices. */
	@Transactional
	public Rectification reply(Actor actor, long id, String text, List<Long> photoIds) {
		Rectification notice = find(actor, id);
		if (actor.venueId() == null || actor.venueId() != notice.venue().id()) {
			throw new ZhianException(ErrorCode.ACCESS_DENIED);
		}
		requireStatus(notice, Status.OPEN, "reply");
		FieldProblems refusal = new FieldProblems(problems);
		String answer = refusal.text("text", text, true, 2000);
		List<Long> photoList = photoIds == null ? List.of() : photoIds;
		photos.check(refusal, "photoIds", photoList, notice.venue().id(), FilePurpose.RECTIFICATION_PHOTO);
		refusal.throwIfAny(ErrorCode.RECTIFICATION_INVALID);
		jdbc.sql("""
				insert into rectification_reply (notice_id, text, photo_ids, replied_at, replied_by_name)
				values (?, ?, ?::bigint[], ?, ?)""")
			.params(id, answer, photoList.toArray(Long[]::new), Timestamp.from(clock.instant()), actor.displayName())
			.update();
		transition(id, Status.OPEN, Status.ANSWERED);
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Rectification", id, "answered"));
		return find(actor, id);
	}

	/** The officer has checked the answer (on site or from the photos) and closes the notice. */
	@Transactional
	public Rectification accept(Actor actor, long id, String note) {
		Rectification notice = find(actor, id);
		requireStatus(notice, Status.ANSWERED, "accept");
		FieldProblems refusal = new FieldProblems(problems);
		String text = refusal.text("note", note, false, 500);
		refusal.throwIfAny(ErrorCode.RECTIFICATION_INVALID);
		decide(actor, id, "ACCEPTED", text);
		jdbc.sql("update rectification_notice set closed_at = ?, closed_by_name = ? where id = ?")
			.params(Timestamp.from(clock.instant()), actor.displayName(), id).update();
		transition(id, Status.ANSWERED, Status.ACCEPTED);
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Rectification", id, "accepted"));
		return find(actor, id);
	}

	/**
	 * The answer does not do: back to the venue with the reason. A new deadline, if given, also clears the
	 * escalation so that the notice may fall overdue again.
	 */
	@Transactional
	public Rectification reject(Actor actor, long id, String reason, LocalDate newDeadline) {
		Rectification notice = find(actor, id);
		requireStatus(notice, Status.ANSWERED, "reject");
		FieldProblems refusal = new FieldProblems(problems);
		String text = refusal.text("reason", reason, true, 500);
		if (newDeadline != null) {
			checkDeadline(refusal, newDeadline);
		}
		refusal.throwIfAny(ErrorCode.RECTIFICATION_INVALID);
		decide(actor, id, "REJECTED", text);
		if (newDeadline != null) {
			jdbc.sql("update rectification_notice set deadline = ?, overdue_at = null, escalated_unit_id = null where id = ?")
				.params(Date.valueOf(newDeadline), id).update();
		}
		transition(id, Status.ANSWERED, Status.OPEN);
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Rectification", id, "rejected"));
		return find(actor, id);
	}

	private void decide(Actor actor, long id, String decision, String note) {
		jdbc.sql("""
				update rectification_reply set decision = ?, decision_note = ?, decided_at = ?, decided_by_name = ?
				where id = (select max(id) from rectification_reply where notice_id = ?)""")
			.params(decision, note, Timestamp.from(clock.instant()), actor.displayName(), id).update();
	}

	/** Moves the status on, refusing if someone else moved it first. */
	private void transition(long id, Status from, Status to) {
		if (jdbc.sql("update rectification_notice set status = ? where id = ? and status = ?")
			.params(to.name(), id, from.name()).update() != 1) {
			throw new ZhianException(ErrorCode.RECTIFICATION_STATE, id, from, to);
		}
	}

	private static void requireStatus(Rectification notice, Status expected, String action) {
		if (notice.status() != expected) {
			throw new ZhianException(ErrorCode.RECTIFICATION_STATE, notice.id(), notice.status(), action);
		}
	}

	@Transactional
	public Rectification read(Actor actor, long id) {
		Rectification notice = find(actor, id);
		audit.record(AuditRecord.success(AuditAction.READ, "Rectification", id, notice.venue().code()));
		return notice;
	}

	Rectification find(Actor actor, long id) {
		return new VenueFilter(actor, "v.id").and("n.id = ?", id).one(jdbc, SELECT, FROM, this::notice)
			.orElseThrow(() -> new ZhianException(ErrorCode.RECTIFICATION_NOT_FOUND, id));
	}

	/**
	 * Notices within scope, open ones first by deadline.
	 *
	 * @param overdue only those the escalation job marked overdue and not yet accepted
	 * @param stationUnitId only this station's venues
	 */
	@Transactional
	public Paged<Rectification> list(Actor actor, Status status, Boolean overdue, Long venueId, Long stationUnitId,
			PageQuery page) {
		VenueFilter filter = new VenueFilter(actor, "v.id").and("n.status = ?", status == null ? null : status.name())
			.and("n.venue_id = ?", venueId).and("v.station_unit_id = ?", stationUnitId);
		if (Boolean.TRUE.equals(overdue)) {
			filter.and("n.overdue_at is not null and n.status <> 'ACCEPTED'");
		}
		Paged<Rectification> found = filter.page(jdbc, SELECT, FROM, "n.status = 'ACCEPTED', n.deadline, n.id desc",
				page, this::notice);
		audit.record(AuditRecord.success(AuditAction.SEARCH, "Rectification", null,
				AuditRecord.criteria("status", status, "overdue", overdue, "venueId", venueId)));
		return found;
	}

	private static final String SELECT = "select n.*, " + InspectedVenues.COLUMNS + ", eu.name as escalated_name";
	private static final String FROM = "from rectification_notice n" + InspectedVenues.JOIN.formatted("n.venue_id")
			+ " left join org_unit eu on eu.id = n.escalated_unit_id";

	private Rectification notice(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Reply> replies = jdbc.sql("select * from rectification_reply where notice_id = ? order by id")
			.param(id).query(RectificationNotices::reply).list();
		return new Rectification(id, rs.getLong("inspection_id"), InspectedVenues.ref(rs, row),
				rs.getString("legal_basis"), json.readValue(rs.getString("items"), TEXTS),
				rs.getDate("deadline").toLocalDate(), Status.valueOf(rs.getString("status")),
				rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by_name"), instant(rs, "overdue_at"),
				rs.getString("escalated_name"), instant(rs, "closed_at"), rs.getString("closed_by_name"), replies);
	}

	private static Reply reply(ResultSet rs, int row) throws SQLException {
		return new Reply(rs.getLong("id"), rs.getString("text"),
				Arrays.asList((Long[]) rs.getArray("photo_ids").getArray()), rs.getTimestamp("replied_at").toInstant(),
				rs.getString("replied_by_name"), rs.getString("decision"), rs.getString("decision_note"),
				instant(rs, "decided_at"), rs.getString("decided_by_name"));
	}

	private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
