package io.zhian.supervision.enforcement;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.ZhianException;
import io.zhian.org.Unit;

/**
 * Penalties and cases of the venues of one station, for the station archive (一所一档): how many there are and
 * the latest few. Within the reader's scope, audited as the lists are.
 */
@Service
public class StationEnforcement {

	/** The station's enforcement at a glance: totals and the {@code recent} latest of each. */
	public record Summary(long stationUnitId, long penalties, long cases, List<Penalty> recentPenalties,
			List<CaseReport> recentCases) {
	}

	private final Penalties penalties;
	private final Cases cases;
	private final Reach reach;

	StationEnforcement(Penalties penalties, Cases cases, Reach reach) {
		this.penalties = penalties;
		this.cases = cases;
		this.reach = reach;
	}

	/**
	 * @param recent how many of the latest penalties and cases to include, 1 to {@link PageQuery#MAX_SIZE}
	 * @throws ZhianException ZA-2009 when the station lies outside the reader's scope
	 */
	@Transactional
	public Summary of(Actor actor, long stationUnitId, int recent) {
		Unit station = reach.unit(actor, stationUnitId)
			.orElseThrow(() -> new ZhianException(ErrorCode.OUTSIDE_DATA_SCOPE));
		PageQuery page = PageQuery.of(0, recent);
		Paged<Penalty> p = penalties.list(actor,
				new PenaltyQuery(null, null, null, null, station.id(), null, null), page);
		Paged<CaseReport> c = cases.list(actor, new CaseQuery(station.id(), null, null, null, null, null, null), page);
		return new Summary(station.id(), p.total(), c.total(), p.items(), c.items());
	}
}
