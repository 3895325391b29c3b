package io.zhian.bench.load;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import io.zhian.bench.city.Person;
import io.zhian.bench.city.SyntheticCity;
import io.zhian.bench.city.Visit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the city's visits straight into PostgreSQL with COPY, into the tables and columns the intake writes
 * (record_key, record, record_party), the way it would have stored them: normalised names with the same keys,
 * sex, birth date and region as the ID number gives them, nationality CHN for mainland documents.
 * <p>
 * Fast because each month is loaded before its partition is indexed: the month's tables are created bare (the
 * partitions RecordPartitions would create, with the same names and bounds), filled, then attached, which builds
 * their indexes in one pass. A month that already has a partition (records entered earlier) is copied into it.
 * Ends with ANALYZE. Uses three connections (one per table) and the calling thread to generate.
 */
public final class CopyLoader {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final int FLUSH_CHARS = 1 << 20;
	private static final String KEY_COLUMNS = " (id, venue_id, reference, occurred_at)";
	private static final String RECORD_COLUMNS = " (id, occurred_at, trade, kind, venue_id, reference, received_at,"
			+ " source, lot_id, operator_id, operator_name, attributes, ended_at)";
	private static final String PARTY_COLUMNS = " (record_id, occurred_at, venue_id, position, role, document_type,"
			+ " document_number, name, latin_surname, latin_given_name, pinyin, initials, fuzzy, sex, birth_date,"
			+ " ethnicity, nationality, region_code, address, phone, document_photo_id, face_photo_id, attributes)";

	private final DataSource dataSource;
	private final Consumer<String> log;

	public CopyLoader(DataSource dataSource, Consumer<String> log) {
		this.dataSource = dataSource;
		this.log = log;
	}

	/** What was loaded. */
	public record Loaded(long records, long parties, long millis) {
	}

	/**
	 * Loads every visit of the city.
	 *
	 * @param venueIds the database id of each venue, by venue index
	 */
	public Loaded load(SyntheticCity city, List<Long> venueIds) throws SQLException {
		long started = System.currentTimeMillis();
		long records = 0;
		long parties = 0;
		try (Connection keys = dataSource.getConnection(); Connection headers = dataSource.getConnection();
				Connection people = dataSource.getConnection()) {
			long nextId = reserveStart(keys);
			List<LocalDate> days = city.days().toList();
			YearMonth month = null;
			List<LocalDate> monthDays = new ArrayList<>();
			for (LocalDate day : days) {
				if (month != null && !YearMonth.from(day).equals(month)) {
					long[] counts = loadMonth(city, month, monthDays, venueIds, nextId, keys, headers, people);
					nextId += counts[0];
					records += counts[0];
					parties += counts[1];
					monthDays.clear();
				}
				month = YearMonth.from(day);
				monthDays.add(day);
			}
			long[] counts = loadMonth(city, month, monthDays, venueIds, nextId, keys, headers, people);
			nextId += counts[0];
			records += counts[0];
			parties += counts[1];
			execute(keys, "select setval('record_id_seq', " + (nextId - 1) + ")");
			log.accept("ANALYZE record_key, record, record_party…");
			execute(keys, "analyze record_key");
			execute(keys, "analyze record");
			execute(keys, "analyze record_party");
		}
		return new Loaded(records, parties, System.currentTimeMillis() - started);
	}

	private long[] loadMonth(SyntheticCity city, YearMonth month, List<LocalDate> days, List<Long> venueIds,
			long firstId, Connection keys, Connection headers, Connection people) throws SQLException {
		long started = System.currentTimeMillis();
		String suffix = "_%04d_%02d".formatted(month.getYear(), month.getMonthValue());
		boolean bare = prepareMonth(headers, month, suffix);
		CopyIn keyCopy = copy(keys, "record_key" + KEY_COLUMNS);
		CopyIn recordCopy = copy(headers, "record" + suffix + RECORD_COLUMNS);
		CopyIn partyCopy = copy(people, "record_party" + suffix + PARTY_COLUMNS);
		Rows rows = new Rows(keyCopy, recordCopy, partyCopy);
		long id = firstId;
		for (LocalDate day : days) {
			for (Visit visit : city.visits(day)) {
				rows.add(id++, venueIds.get(visit.venue().index()), visit);
			}
			rows.flush(FLUSH_CHARS);
		}
		long parties = rows.end();
		long copied = System.currentTimeMillis();
		if (bare) {
			attach(headers, month, suffix);
		}
		log.accept("%s: %,d records, %,d parties; copy %,d ms, indexes %,d ms".formatted(month, id - firstId, parties,
				copied - started, System.currentTimeMillis() - copied));
		return new long[] { id - firstId, parties };
	}

	/** True when the month's tables were created bare (to be attached after the copy), false when they existed. */
	private static boolean prepareMonth(Connection connection, YearMonth month, String suffix) throws SQLException {
		try (Statement statement = connection.createStatement();
				var rs = statement.executeQuery("select to_regclass('record_party" + suffix + "') is not null")) {
			rs.next();
			if (rs.getBoolean(1)) {
				return false;
			}
		}
		for (String table : List.of("record", "record_party", "record_vehicle", "record_item")) {
			execute(connection, "create table %s%s (like %s including defaults including constraints)".formatted(table,
					suffix, table));
		}
		return true;
	}

