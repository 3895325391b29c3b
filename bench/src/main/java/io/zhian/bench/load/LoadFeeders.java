package io.zhian.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the mixed load (bench/gatling) feeds its virtual users, written beside the served data: {@code clerks.json}
 * (a clerk account for each of the first hotels, made here if missing), {@code officers.json} (the demo
 * officers) and {@code persons.json} (guests of the
 * last 30 days sampled from the data, as the police search them and as a front desk registers them again).
 */
public final class LoadFeeders {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LoadFeeders() {
	}

	public static void write(ApplicationContext context, Path directory, int clerks, Consumer<String> log)
			throws IOException {
		JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
		List<Map<String, Object>> venues = jdbc.sql("""
				select id, code from venue where status = 'ACTIVE' and licence_number is not null
				and 'HOTEL' = any (trades) order by id limit ?""").param(clerks).query().listOfRows();
		List<Map<String, Object>> accounts = new ArrayList<>();
		for (Map<String, Object> venue : venues) {
			String username = "bench-clerk-" + venue.get("code").toString().toLowerCase();
			boolean exists = jdbc.sql("select count(*) from org_user where username = ?").param(username)
				.query(Long.class).single() > 0;
			if (!exists) {
				VenueKeys.createClerk(context, ((Number) venue.get("id")).longValue(), venue.get("code").toString(),
						username);
			}
			accounts.add(Map.of("username", username, "password", VenueKeys.PASSWORD));
		}
		List<Map<String, Object>> persons = new ArrayList<>();
		jdbc.sql("""
				select document_number, name, sex, birth_date, region_code, address, ethnicity, phone from record_party
				tablesample system (5) repeatable (3)
				where document_type = '111' and occurred_at >= now() - interval '30 days' limit 2000""")
			.query((java.sql.ResultSet rs) -> {
				Map<String, Object> p = new LinkedHashMap<>();
				p.put("documentNumber", rs.getString(1));
				p.put("name", rs.getString(2));
				p.put("sex", rs.getString(3));
				p.put("birthDate", rs.getString(4));
				p.put("birthFrom", rs.getDate(4).toLocalDate().minusYears(2).toString());
				p.put("birthTo", rs.getDate(4).toLocalDate().plusYears(2).toString());
				p.put("province", rs.getString(5).substring(0, 2));
				p.put("address", rs.getString(6) == null ? "重庆市渝中区民生路 12 号" : rs.getString(6));
				p.put("ethnicity", rs.getString(7) == null ? "01" : rs.getString(7));
				p.put("phone", rs.getString(8) == null ? "13983001188" : rs.getString(8));
				persons.add(p);
			});
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("clerks.json"), JSON.writeValueAsString(accounts));
		Files.writeString(directory.resolve("persons.json"), JSON.writeValueAsString(persons));
		// The demo city's officers at the three levels, whose scopes differ (city, district, station).
		Files.writeString(directory.resolve("officers.json"), JSON.writeValueAsString(List.of("city", "district",
				"station").stream().map(u -> Map.of("username", u, "password", "Zhian-demo-2026")).toList()));
		log.accept("Feeders: %d clerks, %d persons in %s".formatted(accounts.size(), persons.size(), directory));
	}
}
