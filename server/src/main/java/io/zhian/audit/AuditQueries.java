package io.zhian.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhian.common.PageQuery;
import io.zhian.common.Paged;

/** Reads the trail: filtered pages newest first, streamed exports, and the chain check. */
@Service
public class AuditQueries {

	static final int EXPORT_LIMIT = 100_000;

	private final JdbcClient jdbc;
	/** A template of its own with a fetch size, so exports and the chain walk stream through a cursor. */
	private final JdbcTemplate streaming;

	private final AuditSealer sealer;
	private final TransactionTemplate readOnly;

	AuditQueries(JdbcClient jdbc, DataSource dataSource, AuditSealer sealer, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(1000);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Transactional(readOnly = true)
	public Paged<AuditEvent> find(AuditFilter filter, PageQuery page) {
		Where where = Where.of(filter);
		long total = jdbc.sql("select count(*) from audit_event" + where.sql).params(where.params)
			.query(Long.class).single();
		List<Object> params = new ArrayList<>(where.params);
		params.add(page.size());
		params.add(page.offset());
		List<AuditEvent> items = jdbc
			.sql("select * from audit_event" + where.sql + " order by id desc limit ? offset ?")
			.params(params).query(AuditQueries::event).list();
		return new Paged<>(items, total);
	}

	/** Streams matching rows newest first, at most {@value #EXPORT_LIMIT}, without holding them all. */
	@Transactional(readOnly = true)
	public void export(AuditFilter filter, Consumer<AuditEvent> sink) {
		Where where = Where.of(filter);
		streaming.query("select * from audit_event" + where.sql + " order by id desc limit " + EXPORT_LIMIT,
				rs -> {
					sink.accept(event(rs, 0));
				}, where.params().toArray());
	}

	/**
	 * Seals what is waiting, then re-walks the whole chain in order and reports the first row whose links or
	 * contents do not match, or that is missing; and how many rows are not (yet) in the chain.
	 */
	public ChainVerification verify() {
		sealer.sealPending();
		return readOnly.execute(status -> {
			ChainWalk walk = new ChainWalk();
			streaming.query("""
					select s.event_id as sealed_id, s.prev_hash, s.hash, e.*
					from audit_seal s left join audit_event e on e.id = s.event_id order by s.seal_seq""", rs -> {
				rs.getLong("id");
				AuditEvent event = rs.wasNull() ? null : event(rs, 0);
				walk.accept(rs.getLong("sealed_id"), event, rs.getString("prev_hash"), rs.getString("hash"));
			});
			long unsealed = jdbc.sql("""
					select count(*) from audit_event e where not exists (select 1 from audit_seal s where s.event_id = e.id)""")
				.query(Long.class).single();
			return new ChainVerification(walk.firstBrokenId == null, walk.checked, walk.firstBrokenId, unsealed);
		});
	}

	static AuditEvent event(ResultSet rs, int row) throws SQLException {
		Timestamp occurred = rs.getTimestamp("occurred_at");
		long actorId = rs.getLong("actor_id");
		Long actor = rs.wasNull() ? null : actorId;
		return new AuditEvent(rs.getLong("id"), occurred.toInstant(), rs.getString("actor"), actor, rs.getString("unit_code"), rs.getString("source_ip"),
				rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("outcome"), rs.getString("detail"));
	}

	/**
	 * Result of {@link #verify()}: {@code unsealed} counts rows committed while the check ran, or kept out of
	 * the chain by someone who emptied the sealer's queue.
	 */
	public record ChainVerification(boolean intact, long checked, Long firstBrokenId, long unsealed) {
	}

	private static final class ChainWalk {

		private String expectedPrevious = AuditChain.GENESIS;
		private long checked;
		private Long firstBrokenId;

		/** {@code event} null: the sealed row is gone. */
		void accept(long sealedId, AuditEvent event, String storedPrevious, String storedHash) {
			if (firstBrokenId != null) {
				return;
			}
			checked++;
			boolean linked = expectedPrevious.equals(storedPrevious);
			boolean unchanged = event != null && AuditChain.hash(storedPrevious, event).equals(storedHash);
			if (!linked || !unchanged) {
				firstBrokenId = sealedId;
			}
			expectedPrevious = storedHash;
		}
	}

	private record Where(String sql, List<Object> params) {

		static Where of(AuditFilter filter) {
			List<String> clauses = new ArrayList<>();
			List<Object> params = new ArrayList<>();
			if (hasText(filter.actor())) {
				clauses.add("lower(actor) = lower(?)");
				params.add(filter.actor().trim());
			}
			if (hasText(filter.entityType())) {
				clauses.add("entity_type = ?");
				params.add(filter.entityType().trim());
			}
			if (hasText(filter.entityId())) {
				clauses.add("entity_id = ?");
				params.add(filter.entityId().trim());
			}
			if (hasText(filter.action())) {
				clauses.add("action = ?");
				params.add(filter.action().trim().toUpperCase());
			}
			if (filter.from() != null) {
				clauses.add("occurred_at >= ?");
				params.add(Timestamp.from(filter.from().toInstant()));
			}
			if (filter.to() != null) {
				clauses.add("occurred_at < ?");
				params.add(Timestamp.from(filter.to().toInstant()));
			}
			return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
		}

		private static boolean hasText(String value) {
			return value != null && !value.isBlank();
		}
	}
}
