package io.zhian.venue;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
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
import io.zhian.common.UserKind;
import io.zhian.common.ZhianException;
import io.zhian.reference.IdNumbers;

/**
 * The staff register (从业人员, C2): venues register and update their staff, whose key fields are locked once
 * saved; the venue and the police query current and former staff. An employee under 18 at hire is flagged and
 * announced with {@link MinorEmployeeRegistered}. Every write and every read is audited, numbers masked.
 */
@Service
public class StaffRegistry {

	private static final String SELECT = """
			select s.*, v.code as venue_code, v.name as venue_name from venue_staff s join venue v on v.id = s.venue_id""";
	private static final String CURRENT = "(s.left_on is null or s.left_on > ?)";
	private static final String PERSONAL_DATA_FULL_VIEW = "PERSONAL_DATA_FULL_VIEW";

	private final JdbcClient jdbc;
	private final VenueFilings filings;
	private final StaffValidator validator;
	private final VenueValidator dates;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;

	StaffRegistry(JdbcClient jdbc, VenueFilings filings, StaffValidator validator, VenueValidator dates,
			ApplicationEventPublisher events, AuditTrail audit) {
		this.jdbc = jdbc;
		this.filings = filings;
		this.validator = validator;
		this.dates = dates;
		this.events = events;
		this.audit = audit;
	}

