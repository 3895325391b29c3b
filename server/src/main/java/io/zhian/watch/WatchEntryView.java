package io.zhian.watch;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A watch entry as the console shows it, with its whole history (created, approved, withdrawn or expired). */
public record WatchEntryView(long id, TargetType targetType, String documentType, String documentNumber,
		String name, LocalDate birthDate, String plate, String vin, String imei, String serialNumber,
		String itemCategory, String description, String phone, String category, String categoryName, String reason,
		String source, long owningUnitId, String owningUnitName, boolean cityWide, EntryStatus status,
		Long listId, String listName, OffsetDateTime validFrom, OffsetDateTime validTo, OffsetDateTime createdAt,
		String createdBy, OffsetDateTime approvedAt, String approvedBy, OffsetDateTime withdrawnAt,
		String withdrawnBy, String withdrawalUnit, String withdrawalApprover, String withdrawalReason) {
}
