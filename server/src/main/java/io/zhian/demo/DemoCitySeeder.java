package io.zhian.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.common.Actor;
import io.zhian.common.CurrentActor;
import io.zhian.common.DataScope;
import io.zhian.common.ScopeKind;
import io.zhian.common.UserKind;
import io.zhian.org.Permissions;
import io.zhian.org.Unit;
import io.zhian.org.UnitLevel;
import io.zhian.org.UserAdministration;
import io.zhian.org.UserProfile;
import io.zhian.org.Units;
import io.zhian.security.Credentials;
import io.zhian.venue.StaffForm;
import io.zhian.venue.StaffRegistry;
import io.zhian.venue.VenueDetail;
import io.zhian.venue.VenueFiling;
import io.zhian.venue.VenueFilings;

/**
 * Builds the demo city on the first start of an embedded installation: 重庆市公安局, its 38 district and
 * county bureaus, their stations, two policing areas, a demo hotel with its staff, a hotel filing awaiting review,
 * and one account per role. Runs as the
 * "system" user so the audit trail shows who created it.
 */
@Component
@ConditionalOnExpression("${zhian.database.embedded:false} and ${zhian.demo:false}")
class DemoCitySeeder implements ApplicationRunner {

	static final String PASSWORD = "Zhian-demo-2026";
	static final String CITY_CODE = "500000000000";
	private static final Logger log = LoggerFactory.getLogger(DemoCitySeeder.class);
	private static final DataScope WHOLE_CITY = new DataScope(ScopeKind.CITY, null, null, null);

	private final Units units;
	private final VenueFilings filings;
	private final StaffRegistry staff;
	private final UserAdministration users;
	private final Credentials credentials;

	DemoCitySeeder(Units units, VenueFilings filings, StaffRegistry staff, UserAdministration users,
			Credentials credentials) {
		this.units = units;
		this.filings = filings;
		this.staff = staff;
		this.users = users;
		this.credentials = credentials;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (units.findByCode(CITY_CODE).isPresent()) {
			return;
		}
		CurrentActor.runAsSystem(Permissions.ALL, this::seed);
	}

	private void seed() {
		Actor system = CurrentActor.require();
		Unit city = units.createCity(WHOLE_CITY, UnitLevel.CITY, CITY_CODE, "重庆市公安局", "500000");
		Unit demoDistrict = null;
		Unit demoStation = null;
		for (String[] columns : districts()) {
			String region = columns[0];
			Unit district = units.create(WHOLE_CITY, city.id(), UnitLevel.DISTRICT, region + "000000", columns[1],
					region);
			String[] stations = columns[2].split(";");
			for (int i = 0; i < stations.length; i++) {
				Unit station = units.create(WHOLE_CITY, district.id(), UnitLevel.STATION,
						region + String.format("%02d", i + 1) + "0000", stations[i] + "派出所", region);
				if (demoStation == null && "500103".equals(region)) {
					demoDistrict = district;
					demoStation = station;
				}
			}
		}
		units.create(WHOLE_CITY, demoStation.id(), UnitLevel.AREA, demoStation.code().substring(0, 8) + "0100",
				"解放碑警务区", "500103");
		units.create(WHOLE_CITY, demoStation.id(), UnitLevel.AREA, demoStation.code().substring(0, 8) + "0200",
				"较场口警务区", "500103");

		account(system, "admin", "系统管理员", UserKind.ADMIN, null, city.id(), null, "SYSTEM_ADMIN", ScopeKind.CITY);
		account(system, "city", "陈立新", UserKind.POLICE, "010001", city.id(), null, "CITY_OFFICER", ScopeKind.CITY);
		account(system, "district", "李建华", UserKind.POLICE, "030117", demoDistrict.id(), null, "DISTRICT_OFFICER",
				ScopeKind.UNIT_TREE);
		long officer = account(system, "station", "王晓东", UserKind.POLICE, "031205", demoStation.id(), null,
				"STATION_OFFICER", ScopeKind.UNIT_TREE);

		// The first hotel code handed out for 渝中区 is H500103000001, the code the demo has always had.
		VenueDetail hotel = filings.enter(system, new VenueFiling("重庆解放碑示范大酒店", "91500103MA5U7K2Q3B",
				List.of("HOTEL"), "500103", "重庆市渝中区解放碑街道民族路 188 号", demoStation.id(), officer, "刘德明", "111",
				"500103197501016030", "13983001188", "周强", "13983001199", "173", LocalDate.of(2015, 6, 18)));
		account(system, "hotel", "张敏", UserKind.ENTERPRISE, null, null, hotel.id(), "ENTERPRISE_CLERK",
				ScopeKind.OWN_VENUE);
		staff(system, hotel.id());

		// A filing awaiting the station's review, so the review queue is not empty.
		long pending = filings.file(new VenueFiling("重庆朝天门江景宾馆", "91500103MA61NR8W5K", List.of("HOTEL"), "500103",
				"重庆市渝中区朝东路 12 号", demoStation.id(), null, "杨丽", "111", "50010419881130352X", "13709461234", "孙伟",
				"13709465678", "175", LocalDate.of(2026, 10, 8)), "hotel2");
		account(system, "hotel2", "杨丽", UserKind.ENTERPRISE, null, null, pending, "ENTERPRISE_CLERK",
				ScopeKind.OWN_VENUE);
		log.info("Demo city created: {} units, demo accounts admin/city/district/station/hotel/hotel2", units
			.list(WHOLE_CITY).size());
	}

	/** Rows of demo/chongqing-units.csv: region code, bureau name, station names separated by ';'. */
	private static List<String[]> districts() {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/chongqing-units.csv").getInputStream(), StandardCharsets.UTF_8))) {
			return lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split(","))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private long account(Actor system, String username, String name, UserKind kind, String policeNumber,
			Long unitId, Long venueId, String role, ScopeKind scope) {
		long id = users.create(system, username,
				new UserProfile(name, kind, policeNumber, unitId, venueId, List.of(role), scope)).user().id();
		credentials.setPassword(id, username, PASSWORD, false);
		return id;
	}

	/** Four staff of the demo hotel: three current (one hired at 17, so the minors list shows him), one former. */
	private void staff(Actor system, long venueId) {
		staff.register(system, venueId, new StaffForm("111", "500112198509234623", "王芳", null, null, "01", "重庆市江北区",
				"重庆市江北区观音桥街道建新北路 9 号", "重庆市渝中区中华路 66 号", "13608300111", "前台经理",
				LocalDate.of(2016, 3, 1), null, null));
		staff.register(system, venueId, new StaffForm("111", "500108199202141537", "陈刚", null, null, "01", "重庆市南岸区",
				"重庆市南岸区南坪街道江南大道 3 号", "重庆市渝中区较场口 21 号", "13983400222", "保安",
				LocalDate.of(2019, 5, 10), null, null));
		staff.register(system, venueId, new StaffForm("111", "500228199607082847", "李娟", null, null, "03", "重庆市梁平区",
				"重庆市梁平区梁山街道西大街 5 号", "重庆市渝中区大坪正街 8 号", "15123400333", "客房服务员",
				LocalDate.of(2018, 4, 1), LocalDate.of(2024, 12, 31), null));
		staff.register(system, venueId, new StaffForm("111", "500103200903152013", "赵小龙", null, null, "01", "重庆市渝中区",
				"重庆市渝中区七星岗街道中山一路 40 号", "重庆市渝中区七星岗街道中山一路 40 号", "18723400444", "行李员",
				LocalDate.of(2026, 7, 1), null, null));
	}
}
