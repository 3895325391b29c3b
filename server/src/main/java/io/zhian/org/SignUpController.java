package io.zhian.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.DataScope;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import io.zhian.reference.CodeTables;
import io.zhian.common.ScopeKind;
import io.zhian.venue.VenueFiling;

/** Public endpoints of enterprise self-registration: the stations to choose from, and the registration. */
@RestController
@Tag(name = "sign-up", description = "Enterprise self-registration (public)")
class SignUpController {

	private static final DataScope WHOLE_CITY = new DataScope(ScopeKind.CITY, null, null, null);

	/** The code tables the sign-up form needs before anyone is signed in; the others stay behind sign-in. */
	private static final Set<String> PUBLIC_TABLES = Set.of(CodeTables.TRADE, CodeTables.ECONOMIC_TYPE,
			CodeTables.DOCUMENT_TYPE, CodeTables.REGION);
	private static final int MAX_ENTRIES = 50;

	private final EnterpriseSignUp signUp;
	private final Units units;
	private final CodeTables codes;

	SignUpController(EnterpriseSignUp signUp, Units units, CodeTables codes) {
		this.signUp = signUp;
		this.units = units;
		this.codes = codes;
	}

	record Code(String code, String name, String nameEn) {
	}

	@GetMapping("/api/v1/signup/codes/{table}")
	@Operation(summary = "Current entries of trade, economic-type, document-type or region (first 50 matching q)")
	List<Code> codes(@PathVariable String table, @RequestParam(required = false) String q) {
		if (!PUBLIC_TABLES.contains(table)) {
			throw new ZhianException(ErrorCode.CODE_TABLE_UNKNOWN, table);
		}
		return codes.entries(table, q, false).stream().limit(MAX_ENTRIES)
			.map(e -> new Code(e.code(), e.name(), e.nameEn())).toList();
	}

	record Request(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{zhian.username}") String username,
			@NotBlank String password, @NotBlank @Size(max = 100) String displayName, @NotNull VenueFiling venue) {
	}

	record Station(long id, String code, String name, String district) {
	}

	@PostMapping("/api/v1/signup")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "File a venue and create its first enterprise user; the filing awaits the station's review")
	Map<String, Object> register(@Valid @RequestBody Request request) {
		EnterpriseSignUp.Registered registered = signUp.register(request.username(), request.password(),
				request.displayName(), request.venue());
		return Map.of("venueId", registered.venueId(), "userId", registered.userId(), "username",
				registered.username(), "status", "PENDING");
	}

	@GetMapping("/api/v1/signup/stations")
	@Operation(summary = "Enabled police stations with their district bureau, for the applicant to choose from")
	List<Station> stations() {
		List<Unit> all = units.list(WHOLE_CITY);
		Map<Long, Unit> byId = new HashMap<>();
		all.forEach(unit -> byId.put(unit.id(), unit));
		return all.stream()
			.filter(unit -> unit.level() == UnitLevel.STATION && unit.enabled())
			.map(unit -> new Station(unit.id(), unit.code(), unit.name(),
					unit.parentId() == null || byId.get(unit.parentId()) == null ? null
							: byId.get(unit.parentId()).name()))
			.toList();
	}
}
