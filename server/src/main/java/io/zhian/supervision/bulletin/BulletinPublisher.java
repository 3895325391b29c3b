package io.zhian.supervision.bulletin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/**
 * Publishes a bulletin: checks it, resolves its audience to venues within the publisher's scope and stores those
 * venues as its recipients, so that later changes to venues (a new hotel, a station boundary) do not change who
 * received it. The publishing unit is the publisher's own.
 */
@Service
class BulletinPublisher {

	private final JdbcClient jdbc;
	private final BulletinForm form;
	private final AudienceResolver audiences;
	private final AuditTrail audit;
	private final Clock clock;

	BulletinPublisher(JdbcClient jdbc, BulletinForm form, AudienceResolver audiences, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.form = form;
		this.audiences = audiences;
		this.audit = audit;
		this.clock = clock;
	}

	/** The new bulletin's id. */
	@Transactional
	long publish(Actor publisher, NewBulletin bulletin) {
		if (publisher.unitId() == null) {
			throw new ZhianException(ErrorCode.ACCESS_DENIED);
		}
		BulletinForm.Checked checked = form.check(bulletin);
		Audience audience = bulletin.audience();
		List<Long> venues = audiences.resolve(publisher.dataScope(), audience);
		String unitName = jdbc.sql("select name from org_unit where id = ?").param(publisher.unitId())
			.query(String.class).single();
		long id = jdbc.sql("""
				insert into bulletin (type, title, content, audience_trades, audience_districts, audience_stations,
				    audience_venues, file_ids, deadline, unit_id, unit_name, published_by, publisher_name, published_at)
				values (?, ?, ?, ?::varchar[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(checked.type(), checked.title(), checked.content(), audience.trades().toArray(String[]::new),
					audience.districts().toArray(Long[]::new), audience.stations().toArray(Long[]::new),
					audience.venues().toArray(Long[]::new), checked.fileIds().toArray(Long[]::new),
					checked.deadline() == null ? null : Timestamp.from(checked.deadline()), publisher.unitId(),
					unitName, publisher.userId(), publisher.displayName(), Timestamp.from(clock.instant()))
			.query(Long.class).single();
		jdbc.sql("insert into bulletin_recipient (bulletin_id, venue_id) select ?, unnest(?::bigint[])")
			.params(id, venues.toArray(Long[]::new)).update();
		audit.record(AuditRecord.success(AuditAction.CREATE, "Bulletin", id,
				checked.type() + " to " + venues.size() + " venues"));
		return id;
	}
}