	@Transactional
	public StaffMember register(Actor actor, long venueId, StaffForm form) {
		VenueDetail venue = operating(actor, venueId);
		StaffForm f = validator.check(venueId, form);
		boolean minor = f.birthDate().plusYears(18).isAfter(f.hiredOn());
		long id;
		try {
			id = jdbc.sql("""
					insert into venue_staff (venue_id, document_type, document_number, name, sex, birth_date, ethnicity,
					                         native_place, household_address, current_address, phone, position,
					                         hired_on, left_on, photo_file_id, minor_at_hire)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(venueId, f.documentType(), f.documentNumber(), f.name(), f.sex(), Date.valueOf(f.birthDate()),
						f.ethnicity(), f.nativePlace(), f.householdAddress(), f.currentAddress(), f.phone(),
						f.position(), Date.valueOf(f.hiredOn()), date(f.leftOn()), f.photoFileId(), minor)
				.query(Long.class).single();
		}
		catch (DuplicateKeyException e) {
			throw new ZhianException(ErrorCode.STAFF_ALREADY_REGISTERED);
		}
		audit.record(AuditRecord.success(AuditAction.CREATE, "Staff", id,
				"venue " + venueId + " " + f.documentType() + " " + IdNumbers.mask(f.documentNumber())
						+ (minor ? " minor at hire" : "")));
		if (minor) {
			events.publishEvent(new MinorEmployeeRegistered(id, venueId, venue.code(),
					venue.filing().stationUnitId(), f.name(), f.birthDate(), f.hiredOn()));
		}
		return find(venueId, id);
	}

	/** Changes the open fields; a change to a key field answers ZA-5017 and changes nothing. */
	@Transactional
	public StaffMember update(Actor actor, long venueId, long staffId, StaffForm form) {
		operating(actor, venueId);
		StaffMember before = find(venueId, staffId);
		StaffForm f = validator.check(venueId, form);
		List<String> locked = new ArrayList<>();
		lock(locked, "documentType", before.documentType(), f.documentType());
		lock(locked, "documentNumber", before.documentNumber(), f.documentNumber());
		lock(locked, "name", before.name(), f.name());
		lock(locked, "sex", before.sex(), f.sex());
		lock(locked, "birthDate", before.birthDate(), f.birthDate());
		if (!locked.isEmpty()) {
			throw new ZhianException(ErrorCode.STAFF_KEY_FIELDS_LOCKED, String.join(", ", locked));
		}
		jdbc.sql("""
				update venue_staff set ethnicity = ?, native_place = ?, household_address = ?, current_address = ?,
				       phone = ?, position = ?, hired_on = ?, left_on = ?, photo_file_id = ?, updated_at = now()
				where id = ? and venue_id = ?""")
			.params(f.ethnicity(), f.nativePlace(), f.householdAddress(), f.currentAddress(), f.phone(), f.position(),
					Date.valueOf(f.hiredOn()), date(f.leftOn()), f.photoFileId(), staffId, venueId)
			.update();
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Staff", staffId, "venue " + venueId
				+ (f.leftOn() != null ? " left " + f.leftOn() : "")));
		return find(venueId, staffId);
	}

	@Transactional
	public StaffMember read(Actor actor, long venueId, long staffId) {
		filings.visible(actor, venueId, false);
		StaffMember member = find(venueId, staffId);
		audit.record(AuditRecord.success(AuditAction.READ, "Staff", staffId, "venue " + venueId));
		return shown(actor, member);
	}

	/** The staff of one venue, current ({@code current=true}), former (false) or all (null). */
	@Transactional
	public Paged<StaffMember> ofVenue(Actor actor, long venueId, Boolean current, PageQuery page) {
		filings.visible(actor, venueId, false);
		Paged<StaffMember> found = search(actor, new StaffQuery(null, null, null, null, current, null),
				new SqlCondition("s.venue_id = ?", List.of(venueId)), page);
		audit.record(AuditRecord.success(AuditAction.SEARCH, "Staff", null,
				AuditRecord.criteria("venueId", venueId, "current", current, "page", page.page())));
		return found;
	}

	/** Police search over the staff of every venue within the actor's scope. */
	@Transactional
	public Paged<StaffMember> search(Actor actor, StaffQuery query, PageQuery page) {
		Paged<StaffMember> found = search(actor, query, actor.dataScope().venues("v.id", "v.station_unit_id"), page);
		audit.record(AuditRecord.success(AuditAction.SEARCH, "Staff", null,
				AuditRecord.criteria("unitId", query.unitId(), "name", query.name(), "documentNumber",
						IdNumbers.mask(query.documentNumber()), "venue", query.venue(), "current", query.current(),
						"minor", query.minor(), "page", page.page())));
		return found;
	}

	private Paged<StaffMember> search(Actor actor, StaffQuery query, SqlCondition base, PageQuery page) {
		List<String> clauses = new ArrayList<>(List.of(base.sql()));
		List<Object> params = new ArrayList<>(base.params());
		if (query.unitId() != null) {
			SqlCondition within = Jurisdiction.within("v.station_unit_id", query.unitId());
			clauses.add(within.sql());
			params.addAll(within.params());
		}
		if (query.name() != null && !query.name().isBlank()) {
			clauses.add("s.name like ?");
			params.add("%" + query.name().strip() + "%");
		}
		if (query.documentNumber() != null && !query.documentNumber().isBlank()) {
			clauses.add("s.document_number = ?");
			params.add(query.documentNumber().strip().toUpperCase());
		}
		if (query.venue() != null && !query.venue().isBlank()) {
			clauses.add("(v.code like ? or v.name like ?)");
			params.add("%" + query.venue().strip() + "%");
			params.add("%" + query.venue().strip() + "%");
		}
		if (query.current() != null) {
			clauses.add(query.current() ? CURRENT : "not " + CURRENT);
			params.add(Date.valueOf(dates.today()));
		}
		if (Boolean.TRUE.equals(query.minor())) {
			clauses.add("s.minor_at_hire");
		}
		String where = " where " + String.join(" and ", clauses);
		long total = jdbc.sql("select count(*) from venue_staff s join venue v on v.id = s.venue_id" + where)
			.params(params).query(Long.class).single();
		params.add(page.size());
		params.add(page.offset());
		LocalDate today = dates.today();
		List<StaffMember> items = jdbc.sql(SELECT + where + " order by s.left_on desc nulls first, s.id limit ? offset ?")
			.params(params).query((rs, row) -> member(rs, today)).list();
		return new Paged<>(items.stream().map(m -> shown(actor, m)).toList(), total);
	}

	/** The venue, if the actor may reach it and it operates (its staff register opens on approval). */
	private VenueDetail operating(Actor actor, long venueId) {
		VenueDetail venue = filings.visible(actor, venueId, false);
		VenueStatus status = VenueStatus.valueOf(venue.status());
		if (status != VenueStatus.ACTIVE && status != VenueStatus.SUSPENDED) {
			throw new ZhianException(ErrorCode.VENUE_STATUS_CONFLICT, status);
		}
		return venue;
	}

	private StaffMember find(long venueId, long staffId) {
		LocalDate today = dates.today();
		return jdbc.sql(SELECT + " where s.id = ? and s.venue_id = ?").params(staffId, venueId)
			.query((rs, row) -> member(rs, today)).optional()
			.orElseThrow(() -> new ZhianException(ErrorCode.STAFF_UNKNOWN, staffId));
	}

	/** The venue's own users see their staff in full; police see numbers masked unless they hold the full view. */
	private static StaffMember shown(Actor actor, StaffMember member) {
		return actor.kind() == UserKind.ENTERPRISE || actor.can(PERSONAL_DATA_FULL_VIEW) ? member : member.masked();
	}

	private static void lock(List<String> locked, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			locked.add(field);
		}
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static StaffMember member(ResultSet rs, LocalDate today) throws SQLException {
		Date left = rs.getDate("left_on");
		LocalDate leftOn = left == null ? null : left.toLocalDate();
		long photo = rs.getLong("photo_file_id");
		Long photoFileId = rs.wasNull() ? null : photo;
		return new StaffMember(rs.getLong("id"), rs.getLong("venue_id"), rs.getString("venue_code"),
				rs.getString("venue_name"), rs.getString("document_type"), rs.getString("document_number"),
				rs.getString("name"), rs.getString("sex"), rs.getDate("birth_date").toLocalDate(),
				rs.getString("ethnicity"), rs.getString("native_place"), rs.getString("household_address"),
				rs.getString("current_address"), rs.getString("phone"), rs.getString("position"),
				rs.getDate("hired_on").toLocalDate(), leftOn, photoFileId, rs.getBoolean("minor_at_hire"),
				leftOn == null || leftOn.isAfter(today), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}
}
