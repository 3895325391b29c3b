package io.zhian.venue;

import java.time.LocalDate;

/**
 * Published when a venue registers an employee who was under 18 on the hire date, so that the station can look
 * into it (the alarm module will raise an alarm from it).
 */
public record MinorEmployeeRegistered(long staffId, long venueId, String venueCode, long stationUnitId, String name,
		LocalDate birthDate, LocalDate hiredOn) {
}
