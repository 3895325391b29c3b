package io.zhian.alarm;

/**
 * Sends text messages to duty officers (值班民警). The default writes each message to the SMS outbox that
 * administrators read ({@code GET /api/v1/alarms/sms-outbox}); a deployment with an SMS platform declares its
 * own bean of this type, which replaces the default.
 *
 * <p>
 * Called inside the transaction that raised or escalated the alarm, so the outbox row exists exactly when the
 * alarm does. An implementation that talks to a remote platform should queue the message and send it after
 * commit (e.g. from the outbox table) rather than block the transaction.
 */
public interface SmsGateway {

	void send(SmsMessage message);
}
