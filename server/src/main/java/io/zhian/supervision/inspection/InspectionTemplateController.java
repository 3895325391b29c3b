package io.zhian.supervision.inspection;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
@RequestMapping("/api/v1/inspection-templates")
@Tag(name = "inspection templates", description = "检查模板: each trade's checklist, in versions")
class InspectionTemplateController {

	private final InspectionTemplates templates;

	InspectionTemplateController(InspectionTemplates templates) {
		this.templates = templates;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "The current checklist of every trade")
	List<InspectionTemplate> current() {
		return templates.current();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SUPERVISION_READ') or hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "One version of a checklist (a venue reads the one its inspections were filled with)")
	InspectionTemplate version(@PathVariable long id) {
		return templates.find(id);
	}

	@GetMapping("/trades/{trade}")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "Every version of one trade's checklist, newest first")
	List<InspectionTemplate> versions(@PathVariable String trade) {
		templates.current(trade);
		return templates.versions(trade);
	}

	@PostMapping("/trades/{trade}")
	@PreAuthorize("hasAuthority('INSPECTION_CONFIGURE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Store a new version of a trade's checklist; past inspections keep theirs")
	InspectionTemplate save(@PathVariable String trade, @RequestBody TemplateDraft draft) {
		return templates.save(CurrentActor.require(), trade, draft);
	}
}
