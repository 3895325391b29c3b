package io.zhian.venue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.DataScope;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.SqlCondition;

/**
 * Looks venues up as the rest of Zhian refers to them (record intake checks {@link Venue#status()}), and enters
 * venues with a known code (imports). Every list is cut to the caller's data scope. Filing and review are in
 * {@link VenueFilings}.
 */
@Service
public class Venues {

	private static final String SELECT = """
			select v.*, u.name as station_name from venue v join org_unit u on u.id = v.station_unit_id""";

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final VenueCodes codes;

	Venues(JdbcClient jdbc, AuditTrail audit, VenueCodes codes) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.codes = codes;
	}

	@Transactional(readOnly = true)
	public Optional<Venue> find(long id) {
		return jdbc.sql(SELECT + " where v.id = ?").param(id).query(Venues::venue).optional();
	}

	@Transactional(readOnly = true)
	public Paged<Venue> list(DataScope scope, String text, PageQuery page) {
		return list(scope, new VenueQuery(text, null, null, null), page);
	}

	/** Venues within the scope that match every given filter, ordered by code (filings without one last). */
	@Transactional(readOnly = true)
	public Paged<Venue> list(DataScope scope, VenueQuery query, PageQuery page) {
		SqlCondition visible = scope.venues("v.id", "v.station_unit_id");
		List<Object> params = new ArrayList<>(visible.params());
		String where = " where " + visible.sql();
		if (query.text() != null && !query.text().isBlank()) {
			where += " and (v.name like ? or v.code like ? or v.address like ?)";
			String like = "%" + query.text().trim() + "%";
			params.add(like);
			params.add(like);
			params.add(like);
		}
		if (query.status() != null) {
			where += " and v.status = ?";
			params.add(query.status());
		}
		if (query.trade() != null) {
			where += " and ? = any(v.trades)";
			params.add(query.trade());
		}
		if (query.unitId() != null) {
			SqlCondition within = Jurisdiction.within("v.station_unit_id", query.unitId());
			where += " and " + within.sql();
			params.addAll(within.params());
		}
		long total = jdbc.sql("select count(*) from venue v" + where).params(params).query(Long.class).single();
		params.add(page.size());
		params.add(page.offset());
		List<Venue> items = jdbc.sql(SELECT + where + " order by v.code nulls last, v.id limit ? offset ?")
			.params(params).query(Venues::venue).list();
		return new Paged<>(items, total);
	}

	@Transactional
	public Venue register(NewVenue venue) {
		long id = jdbc.sql("""
				insert into venue (code, name, trades, station_unit_id, region_code, address)
				values (?, ?, ?::varchar[], ?, ?, ?) returning id""")
			.params(venue.code(), venue.name(), "{" + String.join(",", venue.trades()) + "}", venue.stationUnitId(),
					venue.regionCode(), venue.address())
			.query(Long.class).single();
		codes.reserve(venue.code());
		audit.record(AuditRecord.success(AuditAction.CREATE, "Venue", id, venue.code() + " " + venue.name()));
		return find(id).orElseThrow();
	}

	private static Venue venue(ResultSet rs, int row) throws SQLException {
		Array trades = rs.getArray("trades");
		return new Venue(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				Arrays.asList((String[]) trades.getArray()), rs.getLong("station_unit_id"), rs.getString("station_name"),
				rs.getString("region_code"), rs.getString("address"), rs.getString("status"));
	}
}
