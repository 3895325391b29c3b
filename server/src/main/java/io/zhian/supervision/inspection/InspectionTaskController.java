package io.zhian.supervision.inspection;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;

@RestController
@RequestMapping("/api/v1/inspection-tasks")
@Tag(name = "inspection tasks", description = "检查任务: venues to inspect by a deadline, assigned from above")
class InspectionTaskController {

	private final InspectionTasks tasks;

	InspectionTaskController(InspectionTasks tasks) {
		this.tasks = tasks;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Assign a unit within scope (or one of its officers) venues to inspect by a deadline")
	InspectionTask assign(@RequestBody TaskForm form) {
		return tasks.assign(CurrentActor.require(), form);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "Tasks assigned by or to units within scope, soonest deadline first")
	Paged<InspectionTask> list(@RequestParam(required = false) InspectionTask.Status status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return tasks.list(CurrentActor.require(), status, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "One task with its venues and their inspections")
	InspectionTask read(@PathVariable long id) {
		return tasks.find(CurrentActor.require(), id);
	}
}
