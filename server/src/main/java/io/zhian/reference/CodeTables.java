package io.zhian.reference;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.CurrentActor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national code tables (GB/T 2260 regions, GB/T 2659 countries, GB 3304 ethnic groups, document types…)
 * with local extensions and legacy-code mappings: the one place every module looks a code up. Lookups read an
 * in-memory snapshot; the database is the record, read again after every load or change.
 */
@Service
public class CodeTables {

	public static final String REGION = "region";
	public static final String COUNTRY = "country";
	public static final String ETHNICITY = "ethnicity";
	public static final String SEX = "sex";
	public static final String DOCUMENT_TYPE = "document-type";
	public static final String VISA_TYPE = "visa-type";
	public static final String ENTRY_PORT = "entry-port";
	public static final String ECONOMIC_TYPE = "economic-type";
	public static final String TRADE = "trade";

	private static final TypeReference<Map<String, Object>> ATTRIBUTES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final JsonMapper json;
	private volatile CodeTableSnapshot snapshot = CodeTableSnapshot.EMPTY;

	CodeTables(JdbcClient jdbc, AuditTrail audit, JsonMapper json) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.json = json;
	}

	/** The entry with this code, current or retired; empty when the table has no such code. */
	public Optional<CodeEntry> find(String table, String code) {
		CodeTableSnapshot.Table t = table(table);
		return code == null ? Optional.empty() : Optional.ofNullable(t.byCode().get(code));
	}

	/**
	 * The standard code that {@code code} stands for: itself when it is in the table, else the code a mapping
	 * of {@code system} gives (any system's mapping when {@code system} is null and exactly one system maps it).
	 *
	 * @throws ZhianException ZA-4001 for an unknown table, ZA-4003 when the code is neither standard nor mapped:
	 *         an unknown code is reported, never dropped
	 */
	public Resolution resolve(String table, String code, String system) {
		CodeTableSnapshot.Table t = table(table);
		if (code != null) {
			CodeEntry entry = t.byCode().get(code);
			if (entry != null) {
				return new Resolution(table, code, code, entry, Resolution.STANDARD);
			}
			String mapped = mapped(t, code, system);
			if (mapped != null && t.byCode().containsKey(mapped)) {
				return new Resolution(table, code, mapped, t.byCode().get(mapped), Resolution.MAPPING);
			}
		}
		throw new ZhianException(ErrorCode.CODE_UNKNOWN, table, code);
	}

	private static String mapped(CodeTableSnapshot.Table t, String code, String system) {
		if (system != null && !system.isBlank()) {
			Map<String, String> codes = t.mappings().get(system);
			return codes == null ? null : codes.get(code);
		}
		// Without a system the mapping must be unambiguous, or the answer would depend on chance.
		String found = null;
		for (Map<String, String> codes : t.mappings().values()) {
			String candidate = codes.get(code);
			if (candidate != null) {
				if (found != null && !found.equals(candidate)) {
					return null;
				}
				found = candidate;
			}
		}
		return found;
	}

	public List<CodeTableInfo> tables() {
		return snapshot.infos();
	}

	/** The table's description. */
	public CodeTableInfo info(String table) {
		return table(table).info();
	}

	/**
	 * Entries in code order whose code, name or English name contains {@code query} (all when it is blank);
	 * retired codes only when asked.
	 */
	public List<CodeEntry> entries(String table, String query, boolean includeRetired) {
		CodeTableSnapshot.Table t = table(table);
		String q = query == null || query.isBlank() ? null : query.trim().toLowerCase(Locale.ROOT);
		List<CodeEntry> out = new ArrayList<>();
		for (CodeEntry entry : t.entries()) {
			if (!includeRetired && entry.retired()) {
				continue;
			}
			if (q == null || entry.code().toLowerCase(Locale.ROOT).contains(q) || entry.name().contains(q)
					|| (entry.nameEn() != null && entry.nameEn().toLowerCase(Locale.ROOT).contains(q))) {
				out.add(entry);
			}
		}
		return out;
	}

	public List<CodeMapping> mappings(String table) {
		return table(table).mappingList();
	}

	/** Adds an entry of this installation's own (local = true), which no reload of the shipped table removes. */
	@Transactional
	public CodeEntry addLocalEntry(String table, String code, String name, String nameEn, String parentCode) {
		table(table);
		if (parentCode != null && find(table, parentCode).isEmpty()) {
			throw new ZhianException(ErrorCode.CODE_UNKNOWN, table, parentCode);
		}
		try {
			jdbc.sql("""
					insert into ref_code_entry (table_name, code, name, name_en, parent_code, local)
					values (?, ?, ?, ?, ?, true)""")
				.params(table, code, name, nameEn, parentCode)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new ZhianException(ErrorCode.CODE_EXISTS, table, code);
		}
		audit.record(AuditRecord.success(AuditAction.CREATE, "CodeEntry", table + ":" + code,
				"local entry " + code + " " + name));
		reloadAfterCommit();
		return new CodeEntry(code, name, nameEn, parentCode, null, null, true, Map.of());
	}

	/** Maps a code of another system to a code of the table (代码对照); the target must exist. */
	@Transactional
	public CodeMapping addMapping(String table, String system, String legacyCode, String code) {
		table(table);
		if (!existsInDatabase(table, code)) {
			throw new ZhianException(ErrorCode.CODE_UNKNOWN, table, code);
		}
		try {
			jdbc.sql("""
					insert into ref_code_mapping (table_name, system, legacy_code, code, created_by)
					values (?, ?, ?, ?, ?)""")
				.params(table, system, legacyCode, code, CurrentActor.get().map(a -> a.username()).orElse("system"))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new ZhianException(ErrorCode.CODE_EXISTS, table, system + ":" + legacyCode);
		}
		audit.record(AuditRecord.success(AuditAction.CREATE, "CodeMapping", table + ":" + system + ":" + legacyCode,
				system + " " + legacyCode + " -> " + code));
		reloadAfterCommit();
		return new CodeMapping(system, legacyCode, code);
	}

	private boolean existsInDatabase(String table, String code) {
		return jdbc.sql("select exists (select 1 from ref_code_entry where table_name = ? and code = ?)")
			.params(table, code).query(Boolean.class).single();
	}

	private CodeTableSnapshot.Table table(String name) {
		CodeTableSnapshot.Table t = name == null ? null : snapshot.table(name);
		if (t == null) {
			throw new ZhianException(ErrorCode.CODE_TABLE_UNKNOWN, name);
		}
		return t;
	}

	Region region(String code) {
		return code == null ? null : snapshot.region(code);
	}

	private void reloadAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					reload();
				}
			});
		}
		else {
			reload();
		}
	}

	/**
	 * Reads every table from the database and swaps the snapshot. Serialised, so that the last reload to run
	 * started after the last commit and no older state can win.
	 */
	synchronized void reload() {
		List<CodeTableSnapshot.TableRow> tables = jdbc.sql("select * from ref_code_table order by name")
			.query((rs, n) -> new CodeTableSnapshot.TableRow(rs.getString("name"), rs.getString("title"),
					rs.getString("title_en"), rs.getString("standard"), rs.getString("version"),
					rs.getString("source")))
			.list();
		Map<String, List<CodeEntry>> entries = new HashMap<>();
		jdbc.sql("select * from ref_code_entry order by table_name, code").query(rs -> {
			entries.computeIfAbsent(rs.getString("table_name"), t -> new ArrayList<>()).add(entry(rs));
		});
		Map<String, List<CodeMapping>> mappings = new HashMap<>();
		jdbc.sql("select * from ref_code_mapping order by table_name, system, legacy_code").query(rs -> {
			mappings.computeIfAbsent(rs.getString("table_name"), t -> new ArrayList<>())
				.add(new CodeMapping(rs.getString("system"), rs.getString("legacy_code"), rs.getString("code")));
		});
		snapshot = CodeTableSnapshot.of(tables, entries, mappings);
	}

	private CodeEntry entry(ResultSet rs) throws SQLException {
		String attributes = rs.getString("attributes");
		Map<String, Object> map = attributes == null || attributes.equals("{}") ? Map.of()
				: json.readValue(attributes, ATTRIBUTES);
		return new CodeEntry(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
				rs.getString("parent_code"), date(rs.getDate("valid_from")), date(rs.getDate("valid_to")),
				rs.getBoolean("local"), map);
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}
}
