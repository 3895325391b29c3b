package io.zhian.supervision.archive;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import io.zhian.alarm.StationAlarms;
import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import io.zhian.org.Unit;
import io.zhian.org.UnitLevel;
import io.zhian.org.Units;
import io.zhian.supervision.enforcement.StationEnforcement;
import io.zhian.supervision.inspection.Rectification;
import io.zhian.supervision.inspection.StationInspectionArchive;
import io.zhian.supervision.inspection.VenueDue;

/**
 * 一所一档: one page that gathers what a police station supervises — its venues with their grades and due
 * inspections, the inspections overdue, the rectification notices still open, its open alarms, and its cases
 * and penalties. Each part comes from the capability that owns it and is cut to the reader's scope there.
 */
@Service
public class StationArchive {

	/** How many of the latest alarms, cases and penalties the page lists; the totals count all. */
	static final int RECENT = 10;

	/** The station's page. {@code grades} counts its venues by grade ({@code -} for those never inspected). */
	public record Archive(Unit station, int venueCount, Map<String, Integer> grades, List<VenueDue> venues,
			List<VenueDue> overdueInspections, List<Rectification> openRectifications, StationAlarms.Digest alarms,
			StationEnforcement.Summary enforcement) {
	}

	private final Units units;
	private final StationInspectionArchive inspections;
	private final StationAlarms alarms;
	private final StationEnforcement enforcement;
	private final AuditTrail audit;

	StationArchive(Units units, StationInspectionArchive inspections, StationAlarms alarms,
			StationEnforcement enforcement, AuditTrail audit) {
		this.units = units;
		this.inspections = inspections;
		this.alarms = alarms;
		this.enforcement = enforcement;
		this.audit = audit;
	}

	/**
	 * @throws ZhianException ZA-2009 for a station outside the reader's scope, ZA-9072 for a unit that is not a
	 * station
	 */
	public Archive of(Actor actor, long stationUnitId) {
		Unit station = units.visible(actor.dataScope(), stationUnitId);
		if (station.level() != UnitLevel.STATION) {
			throw new ZhianException(ErrorCode.ARCHIVE_NOT_A_STATION, station.name());
		}
		List<VenueDue> venues = inspections.venues(actor, station.id());
		Map<String, Integer> grades = new TreeMap<>();
		venues.forEach(venue -> grades.merge(venue.grade() == null ? "-" : venue.grade(), 1, Integer::sum));
		audit.record(AuditRecord.success(AuditAction.READ, "StationArchive", station.id(), station.name()));
		// The venues come earliest due first, so the overdue ones are the head of the same list: no second query.
		List<VenueDue> overdue = venues.stream().filter(VenueDue::overdue).toList();
		return new Archive(station, venues.size(), grades, venues, overdue,
				inspections.openRectifications(actor, station.id()), alarms.of(actor, station.id(), RECENT),
				enforcement.of(actor, station.id(), RECENT));
	}
}
