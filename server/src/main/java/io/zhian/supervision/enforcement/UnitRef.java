package io.zhian.supervision.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A police unit as penalties and cases name it: the unit code (所属单位代码, 派出所编码) and the name. */
public record UnitRef(long id, String code, String name) {

	/** The unit read from the columns {@code <prefix>_id}, {@code <prefix>_code}, {@code <prefix>_name}; null when absent. */
	static UnitRef read(ResultSet rs, String prefix) throws SQLException {
		long id = rs.getLong(prefix + "_id");
		return rs.wasNull() ? null : new UnitRef(id, rs.getString(prefix + "_code"), rs.getString(prefix + "_name"));
	}

	/** The select list that {@link #read} expects for the unit aliased {@code alias}. */
	static String columns(String alias, String prefix) {
		return alias + ".id as " + prefix + "_id, " + alias + ".code as " + prefix + "_code, " + alias + ".name as "
				+ prefix + "_name";
	}
}
