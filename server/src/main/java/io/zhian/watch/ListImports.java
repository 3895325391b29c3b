package io.zhian.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;

/**
 * Bulk imports of named lists (全国在逃人员, 被盗抢车辆…): accepts the upload as a new version of the list and
 * leaves the work to {@link ImportWorker}; answers progress and the error report.
 */
@Service
public class ListImports {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final String SELECT = """
			select i.*, l.name as list_name, v.version from watch_import i join watch_list l on l.id = i.list_id
			join watch_list_version v on v.id = i.version_id""";

	private final JdbcClient jdbc;
	private final WatchCategories categories;
	private final ImportWorker worker;
	private final AuditTrail audit;
	private final Path directory;
	private final Clock clock;

	ListImports(JdbcClient jdbc, WatchCategories categories, ImportWorker worker, AuditTrail audit,
			WatchProperties properties, @org.springframework.beans.factory.annotation.Value("${zhian.data-dir:./data}") Path dataDir,
			Clock clock) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.worker = worker;
		this.audit = audit;
		this.directory = properties.importDirectory() == null || properties.importDirectory().isBlank()
				? dataDir.resolve("watch-imports") : Path.of(properties.importDirectory());
		this.clock = clock;
	}

	/** Stores the file and queues it as the next version of the named list (created when new). */
	@Transactional
	public ImportView start(Actor actor, String listName, String category, String fileName, InputStream content) {
		if (listName == null || listName.isBlank() || listName.strip().length() > 100) {
			throw new ZhianException(ErrorCode.WATCH_LIST_NAME_INVALID);
		}
		if (category == null || categories.find(category).isEmpty()) {
			throw new ZhianException(ErrorCode.WATCH_CATEGORY_UNKNOWN, category);
		}
		if (!ListRows.supported(fileName)) {
			throw new ZhianException(ErrorCode.WATCH_IMPORT_FILE_TYPE, fileName);
		}
		if (actor.unitId() == null) {
			throw new ZhianException(ErrorCode.ACCESS_DENIED);
		}
		OffsetDateTime now = OffsetDateTime.now(clock.withZone(CHINA));
		String name = listName.strip();
		jdbc.sql("""
				insert into watch_list (name, category, owning_unit_id, created_at) values (?, ?, ?, ?)
				on conflict (name) do nothing""").params(name, category, actor.unitId(), now).update();
		long listId = jdbc.sql("select id from watch_list where name = ? for update").param(name).query(Long.class)
			.single();
		jdbc.sql("update watch_list set category = ? where id = ?").params(category, listId).update();
		jdbc.sql("select id from watch_import where list_id = ? and status in ('RECEIVED', 'RUNNING')").param(listId)
			.query(Long.class).optional().ifPresent(running -> {
				throw new ZhianException(ErrorCode.WATCH_IMPORT_BUSY, name, running);
			});
		int version = jdbc.sql("select coalesce(max(version), 0) + 1 from watch_list_version where list_id = ?")
			.param(listId).query(Integer.class).single();
		long versionId = jdbc.sql("""
				insert into watch_list_version (list_id, version, status, created_at) values (?, ?, 'LOADING', ?)
				returning id""").params(listId, version, now).query(Long.class).single();
		String shownName = Path.of(fileName).getFileName().toString();
		Path file = save(content, shownName);
		long id = jdbc.sql("""
				insert into watch_import (list_id, version_id, file_name, file_path, status, created_at, created_by)
				values (?, ?, ?, ?, 'RECEIVED', ?, ?) returning id""")
			.params(listId, versionId, shownName, file.toString(), now, actor.userId()).query(Long.class).single();
		audit.record(AuditRecord.success(AuditAction.CREATE, "WatchImport", id,
				"list " + name + " version " + version + " from " + shownName));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.kick();
			}
		});
		return find(id);
	}

	@Transactional(readOnly = true)
	public List<ImportView> list(Actor actor) {
		SqlCondition scope = actor.dataScope().units("l.owning_unit_id");
		return jdbc.sql(SELECT + " where " + scope.sql() + " order by i.id desc limit 100").params(scope.params())
			.query(this::view).list();
	}

	@Transactional(readOnly = true)
	public ImportView get(Actor actor, long id) {
		SqlCondition scope = actor.dataScope().units("l.owning_unit_id");
		return jdbc.sql(SELECT + " where i.id = ? and " + scope.sql()).param(id).params(scope.params())
			.query(this::view).optional().orElseThrow(() -> new ZhianException(ErrorCode.WATCH_IMPORT_NOT_FOUND, id));
	}

	/** The refused rows as CSV (UTF-8 with BOM, so that Excel reads the Chinese): row, field, code, reason, row. */
	@Transactional
	public void errorReport(Actor actor, long id, Writer out) {
		get(actor, id);
		try {
			out.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
				.setHeader("行号 row", "字段 field", "代码 code", "原因 reason", "原始内容 raw").get());
			jdbc.sql("select * from watch_import_error where import_id = ? order by row_number, field").param(id)
				.query((ResultSet rs) -> {
					try {
						printer.printRecord(rs.getInt("row_number"), rs.getString("field"), rs.getString("code"),
								rs.getString("message"), rs.getString("raw"));
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
			printer.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		audit.record(AuditRecord.success(AuditAction.EXPORT, "WatchImport", id, "error report"));
	}

	ImportView find(long id) {
		return jdbc.sql(SELECT + " where i.id = ?").param(id).query(this::view).single();
	}

	private Path save(InputStream content, String fileName) {
		try {
			Files.createDirectories(directory);
			Path file = Files.createTempFile(directory, "import-", fileName.substring(fileName.lastIndexOf('.')));
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private ImportView view(ResultSet rs, int row) throws SQLException {
		return new ImportView(rs.getLong("id"), rs.getLong("list_id"), rs.getString("list_name"), rs.getInt("version"),
				rs.getString("file_name"), rs.getString("status"), rs.getInt("rows_read"), rs.getInt("rows_loaded"),
				rs.getInt("rows_refused"), rs.getString("message"), WatchEntries.time(rs, "created_at"),
				WatchEntries.time(rs, "finished_at"));
	}
}
