package io.zhian.supervision.inspection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;
import io.zhian.supervision.inspection.InspectionTask.Status;
import io.zhian.supervision.inspection.InspectionTask.TaskVenue;

/**
 * Inspection tasks assigned from above (上级下达检查任务): a unit gives a unit within its scope, or one of its
 * officers, a set of venues to inspect by a deadline. Any inspection of such a venue after the assignment
 * ticks it off ({@link Inspections#submit}). A task is seen by the units within scope of either end.
 */
@Service
public class InspectionTasks {

	static final int MAX_VENUES = 500;

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Problems problems;
	private final DueInspections due;
	private final Clock clock;

	InspectionTasks(JdbcClient jdbc, AuditTrail audit, Problems problems, DueInspections due, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.problems = problems;
		this.due = due;
		this.clock = clock;
	}

	@Transactional
	public InspectionTask assign(Actor actor, TaskForm form) {
		if (actor.unitId() == null) {
			throw new ZhianException(ErrorCode.ACCESS_DENIED);
		}
		FieldProblems refusal = new FieldProblems(problems);
		String title = refusal.text("title", form.title(), true, 200);
		String note = refusal.text("note", form.note(), false, 1000);
		LocalDate today = due.today();
		if (form.deadline() == null) {
			refusal.add("deadline", ErrorCode.FIELD_REQUIRED);
		}
		else if (form.deadline().isBefore(today) || form.deadline().isAfter(today.plusDays(366))) {
			refusal.add("deadline", ErrorCode.INSPECTION_DEADLINE_INVALID, form.deadline());
		}
		String unitPath = form.assigneeUnitId() == null ? null : jdbc.sql("select path from org_unit where id = ? and enabled")
			.param(form.assigneeUnitId()).query(String.class).optional().orElse(null);
		if (unitPath == null || !actor.dataScope().coversUnit(form.assigneeUnitId(), unitPath)) {
			refusal.add("assigneeUnitId", ErrorCode.INSPECTION_ASSIGNEE_INVALID, form.assigneeUnitId());
		}
		else {
			checkOfficer(refusal, form.assigneeUserId(), unitPath);
			checkVenues(refusal, form.venueIds(), unitPath);
		}
		refusal.throwIfAny(ErrorCode.INSPECTION_TASK_INVALID);
		long id = jdbc.sql("""
				insert into inspection_task (title, note, assigner_unit_id, assigned_by_name, assignee_unit_id,
				    assignee_user_id, deadline, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(title, note, actor.unitId(), actor.displayName(), form.assigneeUnitId(), form.assigneeUserId(),
					Date.valueOf(form.deadline()), Timestamp.from(clock.instant()))
			.query(Long.class).single();
		for (Long venueId : new LinkedHashSet<>(form.venueIds())) {
			jdbc.sql("insert into inspection_task_venue (task_id, venue_id) values (?, ?)").params(id, venueId).update();
		}
		audit.record(AuditRecord.success(AuditAction.CREATE, "InspectionTask", id,
				title + " → unit " + form.assigneeUnitId() + ", " + form.venueIds().size() + " venues"));
		return find(actor, id);
	}

	private void checkOfficer(FieldProblems refusal, Long userId, String unitPath) {
		if (userId != null && !jdbc.sql("""
				select exists (select 1 from org_user u join org_unit un on un.id = u.unit_id
				               where u.id = ? and u.kind = 'POLICE' and u.enabled and un.path like ?)""")
			.params(userId, unitPath + "%").query(Boolean.class).single()) {
			refusal.add("assigneeUserId", ErrorCode.INSPECTION_ASSIGNEE_INVALID, userId);
		}
	}

	private void checkVenues(FieldProblems refusal, List<Long> venueIds, String unitPath) {
		Set<Long> distinct = new LinkedHashSet<>(venueIds);
		if (distinct.isEmpty() || distinct.contains(null)) {
			refusal.add("venueIds", ErrorCode.FIELD_REQUIRED);
			return;
		}
		if (distinct.size() > MAX_VENUES) {
			refusal.add("venueIds", ErrorCode.FIELD_TOO_LONG, MAX_VENUES);
			return;
		}
		List<Long> inside = jdbc.sql("""
				select v.id from venue v join org_unit st on st.id = v.station_unit_id
				where v.id = any (?::bigint[]) and v.status = 'ACTIVE' and st.path like ?""")
			.params(distinct.toArray(Long[]::new), unitPath + "%").query(Long.class).list();
		distinct.stream().filter(id -> !inside.contains(id)).findFirst()
			.ifPresent(outside -> refusal.add("venueIds", ErrorCode.INSPECTION_TASK_VENUE_INVALID, outside));
	}

	/** Tasks within scope, soonest deadline first. */
	@Transactional
	public Paged<InspectionTask> list(Actor actor, Status status, PageQuery page) {
		SqlCondition assignee = actor.dataScope().units("t.assignee_unit_id");
		SqlCondition assigner = actor.dataScope().units("t.assigner_unit_id");
		StringBuilder where = new StringBuilder(" where (" + assignee.sql() + " or " + assigner.sql() + ")");
		List<Object> params = new ArrayList<>(assignee.params());
		params.addAll(assigner.params());
		if (status != null) {
			where.append(switch (status) {
				case DONE -> " and " + OPEN_VENUES + " = 0";
				case OPEN -> " and " + OPEN_VENUES + " > 0 and t.deadline >= ?";
				case OVERDUE -> " and " + OPEN_VENUES + " > 0 and t.deadline < ?";
			});
			if (status != Status.DONE) {
				params.add(Date.valueOf(due.today()));
			}
		}
		long total = jdbc.sql("select count(*) from inspection_task t" + where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(page.size());
		paged.add(page.offset());
		List<InspectionTask> items = jdbc.sql(SELECT + where + " order by t.deadline, t.id limit ? offset ?")
			.params(paged).query(this::task).list();
		audit.record(AuditRecord.success(AuditAction.SEARCH, "InspectionTask", null,
				AuditRecord.criteria("status", status)));
		return new Paged<>(items, total);
	}

	@Transactional(readOnly = true)
	public InspectionTask find(Actor actor, long id) {
		SqlCondition assignee = actor.dataScope().units("t.assignee_unit_id");
		SqlCondition assigner = actor.dataScope().units("t.assigner_unit_id");
		return jdbc.sql(SELECT + " where t.id = ? and (" + assignee.sql() + " or " + assigner.sql() + ")").param(id)
			.params(assignee.params()).params(assigner.params()).query(this::task).optional()
			.orElseThrow(() -> new ZhianException(ErrorCode.INSPECTION_TASK_NOT_FOUND, id));
	}

	private static final String OPEN_VENUES = "(select count(*) from inspection_task_venue tv"
			+ " where tv.task_id = t.id and tv.inspection_id is null)";

	private static final String SELECT = """
			select t.*, au.name as assigner_name, eu.name as assignee_name, ou.display_name as officer_name
			from inspection_task t join org_unit au on au.id = t.assigner_unit_id
			join org_unit eu on eu.id = t.assignee_unit_id left join org_user ou on ou.id = t.assignee_user_id""";

	private InspectionTask task(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<TaskVenue> venues = jdbc.sql("""
				select tv.venue_id, v.code, v.name, tv.inspection_id, i.grade from inspection_task_venue tv
				join venue v on v.id = tv.venue_id left join inspection i on i.id = tv.inspection_id
				where tv.task_id = ? order by v.name""")
			.param(id)
			.query((r, n) -> new TaskVenue(r.getLong("venue_id"), r.getString("code"), r.getString("name"),
					(Long) r.getObject("inspection_id"), r.getString("grade")))
			.list();
		LocalDate deadline = rs.getDate("deadline").toLocalDate();
		int done = (int) venues.stream().filter(venue -> venue.inspectionId() != null).count();
		Status status = done == venues.size() ? Status.DONE : deadline.isBefore(due.today()) ? Status.OVERDUE : Status.OPEN;
		return new InspectionTask(id, rs.getString("title"), rs.getString("note"), rs.getString("assigner_name"),
				rs.getString("assigned_by_name"), rs.getLong("assignee_unit_id"), rs.getString("assignee_name"),
				rs.getString("officer_name"), deadline, rs.getTimestamp("created_at").toInstant(), venues, done, status);
	}
}
