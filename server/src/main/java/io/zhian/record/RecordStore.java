package io.zhian.record;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.common.Actor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes checked records: the key row that makes the venue's reference unique, the header, the parties, the
 * vehicles and the items.
 * Must run inside the caller's transaction, so a record is stored whole or not at all.
 */
@Component
class RecordStore {

	private final JdbcClient jdbc;
	private final RecordPartitions partitions;
	private final JsonMapper json;
	private final Clock clock;
	private final VehicleItemRows vehiclesAndItems;

	RecordStore(JdbcClient jdbc, RecordPartitions partitions, JsonMapper json, Clock clock,
			VehicleItemRows vehiclesAndItems) {
		this.vehiclesAndItems = vehiclesAndItems;
		this.jdbc = jdbc;
		this.partitions = partitions;
		this.json = json;
		this.clock = clock;
	}

	/** The stored id, and whether the venue had already sent this reference (then nothing new is stored). */
	record Stored(long id, boolean duplicate) {
	}

	Stored store(CheckedRecord record, long venueId, Actor actor, RecordSource source, java.util.UUID lotId) {
		partitions.ensure(record.occurredAt());
		// A concurrent first attempt with the same reference holds the unique key until it commits; this insert
		// waits for it and then finds the row, so both attempts answer with the same id.
		Optional<Long> id = jdbc.sql("""
				insert into record_key (venue_id, reference, occurred_at) values (?, ?, ?)
				on conflict (venue_id, reference) do nothing returning id""")
			.params(venueId, record.reference(), record.occurredAt())
			.query(Long.class).optional();
		if (id.isEmpty()) {
			return new Stored(existing(venueId, record.reference()), true);
		}
		long recordId = id.get();
		jdbc.sql("""
				insert into record (id, occurred_at, trade, kind, venue_id, reference, received_at, source, lot_id,
				                    operator_id, operator_name, attributes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
			.params(recordId, record.occurredAt(), record.trade(), record.kind(), venueId, record.reference(),
					Timestamp.from(clock.instant()), source.name(), lotId, actor.userId(), actor.displayName(),
					json.writeValueAsString(record.attributes()))
			.update();
		for (CheckedRecord.CheckedParty party : record.parties()) {
			jdbc.sql("""
					insert into record_party (record_id, occurred_at, venue_id, position, role, document_type,
					    document_number, name, latin_surname, latin_given_name, pinyin, initials, fuzzy, sex,
					    birth_date, ethnicity, nationality, region_code, address, phone, document_photo_id,
					    face_photo_id, attributes)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?::varchar[], ?::varchar[], ?, ?, ?, ?, ?, ?,
					    ?, ?, ?, ?::jsonb)""")
				.params(recordId, record.occurredAt(), venueId, party.position(), party.role(), party.documentType(),
						party.documentNumber(), party.name().normalized(), party.latinSurname(),
						party.latinGivenName(), array(party.name().pinyin()), array(party.name().initials()),
						array(party.name().fuzzy()), party.sex(),
						party.birthDate() == null ? null : Date.valueOf(party.birthDate()), party.ethnicity(),
						party.nationality(), party.regionCode(), party.address(), party.phone(),
						party.documentPhotoId(), party.facePhotoId(), json.writeValueAsString(party.attributes()))
				.update();
		}
		vehiclesAndItems.insert(recordId, record.occurredAt(), venueId, record);
		return new Stored(recordId, false);
	}

	long existing(long venueId, String reference) {
		return jdbc.sql("select id from record_key where venue_id = ? and reference = ?").params(venueId, reference)
			.query(Long.class).single();
	}

	private static String[] array(java.util.Set<String> values) {
		return values.toArray(String[]::new);
	}
}
