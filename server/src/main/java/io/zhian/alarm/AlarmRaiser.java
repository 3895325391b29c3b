package io.zhian.alarm;

import java.util.Optional;

/** The one way into the alarm module. */
public interface AlarmRaiser {

	/**
	 * Raises an alarm in the caller's transaction (so that it exists exactly when the caller's work commits) and
	 * notifies the users who must act after that commit.
	 *
	 * @return the new alarm's id, or empty when an alarm with the same dedupe key already exists
	 */
	Optional<Long> raise(AlarmRequest request);
}
