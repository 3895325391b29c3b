package io.zhian.record;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.common.Actor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes checked records: the key row that makes the venue's reference unique, the header, the parties, the
 * vehicles and the items.
 * Must run inside the caller's transaction, so a record is stored whole or not at all.
 * <p>
 * One record and a lot's chunk of hundreds are written by the same code and the same statements: one multi-row
 * insert of the keys, one lookup of the references already on file, then each table's rows as one JDBC batch. So
 * a chunk costs a handful of round trips instead of a dozen per record, and a record stored by a lot has
 * exactly the rows the same record submitted alone has.
 */
@Component
class RecordStore {

	/**
	 * Keys in reference order, so that two transactions storing overlapping references of one venue take their
	 * unique-key locks in the same order instead of deadlocking.
	 */
	private static final String INSERT_KEYS = """
			insert into record_key (venue_id, reference, occurred_at)
			select ?, reference, occurred_at from unnest(?::varchar[], ?::timestamptz[]) as k (reference, occurred_at)
			order by reference
			on conflict (venue_id, reference) do nothing returning id, reference""";
	private static final String INSERT_RECORD = """
			insert into record (id, occurred_at, trade, kind, venue_id, reference, received_at, source, lot_id,
			                    operator_id, operator_name, attributes)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""";
	private static final String INSERT_PARTY = """
			insert into record_party (record_id, occurred_at, venue_id, position, role, document_type,
			    document_number, name, latin_surname, latin_given_name, pinyin, initials, fuzzy, sex,
			    birth_date, ethnicity, nationality, region_code, address, phone, document_photo_id,
			    face_photo_id, attributes)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?::varchar[], ?::varchar[], ?, ?, ?, ?, ?, ?,
			    ?, ?, ?, ?::jsonb)""";

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final RecordPartitions partitions;
	private final JsonMapper json;
	private final Clock clock;
	private final VehicleItemRows vehiclesAndItems;

	RecordStore(JdbcClient jdbc, JdbcTemplate batch, RecordPartitions partitions, JsonMapper json, Clock clock,
			VehicleItemRows vehiclesAndItems) {
		this.vehiclesAndItems = vehiclesAndItems;
		this.jdbc = jdbc;
		this.batch = batch;
		this.partitions = partitions;
		this.json = json;
		this.clock = clock;
	}

	/** The stored id, and whether the venue had already sent this reference (then nothing new is stored). */
	record Stored(long id, boolean duplicate) {
	}

	Stored store(CheckedRecord record, long venueId, Actor actor, RecordSource source, UUID lotId) {
		return storeAll(List.of(record), venueId, actor, source, lotId).get(0);
	}

	/**
	 * Stores records of one venue, answering for each in the order given. A reference the venue already sent, or
	 * repeated among these records, is stored once: the later ones answer as duplicates with the first one's id.
	 */
	List<Stored> storeAll(List<CheckedRecord> records, long venueId, Actor actor, RecordSource source, UUID lotId) {
		records.forEach(record -> partitions.ensure(record.occurredAt()));
		Map<String, CheckedRecord> firsts = new LinkedHashMap<>();
		records.forEach(record -> firsts.putIfAbsent(record.reference(), record));
		Map<String, Long> fresh = insertKeys(venueId, firsts.values());
		Map<String, Long> onFile = existing(venueId,
				firsts.keySet().stream().filter(reference -> !fresh.containsKey(reference)).toList());
		Map<Long, CheckedRecord> written = new LinkedHashMap<>();
		List<Stored> stored = new ArrayList<>(records.size());
		for (CheckedRecord record : records) {
			Long id = fresh.get(record.reference());
			boolean first = id != null && firsts.get(record.reference()) == record;
			if (first) {
				written.put(id, record);
			}
			stored.add(new Stored(id != null ? id : onFile.get(record.reference()), !first));
		}
		writeRows(written, venueId, actor, source, lotId);
		return stored;
	}

	/**
	 * The new ids by reference; a reference the venue already has is left out. A concurrent first attempt with
	 * the same reference holds the unique key until it commits; this insert waits for it and then leaves the
	 * reference out, so both attempts answer with the same id.
	 */
	private Map<String, Long> insertKeys(long venueId, java.util.Collection<CheckedRecord> records) {
		String[] references = records.stream().map(CheckedRecord::reference).toArray(String[]::new);
		String[] times = records.stream().map(record -> record.occurredAt().toString()).toArray(String[]::new);
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql(INSERT_KEYS).params(venueId, references, times)
			.query((ResultSet rs) -> {
				ids.put(rs.getString("reference"), rs.getLong("id"));
			});
		return ids;
	}

	private Map<String, Long> existing(long venueId, List<String> references) {
		Map<String, Long> ids = new HashMap<>();
		if (!references.isEmpty()) {
			jdbc.sql("select id, reference from record_key where venue_id = ? and reference = any(?)")
				.params(venueId, references.toArray(String[]::new))
				.query((ResultSet rs) -> {
					ids.put(rs.getString("reference"), rs.getLong("id"));
				});
		}
		return ids;
	}

	/** The header, parties, vehicles and items of the records just keyed, each table in one batch. */
	private void writeRows(Map<Long, CheckedRecord> records, long venueId, Actor actor, RecordSource source,
			UUID lotId) {
		if (records.isEmpty()) {
			return;
		}
		Timestamp receivedAt = Timestamp.from(clock.instant());
		List<Object[]> headers = new ArrayList<>(records.size());
		List<Object[]> parties = new ArrayList<>();
		records.forEach((id, record) -> {
			headers.add(new Object[] { id, record.occurredAt(), record.trade(), record.kind(), venueId,
					record.reference(), receivedAt, source.name(), lotId, actor.userId(), actor.displayName(),
					json.writeValueAsString(record.attributes()) });
			record.parties().forEach(party -> parties.add(party(id, record, venueId, party)));
		});
		batch.batchUpdate(INSERT_RECORD, headers);
		if (!parties.isEmpty()) {
			batch.batchUpdate(INSERT_PARTY, parties);
		}
		vehiclesAndItems.insert(records, venueId);
	}

	private Object[] party(long recordId, CheckedRecord record, long venueId, CheckedRecord.CheckedParty party) {
		return new Object[] { recordId, record.occurredAt(), venueId, party.position(), party.role(),
				party.documentType(), party.documentNumber(), party.name().normalized(), party.latinSurname(),
				party.latinGivenName(), array(party.name().pinyin()), array(party.name().initials()),
				array(party.name().fuzzy()), party.sex(),
				party.birthDate() == null ? null : Date.valueOf(party.birthDate()), party.ethnicity(),
				party.nationality(), party.regionCode(), party.address(), party.phone(), party.documentPhotoId(),
				party.facePhotoId(), json.writeValueAsString(party.attributes()) };
	}

	private static String[] array(Set<String> values) {
		return values.toArray(String[]::new);
	}
}
