package io.zhian.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.common.Actor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.ScopeKind;
import io.zhian.common.SqlCondition;
import io.zhian.common.UserKind;

/** Reads users: for sign-in (by name), for the acting user's profile, and for scoped lists. */
@Service
public class UserDirectory {

	private static final String COLUMNS = """
			select usr.*, unit.code as unit_code, unit.name as unit_name, unit.path as unit_path,
			       coalesce((select array_agg(r.role_code order by r.role_code) from org_user_role r
			                  where r.user_id = usr.id), '{}') as roles""";
	private static final String FROM = " from org_user usr left join org_unit unit on unit.id = usr.unit_id";
	static final String SELECT = COLUMNS + FROM;
	/** A user with the permissions of its roles, which the acting user needs on every request. */
	private static final String SELECT_WITH_PERMISSIONS = COLUMNS + """
			,
			       coalesce((select array_agg(distinct p.permission) from org_user_role r
			                  join org_role_permission p on p.role_code = r.role_code
			                  where r.user_id = usr.id), '{}') as permissions""" + FROM;

	private final JdbcClient jdbc;

	UserDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql(SELECT + " where lower(usr.username) = lower(?)").param(username.trim())
			.query(UserDirectory::account).optional();
	}

	public Optional<UserAccount> find(long id) {
		return jdbc.sql(SELECT + " where usr.id = ?").param(id).query(UserDirectory::account).optional();
	}

	/**
	 * The enabled user as every module sees the one acting, permissions included, in one statement: it runs on
	 * every authenticated request, so it is one round trip and no transaction of its own.
	 */
	public Optional<Actor> enabledActor(long id) {
		return jdbc.sql(SELECT_WITH_PERMISSIONS + " where usr.id = ? and usr.enabled").param(id)
			.query((rs, row) -> actor(account(rs, row), Set.of((String[]) rs.getArray("permissions").getArray())))
			.optional();
	}

	/** The permissions granted by the user's roles. */
	public Set<String> permissions(UserAccount user) {
		if (user.roles().isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select distinct permission from org_role_permission where role_code in (:roles)")
			.param("roles", user.roles()).query(String.class).list());
	}

	/** The user as every module sees the one acting. */
	public Actor actorOf(UserAccount user) {
		return actor(user, permissions(user));
	}

	private static Actor actor(UserAccount user, Set<String> permissions) {
		return new Actor(user.id(), user.username(), user.displayName(), user.kind(), user.unitId(), user.unitCode(),
				user.unitPath(), user.venueId(), user.scope(), permissions);
	}

	@Transactional(readOnly = true)
	public Paged<UserAccount> list(Actor actor, String text, Long unitId, UserKind kind, PageQuery page) {
		SqlCondition visible = actor.dataScope().units("usr.unit_id");
		List<String> clauses = new ArrayList<>(List.of(visible.sql()));
		List<Object> params = new ArrayList<>(visible.params());
		if (actor.scope() != ScopeKind.CITY) {
			// Administrators without a unit exist only at city level; others never see them.
			clauses.add("usr.unit_id is not null");
		}
		if (text != null && !text.isBlank()) {
			clauses.add("(usr.username ilike ? or usr.display_name like ? or usr.police_number = ?)");
			params.add("%" + text.trim() + "%");
			params.add("%" + text.trim() + "%");
			params.add(text.trim());
		}
		if (unitId != null) {
			clauses.add("usr.unit_id = ?");
			params.add(unitId);
		}
		if (kind != null) {
			clauses.add("usr.kind = ?");
			params.add(kind.name());
		}
		String where = " where " + String.join(" and ", clauses);
		long total = jdbc.sql("select count(*) from org_user usr" + where).params(params).query(Long.class).single();
		params.add(page.size());
		params.add(page.offset());
		List<UserAccount> items = jdbc.sql(SELECT + where + " order by usr.id limit ? offset ?").params(params)
			.query(UserDirectory::account).list();
		return new Paged<>(items, total);
	}

	/** Role codes in display order with the permissions each grants. */
	@Transactional(readOnly = true)
	public Map<String, List<String>> roles() {
		return jdbc.sql("""
				select r.code, p.permission from org_role r left join org_role_permission p on p.role_code = r.code
				order by r.sort_order, p.permission""")
			.query((rs, row) -> Map.entry(rs.getString(1), String.valueOf(rs.getString(2))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	static UserAccount account(ResultSet rs, int row) throws SQLException {
		long unitId = rs.getLong("unit_id");
		boolean noUnit = rs.wasNull();
		long venueId = rs.getLong("venue_id");
		boolean noVenue = rs.wasNull();
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				UserKind.valueOf(rs.getString("kind")), rs.getString("police_number"), noUnit ? null : unitId,
				rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("unit_path"),
				noVenue ? null : venueId, ScopeKind.valueOf(rs.getString("scope")), rs.getBoolean("enabled"),
				rs.getTimestamp("created_at").toInstant(), List.of((String[]) rs.getArray("roles").getArray()));
	}
}
