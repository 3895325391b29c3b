package io.zhian.supervision.bulletin;

import java.io.IOException;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.files.Files;
import io.zhian.files.StoredFile;

@RestController
@RequestMapping("/api/v1/bulletins")
@Tag(name = "bulletins", description = "协查通报与消息发布: police publish to venues, venues acknowledge and reply")
class BulletinController {

	private static final String EITHER_SIDE = "hasAuthority('BULLETIN_PUBLISH') or hasAuthority('ENTERPRISE_PORTAL')";

	private final BulletinPublisher publisher;
	private final BulletinSummaries summaries;
	private final BulletinDetails details;
	private final RecipientAnswers answers;
	private final BulletinFollowUp followUp;
	private final BulletinFiles files;

	BulletinController(BulletinPublisher publisher, BulletinSummaries summaries, BulletinDetails details,
			RecipientAnswers answers, BulletinFollowUp followUp, BulletinFiles files) {
		this.publisher = publisher;
		this.summaries = summaries;
		this.details = details;
		this.answers = answers;
		this.followUp = followUp;
		this.files = files;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('BULLETIN_PUBLISH')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Publish a bulletin to the venues its audience selects within the caller's scope")
	BulletinDetail publish(@RequestBody NewBulletin bulletin) {
		long id = publisher.publish(CurrentActor.require(), bulletin);
		return details.detail(CurrentActor.require(), id);
	}

	@GetMapping
	@PreAuthorize(EITHER_SIDE)
	@Operation(summary = "Bulletins sent to the caller's venue, or published within the caller's scope, newest first")
	Paged<BulletinSummary> list(@RequestParam(required = false) String type, @RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean open, @RequestParam(required = false) Boolean unread,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return summaries.list(CurrentActor.require(), new BulletinFilter(type, q, open, unread, overdue),
				PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize(EITHER_SIDE)
	@Operation(summary = "One bulletin: police see every recipient, a venue its own state (and it is marked read)")
	BulletinDetail get(@PathVariable long id) {
		return details.open(CurrentActor.require(), id);
	}

	@PostMapping("/{id}/ack")
	@PreAuthorize("hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "签收: acknowledge for the caller's venue (again: no change)")
	BulletinDetail acknowledge(@PathVariable long id) {
		return answers.acknowledge(CurrentActor.require(), id);
	}

	record NewReply(String content, Long fileId) {
	}

	@PostMapping("/{id}/replies")
	@PreAuthorize("hasAuthority('ENTERPRISE_PORTAL')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Reply for the caller's venue, with an optional attachment")
	BulletinDetail reply(@PathVariable long id, @RequestBody NewReply reply) {
		return answers.reply(CurrentActor.require(), id, reply.content(), reply.fileId());
	}

	record ChaseRequest(List<Long> venueIds, String message) {
	}

	@PostMapping("/{id}/chase")
	@PreAuthorize("hasAuthority('BULLETIN_PUBLISH')")
	@Operation(summary = "催办: remind the recipients that have not acknowledged (all, or the venues given)")
	BulletinDetail chase(@PathVariable long id, @RequestBody(required = false) ChaseRequest chase) {
		return chase == null ? followUp.chase(CurrentActor.require(), id, null, null)
				: followUp.chase(CurrentActor.require(), id, chase.venueIds(), chase.message());
	}

	record Revocation(String reason) {
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize("hasAuthority('BULLETIN_PUBLISH')")
	@Operation(summary = "撤销: revoke a bulletin; it stays readable, marked revoked")
	BulletinDetail revoke(@PathVariable long id, @RequestBody(required = false) Revocation revocation) {
		return followUp.revoke(CurrentActor.require(), id, revocation == null ? null : revocation.reason());
	}

	@PostMapping(path = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(EITHER_SIDE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload a picture or attachment (JPEG, PNG, PDF) for a bulletin or a reply")
	StoredFile upload(@RequestParam("file") MultipartFile file) throws IOException {
		return files.upload(CurrentActor.require(), file.getContentType(), file.getBytes());
	}

	@GetMapping("/{id}/files/{fileId}")
	@PreAuthorize(EITHER_SIDE)
	@Operation(summary = "Download a picture or attachment of the bulletin or of a reply the caller may see")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
		Files.Content content = files.download(CurrentActor.require(), id, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.file().contentType()))
			.cacheControl(CacheControl.noStore())
			.body(content.bytes());
	}
}
