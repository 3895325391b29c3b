package io.zhian.common;

import java.util.concurrent.ThreadFactory;

/**
 * Threads of the background workers (lots, imports, the audit sealer): named, so that thread dumps say which
 * worker is busy, and daemons, so that a worker never keeps a stopping JVM alive.
 */
public final class DaemonThreads {

	private DaemonThreads() {
	}

	public static ThreadFactory named(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}
}
