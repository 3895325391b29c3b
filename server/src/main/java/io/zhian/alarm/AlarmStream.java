package io.zhian.alarm;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.zhian.common.Actor;

/**
 * The browsers connected to this node for live alarms (Server-Sent Events), each with the user it was
 * authenticated as. An alarm change is pushed to every connection whose user may see the alarm, as the list
 * would show it (masked without the full-view permission). Streams end after {@code zhian.alarm.stream-timeout}
 * and the browser reconnects, which authenticates it again.
 */
@Component
class AlarmStream {

	private static final Logger log = LoggerFactory.getLogger(AlarmStream.class);

	private record Subscriber(Actor actor, SseEmitter emitter) {
	}

	private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
	private final AlarmProperties properties;

	AlarmStream(AlarmProperties properties) {
		this.properties = properties;
	}

	SseEmitter subscribe(Actor actor) {
		SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
		Subscriber subscriber = new Subscriber(actor, emitter);
		subscribers.add(subscriber);
		emitter.onCompletion(() -> subscribers.remove(subscriber));
		emitter.onTimeout(() -> subscribers.remove(subscriber));
		emitter.onError(e -> subscribers.remove(subscriber));
		// The first event tells the browser the stream is live, so it can reload what it missed while away.
		send(subscriber, SseEmitter.event().name("ready").data("{}", MediaType.APPLICATION_JSON));
		return emitter;
	}

	void push(AlarmView alarm) {
		for (Subscriber subscriber : subscribers) {
			Actor actor = subscriber.actor();
			if (actor.can("ALARM_READ") && AlarmScope.covers(actor, alarm)) {
				AlarmView shown = actor.can(AlarmQueries.FULL_VIEW) ? alarm : AlarmQueries.masked(alarm);
				send(subscriber, SseEmitter.event().name("alarm").id(Long.toString(alarm.id()))
					.data(shown, MediaType.APPLICATION_JSON));
			}
		}
	}

	/** A comment line on every stream, so that proxies keep idle streams open and dead ones are noticed. */
	void heartbeat() {
		subscribers.forEach(subscriber -> send(subscriber, SseEmitter.event().comment("heartbeat")));
	}

	/** Ends every stream, e.g. at shutdown, so that open streams do not hold the graceful shutdown up. */
	void closeAll() {
		subscribers.forEach(subscriber -> subscriber.emitter().complete());
		subscribers.clear();
	}

	int connections() {
		return subscribers.size();
	}

	private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
		try {
			subscriber.emitter().send(event);
		}
		catch (IOException | IllegalStateException gone) {
			log.debug("Alarm stream of {} closed: {}", subscriber.actor().username(), gone.toString());
			subscribers.remove(subscriber);
			subscriber.emitter().completeWithError(gone);
		}
	}
}
