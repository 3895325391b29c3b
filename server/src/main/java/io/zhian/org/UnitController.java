package io.zhian.org;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "units", description = "The jurisdiction tree of police units")
class UnitController {

	private final Units units;

	UnitController(Units units) {
		this.units = units;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ORG_READ')")
	@Operation(summary = "Units within the caller's scope, flat, parents before children")
	List<Unit> list() {
		return units.list(CurrentActor.require().dataScope());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('ORG_MANAGE')")
	@Operation(summary = "Add a unit under a parent (its level must be the one below the parent's), "
			+ "or the city bureau at the root when there is none yet")
	Unit create(@Valid @RequestBody UnitRequests.Create request) {
		if (request.parentId() == null) {
			return units.createCity(CurrentActor.require().dataScope(), request.level(), request.code(),
					request.name().trim(), request.regionCode());
		}
		return units.create(CurrentActor.require().dataScope(), request.parentId(), request.level(), request.code(),
				request.name().trim(), request.regionCode());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('ORG_MANAGE')")
	@Operation(summary = "Rename, recode, enable or disable a unit")
	Unit update(@PathVariable long id, @Valid @RequestBody UnitRequests.Update request) {
		return units.update(CurrentActor.require().dataScope(), id, request.code(), request.name().trim(),
				request.regionCode(), request.enabled());
	}
}
