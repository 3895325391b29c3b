package io.zhian.supervision.archive;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;

@RestController
@RequestMapping("/api/v1/station-archive")
@Tag(name = "station archive", description = "一所一档: what one police station supervises, on one page")
class StationArchiveController {

	private final StationArchive archive;

	StationArchiveController(StationArchive archive) {
		this.archive = archive;
	}

	@GetMapping("/{stationUnitId}")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "A station's venues and grades, overdue inspections, open rectifications, open alarms, "
			+ "cases and penalties, within the caller's scope")
	StationArchive.Archive of(@PathVariable long stationUnitId) {
		return archive.of(CurrentActor.require(), stationUnitId);
	}
}
