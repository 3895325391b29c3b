package io.zhian.supervision.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;

/**
 * Penalties against seal-engraving businesses (公章刻制业) are published on the public portal (spec 000B C4, §4):
 * this list needs no sign-in. Only venue penalties, never a person's, and only what a decision publishes.
 */
@RestController
@Tag(name = "public", description = "Public services that need no sign-in")
class SealPenaltyController {

	static final String PATH = "/api/v1/public/seal-penalties";

	/** A published penalty: the business, what was decided, when and by whom. */
	record PublishedPenalty(String decisionNumber, String venueCode, String venueName, String penaltyType,
			String reason, String legalBasis, LocalDate decidedOn, BigDecimal amount, String decidingUnit) {
	}

	private static final String FROM = """
			 from penalty_decision p join venue v on v.id = p.venue_id join org_unit du on du.id = p.deciding_unit_id
			 where p.subject_kind = 'VENUE' and 'SEAL' = any(v.trades)
			""";

	private final JdbcClient jdbc;

	SealPenaltyController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping(PATH)
	@Transactional(readOnly = true)
	@Operation(summary = "处罚公示: penalties against seal-engraving businesses, latest first (no sign-in)")
	Paged<PublishedPenalty> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageQuery paging = PageQuery.of(page, size);
		long total = jdbc.sql("select count(*)" + FROM).query(Long.class).single();
		List<PublishedPenalty> items = jdbc.sql("select p.*, v.code as venue_code, v.name as venue_name,"
				+ " du.name as deciding_name" + FROM + " order by p.decided_on desc, p.id desc limit ? offset ?")
			.params(paging.size(), paging.offset())
			.query((rs, n) -> new PublishedPenalty(rs.getString("decision_number"), rs.getString("venue_code"),
					rs.getString("venue_name"), rs.getString("penalty_type"), rs.getString("reason"),
					rs.getString("legal_basis"), rs.getDate("decided_on").toLocalDate(), rs.getBigDecimal("amount"),
					rs.getString("deciding_name")))
			.list();
		return new Paged<>(items, total);
	}
}
