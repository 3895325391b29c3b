package io.zhian.supervision.bulletin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import io.zhian.common.ErrorCode;
import io.zhian.common.FieldProblems;
import io.zhian.common.Problems;
import io.zhian.files.FilePurpose;
import io.zhian.files.Files;
import io.zhian.files.StoredFile;
import io.zhian.reference.CodeTables;

/** Checks every field of a new bulletin and refuses it with ZA-9001, listing each wrong field. */
@Component
class BulletinForm {

	static final String TYPE_TABLE = "bulletin-type";
	static final int MAX_TITLE = 200;
	static final int MAX_CONTENT = 20000;
	static final int MAX_FILES = 10;

	/** A bulletin whose fields passed; the audience is still to be resolved against the publisher's scope. */
	record Checked(String type, String title, String content, Instant deadline, List<Long> fileIds) {
	}

	private final CodeTables codes;
	private final Files files;
	private final Problems problems;
	private final Clock clock;

	BulletinForm(CodeTables codes, Files files, Problems problems, Clock clock) {
		this.codes = codes;
		this.files = files;
		this.problems = problems;
		this.clock = clock;
	}

	Checked check(NewBulletin bulletin) {
		FieldProblems errors = new FieldProblems(problems);
		String type = errors.text("type", bulletin.type(), true, 16);
		if (type != null && codes.find(TYPE_TABLE, type).isEmpty()) {
			errors.add("type", ErrorCode.CODE_UNKNOWN, TYPE_TABLE, type);
		}
		String title = errors.text("title", bulletin.title(), true, MAX_TITLE);
		String content = errors.text("content", bulletin.content(), true, MAX_CONTENT);
		Instant deadline = bulletin.deadline() == null ? null : bulletin.deadline().toInstant();
		if (deadline != null && !deadline.isAfter(clock.instant())) {
			errors.add("deadline", ErrorCode.BULLETIN_DEADLINE_PAST, bulletin.deadline());
		}
		checkFiles(errors, bulletin.fileIds());
		Audience audience = bulletin.audience();
		if (audience.isEmpty()) {
			errors.add("audience", ErrorCode.FIELD_REQUIRED);
		}
		for (String trade : audience.trades()) {
			if (trade == null || codes.find(CodeTables.TRADE, trade).isEmpty()) {
				errors.add("audience.trades", ErrorCode.CODE_UNKNOWN, CodeTables.TRADE, trade);
			}
		}
		errors.throwIfAny(ErrorCode.BULLETIN_INVALID);
		return new Checked(type, title, content, deadline, List.copyOf(bulletin.fileIds()));
	}

	/** Only files the police uploaded for bulletins: a venue's photo of a guest must not be broadcast. */
	private void checkFiles(FieldProblems errors, List<Long> fileIds) {
		if (fileIds.size() > MAX_FILES) {
			errors.add("fileIds", ErrorCode.BULLETIN_TOO_MANY_FILES, MAX_FILES);
			return;
		}
		for (Long id : fileIds) {
			StoredFile file = id == null ? null : files.find(id).orElse(null);
			if (file == null || file.purpose() != FilePurpose.BULLETIN_FILE || file.venueId() != null) {
				errors.add("fileIds", ErrorCode.FILE_REFERENCE_INVALID, "fileIds", id);
			}
		}
	}
}
