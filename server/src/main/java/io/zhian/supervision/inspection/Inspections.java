package io.zhian.supervision.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import io.zhian.files.Files;
import io.zhian.files.StoredFile;
import io.zhian.supervision.inspection.InspectionForm.Answer;
import io.zhian.supervision.inspection.InspectionForm.Location;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes inspections in (checked, scored, graded, and ticked off the venue's open tasks), and shows them within
 * the reader's scope: police their jurisdiction, a venue its own history. Nobody edits one once submitted.
 */
@Service
public class Inspections {

	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
	private static final Duration LATEST_BACKFILL = Duration.ofDays(366);
	private static final TypeReference<List<Answer>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final InspectionTemplates templates;
	private final GradingSettings grading;
	private final InspectedVenues venues;
	private final Files files;
	private final VenuePhotos photos;
	private final AuditTrail audit;
	private final Problems problems;
	private final JsonMapper json;
	private final Clock clock;

	Inspections(JdbcClient jdbc, InspectionTemplates templates, GradingSettings grading, InspectedVenues venues,
			Files files, VenuePhotos photos, AuditTrail audit, Problems problems, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.grading = grading;
		this.venues = venues;
		this.files = files;
		this.photos = photos;
		this.audit = audit;
		this.problems = problems;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public Inspection submit(Actor actor, InspectionForm form) {
		if (actor.unitId() == null) {
			throw new ZhianException(ErrorCode.ACCESS_DENIED);
		}
		FieldProblems refusal = new FieldProblems(problems);
		VenueRef venue = form.venueId() == null ? null : venues.find(actor, form.venueId()).orElse(null);
		if (venue == null) {
			refusal.add("venueId", ErrorCode.INSPECTION_VENUE_UNKNOWN, form.venueId());
		}
		InspectionTemplate template = template(form, venue, refusal);
		Scoring.Result result = template == null ? null
				: Scoring.score(template, form.results(), grading.current(), refusal);
		Instant now = clock.instant();
		Instant inspectedAt = form.inspectedAt() == null ? now : form.inspectedAt();
		if (inspectedAt.isAfter(now.plus(CLOCK_SKEW)) || inspectedAt.isBefore(now.minus(LATEST_BACKFILL))) {
			refusal.add("inspectedAt", ErrorCode.INSPECTION_TIME_INVALID);
		}
		String officers = refusal.text("officers", form.officers(), true, 200);
		String departments = refusal.text("jointDepartments", form.jointDepartments(), form.joint(), 200);
		String notes = refusal.text("notes", form.notes(), false, 2000);
		String handling = refusal.text("handling", form.handling(), true, 1000);
		photos.check(refusal, "photoIds", form.photoIds(), venue == null ? null : venue.id(), FilePurpose.INSPECTION_PHOTO);
		Location location = location(refusal, form.location());
		refusal.throwIfAny(ErrorCode.INSPECTION_INVALID);

		long id = jdbc.sql("""
				insert into inspection (venue_id, template_id, inspected_at, inspecting_unit_id, officers, entered_by,
				    entered_by_name, joint, joint_departments, results, notes, handling, photo_ids, latitude, longitude,
				    accuracy_m, earned, possible, score, grade, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::bigint[], ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(venue.id(), template.id(), Timestamp.from(inspectedAt), actor.unitId(), officers, actor.userId(),
					actor.displayName(), form.joint(), form.joint() ? departments : null,
					json.writeValueAsString(result.answers()), notes, handling, form.photoIds().toArray(Long[]::new),
					location == null ? null : location.latitude(), location == null ? null : location.longitude(),
					location == null ? null : location.accuracy(), result.earned(), result.possible(), result.score(),
					result.grade(), Timestamp.from(now))
			.query(Long.class).single();
		int tasks = jdbc.sql("update inspection_task_venue set inspection_id = ? where venue_id = ? and inspection_id is null")
			.params(id, venue.id()).update();
		audit.record(AuditRecord.success(AuditAction.CREATE, "Inspection", id,
				venue.code() + " score " + result.score() + " grade " + result.grade() + " tasks " + tasks));
		return read(actor, id);
	}

	/** The checklist the form names, if it is the current one of one of the venue's trades. */
	private InspectionTemplate template(InspectionForm form, VenueRef venue, FieldProblems refusal) {
		InspectionTemplate template = null;
		if (form.templateId() != null && venue != null) {
			template = venue.trades().stream().filter(templates.trades()::contains).map(templates::current)
				.filter(t -> t.id() == form.templateId()).findFirst().orElse(null);
		}
		if (template == null && venue != null) {
			refusal.add("templateId", ErrorCode.INSPECTION_TEMPLATE_MISMATCH, form.templateId());
		}
		return template;
	}

	private static Location location(FieldProblems refusal, Location location) {
		if (location == null || (location.latitude() == null && location.longitude() == null)) {
			return null;
		}
		if (location.latitude() == null || location.longitude() == null || Math.abs(location.latitude()) > 90
				|| Math.abs(location.longitude()) > 180 || (location.accuracy() != null && location.accuracy() < 0)) {
			refusal.add("location", ErrorCode.INSPECTION_LOCATION_INVALID);
		}
		return location;
	}

	/** Stores a photo the officer takes at a venue within scope, as the venue's file. */
	@Transactional
	public StoredFile storePhoto(Actor actor, long venueId, String contentType, byte[] content) {
		VenueRef venue = venues.find(actor, venueId)
			.orElseThrow(() -> new ZhianException(ErrorCode.INSPECTION_VENUE_UNKNOWN, venueId));
		return files.storeFor(actor, venue.id(), FilePurpose.INSPECTION_PHOTO, contentType, content);
	}

	/** One inspection within the reader's scope (audited: it names officers and may show people). */
	@Transactional
	public Inspection read(Actor actor, long id) {
		Inspection inspection = find(actor, id);
		audit.record(AuditRecord.success(AuditAction.READ, "Inspection", id, inspection.venue().code()));
		return inspection;
	}

	Inspection find(Actor actor, long id) {
		return new VenueFilter(actor, "v.id").and("i.id = ?", id).one(jdbc, SELECT, FROM, this::inspection)
			.orElseThrow(() -> new ZhianException(ErrorCode.INSPECTION_NOT_FOUND, id));
	}

	/** Inspections within scope, newest first, optionally of one venue or one grade. */
	@Transactional
	public Paged<Inspection> list(Actor actor, Long venueId, String grade, PageQuery page) {
		Paged<Inspection> found = new VenueFilter(actor, "v.id").and("i.venue_id = ?", venueId).and("i.grade = ?", grade)
			.page(jdbc, SELECT, FROM, "i.inspected_at desc, i.id desc", page, this::inspection);
		audit.record(AuditRecord.success(AuditAction.SEARCH, "Inspection", null,
				AuditRecord.criteria("venueId", venueId, "grade", grade)));
		return found;
	}

	private static final String SELECT = "select i.*, " + InspectedVenues.COLUMNS
			+ ", u.name as unit_name, r.id as rectification_id";
	private static final String FROM = "from inspection i" + InspectedVenues.JOIN.formatted("i.venue_id")
			+ " join org_unit u on u.id = i.inspecting_unit_id"
			+ " left join rectification_notice r on r.inspection_id = i.id";

	private Inspection inspection(ResultSet rs, int row) throws SQLException {
		List<Answer> answers = json.readValue(rs.getString("results"), ANSWERS);
		InspectionTemplate template = templates.find(rs.getLong("template_id"));
		Double latitude = (Double) rs.getObject("latitude");
		return new Inspection(rs.getLong("id"), InspectedVenues.ref(rs, row), template.id(), template.version(),
				rs.getTimestamp("inspected_at").toInstant(), rs.getString("unit_name"), rs.getString("officers"),
				rs.getString("entered_by_name"), rs.getBoolean("joint"), rs.getString("joint_departments"), answers,
				rs.getString("notes"), rs.getString("handling"),
				Arrays.asList((Long[]) rs.getArray("photo_ids").getArray()),
				latitude == null ? null : new Location(latitude, (Double) rs.getObject("longitude"),
						(Double) rs.getObject("accuracy_m")),
				rs.getInt("earned"), rs.getInt("possible"), rs.getInt("score"), rs.getString("grade"),
				Scoring.problems(template, answers).stream().map(TemplateItem::code).toList(),
				(Long) rs.getObject("rectification_id"));
	}
}
