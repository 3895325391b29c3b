package io.zhian.org;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.CurrentActor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.Problems;
import io.zhian.common.UserKind;

@RestController
@Tag(name = "users", description = "Users, roles and data scopes")
class UserController {

	private final UserDirectory directory;
	private final UserAdministration administration;
	private final CredentialIssuer credentials;
	private final AuditTrail audit;
	private final Problems problems;

	UserController(UserDirectory directory, UserAdministration administration, CredentialIssuer credentials,
			AuditTrail audit, Problems problems) {
		this.directory = directory;
		this.administration = administration;
		this.credentials = credentials;
		this.audit = audit;
		this.problems = problems;
	}

	@GetMapping("/api/v1/users")
	@PreAuthorize("hasAuthority('USER_READ')")
	@Operation(summary = "Users within the caller's scope")
	Paged<UserView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) UserKind kind, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageQuery paging = PageQuery.of(page, size);
		Paged<UserAccount> users = directory.list(CurrentActor.require(), q, unitId, kind, paging);
		audit.record(AuditRecord.success(AuditAction.SEARCH, "User", null,
				AuditRecord.criteria("q", q, "unitId", unitId, "kind", kind, "page", paging.page())));
		Map<Long, CredentialIssuer.CredentialState> states = credentials
			.states(users.items().stream().map(UserAccount::id).toList());
		return new Paged<>(users.items().stream().map(u -> UserView.of(u, states.get(u.id()))).toList(),
				users.total());
	}

	@GetMapping("/api/v1/users/{id}")
	@PreAuthorize("hasAuthority('USER_READ')")
	@Operation(summary = "One user")
	UserView get(@PathVariable long id) {
		UserAccount user = administration.visible(CurrentActor.require(), id);
		audit.record(AuditRecord.success(AuditAction.READ, "User", id, user.username()));
		return view(user);
	}

	@PostMapping("/api/v1/users")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Operation(summary = "Create a user; answers the temporary password to hand over")
	Map<String, Object> create(@Valid @RequestBody UserRequests.Create request) {
		UserAdministration.Created created = administration.create(CurrentActor.require(), request.username(),
				request.profile());
		return Map.of("user", view(created.user()), "temporaryPassword", created.temporaryPassword());
	}

	@PutMapping("/api/v1/users/{id}")
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Operation(summary = "Change a user's profile, roles and scope")
	UserView update(@PathVariable long id, @Valid @RequestBody UserRequests.Update request) {
		return view(administration.update(CurrentActor.require(), id, request));
	}

	@PostMapping("/api/v1/users/{id}/disable")
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	UserView disable(@PathVariable long id) {
		return view(administration.setEnabled(CurrentActor.require(), id, false));
	}

	@PostMapping("/api/v1/users/{id}/enable")
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	UserView enable(@PathVariable long id) {
		return view(administration.setEnabled(CurrentActor.require(), id, true));
	}

	@PostMapping("/api/v1/users/{id}/reset-password")
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Operation(summary = "Issue a temporary password (must be changed at next login) and lift any lockout")
	Map<String, String> resetPassword(@PathVariable long id) {
		return Map.of("temporaryPassword", administration.resetPassword(CurrentActor.require(), id));
	}

	@PostMapping("/api/v1/users/{id}/reset-totp")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Operation(summary = "Remove a user's second factor")
	void resetTotp(@PathVariable long id) {
		administration.resetSecondFactor(CurrentActor.require(), id);
	}

	@GetMapping("/api/v1/roles")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Roles with their names in the caller's language and the permissions they grant")
	List<RoleView> roles() {
		Locale locale = LocaleContextHolder.getLocale();
		return directory.roles().entrySet().stream()
			.map(role -> new RoleView(role.getKey(), problems.message("role." + role.getKey(), locale),
					role.getValue()))
			.toList();
	}

	record RoleView(String code, String name, List<String> permissions) {
	}

	private UserView view(UserAccount user) {
		return UserView.of(user, credentials.states(List.of(user.id())).get(user.id()));
	}
}
