package io.zhian.files;

import java.io.IOException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.Actor;
import io.zhian.common.CurrentActor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

@RestController
@RequestMapping("/api/v1/files")
@Tag(name = "files", description = "Document, face and staff photos")
class FileController {

	private final Files files;

	FileController(Files files) {
		this.files = files;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('ENTERPRISE_PORTAL') or hasAuthority('RECORD_SUBMIT')")
	@Operation(summary = "Upload a JPEG or PNG photo for the caller's venue")
	StoredFile upload(@RequestParam("file") MultipartFile file, @RequestParam FilePurpose purpose) throws IOException {
		Actor actor = CurrentActor.require();
		if (actor.venueId() == null) {
			throw new ZhianException(ErrorCode.ACCESS_DENIED);
		}
		return files.store(actor, purpose, file.getContentType(), file.getBytes());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Download a file within the caller's data scope (audited)")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		Files.Content content = files.read(CurrentActor.require(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.file().contentType()))
			.cacheControl(CacheControl.noStore())
			.body(content.bytes());
	}
}
