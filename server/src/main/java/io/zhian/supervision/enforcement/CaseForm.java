package io.zhian.supervision.enforcement;

import java.time.LocalDate;

/**
 * A case (发案) as an officer registers it: the venue, at least one of the two case types, the incident date,
 * the brief summary (简要案情), whether it was penalised, and for scrap metal the handling (处理信息).
 *
 * @param criminalType code of {@code criminal-case-type}
 * @param publicOrderType code of {@code public-order-case-type}
 */
public record CaseForm(Long venueId, String criminalType, String publicOrderType, LocalDate occurredOn,
		String summary, Boolean penalised, String handling) {
}
