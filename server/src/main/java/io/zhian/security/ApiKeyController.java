package io.zhian.security;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;

@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "api-keys", description = "Credentials of the venue's own systems (PMS) for the intake API")
@PreAuthorize("hasAuthority('ENTERPRISE_PORTAL')")
class ApiKeyController {

	private final ApiKeys keys;

	ApiKeyController(ApiKeys keys) {
		this.keys = keys;
	}

	record NewKey(@NotBlank @Size(max = 60) String name) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a key for the caller's venue; the secret is in this answer only")
	ApiKeys.IssuedKey issue(@Valid @RequestBody NewKey request) {
		return keys.issue(CurrentActor.require(), request.name());
	}

	@GetMapping
	@Operation(summary = "The venue's keys, revoked ones included")
	List<ApiKeys.ApiKey> list() {
		return keys.list(CurrentActor.require());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a key at once")
	void revoke(@PathVariable long id) {
		keys.revoke(CurrentActor.require(), id);
	}
}
