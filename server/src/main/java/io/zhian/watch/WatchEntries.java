package io.zhian.watch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
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
import io.zhian.org.Permissions;
import io.zhian.org.UnitLevel;
import io.zhian.org.Units;

/**
 * Watch entries entered one by one: create (布控), approve city-wide ones (布控审批), withdraw (撤控), expire, and
 * read them within the reader's scope: entries owned by units in scope, and every city-wide entry. Withdrawn
 * and expired entries stay. Every write and read is audited; every change reaches the comparison index of each
 * node through {@link WatchIndexSync}.
 */
@Service
public class WatchEntries {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	static final String SELECT = """
			select e.*, u.name as owning_unit_name, l.id as list_id, l.name as list_name from watch_entry e
			join org_unit u on u.id = e.owning_unit_id
			left join watch_list_version lv on lv.id = e.list_version_id
			left join watch_list l on l.id = lv.list_id""";

	private final JdbcClient jdbc;
	private final TargetChecker checker;
	private final WatchCategories categories;
	private final Units units;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final WatchIndexSync sync;
	private final Problems problems;
	private final Clock clock;

	WatchEntries(JdbcClient jdbc, TargetChecker checker, WatchCategories categories, Units units, AuditTrail audit,
			ApplicationEventPublisher events, WatchIndexSync sync, Problems problems, Clock clock) {
		this.jdbc = jdbc;
		this.checker = checker;
		this.categories = categories;
		this.units = units;
		this.audit = audit;
		this.events = events;
		this.sync = sync;
		this.problems = problems;
		this.clock = clock;
	}

