package io.zhian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import io.zhian.common.Actor;
import io.zhian.common.CurrentActor;
import io.zhian.common.ScopeKind;
import io.zhian.common.UserKind;
import io.zhian.org.Permissions;
import io.zhian.org.Unit;
import io.zhian.org.UserAccount;
import io.zhian.org.UserAdministration;
import io.zhian.org.UserDirectory;
import io.zhian.org.UserProfile;
import io.zhian.org.Units;
import io.zhian.record.RecordIntake;
import io.zhian.record.RecordSource;
import io.zhian.record.RecordSubmission;
import io.zhian.security.Credentials;
import io.zhian.venue.VenueDetail;
import io.zhian.venue.VenueFiling;
import io.zhian.venue.VenueFilings;
import tools.jackson.databind.json.JsonMapper;

/**
 * A venue and a clerk for each record trade in the demo station's jurisdiction (the pawnshop of user
 * {@code pawn}, the repair shop of {@code repair}…), with a few records each entered through the same intake as
 * the entry form, as their clerk. Read from {@code demo/trade-venues.yaml}; runs once, after the demo city.
 */
@Component
@ConditionalOnExpression("${zhian.database.embedded:false} and ${zhian.demo:false} and ${zhian.demo-trades:true}")
class DemoTradesSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoTradesSeeder.class);
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	/** The demo station, 解放碑派出所 of 渝中区, as DemoCitySeeder numbers it. */
	private static final String STATION_CODE = "500103010000";

	private final Units units;
	private final UserDirectory directory;
	private final UserAdministration users;
	private final Credentials credentials;
	private final VenueFilings filings;
	private final RecordIntake intake;
	private final JsonMapper json;
	private final Clock clock;

	DemoTradesSeeder(Units units, UserDirectory directory, UserAdministration users, Credentials credentials,
			VenueFilings filings, RecordIntake intake, JsonMapper json, Clock clock) {
		this.units = units;
		this.directory = directory;
		this.users = users;
		this.credentials = credentials;
		this.filings = filings;
		this.intake = intake;
		this.json = json;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@SuppressWarnings("unchecked")
	void seed() {
		Unit station = units.findByCode(STATION_CODE).orElse(null);
		if (station == null || directory.findByUsername("pawn").isPresent()) {
			return;
		}
		Map<String, Object> demo = read();
		CurrentActor.runAsSystem(Permissions.ALL, () -> {
			long officer = directory.findByUsername("station").map(UserAccount::id).orElseThrow();
			for (Object venue : (List<Object>) demo.get("venues")) {
				venue(CurrentActor.require(), station, officer, (Map<String, Object>) venue);
			}
		});
		int stored = 0;
		for (Object record : (List<Object>) demo.get("records")) {
			stored += record((Map<String, Object>) record);
		}
		log.info("Demo trades entered: {} venues, {} records", ((List<Object>) demo.get("venues")).size(), stored);
	}

	private void venue(Actor system, Unit station, long officer, Map<String, Object> v) {
		VenueDetail venue = filings.enter(system, new VenueFiling(text(v, "name"), text(v, "licence"),
				List.of(text(v, "trade")), station.regionCode(), text(v, "address"), station.id(), officer,
				text(v, "legalRep"), "111", text(v, "legalRepNumber"), text(v, "phone"), text(v, "legalRep"),
				text(v, "phone"), "173", LocalDate.of(2020, 5, 1)));
		String username = text(v, "username");
		long id = users.create(system, username, new UserProfile(text(v, "clerk"), UserKind.ENTERPRISE, null, null,
				venue.id(), List.of("ENTERPRISE_CLERK"), ScopeKind.OWN_VENUE)).user().id();
		credentials.setPassword(id, username, DemoCitySeeder.PASSWORD, false);
	}

	/** One record, as its venue's clerk, dated {@code hoursAgo} before now. */
	@SuppressWarnings("unchecked")
	private int record(Map<String, Object> entry) {
		Actor clerk = directory.findByUsername(text(entry, "user")).map(directory::actorOf).orElseThrow();
		Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) entry.get("record"));
		OffsetDateTime at = OffsetDateTime.now(clock.withZone(CHINA))
			.minusHours(((Number) entry.get("hoursAgo")).longValue());
		body.put("occurredAt", at.toString());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(clerk, null, List.of()));
		try {
			intake.submit(clerk, json.convertValue(body, RecordSubmission.class), RecordSource.PORTAL);
			return 1;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static Map<String, Object> read() {
		try (InputStream in = new ClassPathResource("demo/trade-venues.yaml").getInputStream()) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value == null ? null : value.toString();
	}
}
