package io.zhian.suspicion;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
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
import io.zhian.common.Problems;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;
import io.zhian.files.Files;
import io.zhian.files.StoredFile;
import io.zhian.reference.CodeTables;

/**
 * Reports in, lists within the reader's scope (a venue its own, police their jurisdiction), acknowledgement
 * by police. Every write and every list is audited.
 */
@Service
public class SuspicionReports {

	static final String CATEGORY_TABLE = "suspicion-category";
	static final int MAX_PHOTOS = 6;

	private final JdbcClient jdbc;
	private final CodeTables codes;
	private final Files files;
	private final AuditTrail audit;
	private final Problems problems;
	private final Clock clock;

	SuspicionReports(JdbcClient jdbc, CodeTables codes, Files files, AuditTrail audit, Problems problems,
			Clock clock) {
		this.jdbc = jdbc;
		this.codes = codes;
		this.files = files;
		this.audit = audit;
		this.problems = problems;
		this.clock = clock;
	}

	@Transactional
	public SuspicionReport report(Actor actor, NewSuspicion report) {
		if (actor.venueId() == null) {
			throw new ZhianException(ErrorCode.ACCESS_DENIED);
		}
		long venueId = actor.venueId();
		String description = report.description() == null ? "" : report.description().strip();
		String subject = report.subject() == null || report.subject().isBlank() ? null : report.subject().strip();
		Map<String, Map<String, String>> errors = new LinkedHashMap<>();
		if (report.category() == null || report.category().isBlank()) {
			refuse(errors, "category", ErrorCode.FIELD_REQUIRED);
		}
		else if (codes.find(CATEGORY_TABLE, report.category()).isEmpty()) {
			refuse(errors, "category", ErrorCode.CODE_UNKNOWN, CATEGORY_TABLE, report.category());
		}
		if (description.isEmpty()) {
			refuse(errors, "description", ErrorCode.FIELD_REQUIRED);
		}
		else if (description.length() > 2000) {
			refuse(errors, "description", ErrorCode.FIELD_TOO_LONG, 2000);
		}
		if (subject != null && subject.length() > 200) {
			refuse(errors, "subject", ErrorCode.FIELD_TOO_LONG, 200);
		}
		if (report.photoIds().size() > MAX_PHOTOS) {
			refuse(errors, "photoIds", ErrorCode.FIELD_TOO_LONG, MAX_PHOTOS);
		}
		for (Long photo : report.photoIds()) {
			StoredFile file = photo == null ? null : files.find(photo).orElse(null);
			if (file == null || !Objects.equals(file.venueId(), venueId)) {
				refuse(errors, "photoIds", ErrorCode.FILE_REFERENCE_INVALID, "photoIds", photo);
			}
		}
		if (report.recordId() != null && !jdbc.sql("select exists (select 1 from record_key where id = ? and venue_id = ?)")
			.params(report.recordId(), venueId).query(Boolean.class).single()) {
			refuse(errors, "recordId", ErrorCode.RECORD_NOT_FOUND, report.recordId());
		}
		if (!errors.isEmpty()) {
			String summary = errors.values().stream().map(e -> e.get("field") + ": " + e.get("message"))
				.collect(Collectors.joining("; "));
			throw new ZhianException(ErrorCode.SUSPICION_INVALID, Map.of("errors", List.copyOf(errors.values())),
					summary);
		}
		long id = jdbc.sql("""
				insert into suspicion_report (venue_id, category, subject, description, record_id, photo_ids,
				    reported_at, reported_by, reporter_name)
				values (?, ?, ?, ?, ?, ?::bigint[], ?, ?, ?) returning id""")
			.params(venueId, report.category(), subject, description, report.recordId(),
					report.photoIds().toArray(Long[]::new), Timestamp.from(clock.instant()), actor.userId(),
					actor.displayName())
			.query(Long.class).single();
		audit.record(AuditRecord.success(AuditAction.CREATE, "SuspicionReport", id, report.category()));
		return find(actor, id);
	}