	@Transactional
	public WatchEntryView create(Actor actor, WatchEntryRequest request) {
		if (actor.unitId() == null) {
			throw new ZhianException(ErrorCode.ACCESS_DENIED);
		}
		List<FieldProblem> found = new ArrayList<>();
		Target target = checker.check(request.target(), found);
		if (request.category() == null || request.category().isBlank()) {
			found.add(new FieldProblem("category", ErrorCode.FIELD_REQUIRED));
		}
		else if (categories.find(request.category()).isEmpty()) {
			found.add(new FieldProblem("category", ErrorCode.WATCH_CATEGORY_UNKNOWN, request.category()));
		}
		OffsetDateTime now = OffsetDateTime.now(clock.withZone(CHINA));
		OffsetDateTime validFrom = request.validFrom() == null ? now : request.validFrom();
		if (request.validTo() != null && (!request.validTo().isAfter(validFrom) || !request.validTo().isAfter(now))) {
			found.add(new FieldProblem("validTo", ErrorCode.WATCH_VALIDITY_INVALID, validFrom, request.validTo()));
		}
		limit("reason", request.reason(), 500, found);
		limit("source", request.source(), 100, found);
		refuseIfAny(found);
		boolean cityWide = Boolean.TRUE.equals(request.cityWide());
		boolean cityUnit = units.find(actor.unitId()).map(u -> u.level() == UnitLevel.CITY).orElse(false);
		EntryStatus status = cityWide && !(cityUnit && actor.can(Permissions.WATCH_APPROVE)) ? EntryStatus.PENDING
				: EntryStatus.ACTIVE;
		long id = jdbc.sql("""
				insert into watch_entry (target_type, document_type, document_number, name, birth_date, plate, vin, imei,
				    serial_number, item_category, description, phone, category, reason, source, owning_unit_id,
				    city_wide, status, valid_from, valid_to, created_at, created_by, created_by_name, approved_at,
				    approved_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(target.type().name(), target.documentType(), target.documentNumber(), target.name(),
					target.birthDate() == null ? null : java.sql.Date.valueOf(target.birthDate()), target.plate(),
					target.vin(), target.imei(), target.serialNumber(), target.itemCategory(), target.description(),
					target.phone(), request.category(), blankToNull(request.reason()), blankToNull(request.source()),
					actor.unitId(), cityWide, status.name(), validFrom, request.validTo(), now, actor.userId(),
					actor.displayName(), status == EntryStatus.ACTIVE && cityWide ? now : null,
					status == EntryStatus.ACTIVE && cityWide ? actor.displayName() : null)
			.query(Long.class).single();
		audit.record(AuditRecord.success(AuditAction.CREATE, "WatchEntry", id,
				target.type() + " " + request.category() + (cityWide ? " city-wide" : "") + " " + status));
		changed(id, status == EntryStatus.ACTIVE);
		return find(id);
	}

	/** 布控审批: the city approves a city-wide entry, which becomes active at once. */
	@Transactional
	public WatchEntryView approve(Actor actor, long id) {
		WatchEntryView entry = visible(actor, id);
		requireStatus(entry, EntryStatus.PENDING);
		jdbc.sql("""
				update watch_entry set status = 'ACTIVE', approved_at = ?, approved_by_name = ?,
				    changed_xid = pg_current_xact_id() where id = ?""")
			.params(OffsetDateTime.now(clock.withZone(CHINA)), actor.displayName(), id).update();
		audit.record(AuditRecord.success(AuditAction.UPDATE, "WatchEntry", id, "approved"));
		changed(id, true);
		return find(id);
	}

	/** 撤控: a pending or active entry stops being compared; it stays queryable with who approved the withdrawal. */
	@Transactional
	public WatchEntryView withdraw(Actor actor, long id, WithdrawalRequest request) {
		WatchEntryView entry = visible(actor, id);
		if (entry.status() != EntryStatus.ACTIVE && entry.status() != EntryStatus.PENDING) {
			throw new ZhianException(ErrorCode.WATCH_ENTRY_STATE, id, entry.status(), "ACTIVE or PENDING");
		}
		if (entry.listId() != null || !manages(actor, entry)) {
			throw new ZhianException(ErrorCode.ACCESS_DENIED);
		}
		if (request == null || blank(request.approvingUnit()) || blank(request.approver())) {
			throw new ZhianException(ErrorCode.WATCH_WITHDRAWAL_INCOMPLETE);
		}
		List<FieldProblem> found = new ArrayList<>();
		limit("approvingUnit", request.approvingUnit(), 100, found);
		limit("approver", request.approver(), 100, found);
		limit("reason", request.reason(), 500, found);
		refuseIfAny(found);
		jdbc.sql("""
				update watch_entry set status = 'WITHDRAWN', withdrawn_at = ?, withdrawn_by_name = ?,
				    withdrawal_unit = ?, withdrawal_approver = ?, withdrawal_reason = ?,
				    changed_xid = pg_current_xact_id() where id = ?""")
			.params(OffsetDateTime.now(clock.withZone(CHINA)), actor.displayName(), request.approvingUnit().strip(),
					request.approver().strip(), blankToNull(request.reason()), id)
			.update();
		audit.record(AuditRecord.success(AuditAction.UPDATE, "WatchEntry", id,
				"withdrawn, approved by " + request.approvingUnit().strip() + " " + request.approver().strip()));
		changed(id, false);
		return find(id);
	}

	/** 自动撤控: entries whose validity has ended; answers how many expired. */
	@Transactional
	public int expire() {
		List<Long> expired = jdbc.sql("""
				update watch_entry set status = 'EXPIRED', changed_xid = pg_current_xact_id()
				where status = 'ACTIVE' and valid_to is not null and valid_to <= ? returning id""")
			.param(OffsetDateTime.now(clock.withZone(CHINA))).query(Long.class).list();
		if (!expired.isEmpty()) {
			audit.record(AuditRecord.success(AuditAction.UPDATE, "WatchEntry", null,
					"expired: " + expired.stream().map(String::valueOf).collect(Collectors.joining(","))));
			sync.refreshAfterCommit();
		}
		return expired.size();
	}

	@Transactional
	public WatchEntryView get(Actor actor, long id) {
		WatchEntryView entry = visible(actor, id);
		audit.record(AuditRecord.success(AuditAction.READ, "WatchEntry", id, null));
		return entry;
	}

	@Transactional
	public Paged<WatchEntryView> list(Actor actor, WatchEntryQuery query, PageQuery page) {
		SqlCondition scope = scope(actor);
		StringBuilder where = new StringBuilder(" where (").append(scope.sql()).append(")");
		List<Object> params = new ArrayList<>(scope.params());
		SqlCondition.andIfGiven(where, params, "e.status = ?", query.status() == null ? null : query.status().name());
		SqlCondition.andIfGiven(where, params, "e.category = ?", query.category());
		SqlCondition.andIfGiven(where, params, "e.target_type = ?", query.targetType() == null ? null : query.targetType().name());
		SqlCondition.andIfGiven(where, params, "e.owning_unit_id = ?", query.owningUnitId());
		if (query.listId() != null && query.listId() == 0) {
			where.append(" and e.list_version_id is null");
		}
		else if (query.listId() != null) {
			where.append(" and e.list_version_id = (select active_version_id from watch_list where id = ?)");
			params.add(query.listId());
		}
		if (!blank(query.q())) {
			String q = query.q().strip();
			String compact = WatchKeys.compact(q);
			where.append(" and (e.document_number like ? or e.name = ? or e.plate = ? or e.vin = ? or e.imei = ?"
					+ " or e.serial_number = ? or e.phone = ?)");
			params.addAll(List.of(compact + "%", q, compact, compact, compact, compact, q.replaceAll("[^0-9]", "")));
		}
		String from = " from watch_entry e" + where;
		long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<WatchEntryView> items = jdbc.sql(SELECT + " where e.id in (select e.id" + from
				+ " order by e.created_at desc, e.id desc limit ? offset ?) order by e.created_at desc, e.id desc")
			.params(pageParams).query(this::view).list();
		audit.record(AuditRecord.success(AuditAction.SEARCH, "WatchEntry", null,
				AuditRecord.criteria("status", query.status(), "category", query.category(), "targetType",
						query.targetType(), "q", query.q(), "listId", query.listId(), "unit", query.owningUnitId())));
		return new Paged<>(items, total);
	}

	/** Entries owned by units in the actor's scope, and every city-wide one. */
	static SqlCondition scope(Actor actor) {
		SqlCondition units = actor.dataScope().units("e.owning_unit_id");
		return new SqlCondition("e.city_wide or " + units.sql(), units.params());
	}

	WatchEntryView find(long id) {
		return jdbc.sql(SELECT + " where e.id = ?").param(id).query(this::view).single();
	}

	private WatchEntryView visible(Actor actor, long id) {
		SqlCondition scope = scope(actor);
		return jdbc.sql(SELECT + " where e.id = ? and (" + scope.sql() + ")").param(id).params(scope.params())
			.query(this::view).optional()
			.orElseThrow(() -> new ZhianException(ErrorCode.WATCH_ENTRY_NOT_FOUND, id));
	}

	/** Own-scope entries are managed by their units; city-wide ones by whoever approves for the city. */
	private boolean manages(Actor actor, WatchEntryView entry) {
		if (entry.cityWide() && actor.can(Permissions.WATCH_APPROVE)) {
			return true;
		}
		return units.find(entry.owningUnitId()).map(u -> actor.dataScope().coversUnit(u.id(), u.path()))
			.orElse(false);
	}

	private static void requireStatus(WatchEntryView entry, EntryStatus status) {
		if (entry.status() != status) {
			throw new ZhianException(ErrorCode.WATCH_ENTRY_STATE, entry.id(), entry.status(), status);
		}
	}

	private void changed(long id, boolean activated) {
		sync.refreshAfterCommit();
		if (activated) {
			events.publishEvent(new WatchEntryActivated(id));
		}
	}

	private void refuseIfAny(List<FieldProblem> found) {
		if (found.isEmpty()) {
			return;
		}
		List<Map<String, String>> errors = found.stream().map(p -> Map.of("field", p.field(), "code",
				p.code().code(), "message", problems.detail(p.code(), LocaleContextHolder.getLocale(), p.arguments())))
			.toList();
		String summary = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
			.collect(Collectors.joining("; "));
		throw new ZhianException(ErrorCode.WATCH_ENTRY_INVALID, Map.of("errors", errors), summary);
	}

	private WatchEntryView view(ResultSet rs, int row) throws SQLException {
		java.sql.Date birth = rs.getDate("birth_date");
		Long listId = rs.getObject("list_id", Long.class);
		return new WatchEntryView(rs.getLong("id"), TargetType.valueOf(rs.getString("target_type")),
				rs.getString("document_type"), rs.getString("document_number"), rs.getString("name"),
				birth == null ? null : birth.toLocalDate(), rs.getString("plate"), rs.getString("vin"),
				rs.getString("imei"), rs.getString("serial_number"), rs.getString("item_category"),
				rs.getString("description"), rs.getString("phone"), rs.getString("category"),
				categories.name(rs.getString("category")), rs.getString("reason"), rs.getString("source"),
				rs.getLong("owning_unit_id"), rs.getString("owning_unit_name"), rs.getBoolean("city_wide"),
				EntryStatus.valueOf(rs.getString("status")), listId,
				rs.getString("list_name"), time(rs, "valid_from"), time(rs, "valid_to"), time(rs, "created_at"),
				rs.getString("created_by_name"), time(rs, "approved_at"), rs.getString("approved_by_name"),
				time(rs, "withdrawn_at"), rs.getString("withdrawn_by_name"), rs.getString("withdrawal_unit"),
				rs.getString("withdrawal_approver"), rs.getString("withdrawal_reason"));
	}

	static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant().atZone(CHINA).toOffsetDateTime();
	}

	private static void limit(String field, String value, int max, List<FieldProblem> found) {
		if (value != null && value.strip().codePointCount(0, value.strip().length()) > max) {
			found.add(new FieldProblem(field, ErrorCode.FIELD_TOO_LONG, max));
		}
	}


	private static String blankToNull(String value) {
		return blank(value) ? null : value.strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
