package io.zhian.alarm;

import java.util.Optional;

/** The one way into the alarm module. */
public interface AlarmRaiser {

	/**
	 * Raises an alarm in the caller's transaction (so that it exists exactly when the caller's work commits) and
	 * notifies the users who must act after that commit.
	 * <p>
	 * With a venue the alarm is routed to the venue's police station and responsible officer, otherwise to the
	 * owning unit; the watch entry's owning unit sees it too. The publish switch may hold it for review; the
	 * station's duty officer is texted when it is published. See docs/alarms.md.
	 *
	 * @throws IllegalArgumentException when the request names a venue that does not exist
	 * @throws NullPointerException when the kind, level or dedupe key is missing
	 * @return the new alarm's id, or empty when an alarm with the same dedupe key already exists
	 */
	Optional<Long> raise(AlarmRequest request);
}
