package io.zhian.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
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
	private final JdbcTemplate batch;
	private final JsonMapper json;

	VehicleItemRows(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	/** Inside the records' transaction, after their headers (the partitions exist by then): each table in one batch. */
	void insert(Map<Long, CheckedRecord> records, long venueId) {
		List<Object[]> vehicles = new ArrayList<>();
		List<Object[]> items = new ArrayList<>();
		records.forEach((id, record) -> {
			for (CheckedRecord.CheckedVehicle vehicle : record.vehicles()) {
				vehicles.add(new Object[] { id, record.occurredAt(), venueId, vehicle.position(), vehicle.role(),
						vehicle.plate(), vehicle.vin(), json.writeValueAsString(vehicle.attributes()) });
			}
			for (CheckedRecord.CheckedItem item : record.items()) {
				items.add(new Object[] { id, record.occurredAt(), venueId, item.position(), item.role(),
						item.category(), item.imei(), item.serialNumber(), item.description(),
						json.writeValueAsString(item.attributes()) });
			}
		});
		if (!vehicles.isEmpty()) {
			batch.batchUpdate("""
					insert into record_vehicle (record_id, occurred_at, venue_id, position, role, plate, vin, attributes)
					values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", vehicles);
		}
		if (!items.isEmpty()) {
			batch.batchUpdate("""
					insert into record_item (record_id, occurred_at, venue_id, position, role, category, imei,
					    serial_number, description, attributes)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", items);
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
