package io.zhian.venue;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the venue rows with all their filed fields; the rules live in the services above it. */
@Component
class VenueStore {

	private static final String SELECT = """
			select v.*, u.name as station_name, o.display_name as officer_name,
			       exists (select 1 from venue_change_request r where r.venue_id = v.id and r.status = 'PENDING')
			         as change_pending
			from venue v join org_unit u on u.id = v.station_unit_id
			left join org_user o on o.id = v.responsible_officer_id""";

	private final JdbcClient jdbc;

	VenueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<VenueDetail> find(long id) {
		return jdbc.sql(SELECT + " where v.id = ?").param(id).query(VenueStore::detail).optional();
	}

	/** Locks the row for the rest of the transaction, so two reviewers never act on the same venue at once. */
	Optional<VenueDetail> lock(long id) {
		jdbc.sql("select id from venue where id = ? for update").param(id).query(Long.class).optional();
		return find(id);
	}

	long insert(VenueFiling f, VenueStatus status, String code) {
		boolean approved = status.approved();
		return jdbc.sql("""
				insert into venue (code, name, trades, station_unit_id, region_code, address, status, licence_number,
				                   responsible_officer_id, legal_rep_name, legal_rep_document_type, legal_rep_document_no,
				                   legal_rep_phone, security_officer_name, security_officer_phone, economic_type,
				                   opened_on, filed_at, approved_at)
				values (?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(),
				        case when ? then now() end)
				returning id""")
			.params(code, f.name(), array(f.trades()), f.stationUnitId(), f.regionCode(), f.address(), status.name(),
					f.licenceNumber(), f.responsibleOfficerId(), f.legalRepName(), f.legalRepDocumentType(),
					f.legalRepDocumentNumber(), f.legalRepPhone(), f.securityOfficerName(),
					f.securityOfficerPhone(), f.economicType(), date(f), approved)
			.query(Long.class).single();
	}

	void update(long id, VenueFiling f) {
		jdbc.sql("""
				update venue set name = ?, trades = ?::varchar[], station_unit_id = ?, region_code = ?, address = ?,
				       licence_number = ?, responsible_officer_id = ?, legal_rep_name = ?, legal_rep_document_type = ?,
				       legal_rep_document_no = ?, legal_rep_phone = ?, security_officer_name = ?,
				       security_officer_phone = ?, economic_type = ?, opened_on = ?, updated_at = now()
				where id = ?""")
			.params(f.name(), array(f.trades()), f.stationUnitId(), f.regionCode(), f.address(), f.licenceNumber(),
					f.responsibleOfficerId(), f.legalRepName(), f.legalRepDocumentType(), f.legalRepDocumentNumber(),
					f.legalRepPhone(), f.securityOfficerName(), f.securityOfficerPhone(), f.economicType(), date(f),
					id)
			.update();
	}

	void setStatus(long id, VenueStatus status, String reason) {
		jdbc.sql("update venue set status = ?, status_reason = ?, updated_at = now() where id = ?")
			.params(status.name(), reason, id).update();
	}

	/** A resubmitted filing starts its review again. */
	void refile(long id) {
		jdbc.sql("update venue set status = 'PENDING', status_reason = null, filed_at = now() where id = ?")
			.param(id).update();
	}

	void approve(long id, String code, Long officerId) {
		jdbc.sql("""
				update venue set status = 'ACTIVE', status_reason = null, code = coalesce(code, ?),
				       responsible_officer_id = coalesce(?, responsible_officer_id), approved_at = now(),
				       updated_at = now()
				where id = ?""")
			.params(code, officerId, id).update();
	}

	private static String array(List<String> values) {
		return "{" + String.join(",", values) + "}";
	}

	private static Date date(VenueFiling f) {
		return f.openedOn() == null ? null : Date.valueOf(f.openedOn());
	}

	static VenueDetail detail(ResultSet rs, int row) throws SQLException {
		long officer = rs.getLong("responsible_officer_id");
		Long officerId = rs.wasNull() ? null : officer;
		Date opened = rs.getDate("opened_on");
		VenueFiling filing = new VenueFiling(rs.getString("name"), rs.getString("licence_number"),
				Arrays.asList((String[]) rs.getArray("trades").getArray()), rs.getString("region_code"),
				rs.getString("address"), rs.getLong("station_unit_id"), officerId, rs.getString("legal_rep_name"),
				rs.getString("legal_rep_document_type"), rs.getString("legal_rep_document_no"),
				rs.getString("legal_rep_phone"), rs.getString("security_officer_name"),
				rs.getString("security_officer_phone"), rs.getString("economic_type"),
				opened == null ? null : opened.toLocalDate());
		return new VenueDetail(rs.getLong("id"), rs.getString("code"), rs.getString("status"),
				rs.getString("status_reason"), filing, rs.getString("station_name"), rs.getString("officer_name"),
				instant(rs.getTimestamp("filed_at")), instant(rs.getTimestamp("approved_at")),
				instant(rs.getTimestamp("updated_at")), rs.getBoolean("change_pending"));
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
