package io.zhian.supervision.bulletin;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
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
import io.zhian.org.UserDirectory;

/**
 * Two bulletins from the demo station's officer ({@code station}) to the hotels of the station, so the demo
 * hotel's portal has something to acknowledge on the first start: an assistance bulletin with a deadline and a
 * notice. Published once, through the same publisher as the page, when the demo city exists and no bulletin does.
 */
@Component
@ConditionalOnExpression("${zhian.database.embedded:false} and ${zhian.demo:false} and ${zhian.demo-bulletins:true}")
class DemoBulletins {

	private static final Logger log = LoggerFactory.getLogger(DemoBulletins.class);

	private final JdbcClient jdbc;
	private final UserDirectory users;
	private final BulletinPublisher publisher;
	private final Clock clock;

	DemoBulletins(JdbcClient jdbc, UserDirectory users, BulletinPublisher publisher, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.publisher = publisher;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		Actor officer = users.findByUsername("station").map(users::actorOf).orElse(null);
		if (officer == null || jdbc.sql("select exists (select 1 from bulletin)").query(Boolean.class).single()) {
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null, List.of()));
		try {
			Audience hotels = new Audience(List.of("HOTEL"), null, List.of(officer.unitId()), null);
			publisher.publish(officer, new NewBulletin("ASSIST", "关于协助查找一名走失老人的协查通报", """
					辖区居民刘某某，男，78岁，身高约165厘米，上身穿灰色夹克，患有阿尔茨海默症，于本月在解放碑附近走失。
					请各旅馆留意入住及来访人员，如发现相关线索，请立即与解放碑派出所联系并在本系统回复。""", hotels,
					clock.instant().plus(Duration.ofDays(3)).atOffset(ZoneOffset.ofHours(8)), null));
			publisher.publish(officer, new NewBulletin("NOTICE", "关于做好冬季消防安全检查的通知", """
					请各单位于本月底前完成消防设施自查，确保疏散通道畅通、灭火器材完好有效，并如实登记住宿旅客信息。
					派出所将随机抽查，检查结果纳入年度治安等级评定。""", hotels, null, null));
			log.info("Demo bulletins published to the hotels of the demo station");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
