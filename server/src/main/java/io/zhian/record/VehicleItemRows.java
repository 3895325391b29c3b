package io.zhian.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rows of record_vehicle and record_item: written with their record, read back for its views. */
@Component
class VehicleItemRows {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	VehicleItemRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Inside the record's transaction, after its header (the partitions exist by then). */
	void insert(long recordId, OffsetDateTime occurredAt, long venueId, CheckedRecord record) {
		for (CheckedRecord.CheckedVehicle vehicle : record.vehicles()) {
			jdbc.sql("""
					insert into record_vehicle (record_id, occurred_at, venue_id, position, role, plate, vin, attributes)
					values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
				.params(recordId, occurredAt, venueId, vehicle.position(), vehicle.role(), vehicle.plate(), vehicle.vin(),
						json.writeValueAsString(vehicle.attributes()))
				.update();
		}
		for (CheckedRecord.CheckedItem item : record.items()) {
			jdbc.sql("""
					insert into record_item (record_id, occurred_at, venue_id, position, role, category, imei,
					    serial_number, description, attributes)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
				.params(recordId, occurredAt, venueId, item.position(), item.role(), item.category(), item.imei(),
						item.serialNumber(), item.description(), json.writeValueAsString(item.attributes()))
				.update();
		}
	}

	/** The vehicles of some records, by record id, in their order. */
	Map<Long, List<RecordView.VehicleView>> vehicles(Long[] recordIds) {
		Map<Long, List<RecordView.VehicleView>> found = new LinkedHashMap<>();
		jdbc.sql("select * from record_vehicle where record_id = any(?) order by record_id, position").param(recordIds)
			.query((ResultSet rs) -> {
				found.computeIfAbsent(rs.getLong("record_id"), k -> new ArrayList<>()).add(vehicle(rs));
			});
		return found;
	}

	/** The items of some records, by record id, in their order. */
	Map<Long, List<RecordView.ItemView>> items(Long[] recordIds) {
		Map<Long, List<RecordView.ItemView>> found = new LinkedHashMap<>();
		jdbc.sql("select * from record_item where record_id = any(?) order by record_id, position").param(recordIds)
			.query((ResultSet rs) -> {
				found.computeIfAbsent(rs.getLong("record_id"), k -> new ArrayList<>()).add(item(rs));
			});
		return found;
	}

	private RecordView.VehicleView vehicle(ResultSet rs) throws SQLException {
		return new RecordView.VehicleView(rs.getString("role"), rs.getString("plate"), rs.getString("vin"),
				json.readValue(rs.getString("attributes"), MAP));
	}

	private RecordView.ItemView item(ResultSet rs) throws SQLException {
		return new RecordView.ItemView(rs.getString("role"), rs.getString("category"), rs.getString("imei"),
				rs.getString("serial_number"), rs.getString("description"),
				json.readValue(rs.getString("attributes"), MAP));
	}
}
