package io.zhian.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;

class AuditTrailTest extends IntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AuditTrail trail;

	@Test
	void theDatabaseRefusesToUpdateDeleteOrTruncateAuditRows() {
		api.loginDemo("city");
		assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'x' where id = (select max(id) from audit_event)"))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = (select max(id) from audit_event)"))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void verifyFindsTheFirstTamperedRowAndTheIntactChainAgainOnceRepaired() {
		Api admin = api.loginDemo("admin");
		assertThat(admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();

		long victim = jdbc.queryForObject("select min(id) + 3 from audit_event", Long.class);
		String original = jdbc.queryForObject("select detail from audit_event where id = ?", String.class, victim);
		tamper("update audit_event set detail = 'rewritten' where id = ?", victim);
		try {
			var report = admin.get("/api/v1/audit/verify").json();
			assertThat(report.path("intact").asBoolean()).isFalse();
			assertThat(report.path("firstBrokenId").asLong()).isEqualTo(victim);
		}
		finally {
			tamper("update audit_event set detail = ? where id = ?", original, victim);
		}
		var repaired = admin.get("/api/v1/audit/verify").json();
		assertThat(repaired.path("intact").asBoolean()).isTrue();
		assertThat(repaired.path("checked").asLong()).isGreaterThan(victim);
	}

	@Test
	void verifyNoticesADeletedRow() {
		Api admin = api.loginDemo("admin");
		long victim = jdbc.queryForObject("select min(id) + 5 from audit_event", Long.class);
		var row = jdbc.queryForMap("select * from audit_event where id = ?", victim);
		tamper("delete from audit_event where id = ?", victim);
		try {
			var report = admin.get("/api/v1/audit/verify").json();
			assertThat(report.path("intact").asBoolean()).isFalse();
			assertThat(report.path("firstBrokenId").asLong()).as("the missing row").isEqualTo(victim);
		}
		finally {
			tamper("""
					insert into audit_event (id, occurred_at, actor, actor_id, unit_code, source_ip, action, entity_type,
					  entity_id, outcome, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					row.get("id"), row.get("occurred_at"), row.get("actor"), row.get("actor_id"), row.get("unit_code"),
					row.get("source_ip"), row.get("action"), row.get("entity_type"), row.get("entity_id"),
					row.get("outcome"), row.get("detail"));
		}
		assertThat(admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
	}

	/** Appends take no lock; the sealer still makes one unbroken chain of rows committed in any order. */
	@Test
	void concurrentAppendsAllEndUpInOneIntactChain() throws Exception {
		Api admin = api.loginDemo("admin");
		long before = admin.get("/api/v1/audit/verify").json().path("checked").asLong();
		ExecutorService writers = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Object>> work = new ArrayList<>();
			for (int w = 0; w < 8; w++) {
				int writer = w;
				work.add(() -> {
					for (int i = 0; i < 25; i++) {
						int n = i;
						transaction.executeWithoutResult(status -> trail.recordAs("chain-writer-" + writer, null, null,
								AuditRecord.success(AuditAction.CREATE, "ChainTest", (long) n, "append " + n)));
					}
					return null;
				});
			}
			for (Future<Object> done : writers.invokeAll(work)) {
				done.get();
			}
		}
		finally {
			writers.shutdown();
		}
		var report = admin.get("/api/v1/audit/verify").json();
		assertThat(report.path("intact").asBoolean()).isTrue();
		assertThat(report.path("checked").asLong()).as("the 200 appends and the first check's own row")
			.isGreaterThanOrEqualTo(before + 201);
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event e join audit_seal s on s.event_id = e.id
				where e.entity_type = 'ChainTest'""", Long.class)).isEqualTo(200);
		assertThatThrownBy(() -> jdbc.update("delete from audit_seal where seal_seq = (select max(seal_seq) from audit_seal)"))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void queriesByActorEntityAndTime() {
		Api admin = api.loginDemo("admin");
		Api station = api.loginDemo("station");
		station.get("/api/v1/me");
		OffsetDateTime from = OffsetDateTime.now().minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);

		var byActor = admin.get("/api/v1/audit?actor=station&action=LOGIN").json();
		assertThat(byActor.path("total").asLong()).isGreaterThanOrEqualTo(1);
		byActor.path("items").forEach(row -> assertThat(row.path("actor").asString()).isEqualTo("station"));

		// Other tests create and search venues too, so ask for the demo hotel's creation by its id.
		long hotel = api.loginDemo("hotel").get("/api/v1/me").json().path("venue").path("id").asLong();
		var byEntity = admin.get("/api/v1/audit?entityType=Venue&action=CREATE&entityId=" + hotel).json();
		assertThat(byEntity.path("items").get(0).path("detail").asString()).contains("重庆解放碑示范大酒店");

		String window = "&from=" + encode(from.toString()) + "&to=" + encode(from.plusMinutes(10).toString());
		var inWindow = admin.get("/api/v1/audit?actor=station" + window).json();
		assertThat(inWindow.path("total").asLong()).isGreaterThanOrEqualTo(1);
		var before = admin.get("/api/v1/audit?actor=station&to=" + encode(from.minusYears(1).toString())).json();
		assertThat(before.path("total").asLong()).isZero();

		assertThat(admin.get("/api/v1/audit?from=" + encode(from.toString()) + "&to="
				+ encode(from.minusDays(1).toString())).code()).isEqualTo("ZA-3001");
	}

	@Test
	void exportsCsvForExcelAndAuditsTheExport() {
		Api admin = api.loginDemo("admin");
		Api.Response csv = admin.get("/api/v1/audit/export?actor=admin&action=LOGIN");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFFid,time,actor,unit,source_ip,action");
		assertThat(csv.body().lines().skip(1)).allMatch(line -> line.contains(",admin,") && line.contains(",LOGIN,"));
		var exports = admin.get("/api/v1/audit?actor=admin&action=EXPORT").json();
		assertThat(exports.path("items").get(0).path("detail").asString()).contains("actor=admin");
	}

	@Test
	void onlyAuditorsMayReadTheTrail() {
		assertThat(api.loginDemo("city").get("/api/v1/audit").code()).isEqualTo("ZA-0102");
		assertThat(api.loginDemo("hotel").get("/api/v1/audit/verify").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/audit").status()).isEqualTo(401);
	}

	/** Lifts the append-only protection for one statement, as an attacker with database access could. */
	private void tamper(String sql, Object... args) {
		transaction.executeWithoutResult(status -> {
			jdbc.execute("alter table audit_event disable trigger audit_event_no_update_delete");
			jdbc.update(sql, args);
			jdbc.execute("alter table audit_event enable trigger audit_event_no_update_delete");
		});
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
