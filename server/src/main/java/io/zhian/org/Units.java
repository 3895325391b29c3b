package io.zhian.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.DataScope;
import io.zhian.common.ErrorCode;
import io.zhian.common.ScopeKind;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;

/** The jurisdiction tree: lookups, scoped listing, and changes (each audited). */
@Service
public class Units {

	/** Depth first, siblings in the order they were created: the path read as a list of numbers. */
	private static final String TREE_ORDER = "string_to_array(trim(both '/' from path), '/')::bigint[]";

	private final JdbcClient jdbc;
	private final AuditTrail audit;

	Units(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<Unit> find(long id) {
		return jdbc.sql("select * from org_unit where id = ?").param(id).query(Units::unit).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Unit> findByCode(String code) {
		return jdbc.sql("select * from org_unit where code = ?").param(code).query(Units::unit).optional();
	}

	/** Units within the scope, parents before children (ordered by path, then code). */
	@Transactional(readOnly = true)
	public List<Unit> list(DataScope scope) {
		SqlCondition visible = scope.units("id");
		return jdbc.sql("select * from org_unit where " + visible.sql() + " order by " + TREE_ORDER)
			.params(visible.params()).query(Units::unit).list();
	}

	/** Creates the root of the tree, the city bureau; only once, when a city is set up, by a city-wide user. */
	@Transactional
	public Unit createCity(DataScope scope, UnitLevel level, String code, String name, String regionCode) {
		if (level != UnitLevel.CITY) {
			throw new ZhianException(ErrorCode.UNIT_LEVEL_INVALID, level, "-");
		}
		if (scope.kind() != ScopeKind.CITY) {
			throw new ZhianException(ErrorCode.OUTSIDE_DATA_SCOPE);
		}
		// Serialise concurrent set-ups so the tree keeps exactly one root.
		jdbc.sql("lock table org_unit in share row exclusive mode").update();
		boolean rootExists = jdbc.sql("select exists (select 1 from org_unit where parent_id is null)")
			.query(Boolean.class).single();
		if (rootExists) {
			throw new ZhianException(ErrorCode.UNIT_LEVEL_INVALID, level, "-");
		}
		return insert(null, UnitLevel.CITY, code, name, regionCode, "/");
	}

	@Transactional
	public Unit create(DataScope scope, long parentId, UnitLevel level, String code, String name, String regionCode) {
		Unit parent = visible(scope, parentId);
		if (parent.level().child() != level) {
			throw new ZhianException(ErrorCode.UNIT_LEVEL_INVALID, level, parent.level());
		}
		return insert(parent.id(), level, code, name, regionCode, parent.path());
	}

	@Transactional
	public Unit update(DataScope scope, long id, String code, String name, String regionCode, boolean enabled) {
		Unit before = visible(scope, id);
		try {
			jdbc.sql("update org_unit set code = ?, name = ?, region_code = ?, enabled = ? where id = ?")
				.params(code, name, regionCode, enabled, id).update();
		}
		catch (DuplicateKeyException e) {
			throw new ZhianException(ErrorCode.UNIT_CODE_TAKEN, code);
		}
		Unit after = find(id).orElseThrow();
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Unit", id, before + " -> " + after));
		return after;
	}

	/** The unit if it exists and the scope covers it; otherwise a refusal that does not reveal which. */
	@Transactional(readOnly = true)
	public Unit visible(DataScope scope, long id) {
		Unit unit = find(id).orElseThrow(() -> new ZhianException(ErrorCode.UNIT_NOT_FOUND, id));
		if (!scope.coversUnit(unit.id(), unit.path())) {
			throw new ZhianException(ErrorCode.OUTSIDE_DATA_SCOPE);
		}
		return unit;
	}

	private Unit insert(Long parentId, UnitLevel level, String code, String name, String regionCode,
			String parentPath) {
		long id = jdbc.sql("select nextval('org_unit_id_seq')").query(Long.class).single();
		try {
			jdbc.sql("""
					insert into org_unit (id, parent_id, level, code, name, region_code, path)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, parentId, level.name(), code, name, regionCode, parentPath + id + "/").update();
		}
		catch (DuplicateKeyException e) {
			throw new ZhianException(ErrorCode.UNIT_CODE_TAKEN, code);
		}
		Unit unit = find(id).orElseThrow();
		audit.record(AuditRecord.success(AuditAction.CREATE, "Unit", id, level + " " + code + " " + name));
		return unit;
	}

	static Unit unit(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new Unit(rs.getLong("id"), parentId, UnitLevel.valueOf(rs.getString("level")),
				rs.getString("code"), rs.getString("name"), rs.getString("region_code"), rs.getString("path"),
				rs.getBoolean("enabled"));
	}
}
