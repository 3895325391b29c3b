package io.zhian.alarm;

import java.util.ArrayList;
import java.util.List;

import io.zhian.common.Actor;
import io.zhian.common.DataScope;
import io.zhian.common.SqlCondition;

/**
 * Who sees an alarm: everyone whose data scope covers the unit it is routed to, the unit that owns the watch
 * entry, or the district it was escalated to, and the officer it is assigned to. So a station sees what is
 * routed to it, a district its stations' alarms, the city all. An alarm the publish switch holds back (or
 * suppressed) is seen only by reviewers. The same rule twice: as SQL for lists, in Java for live pushes.
 */
final class AlarmScope {

	static final String REVIEWER = "ALARM_REVIEW";

	private AlarmScope() {
	}

	/** The condition on {@code alarm a} for the actor. */
	static SqlCondition of(Actor actor) {
		DataScope scope = actor.dataScope();
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("((");
		for (String column : List.of("a.unit_id", "a.owning_unit_id", "a.escalated_unit_id")) {
			SqlCondition units = scope.units(column);
			sql.append(units.sql()).append(" or ");
			params.addAll(units.params());
		}
		sql.append("a.officer_id = ?)");
		params.add(actor.userId());
		if (!actor.can(REVIEWER)) {
			sql.append(" and a.review = 'PUBLISHED'");
		}
		return new SqlCondition(sql.append(')').toString(), params);
	}

	static boolean covers(Actor actor, AlarmView alarm) {
		if (alarm.review() != Review.PUBLISHED && !actor.can(REVIEWER)) {
			return false;
		}
		DataScope scope = actor.dataScope();
		return covers(scope, alarm.unit(), alarm.unitPath()) || covers(scope, alarm.owningUnit(), alarm.owningUnitPath())
				|| covers(scope, alarm.escalatedUnit(), alarm.escalatedUnitPath())
				|| (alarm.officer() != null && alarm.officer().id() == actor.userId());
	}

	private static boolean covers(DataScope scope, AlarmView.Ref unit, String path) {
		return unit != null && path != null && scope.coversUnit(unit.id(), path);
	}
}
