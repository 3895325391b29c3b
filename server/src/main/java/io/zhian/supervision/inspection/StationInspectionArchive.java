package io.zhian.supervision.inspection;

import java.util.List;

import org.springframework.stereotype.Service;

import io.zhian.common.Actor;
import io.zhian.common.PageQuery;
import io.zhian.supervision.inspection.Rectification.Status;

/**
 * What the station archive (一所一档, sub-package {@code archive}) shows of inspections for one station: its
 * venues with grade and due dates, those overdue, and the rectification notices still open. Each method applies
 * the actor's data scope as the endpoints do (a station outside it answers empty lists) and audits the read.
 */
@Service
public class StationInspectionArchive {

	/** The most rows one archive section shows. */
	public static final int LIMIT = PageQuery.MAX_SIZE;

	private final DueInspections due;
	private final RectificationNotices notices;

	StationInspectionArchive(DueInspections due, RectificationNotices notices) {
		this.due = due;
		this.notices = notices;
	}

	/** The station's active venues with grade, last inspection and next due date, earliest due first. */
	public List<VenueDue> venues(Actor actor, long stationUnitId) {
		return due.list(actor, DueInspections.Filter.ALL, stationUnitId, 0, new PageQuery(0, LIMIT)).items();
	}

	/** The station's rectification notices not yet accepted (waiting for the venue or for the officer). */
	public List<Rectification> openRectifications(Actor actor, long stationUnitId) {
		return java.util.stream.Stream.of(Status.OPEN, Status.ANSWERED)
			.flatMap(status -> notices.list(actor, status, null, null, stationUnitId, new PageQuery(0, LIMIT))
				.items().stream())
			.toList();
	}
}
