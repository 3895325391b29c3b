package io.zhian.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import io.zhian.reference.IdNumbers;
import io.zhian.trade.ItemRole;
import io.zhian.trade.PartyRole;
import io.zhian.trade.RecordKind;
import io.zhian.trade.TradeProfiles;
import io.zhian.trade.VehicleRole;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads stored records within the reader's data scope. Lists mask personal numbers unless the reader holds
 * the full-view permission; a detail view is shown in full to the venue itself and to full-view police, and
 * every read and list is audited.
 */
@Service
public class Records {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};
	private static final String FULL_VIEW = "PERSONAL_DATA_FULL_VIEW";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final AuditTrail audit;
	private final VehicleItemRows vehiclesAndItems;
	private final TradeProfiles profiles;

	Records(JdbcClient jdbc, JsonMapper json, AuditTrail audit, VehicleItemRows vehiclesAndItems,
			TradeProfiles profiles) {
		this.profiles = profiles;
		this.vehiclesAndItems = vehiclesAndItems;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
	}

	@Transactional
	public Paged<RecordView> list(Actor actor, RecordQuery query, PageQuery page) {
		List<Object> params = new ArrayList<>();
		String from = from(actor, query, params);
		long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
		List<RecordView> items = page(actor, from, params, page.size(), page.offset());
		audit.record(AuditRecord.success(AuditAction.SEARCH, "Record", null, criteria(query)));
		return new Paged<>(items, total);
	}

	/**
	 * Every record the query finds, newest first, for an export: refused (ZA-0015) beyond {@code maxRows}
	 * rather than cut. Audited as an export with the criteria.
	 */
	@Transactional
	public List<RecordView> export(Actor actor, RecordQuery query, int maxRows) {
		List<Object> params = new ArrayList<>();
		String from = from(actor, query, params);
		long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
		if (total > maxRows) {
			throw new ZhianException(ErrorCode.EXPORT_TOO_LARGE, total, maxRows);
		}
		List<RecordView> items = page(actor, from, params, maxRows, 0);
		audit.record(AuditRecord.success(AuditAction.EXPORT, "Record", null, criteria(query)));
		return items;
	}

	private List<RecordView> page(Actor actor, String from, List<Object> params, int limit, long offset) {
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(limit);
		pageParams.add(offset);
		return withParties(jdbc.sql("select r.*, v.code as venue_code, v.name as venue_name" + from
				+ " order by r.occurred_at desc, r.id desc limit ? offset ?").params(pageParams)
			.query(this::header).list(), !actor.can(FULL_VIEW));
	}

	private static String criteria(RecordQuery query) {
		RecordQuery.ObjectCriteria objects = query.objects();
		return AuditRecord.criteria("trade", query.trade(), "kind", query.kind(), "status", query.status(), "q",
				query.q(), "venue", query.venueId(), "attributes", query.attributes(), "from", query.from(), "to",
				query.to(), "plate", objects.plate(), "vin", objects.vin(), "imei", objects.imei(), "itemCategory",
				objects.itemCategory());
	}

	/** The FROM and WHERE of a record query within the actor's scope; its parameters are added to params. */
	private String from(Actor actor, RecordQuery query, List<Object> params) {
		SqlCondition visible = actor.dataScope().venues("r.venue_id", "v.station_unit_id");
		StringBuilder where = new StringBuilder(" where ").append(visible.sql());
		params.addAll(visible.params());
		SqlCondition.andIfGiven(where, params, "r.trade = ?", query.trade());
		SqlCondition.andIfGiven(where, params, "r.kind = ?", query.kind());
		SqlCondition.andIfGiven(where, params, "r.venue_id = ?", query.venueId());
		query.attributes().forEach((name, value) -> {
			where.append(" and r.attributes ->> ? = ?");
			params.add(name);
			params.add(value);
		});
		SqlCondition.andIfGiven(where, params, "r.occurred_at >= ?", query.from());
		SqlCondition.andIfGiven(where, params, "r.occurred_at < ?", query.to());
		if ("OPEN".equals(query.status())) {
			where.append(" and r.ended_at is null");
		}
		else if ("ENDED".equals(query.status())) {
			where.append(" and r.ended_at is not null");
		}
		if (query.q() != null && !query.q().isBlank()) {
			String q = query.q().strip();
			// Any attribute's exact value (a room, a group id, a plate…), so no trade's fields are named here.
			where.append(" and (exists (select 1 from jsonb_each_text(r.attributes) a where a.value = ?)"
					+ " or exists (select 1 from record_party p where"
					+ " p.record_id = r.id and p.occurred_at = r.occurred_at and (p.name like ? or p.document_number"
					+ " like ?)))");
			params.add(q);
			params.add("%" + q + "%");
			params.add(q.toUpperCase() + "%");
		}
		ObjectConditions.append(query.objects(), where, params);
		return " from record r join venue v on v.id = r.venue_id" + where;
	}

	@Transactional
	public RecordView get(Actor actor, long id) {
		SqlCondition visible = actor.dataScope().venues("r.venue_id", "v.station_unit_id");
		RecordView record = jdbc.sql("""
				select r.*, v.code as venue_code, v.name as venue_name from record_key k
				join record r on r.id = k.id and r.occurred_at = k.occurred_at
				join venue v on v.id = r.venue_id where k.id = ? and """ + " " + visible.sql())
			.param(id).params(visible.params()).query(this::header).optional()
			.orElseThrow(() -> new ZhianException(ErrorCode.RECORD_NOT_FOUND, id));
		boolean full = actor.can(FULL_VIEW) || Long.valueOf(record.venue().id()).equals(actor.venueId());
		audit.record(AuditRecord.success(AuditAction.READ, "Record", id, full ? "full view" : "masked view"));
		return withParties(List.of(record), !full).get(0);
	}

	private List<RecordView> withParties(List<RecordView> records, boolean masked) {
		if (records.isEmpty()) {
			return records;
		}
		Long[] ids = records.stream().map(RecordView::id).toArray(Long[]::new);
		Map<Long, List<RecordView.PartyView>> parties = new LinkedHashMap<>();
		jdbc.sql("select * from record_party where record_id = any(?) order by record_id, position")
			.param(ids)
			.query((ResultSet rs) -> {
				parties.computeIfAbsent(rs.getLong("record_id"), k -> new ArrayList<>()).add(party(rs, masked));
			});
		Map<Long, List<RecordView.VehicleView>> vehicles = vehiclesAndItems.vehicles(ids);
		Map<Long, List<RecordView.ItemView>> items = vehiclesAndItems.items(ids);
		return records.stream().map(r -> new RecordView(r.id(), r.trade(), r.kind(), r.reference(), r.venue(),
				r.occurredAt(), r.endedAt(), r.receivedAt(), r.source(), r.status(), r.operatorName(), r.attributes(),
				parties.getOrDefault(r.id(), List.of()), vehicles.getOrDefault(r.id(), List.of()),
				items.getOrDefault(r.id(), List.of()))).toList();
	}

	private RecordView header(ResultSet rs, int row) throws SQLException {
		java.sql.Timestamp ended = rs.getTimestamp("ended_at");
		return new RecordView(rs.getLong("id"), rs.getString("trade"), rs.getString("kind"), rs.getString("reference"),
				new RecordView.VenueRef(rs.getLong("venue_id"), rs.getString("venue_code"), rs.getString("venue_name")),
				rs.getTimestamp("occurred_at").toInstant().atZone(CHINA).toOffsetDateTime(),
				ended == null ? null : ended.toInstant().atZone(CHINA).toOffsetDateTime(),
				rs.getTimestamp("received_at").toInstant(), RecordSource.valueOf(rs.getString("source")),
				ended == null ? "OPEN" : "ENDED", rs.getString("operator_name"),
				json.readValue(rs.getString("attributes"), MAP), List.of(), List.of(), List.of());
	}

	private RecordView.PartyView party(ResultSet rs, boolean masked) throws SQLException {
		java.sql.Date birth = rs.getDate("birth_date");
		String number = rs.getString("document_number");
		String phone = rs.getString("phone");
		return new RecordView.PartyView(rs.getString("role"), rs.getString("document_type"),
				masked ? IdNumbers.mask(number) : number, rs.getString("name"), rs.getString("latin_surname"),
				rs.getString("latin_given_name"), rs.getString("sex"), birth == null ? null : birth.toLocalDate(),
				rs.getString("ethnicity"), rs.getString("nationality"), rs.getString("region_code"),
				rs.getString("address"), masked ? maskPhone(phone) : phone,
				(Long) rs.getObject("document_photo_id"), (Long) rs.getObject("face_photo_id"),
				json.readValue(rs.getString("attributes"), MAP));
	}

	/**
	 * The comparable subjects of one stored record, for the system's own comparison (watch lists): the parties,
	 * vehicles and items in the roles its trade profile declares as compared (a redeemed item returns to its
	 * owner and is not), not cut to a user's scope and not audited as a read, because no person sees them
	 * through this call.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<RecordSubjects> subjects(long recordId, java.time.OffsetDateTime occurredAt) {
		return jdbc.sql("""
				select r.id, r.occurred_at, r.trade, r.kind, r.venue_id, v.name as venue_name from record r
				join venue v on v.id = r.venue_id where r.id = ? and r.occurred_at = ?""")
			.params(recordId, occurredAt)
			.query((rs, row) -> {
				String kindCode = rs.getString("kind");
				java.util.Optional<RecordKind> kind = profiles.find(rs.getString("trade"))
					.flatMap(profile -> profile.kind(kindCode));
				return new RecordSubjects(rs.getLong("id"),
						rs.getTimestamp("occurred_at").toInstant().atZone(CHINA).toOffsetDateTime(),
						rs.getString("trade"), rs.getLong("venue_id"), rs.getString("venue_name"),
						subjectParties(recordId, occurredAt).stream()
							.filter(p -> compared(kind.flatMap(k -> k.role(p.role())).map(PartyRole::compared)))
							.toList(),
						subjectVehicles(recordId, occurredAt).stream()
							.filter(v -> compared(kind.flatMap(k -> k.vehicleRole(v.role())).map(VehicleRole::compared)))
							.toList(),
						subjectItems(recordId, occurredAt).stream()
							.filter(i -> compared(kind.flatMap(k -> k.itemRole(i.role())).map(ItemRole::compared)))
							.toList());
			})
			.optional();
	}

	/** A role no longer declared (a profile changed since the record was stored) is compared, to be safe. */
	private static boolean compared(java.util.Optional<Boolean> declared) {
		return declared.orElse(true);
	}

	private List<RecordSubjects.Person> subjectParties(long recordId, java.time.OffsetDateTime occurredAt) {
		return jdbc.sql("select * from record_party where record_id = ? and occurred_at = ? order by position")
			.params(recordId, occurredAt)
			.query((rs, row) -> {
				java.sql.Date birth = rs.getDate("birth_date");
				return new RecordSubjects.Person(rs.getInt("position"), rs.getString("role"),
						rs.getString("document_type"), rs.getString("document_number"), rs.getString("name"),
						rs.getString("sex"), birth == null ? null : birth.toLocalDate(), rs.getString("phone"),
						rs.getString("region_code"));
			})
			.list();
	}

	private List<RecordSubjects.Vehicle> subjectVehicles(long recordId, java.time.OffsetDateTime occurredAt) {
		return jdbc.sql("select * from record_vehicle where record_id = ? and occurred_at = ? order by position")
			.params(recordId, occurredAt)
			.query((rs, row) -> new RecordSubjects.Vehicle(rs.getInt("position"), rs.getString("role"),
					rs.getString("plate"), rs.getString("vin")))
			.list();
	}

	private List<RecordSubjects.Item> subjectItems(long recordId, java.time.OffsetDateTime occurredAt) {
		return jdbc.sql("select * from record_item where record_id = ? and occurred_at = ? order by position")
			.params(recordId, occurredAt)
			.query((rs, row) -> new RecordSubjects.Item(rs.getInt("position"), rs.getString("role"),
					rs.getString("category"), rs.getString("imei"), rs.getString("serial_number"),
					rs.getString("description")))
			.list();
	}

	/** 138****5678: enough to recognise a number one has, not enough to call it. */
	public static String maskPhone(String phone) {
		if (phone == null || phone.length() < 8) {
			return phone == null ? null : "*".repeat(phone.length());
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

	/**
	 * 常住旅客: people who reported at the actor's venue in the last year whose document number starts with, or
	 * whose name contains, {@code q}; the latest facts of each, so the desk need not type them again.
	 */
	@Transactional
	public List<RegularParty> regulars(Actor actor, String q) {
		if (actor.venueId() == null || q == null || q.strip().length() < 2) {
			return List.of();
		}
		String text = q.strip();
		List<RegularParty> found = jdbc.sql("""
				select p.*, s.stays, s.last_seen from (
				    select document_type, document_number, count(*) as stays, max(occurred_at) as last_seen
				    from record_party where venue_id = ? and occurred_at > now() - interval '366 days'
				    and (document_number like ? or name like ?)
				    group by document_type, document_number order by max(occurred_at) desc limit 10) s
				join lateral (select * from record_party p where p.venue_id = ? and p.document_type = s.document_type
				    and p.document_number = s.document_number and p.occurred_at = s.last_seen limit 1) p on true
				order by s.last_seen desc""")
			.params(actor.venueId(), text.toUpperCase() + "%", "%" + text + "%", actor.venueId())
			.query((rs, row) -> new RegularParty(party(rs, false), rs.getInt("stays"),
					rs.getTimestamp("last_seen").toInstant()))
			.list();
		audit.record(AuditRecord.success(AuditAction.SEARCH, "RegularGuest", null, "q=" + text));
		return found;
	}

	/** A person seen before at the venue: their latest facts, how many times, and when last. */
	public record RegularParty(@com.fasterxml.jackson.annotation.JsonUnwrapped RecordView.PartyView party, int stays,
			java.time.Instant lastSeenAt) {
	}
}
