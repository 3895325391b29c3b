package io.zhian.watch;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.CurrentActor;
import io.zhian.common.DaemonThreads;
import io.zhian.common.ErrorCode;
import io.zhian.common.Problems;

/**
 * Works through uploaded lists in the background, one at a time: each row is checked like an entry typed in
 * the console; good rows go into the new (still inactive) list version by {@code COPY} in batches, refused rows
 * into the error report, and the counts after each batch show progress. When the file is done, one
 * transaction makes the new version the list's active one and retires the old, so comparison switches from
 * one whole version to the other. An import cut off by a stop is started again from its first row.
 */
@Component
class ImportWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final int BATCH = 5_000;
	private static final String COPY = """
			copy watch_entry (list_version_id, target_type, document_type, document_number, name, birth_date, plate,
			    vin, imei, serial_number, item_category, description, phone, category, reason, source, owning_unit_id,
			    city_wide, status, valid_from, valid_to, created_at, created_by, created_by_name)
			from stdin with (format csv)""";

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final TransactionTemplate transaction;
	private final TargetChecker checker;
	private final WatchCategories categories;
	private final Problems problems;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final WatchIndexSync sync;
	private final Clock clock;
	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(DaemonThreads.named("watch-import"));

	ImportWorker(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transaction, TargetChecker checker,
			WatchCategories categories, Problems problems, AuditTrail audit, ApplicationEventPublisher events,
			WatchIndexSync sync, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transaction = transaction;
		this.checker = checker;
		this.categories = categories;
		this.problems = problems;
		this.audit = audit;
		this.events = events;
		this.sync = sync;
		this.clock = clock;
	}

	/** An import as the worker needs it. */
	private record Job(long id, long listId, long versionId, String fileName, Path file, String category,
			long owningUnitId, long createdBy) {
	}

	/** Imports cut off by a stop start again from the beginning. */
	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		transaction.executeWithoutResult(status -> {
			List<Long> cut = jdbc.sql("select version_id from watch_import where status = 'RUNNING' for update")
				.query(Long.class).list();
			for (long version : cut) {
				jdbc.sql("delete from watch_entry where list_version_id = ?").param(version).update();
				jdbc.sql("delete from watch_import_error where import_id in (select id from watch_import where version_id = ?)")
					.param(version).update();
			}
			jdbc.sql("""
					update watch_import set status = 'RECEIVED', rows_read = 0, rows_loaded = 0, rows_refused = 0
					where status = 'RUNNING'""").update();
		});
		kick();
	}

	void kick() {
		executor.submit(this::drain);
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

	private void drain() {
		Optional<Job> job;
		while ((job = claim()).isPresent()) {
			Job current = job.get();
			try {
				CurrentActor.runAsSystem(Set.of(), () -> run(current));
			}
			catch (RuntimeException e) {
				log.error("Import {} failed", current.id(), e);
				fail(current, e.getMessage());
			}
		}
	}

	private Optional<Job> claim() {
		return transaction.execute(status -> jdbc.sql("""
				update watch_import i set status = 'RUNNING' from watch_list l
				where i.id = (select id from watch_import where status = 'RECEIVED' order by id limit 1
				    for update skip locked) and l.id = i.list_id
				returning i.id, i.list_id, i.version_id, i.file_name, i.file_path, l.category, l.owning_unit_id,
				    i.created_by""")
			.query((rs, row) -> new Job(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					Path.of(rs.getString(5)), rs.getString(6), rs.getLong(7), rs.getLong(8)))
			.optional());
	}

	private void run(Job job) {
		Batch batch = new Batch(job);
		try {
			ListRows.read(job.file(), job.fileName(), row -> {
				if (batch.columns == null) {
					batch.columns = new ListColumns(row.cells());
					if (!batch.columns.recognised()) {
						throw new HeaderUnknown();
					}
					return;
				}
				batch.add(row);
				if (batch.size() >= BATCH) {
					batch.flush();
				}
			});
			batch.flush();
		}
		catch (HeaderUnknown e) {
			fail(job, problems.detail(ErrorCode.WATCH_IMPORT_HEADER, Locale.SIMPLIFIED_CHINESE,
					String.join(", ", ListColumns.FIELDS)));
			return;
		}
		catch (IOException e) {
			fail(job, e.getMessage());
			return;
		}
		if (batch.columns == null) {
			fail(job, problems.detail(ErrorCode.WATCH_IMPORT_HEADER, Locale.SIMPLIFIED_CHINESE,
					String.join(", ", ListColumns.FIELDS)));
			return;
		}
		activate(job, batch.loaded);
	}

	/** One transaction switches the list to the new version. */
	private void activate(Job job, int loaded) {
		transaction.executeWithoutResult(status -> {
			OffsetDateTime now = OffsetDateTime.now(clock.withZone(CHINA));
			Long old = jdbc.sql("select active_version_id from watch_list where id = ? for update").param(job.listId())
				.query((rs, row) -> rs.getObject(1, Long.class)).list().get(0);
			if (old != null) {
				jdbc.sql("update watch_list_version set status = 'REPLACED' where id = ?").param(old).update();
			}
			jdbc.sql("update watch_list_version set status = 'ACTIVE', entry_count = ?, activated_at = ? where id = ?")
				.params(loaded, now, job.versionId()).update();
			jdbc.sql("update watch_list set active_version_id = ?, changed_xid = pg_current_xact_id() where id = ?")
				.params(job.versionId(), job.listId()).update();
			jdbc.sql("update watch_import set status = 'DONE', finished_at = ? where id = ?").params(now, job.id())
				.update();
			audit.record(AuditRecord.success(AuditAction.UPDATE, "WatchList", job.listId(),
					"version " + job.versionId() + " active with " + loaded + " entries (import " + job.id() + ")"));
			events.publishEvent(new ListVersionActivated(job.listId(), job.versionId()));
			sync.refreshAfterCommit();
		});
		deleteQuietly(job.file());
		log.info("Import {} done: {} entries in list {} version {}", job.id(), loaded, job.listId(), job.versionId());
	}

	private void fail(Job job, String message) {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("update watch_list_version set status = 'FAILED' where id = ?").param(job.versionId()).update();
			jdbc.sql("update watch_import set status = 'FAILED', message = ?, finished_at = ? where id = ?")
				.params(message == null ? "failed" : message.substring(0, Math.min(message.length(), 500)),
						OffsetDateTime.now(clock.withZone(CHINA)), job.id())
				.update();
		});
		deleteQuietly(job.file());
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not delete {}", file, e);
		}
	}

	/** Thrown out of the row stream when the first row names no known column. */
	private static final class HeaderUnknown extends RuntimeException {

		HeaderUnknown() {
			super(null, null, false, false);
		}
	}

	/** The rows read since the last flush: good ones as COPY text, refused ones as report rows. */
	private final class Batch {

		private final Job job;
		private final OffsetDateTime now = OffsetDateTime.now(clock.withZone(CHINA));
		private ListColumns columns;
		private StringBuilder copy = new StringBuilder();
		private CSVPrinter printer = printer(copy);
		private final List<Object[]> refused = new ArrayList<>();
		private int pending;
		private int read;
		private int loaded;
		private int refusedTotal;

		Batch(Job job) {
			this.job = job;
		}

		int size() {
			return pending;
		}

		void add(ListRows.Row row) {
			read++;
			pending++;
			List<FieldProblem> found = new ArrayList<>();
			Target target = checker.check(columns.target(row.cells()), found);
			String category = columns.get(row.cells(), "category");
			category = category == null ? job.category() : category.strip().toUpperCase(Locale.ROOT);
			if (categories.find(category).isEmpty()) {
				found.add(new FieldProblem("category", ErrorCode.WATCH_CATEGORY_UNKNOWN, category));
			}
			OffsetDateTime validTo = validTo(columns.get(row.cells(), "validTo"), found);
			String reason = columns.get(row.cells(), "reason");
			if (reason != null && reason.length() > 500) {
				found.add(new FieldProblem("reason", ErrorCode.FIELD_TOO_LONG, 500));
			}
			if (!found.isEmpty()) {
				String raw = String.join(",", row.cells());
				for (FieldProblem problem : found) {
					refused.add(new Object[] { job.id(), row.number(), problem.field(), problem.code().code(),
							truncate(problems.detail(problem.code(), Locale.SIMPLIFIED_CHINESE, problem.arguments()), 300),
							truncate(raw, 1000) });
				}
				refusedTotal++;
				return;
			}
			try {
				printer.printRecord(job.versionId(), target.type(), target.documentType(), target.documentNumber(),
						target.name(), target.birthDate(), target.plate(), target.vin(), target.imei(),
						target.serialNumber(), target.itemCategory(), target.description(), target.phone(), category,
						reason, job.fileName(), job.owningUnitId(), true, "ACTIVE", now, validTo, now, job.createdBy(),
						null);
			}
			catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			loaded++;
		}

		/** Writes the batch: COPY of the good rows, the refused rows, the counts. */
		void flush() {
			if (pending == 0) {
				return;
			}
			try (Connection connection = dataSource.getConnection()) {
				connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(copy.toString()));
			}
			catch (SQLException | IOException e) {
				throw new IllegalStateException("COPY of import " + job.id() + " failed: " + e.getMessage(), e);
			}
			transaction.executeWithoutResult(status -> {
				for (Object[] error : refused) {
					jdbc.sql("insert into watch_import_error (import_id, row_number, field, code, message, raw)"
							+ " values (?, ?, ?, ?, ?, ?) on conflict do nothing").params(error).update();
				}
				jdbc.sql("update watch_import set rows_read = ?, rows_loaded = ?, rows_refused = ? where id = ?")
					.params(read, loaded, refusedTotal, job.id()).update();
			});
			copy = new StringBuilder();
			printer = printer(copy);
			refused.clear();
			pending = 0;
		}

		private OffsetDateTime validTo(String raw, List<FieldProblem> found) {
			if (raw == null) {
				return null;
			}
			try {
				OffsetDateTime end = raw.length() <= 10 ? LocalDate.parse(raw).plusDays(1).atStartOfDay(CHINA)
					.toOffsetDateTime() : OffsetDateTime.parse(raw);
				if (!end.isAfter(now)) {
					found.add(new FieldProblem("validTo", ErrorCode.WATCH_VALIDITY_INVALID, now, raw));
				}
				return end;
			}
			catch (DateTimeParseException e) {
				found.add(new FieldProblem("validTo", ErrorCode.FIELD_FORMAT, "validTo", raw, "date (yyyy-MM-dd)"));
				return null;
			}
		}
	}

	private static CSVPrinter printer(StringBuilder out) {
		try {
			return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
