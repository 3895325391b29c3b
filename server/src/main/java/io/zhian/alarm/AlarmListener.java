package io.zhian.alarm;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on the PostgreSQL channel {@value AlarmChanges#CHANNEL} on one dedicated connection and pushes each
 * announced alarm to this node's live streams. Every node of a scaled deployment listens on the same database,
 * so an alarm raised or changed on any node reaches the browsers connected to all of them, and only after the
 * change committed. A lost connection is reopened; browsers reload their list when their stream reconnects.
 */
@Component
class AlarmListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AlarmListener.class);
	private static final int WAIT_MILLIS = 500;

	private final DataSource dataSource;
	private final AlarmQueries queries;
	private final AlarmStream stream;
	private final AlarmProperties properties;
	private volatile boolean running;
	private Thread thread;

	AlarmListener(DataSource dataSource, AlarmQueries queries, AlarmStream stream, AlarmProperties properties) {
		this.dataSource = dataSource;
		this.queries = queries;
		this.stream = stream;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		running = true;
		thread = new Thread(this::listen, "alarm-listener");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public synchronized void stop() {
		running = false;
		stream.closeAll();
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(TimeUnit.SECONDS.toMillis(2));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		long lastHeartbeat = System.nanoTime();
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + AlarmChanges.CHANNEL);
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							push(notification.getParameter());
						}
					}
					if (System.nanoTime() - lastHeartbeat > properties.heartbeat().toNanos()) {
						stream.heartbeat();
						lastHeartbeat = System.nanoTime();
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				if (running) {
					log.warn("Alarm listener lost its connection, reconnecting: {}", e.toString());
					pause();
				}
			}
		}
	}

	private void push(String alarmId) {
		try {
			queries.find(Long.parseLong(alarmId)).ifPresent(stream::push);
		}
		catch (RuntimeException e) {
			log.warn("Alarm {} could not be pushed", alarmId, e);
		}
	}

	private void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
