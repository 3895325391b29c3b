package io.zhian.bench.search;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * While {@link #label} is set, every select on record and record_party that the application runs is run a second time
 * as {@code EXPLAIN (ANALYZE, BUFFERS)} on the same connection with the same parameters, and the plan kept: the
 * plans in docs/performance.md are those of the statements the search and stats modules really issue, not
 * copies of them. A plain JDK proxy over the application's DataSource; off, it only passes calls through.
 */
public final class ExplainingDataSource implements InvocationHandler {

	/** A plan: the query it explains, under the label of the request that caused it. */
	public record Plan(String label, String sql, List<Object> parameters, String plan) {
	}

	private static volatile String label;
	private static final List<Plan> PLANS = new ArrayList<>();

	private final Object target;

	private ExplainingDataSource(Object target) {
		this.target = target;
	}

	/** Registers the wrapping of the application's DataSource bean. */
	public static BeanPostProcessor wrapper() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource ? proxy(bean, DataSource.class, AutoCloseable.class) : bean;
			}
		};
	}

	/** Explains what runs from now on under {@code name}; null stops. */
	public static void label(String name) {
		label = name;
	}

	public static synchronized List<Plan> plans() {
		return List.copyOf(PLANS);
	}

	private static Object proxy(Object target, Class<?>... interfaces) {
		return Proxy.newProxyInstance(ExplainingDataSource.class.getClassLoader(), interfaces,
				new ExplainingDataSource(target));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		Object result;
		try {
			result = method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
		if (result instanceof Connection connection && method.getName().equals("getConnection")) {
			return proxy(connection, Connection.class);
		}
		if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")
				&& args != null && args[0] instanceof String sql && explained(sql)) {
			return Proxy.newProxyInstance(ExplainingDataSource.class.getClassLoader(),
					new Class<?>[] { PreparedStatement.class }, new Recording(statement, sql, (Connection) target));
		}
		return result;
	}

	private static boolean explained(String sql) {
		String s = sql.stripLeading().toLowerCase();
		// The searched tables only: not the lot worker's polling or code-table lookups running meanwhile.
		return label != null && s.startsWith("select") && (s.contains("record_party") || s.contains("from record r"));
	}

	/** Records the parameters set on a statement, and explains it when it is executed. */
	private static final class Recording implements InvocationHandler {

		private final PreparedStatement statement;
		private final String sql;
		private final Connection connection;
		private final List<Object[]> settings = new ArrayList<>();

		Recording(PreparedStatement statement, String sql, Connection connection) {
			this.statement = statement;
			this.sql = sql;
			this.connection = connection;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
				settings.add(new Object[] { method, args });
			}
			Object result;
			try {
				result = method.invoke(statement, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
			if (method.getName().equals("executeQuery") && label != null) {
				explain();
			}
			return result;
		}

		private void explain() throws Exception {
			List<Object> parameters = new ArrayList<>();
			StringBuilder plan = new StringBuilder();
			try (PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
				for (Object[] setting : settings) {
					Object[] args = (Object[]) setting[1];
					((Method) setting[0]).invoke(explain, args);
					parameters.add(args[1] instanceof Object[] array ? List.of(array) : args[1]);
				}
				try (ResultSet rs = explain.executeQuery()) {
					while (rs.next()) {
						plan.append(rs.getString(1)).append('\n');
					}
				}
			}
			synchronized (ExplainingDataSource.class) {
				PLANS.add(new Plan(label, sql, parameters, plan.toString()));
			}
		}
	}
}
