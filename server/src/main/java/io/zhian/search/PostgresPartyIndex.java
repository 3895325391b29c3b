package io.zhian.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.common.PageQuery;
import io.zhian.common.SqlCondition;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link PartyIndex} on PostgreSQL: record_party joined to its record, venue and station. Every query bounds
 * {@code p.occurred_at} where it can, which prunes month partitions; the indexes are in V11__search.sql and the
 * plans in docs/performance.md.
 */
@Component
class PostgresPartyIndex implements PartyIndex {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};
	private static final String JOINED = """
			 join record r on r.id = p.record_id and r.occurred_at = p.occurred_at
			join venue v on v.id = p.venue_id
			left join org_unit st on st.id = v.station_unit_id""";
	private static final String FROM = " from record_party p" + JOINED;
	private static final String NEWEST_FIRST = "p.occurred_at desc, p.record_id desc, p.position";
	private static final String COLUMNS = """
			select p.*, r.trade, r.kind, r.ended_at, r.attributes as record_attributes, v.code as venue_code,
			       v.name as venue_name, st.name as station_name""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	PostgresPartyIndex(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public PartyPage find(PartyQuery query, SqlCondition scope, PageQuery page, long countLimit) {
		customPlans();
		Where where = PartyConditions.of(query, scope);
		// Parties and their venues (the reader's scope is on v) are filtered, counted and paged first; record and
		// station are joined to the page's rows only, so a misestimated join never multiplies a large match.
		String record = " join record r on r.id = p.record_id and r.occurred_at = p.occurred_at";
		String matching = " from record_party p join venue v on v.id = p.venue_id"
				+ (PartyConditions.needsRecord(query) ? record : "") + where.sql();
		// Counting stops one past the limit: an exact count of a common name's hits reads every one of them.
		List<Object> countParams = new ArrayList<>(where.params());
		countParams.add(countLimit + 1);
		long counted = jdbc.sql("select count(*) from (select 1" + matching + " limit ?) hits").params(countParams)
			.query(Long.class).single();
		List<Object> params = new ArrayList<>(where.params());
		params.add(page.size());
		params.add(page.offset());
		List<PartyHit> items = jdbc.sql(COLUMNS + " from (select p.*" + matching + " order by " + NEWEST_FIRST
				+ " limit ? offset ?) p" + JOINED + " order by " + NEWEST_FIRST).params(params).query(this::hit).list();
		boolean capped = counted > countLimit;
		return new PartyPage(items, capped ? countLimit : counted, capped);
	}

	@Override
	public List<PartyHit> appearances(PersonKey person, Instant from, Instant to, SqlCondition scope, int limit) {
		customPlans();
		Where where = personWhere("p", person, from, to, scope);
		List<Object> params = new ArrayList<>(where.params());
		params.add(limit);
		return jdbc.sql(COLUMNS + FROM + where.sql() + " order by p.occurred_at, p.record_id limit ?").params(params)
			.query(this::hit).list();
	}

	@Override
	public Optional<PersonKey> personAt(long recordId, int position, SqlCondition scope) {
		return jdbc.sql("select p.document_type, p.document_number from record_key k join record_party p on"
				+ " p.record_id = k.id and p.occurred_at = k.occurred_at join venue v on v.id = p.venue_id"
				+ " where k.id = ? and p.position = ? and " + scope.sql())
			.param(recordId).param(position).params(scope.params())
			.query((rs, row) -> new PersonKey(rs.getString(1), rs.getString(2))).optional();
	}

	@Override
	public List<Companion> sameRecord(PersonKey person, Instant from, Instant to, SqlCondition scope, int limit) {
		customPlans();
		Where me = personWhere("p", person, from, to, scope);
		return companions("""
				select o.document_type, o.document_number, o.name, o.occurred_at from record_party p
				join venue v on v.id = p.venue_id
				join record_party o on o.record_id = p.record_id and o.occurred_at = p.occurred_at
				     and o.position <> p.position""" + me.sql()
				+ " and (o.document_type, o.document_number) <> (p.document_type, p.document_number)", me.params(),
				limit);
	}

	@Override
	public List<Companion> sameVenue(PersonKey person, int minutes, Instant from, Instant to, SqlCondition scope,
			int limit) {
		customPlans();
		Where me = personWhere("p", person, from, to, scope);
		List<Object> params = new ArrayList<>();
		params.add(minutes);
		params.add(minutes);
		params.addAll(me.params());
		// o.occurred_at is bounded on both sides, so the other's partitions are pruned per appearance too.
		return companions("""
				select o.document_type, o.document_number, o.name, o.occurred_at from record_party p
				join venue v on v.id = p.venue_id
				join record_party o on o.venue_id = p.venue_id
				     and o.occurred_at between p.occurred_at - make_interval(mins => ?)
				                           and p.occurred_at + make_interval(mins => ?)
				     and o.record_id <> p.record_id""" + me.sql()
				+ " and (o.document_type, o.document_number) <> (p.document_type, p.document_number)", params, limit);
	}

	/**
	 * Plans each search for its own values. The driver prepares a statement on the server after five uses, and
	 * PostgreSQL then tries a generic plan, which knows neither the name keys nor the window: for the homophone
	 * search it scanned a month by time and filtered 700 000 rows (8 s instead of 10 ms at 10 million records).
	 * Local to the caller's transaction (every search runs in one).
	 */
	private void customPlans() {
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
	}

	private List<Companion> companions(String pairs, List<Object> params, int limit) {
		List<Object> all = new ArrayList<>(params);
		all.add(limit);
		// The latest name of each companion: a person key may carry a corrected or differently written name.
		return jdbc.sql("select document_type, document_number, (array_agg(name order by occurred_at desc))[1] as name,"
				+ " count(*) as times, max(occurred_at) as last_seen from (" + pairs + ") x"
				+ " group by document_type, document_number order by times desc, last_seen desc limit ?")
			.params(all)
			.query((rs, row) -> new Companion(rs.getString("document_type"), rs.getString("document_number"),
					rs.getString("name"), rs.getInt("times"), china(rs.getTimestamp("last_seen"))))
			.list();
	}

	private static Where personWhere(String alias, PersonKey person, Instant from, Instant to, SqlCondition scope) {
		Where where = new Where(scope);
		where.and(alias + ".document_number = ?", person.documentNumber());
		where.and(alias + ".document_type = ?", person.documentType());
		where.and(alias + ".occurred_at >= ?", from == null ? null : Timestamp.from(from));
		where.and(alias + ".occurred_at < ?", to == null ? null : Timestamp.from(to));
		return where;
	}

	private PartyHit hit(ResultSet rs, int row) throws SQLException {
		java.sql.Date birth = rs.getDate("birth_date");
		String surname = rs.getString("latin_surname");
		String given = rs.getString("latin_given_name");
		String latin = surname == null && given == null ? null
				: ((surname == null ? "" : surname) + " " + (given == null ? "" : given)).strip();
		return new PartyHit(rs.getLong("record_id"), rs.getInt("position"), rs.getString("trade"), rs.getString("kind"),
				china(rs.getTimestamp("occurred_at")), china(rs.getTimestamp("ended_at")), rs.getString("role"),
				rs.getString("name"), latin, rs.getString("document_type"), rs.getString("document_number"),
				rs.getString("sex"), birth == null ? null : birth.toLocalDate(), rs.getString("nationality"),
				rs.getString("region_code"), rs.getString("phone"),
				new PartyHit.VenueRef(rs.getLong("venue_id"), rs.getString("venue_code"), rs.getString("venue_name")),
				rs.getString("station_name"), json.readValue(rs.getString("record_attributes"), MAP));
	}

	private static OffsetDateTime china(Timestamp at) {
		return at == null ? null : at.toInstant().atZone(CHINA).toOffsetDateTime();
	}
}