	/** Attaches the month's tables with RecordPartitions' bounds: PostgreSQL then builds the parent's indexes. */
	private static void attach(Connection connection, YearMonth month, String suffix) throws SQLException {
		LocalDate first = month.atDay(1);
		String from = first.atStartOfDay(CHINA).toOffsetDateTime().toString();
		String to = first.plusMonths(1).atStartOfDay(CHINA).toOffsetDateTime().toString();
		execute(connection, "set maintenance_work_mem = '512MB'");
		for (String table : List.of("record", "record_party", "record_vehicle", "record_item")) {
			execute(connection, "alter table %s attach partition %s%s for values from ('%s') to ('%s')".formatted(table,
					table, suffix, from, to));
		}
	}

	/**
	 * COPYs visits into the parent tables record_key, record and record_party (their months' partitions must
	 * exist), all as sent by one venue, with ids taken from the records' sequence: the same rows the intake would
	 * store, the fastest way PostgreSQL takes them. The intake benchmark's baseline. Answers the parties written.
	 */
	public long copy(List<Visit> visits, long venueId) throws SQLException {
		try (Connection keys = dataSource.getConnection(); Connection headers = dataSource.getConnection();
				Connection people = dataSource.getConnection()) {
			long id = reserveStart(keys);
			execute(keys, "select setval('record_id_seq', " + (id + visits.size() - 1) + ")");
			Rows rows = new Rows(copy(keys, "record_key" + KEY_COLUMNS), copy(headers, "record" + RECORD_COLUMNS),
					copy(people, "record_party" + PARTY_COLUMNS));
			for (Visit visit : visits) {
				rows.add(id++, venueId, visit);
				rows.flush(FLUSH_CHARS);
			}
			return rows.end();
		}
	}

	/** The three COPY streams of a load, each with its buffer of rows. */
	private static final class Rows {

		private final CopyIn keyCopy;
		private final CopyIn recordCopy;
		private final CopyIn partyCopy;
		private final StringBuilder keyRows = new StringBuilder();
		private final StringBuilder recordRows = new StringBuilder();
		private final StringBuilder partyRows = new StringBuilder();
		private long parties;

		Rows(CopyIn keyCopy, CopyIn recordCopy, CopyIn partyCopy) {
			this.keyCopy = keyCopy;
			this.recordCopy = recordCopy;
			this.partyCopy = partyCopy;
		}

		void add(long id, long venueId, Visit visit) {
			keyRow(new CopyText(keyRows), id, venueId, visit);
			recordRow(new CopyText(recordRows), id, venueId, visit);
			for (int position = 0; position < visit.parties().size(); position++) {
				partyRow(new CopyText(partyRows), id, venueId, position, visit);
				parties++;
			}
		}

		void flush(int atLeast) throws SQLException {
			CopyLoader.flush(keyCopy, keyRows, atLeast);
			CopyLoader.flush(recordCopy, recordRows, atLeast);
			CopyLoader.flush(partyCopy, partyRows, atLeast);
		}

		/** Sends the rest and ends the three COPYs (each commits); answers the parties written. */
		long end() throws SQLException {
			flush(0);
			keyCopy.endCopy();
			recordCopy.endCopy();
			partyCopy.endCopy();
			return parties;
		}
	}

	private static void keyRow(CopyText row, long id, long venueId, Visit visit) {
		row.number(id).number(venueId).text(visit.reference()).time(visit.occurredAt()).end();
	}

	private static void recordRow(CopyText row, long id, long venueId, Visit visit) {
		row.number(id).time(visit.occurredAt()).text(visit.venue().trade().code()).text(visit.venue().trade().kind())
			.number(venueId).text(visit.reference()).time(visit.receivedAt()).text("API").text(null).text(null)
			.text(null).text(json(visit.attributes())).time(visit.endedAt()).end();
	}

	private static void partyRow(CopyText row, long id, long venueId, int position, Visit visit) {
		Visit.Guest guest = visit.parties().get(position);
		Person p = guest.person();
		row.number(id).time(visit.occurredAt()).number(venueId).number(position).text(visit.venue().trade().role())
			.text(p.documentType()).text(p.documentNumber()).text(p.name().normalized()).text(p.latinSurname())
			.text(p.latinGivenName()).array(p.name().pinyin()).array(p.name().initials()).array(p.name().fuzzy())
			.text(p.sex()).date(p.birthDate()).text(p.ethnicity()).text(p.nationality()).text(p.regionCode())
			.text(p.address()).text(p.phone()).text(null).text(null).text(json(guest.attributes())).end();
	}

	private static String json(Map<String, Object> map) {
		return JSON.writeValueAsString(map);
	}

	private static CopyIn copy(Connection connection, String target) throws SQLException {
		return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin");
	}

	private static void flush(CopyIn copy, StringBuilder rows, int atLeast) throws SQLException {
		if (rows.length() > atLeast) {
			byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			rows.setLength(0);
		}
	}

	/** The first id of a block the load will use; the sequence is moved past the block at the end. */
	private static long reserveStart(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var rs = statement.executeQuery("select nextval('record_id_seq')")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