	/** One problem per field, the first found: the form shows it under the field. */
	private void refuse(Map<String, Map<String, String>> errors, String field, ErrorCode reason, Object... arguments) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("code", reason.code());
		error.put("message", problems.detail(reason, LocaleContextHolder.getLocale(), arguments));
		errors.putIfAbsent(field, error);
	}

	/**
	 * Reports within the actor's scope, newest first.
	 *
	 * @param open only those not yet acknowledged
	 */
	@Transactional
	public Paged<SuspicionReport> list(Actor actor, Boolean open, String category, PageQuery page) {
		SqlCondition visible = actor.dataScope().venues("s.venue_id", "v.station_unit_id");
		StringBuilder where = new StringBuilder(" where ").append(visible.sql());
		List<Object> params = new ArrayList<>(visible.params());
		if (Boolean.TRUE.equals(open)) {
			where.append(" and s.acknowledged_at is null");
		}
		if (category != null && !category.isBlank()) {
			where.append(" and s.category = ?");
			params.add(category);
		}
		String from = " from suspicion_report s join venue v on v.id = s.venue_id"
				+ " join org_unit st on st.id = v.station_unit_id" + where;
		long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<SuspicionReport> items = jdbc.sql(SELECT + from + " order by s.reported_at desc, s.id desc limit ? offset ?")
			.params(pageParams).query(this::report).list();
		audit.record(AuditRecord.success(AuditAction.SEARCH, "SuspicionReport", null,
				AuditRecord.criteria("open", open, "category", category)));
		return new Paged<>(items, total);
	}

	/** 签收: the officer has seen the report and takes it on; a note may say what follows. */
	@Transactional
	public SuspicionReport acknowledge(Actor actor, long id, String note) {
		SuspicionReport report = find(actor, id);
		if (report.acknowledgedAt() != null) {
			throw new ZhianException(ErrorCode.SUSPICION_ALREADY_ACKNOWLEDGED, id);
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 500) {
			throw new ZhianException(ErrorCode.FIELD_TOO_LONG, 500);
		}
		jdbc.sql("""
				update suspicion_report set acknowledged_at = ?, acknowledged_by = ?, acknowledger_name = ?, note = ?
				where id = ? and acknowledged_at is null""")
			.params(Timestamp.from(clock.instant()), actor.userId(), actor.displayName(), text, id)
			.update();
		audit.record(AuditRecord.success(AuditAction.UPDATE, "SuspicionReport", id, "acknowledged"));
		return find(actor, id);
	}

	private SuspicionReport find(Actor actor, long id) {
		SqlCondition visible = actor.dataScope().venues("s.venue_id", "v.station_unit_id");
		return jdbc.sql(SELECT + " from suspicion_report s join venue v on v.id = s.venue_id"
				+ " join org_unit st on st.id = v.station_unit_id where s.id = ? and " + visible.sql())
			.param(id).params(visible.params()).query(this::report).optional()
			.orElseThrow(() -> new ZhianException(ErrorCode.SUSPICION_NOT_FOUND, id));
	}

	private static final String SELECT = "select s.*, v.code as venue_code, v.name as venue_name,"
			+ " st.name as station_name";

	private SuspicionReport report(ResultSet rs, int row) throws SQLException {
		Array photos = rs.getArray("photo_ids");
		Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
		return new SuspicionReport(rs.getLong("id"),
				new SuspicionReport.VenueRef(rs.getLong("venue_id"), rs.getString("venue_code"),
						rs.getString("venue_name"), rs.getString("station_name")),
				rs.getString("category"), rs.getString("subject"), rs.getString("description"),
				(Long) rs.getObject("record_id"), Arrays.asList((Long[]) photos.getArray()),
				rs.getTimestamp("reported_at").toInstant(), rs.getString("reporter_name"),
				acknowledged == null ? null : acknowledged.toInstant(), rs.getString("acknowledger_name"),
				rs.getString("note"));
	}
}
