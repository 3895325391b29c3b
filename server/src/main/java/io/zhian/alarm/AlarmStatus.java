package io.zhian.alarm;

/**
 * Where an alarm stands. The steps go strictly forward, one at a time: raised → signed for (签收) → handled
 * (处置) → feedback given (反馈) → closed.
 */
enum AlarmStatus {
	RAISED, SIGNED, HANDLED, FEEDBACK, CLOSED;

	/** Whether an alarm in this status may take the step that leads to {@code next}. */
	boolean mayBecome(AlarmStatus next) {
		return next.ordinal() == ordinal() + 1;
	}

	boolean open() {
		return this != CLOSED;
	}
}
