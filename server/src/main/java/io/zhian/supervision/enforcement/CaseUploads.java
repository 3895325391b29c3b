package io.zhian.supervision.enforcement;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ScopeKind;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;

/**
 * The upward synchronisation of cases (上传标志) as the exchange will use it: list the cases whose current
 * revision has not gone up (deletions included), carry them, then acknowledge each with the revision carried.
 * An acknowledgement of an older revision changes nothing, so an edit made while a package was under way is
 * carried next time rather than lost.
 */
@Service
public class CaseUploads {

	static final int MAX_BATCH = 500;

	/** One case as carried: which revision went up. */
	public record Uploaded(long id, int revision) {
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	CaseUploads(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Cases within the reader's scope waiting for upload, oldest change first; deleted ones carry deletedAt. */
	@Transactional
	public List<CaseReport> pending(Actor actor, int limit) {
		if (limit < 1 || limit > MAX_BATCH) {
			throw new ZhianException(ErrorCode.CASE_UPLOAD_INVALID, MAX_BATCH);
		}
		SqlCondition visible = actor.dataScope().units("c.station_unit_id");
		List<Object> params = new ArrayList<>(visible.params());
		params.add(limit);
		List<CaseReport> items = jdbc.sql(Cases.SELECT + Cases.FROM + " where c.uploaded_at is null and "
				+ visible.sql() + " order by c.updated_at, c.id limit ?")
			.params(params).query((rs, n) -> Cases.report(rs, actor)).list();
		audit.record(AuditRecord.success(AuditAction.SEARCH, "CaseUpload", null, items.size() + " pending"));
		return items;
	}

	/**
	 * Marks the carried revisions as uploaded; answers how many were still current. City scope only: the
	 * upload goes to the superior bureau, which a station or district account does not stand for.
	 */
	@Transactional
	public int acknowledge(Actor actor, List<Uploaded> uploaded) {
		if (actor.scope() != ScopeKind.CITY) {
			throw new ZhianException(ErrorCode.OUTSIDE_DATA_SCOPE);
		}
		if (uploaded == null || uploaded.isEmpty() || uploaded.size() > MAX_BATCH) {
			throw new ZhianException(ErrorCode.CASE_UPLOAD_INVALID, MAX_BATCH);
		}
		Timestamp now = Timestamp.from(clock.instant());
		int marked = 0;
		for (Uploaded u : uploaded) {
			if (u == null) {
				throw new ZhianException(ErrorCode.CASE_UPLOAD_INVALID, MAX_BATCH);
			}
			marked += jdbc.sql("update case_report set uploaded_at = ? where id = ? and revision = ? and uploaded_at is null")
				.params(now, u.id(), u.revision()).update();
		}
		audit.record(AuditRecord.success(AuditAction.UPDATE, "CaseUpload", null,
				marked + " of " + uploaded.size() + " marked uploaded"));
		return marked;
	}
}
