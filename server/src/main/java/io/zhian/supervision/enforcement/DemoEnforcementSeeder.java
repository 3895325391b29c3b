package io.zhian.supervision.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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
import io.zhian.org.UserAccount;
import io.zhian.org.UserDirectory;

/**
 * Two penalties and a case at the demo hotel, entered once by the demo station officer through the same
 * services as the pages, so the penalty and case pages and the statistics are not empty on a first start.
 * Here rather than in the demo module because these services are internal to the supervision module.
 */
@Component
@ConditionalOnExpression("${zhian.database.embedded:false} and ${zhian.demo:false}")
class DemoEnforcementSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoEnforcementSeeder.class);

	private final UserDirectory directory;
	private final Penalties penalties;
	private final Cases cases;
	private final JdbcClient jdbc;
	private final Clock clock;

	DemoEnforcementSeeder(UserDirectory directory, Penalties penalties, Cases cases, JdbcClient jdbc, Clock clock) {
		this.directory = directory;
		this.penalties = penalties;
		this.cases = cases;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		Long hotel = directory.findByUsername("hotel").map(UserAccount::venueId).orElse(null);
		UserAccount officer = directory.findByUsername("station").orElse(null);
		boolean seeded = jdbc.sql("select exists (select 1 from penalty_decision) or exists (select 1 from case_report)")
			.query(Boolean.class).single();
		if (hotel == null || officer == null || seeded) {
			return;
		}
		Actor actor = directory.actorOf(officer);
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
		try {
			penalties.add(actor, new PenaltyForm(PenaltySubject.VENUE, hotel, null, null, null, "FINE",
					"《旅馆业治安管理办法》第十五条", "未按规定登记住宿旅客信息，经查实 3 人次", today.minusDays(20),
					"渝公解(治)行罚决字〔" + today.getYear() + "〕001号", new BigDecimal("2000"), null));
			penalties.add(actor, new PenaltyForm(PenaltySubject.VENUE, hotel, null, null, null, "WARNING",
					"《中华人民共和国治安管理处罚法》", "消防通道堆放杂物，经指出后未及时整改", today.minusDays(45),
					"渝公解(治)行罚决字〔" + today.getYear() + "〕002号", null, null));
			cases.add(actor, new CaseForm(hotel, null, "HOTEL_REGISTRATION", today.minusDays(21),
					"前台对同住人员未逐一登记身份信息，群众举报后核实", true, null));
			log.info("Demo penalties and a case entered at the demo hotel");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
