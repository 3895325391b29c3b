package io.zhian.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.Sm3;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;

/**
 * Stores and hands out files. Only images are accepted, checked by content; a file belongs to the uploader's
 * venue and is readable within that venue's data scope. Every read is audited: these are pictures of people.
 */
@Service
public class Files {

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	Files(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The file's content and type, for a download. */
	public record Content(StoredFile file, byte[] bytes) {
	}

	@Transactional
	public StoredFile store(Actor actor, FilePurpose purpose, String declaredType, byte[] content) {
		return storeFor(actor, actor.venueId(), purpose, declaredType, content);
	}

	/**
	 * Stores a file as a venue's that the actor does not belong to: a photo an officer takes at the venue. The
	 * caller has checked that the venue lies within the actor's data scope.
	 */
	@Transactional
	public StoredFile storeFor(Actor actor, Long venueId, FilePurpose purpose, String declaredType, byte[] content) {
		if (content.length == 0) {
			throw new ZhianException(ErrorCode.FILE_EMPTY);
		}
		if (content.length > purpose.maxBytes()) {
			throw new ZhianException(ErrorCode.FILE_TOO_LARGE, content.length, purpose.maxBytes());
		}
		ImageType type = ImageType.sniff(content)
			.filter(sniffed -> sniffed != ImageType.PDF || purpose.acceptsPdf())
			.orElseThrow(() -> new ZhianException(ErrorCode.FILE_TYPE_UNSUPPORTED, String.valueOf(declaredType)));
		if (declaredType != null && !declaredType.isBlank() && !declaredType.equalsIgnoreCase(type.contentType())
				&& !declaredType.equalsIgnoreCase("application/octet-stream")) {
			throw new ZhianException(ErrorCode.FILE_TYPE_UNSUPPORTED, declaredType);
		}
		String digest = Sm3.hex(content);
		long id = jdbc.sql("""
				insert into stored_file (venue_id, purpose, content_type, size_bytes, sm3, content, uploaded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(venueId, purpose.name(), type.contentType(), content.length, digest, content,
					actor.userId(), clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.query(Long.class).single();
		audit.record(AuditRecord.success(AuditAction.CREATE, "File", id, purpose + " " + content.length + " bytes"));
		return find(id).orElseThrow();
	}

	/** A file's facts if it exists, whoever may see it; for checks by other modules, not for download. */
	@Transactional(readOnly = true)
	public Optional<StoredFile> find(long id) {
		return jdbc.sql("select id, venue_id, purpose, content_type, size_bytes, sm3, created_at from stored_file where id = ?")
			.param(id).query(Files::file).optional();
	}

	/**
	 * A file's content whoever asks, for a module that has decided itself that the caller may see it (a bulletin's
	 * attachment goes to every recipient venue); that module audits the read.
	 */
	@Transactional(readOnly = true)
	public Content content(long id) {
		return jdbc.sql("""
				select id, venue_id, purpose, content_type, size_bytes, sm3, created_at, content
				from stored_file where id = ?""")
			.param(id).query((rs, row) -> new Content(file(rs, row), rs.getBytes("content"))).optional()
			.orElseThrow(() -> new ZhianException(ErrorCode.FILE_NOT_FOUND, id));
	}

	/** The file for a download within the actor's data scope; anything else is "not found". */
	@Transactional
	public Content read(Actor actor, long id) {
		SqlCondition visible = actor.dataScope().venues("f.venue_id", "v.station_unit_id");
		Content content = jdbc.sql("""
				select f.id, f.venue_id, f.purpose, f.content_type, f.size_bytes, f.sm3, f.created_at, f.content
				from stored_file f join venue v on v.id = f.venue_id where f.id = ? and """ + " " + visible.sql())
			.param(id).params(visible.params())
			.query((rs, row) -> new Content(file(rs, row), rs.getBytes("content"))).optional()
			.orElseThrow(() -> new ZhianException(ErrorCode.FILE_NOT_FOUND, id));
		audit.record(AuditRecord.success(AuditAction.READ, "File", id, content.file().purpose().name()));
		return content;
	}

	private static StoredFile file(ResultSet rs, int row) throws SQLException {
		return new StoredFile(rs.getLong("id"), (Long) rs.getObject("venue_id"),
				FilePurpose.valueOf(rs.getString("purpose")), rs.getString("content_type"), rs.getInt("size_bytes"),
				rs.getString("sm3"), rs.getTimestamp("created_at").toInstant());
	}
}
