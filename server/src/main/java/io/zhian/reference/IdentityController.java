package io.zhian.reference;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.ErrorCode;
import io.zhian.common.Problems;

@RestController
@Tag(name = "identity", description = "Identity-document rules (GB 11643 ID numbers) and name keys")
class IdentityController {

	private final IdNumbers ids;
	private final NameKeys names;
	private final Problems problems;
	private final AuditTrail audit;

	IdentityController(IdNumbers ids, NameKeys names, Problems problems, AuditTrail audit) {
		this.ids = ids;
		this.names = names;
		this.problems = problems;
		this.audit = audit;
	}

	/** An invalid number is a 200 answer with a reason: the check itself succeeded. */
	@PostMapping("/api/v1/identity/check")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Check a document number against its type's rules; derive sex, birth date and region "
			+ "from an ID number; compute a name's search keys")
	IdentityCheckView check(@Valid @RequestBody IdentityCheckRequest request) {
		IdCheck check = ids.check(request.documentType().strip(), request.documentNumber());
		NameKey nameKeys = request.name() == null || request.name().isBlank() ? null : names.keys(request.name());
		audit.record(AuditRecord.success(AuditAction.READ, "IdentityCheck", null,
				check.documentType() + " " + IdNumbers.mask(check.normalizedNumber()) + " valid=" + check.valid()
						+ (check.reason() == null ? "" : " " + check.reason().code())));
		return view(check, nameKeys, LocaleContextHolder.getLocale());
	}

	private IdentityCheckView view(IdCheck check, NameKey nameKeys, Locale locale) {
		Region region = check.region();
		return new IdentityCheckView(check.valid(), check.documentType(), check.normalizedNumber(), check.sex(),
				check.birthDate(),
				region == null ? null : new RegionView(region.code(), region.name(), region.retired()),
				check.reason() == null ? null : new ReasonView(check.reason().code(), message(check, locale)),
				nameKeys);
	}

	private String message(IdCheck check, Locale locale) {
		Object[] arguments = check.reasonArguments().toArray();
		if (check.reason() == ErrorCode.DOCUMENT_NUMBER_FORMAT && arguments.length == 1) {
			// The form belongs to a document type: name it in the caller's language rather than by its code.
			arguments[0] = DocumentTypes.name((String) arguments[0], locale);
		}
		return problems.detail(check.reason(), locale, arguments);
	}

	record IdentityCheckRequest(@NotBlank @Size(max = 8) String documentType,
			@NotBlank @Size(max = 40) String documentNumber, @Size(max = 100) String name) {
	}

	record IdentityCheckView(boolean valid, String documentType, String normalizedNumber, String sex,
			LocalDate birthDate, RegionView region, ReasonView reason, NameKey nameKeys) {
	}

	record RegionView(String code, String name, boolean retired) {
	}

	record ReasonView(String code, String message) {
	}
}
