package io.zhian.watch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this node's {@link WatchIndex} in step with the database. At start it loads every active entry; then it
 * catches up every {@code zhian.watch.poll-interval} (and at once after this node's own changes commit) with
 * exactly the rows written since the last catch-up.
 * <p>
 * Every write stamps {@code changed_xid} with its transaction id. A catch-up first takes the oldest transaction
 * still running ({@code pg_snapshot_xmin}), then reads the rows stamped at or after the previous catch-up's
 * value: a transaction that commits late has an id at or above that value, so it is read by the next catch-up
 * even though it began long before, which a plain "greater than the last id seen" would miss. Reading a row
 * twice is harmless (put replaces). Several nodes each do this on their own; nothing is broadcast.
 */
@Component
class WatchIndexSync implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(WatchIndexSync.class);
	private static final String SNAPSHOT_XMIN = "select pg_snapshot_xmin(pg_current_snapshot())::text";

	private final WatchIndex index = new WatchIndex();
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final WatchCategories categories;
	private final CountDownLatch loaded = new CountDownLatch(1);
	private String lastXmin;

	WatchIndexSync(JdbcClient jdbc, TransactionTemplate transaction, WatchCategories categories) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.categories = categories;
	}

	WatchIndex index() {
		return index;
	}

	@Override
	public void afterSingletonsInstantiated() {
		catchUp();
		loaded.countDown();
		log.info("Watch index loaded: {} keys", index.size());
	}

	/** Blocks a comparison that arrives while the index is still loading at start. */
	void awaitLoaded() {
		try {
			if (!loaded.await(10, TimeUnit.MINUTES)) {
				throw new IllegalStateException("watch index not loaded");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	@Scheduled(fixedDelayString = "${zhian.watch.poll-interval:2s}", initialDelayString = "${zhian.watch.poll-interval:2s}")
	void poll() {
		try {
			catchUp();
		}
		catch (RuntimeException e) {
			log.warn("Watch index catch-up failed; retrying at the next poll", e);
		}
	}

	/** Catches up as soon as the current transaction has committed (or at once outside one). */
	void refreshAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			catchUp();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				catchUp();
			}
		});
	}

	/** Applies what changed since the previous catch-up; the first call loads everything. */
	synchronized void catchUp() {
		transaction.executeWithoutResult(status -> {
			String xmin = jdbc.sql(SNAPSHOT_XMIN).query(String.class).single();
			String since = lastXmin == null ? "0" : lastXmin;
			jdbc.sql("select * from watch_entry where list_version_id is null and changed_xid >= ?::xid8")
				.param(since)
				.query((ResultSet rs) -> {
					long id = rs.getLong("id");
					if ("ACTIVE".equals(rs.getString("status"))) {
						index.put(hit(rs), target(rs).keys());
					}
					else {
						index.remove(id);
					}
				});
			List<long[]> lists = jdbc.sql("""
					select id, coalesce(active_version_id, 0) from watch_list where changed_xid >= ?::xid8""")
				.param(since).query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
			for (long[] list : lists) {
				Long held = index.listVersion(list[0]);
				if (list[1] == 0) {
					index.dropList(list[0]);
				}
				else if (held == null || held != list[1]) {
					index.replaceList(list[0], loadVersion(list[1]));
				}
			}
			lastXmin = xmin;
		});
	}

	private WatchIndex.ListKeys loadVersion(long versionId) {
		int count = jdbc.sql("select entry_count from watch_list_version where id = ?").param(versionId)
			.query(Integer.class).single();
		WatchIndex.ListBuilder builder = new WatchIndex.ListBuilder(versionId, count);
		jdbc.sql("select * from watch_entry where list_version_id = ? and status = 'ACTIVE'")
			.withFetchSize(10_000)
			.param(versionId)
			.query((ResultSet rs) -> builder.add(hit(rs), target(rs).keys()));
		log.info("Watch list version {} loaded ({} entries)", versionId, count);
		return builder.build();
	}

	WatchHit hit(ResultSet rs) throws SQLException {
		Timestamp validTo = rs.getTimestamp("valid_to");
		Target target = target(rs);
		String category = rs.getString("category");
		return new WatchHit(rs.getLong("id"), target.type(), category, categories.level(category),
				rs.getLong("owning_unit_id"), validTo == null ? Long.MAX_VALUE : validTo.getTime(), target.label());
	}

	static Target target(ResultSet rs) throws SQLException {
		java.sql.Date birth = rs.getDate("birth_date");
		return new Target(TargetType.valueOf(rs.getString("target_type")), rs.getString("document_type"),
				rs.getString("document_number"), rs.getString("name"), birth == null ? null : birth.toLocalDate(),
				rs.getString("plate"), rs.getString("vin"), rs.getString("imei"), rs.getString("serial_number"),
				rs.getString("item_category"), rs.getString("description"), rs.getString("phone"));
	}
}
