package io.zhian.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the monthly partitions of the record tables as months are first used. Months are cut in China time,
 * so a month's records (and a month's statistics) sit in one partition. Creation runs in its own short
 * transaction, under an advisory lock so that nodes racing for a new month do not collide.
 */
@Component
class RecordPartitions {

	static final List<String> TABLES = List.of("record", "record_party", "record_vehicle", "record_item");
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final long LOCK = 0x5245434f52440001L;

	private final JdbcClient jdbc;
	private final TransactionTemplate separate;
	private final Set<YearMonth> ready = ConcurrentHashMap.newKeySet();

	RecordPartitions(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void ensure(OffsetDateTime at) {
		YearMonth month = YearMonth.from(at.atZoneSameInstant(CHINA));
		if (ready.contains(month)) {
			return;
		}
		separate.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
			LocalDate first = month.atDay(1);
			String from = first.atStartOfDay(CHINA).toOffsetDateTime().toString();
			String to = first.plusMonths(1).atStartOfDay(CHINA).toOffsetDateTime().toString();
			for (String table : TABLES) {
				jdbc.sql("create table if not exists %s_%04d_%02d partition of %s for values from ('%s') to ('%s')"
					.formatted(table, month.getYear(), month.getMonthValue(), table, from, to)).update();
			}
		});
		ready.add(month);
	}
}
