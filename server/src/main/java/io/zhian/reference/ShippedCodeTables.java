package io.zhian.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.CurrentActor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the code tables shipped in {@code reference/tables/} (listed in {@code tables.csv}) into the database
 * when the shipped version of a table differs from the stored one: in one transaction, as the system user,
 * audited. Shipped entries are replaced; local entries and mappings stay. Runs before the server takes
 * requests, then fills the in-memory snapshot.
 */
@Component
class ShippedCodeTables implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ShippedCodeTables.class);
	private static final String DIRECTORY = "reference/tables/";
	/** Serialises loads of several instances starting at once against one database. */
	private static final long LOAD_LOCK = 0x5A48_4941_4E52_4546L; // "ZHIANREF"
	private static final TypeReference<Map<String, Object>> ATTRIBUTES = new TypeReference<>() {
	};

	/** A table as shipped: its description and all its entries. */
	record ShippedTable(String name, String title, String titleEn, String standard, String version, String source,
			List<CodeEntry> entries) {

		ShippedTable withVersion(String newVersion, List<CodeEntry> newEntries) {
			return new ShippedTable(name, title, titleEn, standard, newVersion, source, newEntries);
		}
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final TransactionTemplate transaction;
	private final AuditTrail audit;
	private final CodeTables tables;
	private final JsonMapper json;

	ShippedCodeTables(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction, AuditTrail audit,
			CodeTables tables, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transaction = transaction;
		this.audit = audit;
		this.tables = tables;
		this.json = json;
	}

	@Override
	public void afterSingletonsInstantiated() {
		load(shipped());
	}

	/**
	 * Loads the tables whose stored version differs; returns the names of those loaded. Idempotent: a second
	 * call with the same tables changes nothing.
	 */
	List<String> load(List<ShippedTable> shipped) {
		List<String> loaded = new ArrayList<>();
		CurrentActor.runAsSystem(Set.of(), () -> transaction.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(LOAD_LOCK).query().singleValue();
			for (ShippedTable table : shipped) {
				Optional<String> stored = jdbc.sql("select version from ref_code_table where name = ?")
					.param(table.name()).query(String.class).optional();
				if (stored.isPresent() && stored.get().equals(table.version())) {
					continue;
				}
				replace(table, stored.orElse(null));
				loaded.add(table.name());
			}
		}));
		tables.reload();
		if (!loaded.isEmpty()) {
			log.info("Loaded code tables {}", loaded);
		}
		return loaded;
	}

	private void replace(ShippedTable table, String previousVersion) {
		jdbc.sql("""
				insert into ref_code_table (name, title, title_en, standard, version, source, loaded_at)
				values (?, ?, ?, ?, ?, ?, now())
				on conflict (name) do update set title = excluded.title, title_en = excluded.title_en,
					standard = excluded.standard, version = excluded.version, source = excluded.source,
					loaded_at = excluded.loaded_at""")
			.params(table.name(), table.title(), table.titleEn(), table.standard(), table.version(), table.source())
			.update();
		// A local entry wins over a shipped one with the same code: the administrator added it on purpose.
		batch.batchUpdate("""
				insert into ref_code_entry (table_name, code, name, name_en, parent_code, valid_from, valid_to, local,
				                            attributes)
				values (?, ?, ?, ?, ?, ?, ?, false, ?::jsonb)
				on conflict (table_name, code) do update set name = excluded.name, name_en = excluded.name_en,
					parent_code = excluded.parent_code, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
					attributes = excluded.attributes
				where not ref_code_entry.local""", table.entries(), 1000, (ps, e) -> {
			ps.setString(1, table.name());
			ps.setString(2, e.code());
			ps.setString(3, e.name());
			ps.setString(4, e.nameEn());
			ps.setString(5, e.parentCode());
			ps.setDate(6, e.validFrom() == null ? null : Date.valueOf(e.validFrom()));
			ps.setDate(7, e.validTo() == null ? null : Date.valueOf(e.validTo()));
			ps.setString(8, json.writeValueAsString(e.attributes()));
		});
		// Shipped entries the new version dropped go, unless a mapping still points at them.
		Set<String> codes = new HashSet<>();
		table.entries().forEach(e -> codes.add(e.code()));
		List<String> dropped = jdbc.sql("""
				select code from ref_code_entry e where table_name = ? and not local
				  and not exists (select 1 from ref_code_mapping m where m.table_name = e.table_name and m.code = e.code)""")
			.param(table.name()).query(String.class).list().stream().filter(c -> !codes.contains(c)).toList();
		for (String code : dropped) {
			jdbc.sql("delete from ref_code_entry where table_name = ? and code = ?").params(table.name(), code).update();
		}
		audit.record(AuditRecord.success(previousVersion == null ? AuditAction.CREATE : AuditAction.UPDATE, "CodeTable",
				table.name(), "version " + (previousVersion == null ? "" : previousVersion + " -> ") + table.version()
						+ ", shipped entries " + table.entries().size() + ", dropped " + dropped.size()));
	}

	/** The tables in {@code tables.csv}, each with the entries of its file. */
	List<ShippedTable> shipped() {
		List<ShippedTable> shipped = new ArrayList<>();
		for (CSVRecord row : read("tables.csv")) {
			shipped.add(new ShippedTable(row.get("table"), row.get("title"), row.get("title_en"), row.get("standard"),
					row.get("version"), row.get("source"), entries(row.get("file"))));
		}
		return shipped;
	}

	private List<CodeEntry> entries(String file) {
		List<CodeEntry> entries = new ArrayList<>();
		for (CSVRecord row : read(file)) {
			String attributes = row.get("attributes");
			entries.add(new CodeEntry(row.get("code"), row.get("name"), blank(row.get("name_en")),
					blank(row.get("parent_code")), date(row.get("valid_from")), date(row.get("valid_to")), false,
					attributes.isEmpty() ? Map.of() : json.readValue(attributes, ATTRIBUTES)));
		}
		return entries;
	}

	private static List<CSVRecord> read(String file) {
		try (Reader in = new InputStreamReader(new ClassPathResource(DIRECTORY + file).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the shipped code table " + file, e);
		}
	}

	private static String blank(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	private static LocalDate date(String value) {
		return value == null || value.isEmpty() ? null : LocalDate.parse(value);
	}
}
