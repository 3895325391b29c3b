package io.zhian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.zhian.common.Actor;
import io.zhian.org.UserDirectory;
import io.zhian.record.RecordChanges;
import io.zhian.record.RecordIntake;
import io.zhian.record.RecordSource;
import io.zhian.record.RecordSubmission;
import io.zhian.record.RecordSubmission.PartySubmission;
import io.zhian.reference.IdNumbers;

/**
 * A week of stays at the demo hotel, entered once after the demo city exists, through the same intake as the
 * front desk: guests in the house and guests gone, a tour group, a foreign visitor. Gives the police console
 * and the in-house list something to show on the first start. {@code zhian.demo-stays=false} leaves them out.
 */
@Component
@ConditionalOnExpression("${zhian.database.embedded:false} and ${zhian.demo:false} and ${zhian.demo-stays:true}")
class DemoStaysSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoStaysSeeder.class);
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "曾", "覃", "单" };
	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
			"娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "文", "晓东", "海燕", "志强", "思远" };
	private static final String[] REGIONS = { "500103", "500104", "500105", "500106", "500112", "510104", "510107",
			"420106", "430102", "440305", "110105", "310115", "530102", "520102", "610113" };

	private final JdbcClient jdbc;
	private final UserDirectory users;
	private final RecordIntake intake;
	private final RecordChanges changes;
	private final Clock clock;

	DemoStaysSeeder(JdbcClient jdbc, UserDirectory users, RecordIntake intake, RecordChanges changes, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.intake = intake;
		this.changes = changes;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		Actor clerk = users.findByUsername("hotel").map(users::actorOf).orElse(null);
		// Its own venue's records only: the other demo trades enter theirs at the same time.
		if (clerk == null || jdbc.sql("select exists (select 1 from record_key where venue_id = ?)")
			.param(clerk.venueId()).query(Boolean.class).single()) {
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(clerk, null, List.of()));
		try {
			int stored = enter(clerk);
			log.info("Demo stays entered: {} check-ins at the demo hotel", stored);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private int enter(Actor clerk) {
		Random random = new Random(2026);
		OffsetDateTime now = OffsetDateTime.now(clock.withZone(CHINA));
		int count = 0;
		for (int i = 0; i < 36; i++) {
			OffsetDateTime at = now.minusHours(2 + i * 4L + random.nextInt(3));
			String room = String.format("%02d%02d", 3 + random.nextInt(12), 1 + random.nextInt(20));
			List<PartySubmission> guests = new ArrayList<>();
			guests.add(domestic(random, i));
			if (i % 5 == 0) {
				guests.add(domestic(random, 100 + i));
			}
			Map<String, Object> attributes = new HashMap<>(Map.of("room", room));
			count += store(clerk, "DEMO-" + i, at, attributes, guests, at.isBefore(now.minusDays(2)));
		}
		// A tour group of three rooms, checked in together this afternoon.
		for (int room = 0; room < 3; room++) {
			Map<String, Object> attributes = Map.of("room", "08" + (10 + room), "groupId", "TG-20261122-01",
					"groupName", "山城红色旅游团");
			count += store(clerk, "DEMO-GROUP-" + room, now.minusHours(3), attributes,
					List.of(domestic(new Random(room), 200 + room)), false);
		}
		PartySubmission visitor = new PartySubmission("GUEST", "414", "E48213376", "MILLER ANNA", "Miller", "Anna",
				"2", "1991-04-18", null, "DEU", null, null, null, null, null,
				Map.of("stayUntil", now.toLocalDate().plusDays(20).toString(), "entryPort", "CNCKG", "entryDate",
						now.toLocalDate().minusDays(2).toString(), "receivingUnit", "重庆解放碑示范大酒店",
						"overseasAddress", "Hauptstraße 5, 10115 Berlin"));
		count += store(clerk, "DEMO-FOREIGN-1", now.minusHours(20), Map.of("room", "1502"), List.of(visitor), false);
		return count;
	}

	private int store(Actor clerk, String reference, OffsetDateTime at, Map<String, Object> attributes,
			List<PartySubmission> guests, boolean checkedOut) {
		RecordSubmission record = new RecordSubmission("HOTEL", "CHECK_IN", reference, at.toString(), null,
				attributes, guests, null, null);
		RecordIntake.Result result = intake.submit(clerk, record, RecordSource.PORTAL);
		if (checkedOut) {
			changes.end(clerk, result.id(), at.plusHours(20).toString());
		}
		return 1;
	}

	private static PartySubmission domestic(Random random, int sequence) {
		String region = REGIONS[random.nextInt(REGIONS.length)];
		LocalDate born = LocalDate.of(1955 + random.nextInt(48), 1 + random.nextInt(12), 1 + random.nextInt(28));
		String number = IdNumbers.withCheckCharacter(
				region + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", 100 + sequence % 900));
		String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
		return new PartySubmission("GUEST", "111", number, name, null, null, null, null, "01", null, null,
				"重庆市渝中区解放碑街道民权路 " + (1 + random.nextInt(99)) + " 号", null, null, null, Map.of());
	}
}
