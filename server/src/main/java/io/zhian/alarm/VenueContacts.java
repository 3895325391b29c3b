package io.zhian.alarm;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the officer must go and whom to call: the alarm's venue's address, legal representative and security
 * officer with their phones, as filed. Read in SQL like the venue names of {@link AlarmQueries}.
 */
@Component
class VenueContacts {

	/** The contacts card of the alarm detail page. */
	record Contacts(String address, String stationName, String legalRepName, String legalRepPhone,
			String securityOfficerName, String securityOfficerPhone) {
	}

	private final JdbcClient jdbc;

	VenueContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Contacts> of(long venueId) {
		return jdbc.sql("""
				select v.address, s.name as station_name, v.legal_rep_name, v.legal_rep_phone, v.security_officer_name,
				       v.security_officer_phone
				from venue v join org_unit s on s.id = v.station_unit_id where v.id = ?""")
			.param(venueId)
			.query((rs, row) -> new Contacts(rs.getString("address"), rs.getString("station_name"),
					rs.getString("legal_rep_name"), rs.getString("legal_rep_phone"),
					rs.getString("security_officer_name"), rs.getString("security_officer_phone")))
			.optional();
	}
}
