package io.zhian.bench.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.zhian.bench.city.Person;
import io.zhian.bench.city.Station;
import io.zhian.bench.city.SyntheticCity;
import io.zhian.bench.city.VenuePlan;
import io.zhian.common.Actor;
import io.zhian.common.CurrentActor;
import io.zhian.common.DataScope;
import io.zhian.common.ScopeKind;
import io.zhian.org.Permissions;
import io.zhian.org.Unit;
import io.zhian.org.UnitLevel;
import io.zhian.org.Units;
import io.zhian.venue.VenueDetail;
import io.zhian.venue.VenueFiling;
import io.zhian.venue.VenueFilings;

/**
 * The city's police stations as the server has them (the demo city's Chongqing units), and the city's venues
 * entered through the venue module as police enter an approved filing, so each gets its real venue code.
 */
public final class CityVenues {

	private static final DataScope WHOLE_CITY = new DataScope(ScopeKind.CITY, null, null, null);

	private CityVenues() {
	}

	/** The stations under district bureaus, each with its district's name (渝中区分局 → 渝中区). */
	public static List<Station> stations(Units units) {
		List<Unit> all = units.list(WHOLE_CITY);
		Map<Long, Unit> byId = all.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
		return all.stream().filter(u -> u.level() == UnitLevel.STATION && u.parentId() != null)
			.map(u -> new Station(u.id(), byId.get(u.parentId()).regionCode(),
					byId.get(u.parentId()).name().replace("分局", ""), u.name()))
			.toList();
	}

	/** Files every venue of the city; answers the venues' ids and codes by venue index. */
	public static List<VenueDetail> file(SyntheticCity city, VenueFilings filings) {
		List<VenueDetail> filed = new ArrayList<>();
		CurrentActor.runAsSystem(Permissions.ALL, () -> {
			Actor system = CurrentActor.require();
			for (VenuePlan plan : city.venues()) {
				// The legal representative: a local person of the population, as good as any.
				Person owner = city.population().get(plan.index() * 37 % city.population().size());
				boolean domestic = "111".equals(owner.documentType());
				filed.add(filings.enter(system, new VenueFiling(plan.name(), plan.licenceNumber(),
						List.of(plan.trade().code()), plan.station().regionCode(), plan.address(), plan.station().id(),
						null, domestic ? owner.name().normalized() : "张伟", "111",
						domestic ? owner.documentNumber() : "500103197501016030",
						owner.phone() == null ? "13983001188" : owner.phone(), "安全员" + (plan.index() + 1),
						"1398300" + String.format("%04d", plan.index() % 10_000), "173",
						LocalDate.of(2010, 1, 1).plusDays(plan.index() % 5000))));
			}
		});
		return filed;
	}
}
