package org.boomerang.graph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.Query;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/**
 * A {@link Driver} whose transactions, while the thread answers a request with a
 * {@link RequestDeadline}, carry a timeout: the shorter of
 * {@code boomerang.neo4j.transaction-timeout} and the time the request has left. The
 * database then ends a statement that the request no longer waits for, and a request out
 * of time starts none. Without a deadline everything passes through unchanged. It covers
 * the ways the service runs Cypher: {@link Driver#executableQuery(String)} and the
 * transactions of a {@link Session} (managed, explicit and auto-commit).
 */
final class RequestBoundDriver {

	/** Stands for "the driver's default bookmark manager" when a config is copied. */
	private static final BookmarkManager DEFAULT_MANAGER = BookmarkManagers
		.defaultManager(BookmarkManagerConfig.builder().build());

	private RequestBoundDriver() {
	}

	/**
	 * Wraps a driver.
	 * @param driver the driver
	 * @param transactionTimeout the longest a transaction of a request may take
	 * @return the wrapped driver
	 */
	static Driver wrap(Driver driver, Duration transactionTimeout) {
		return proxy(Driver.class, new Forwarding(driver) {

			@Override
			Object call(Method method, Object[] args) throws Throwable {
				Object result = forward(method, args);
				if (result instanceof ExecutableQuery query) {
					return query(query, QueryConfig.defaultConfig(), transactionTimeout);
				}
				if (result instanceof Session session) {
					return session(session, transactionTimeout);
				}
				return result;
			}

		});
	}

	private static ExecutableQuery query(ExecutableQuery target, QueryConfig config, Duration transactionTimeout) {
		return proxy(ExecutableQuery.class, new Forwarding(target) {

			@Override
			Object call(Method method, Object[] args) throws Throwable {
				if (method.getName().equals("withConfig")) {
					QueryConfig given = (QueryConfig) args[0];
					return query((ExecutableQuery) forward(method, args), given, transactionTimeout);
				}
				if (method.getName().startsWith("with")) {
					return query((ExecutableQuery) forward(method, args), config, transactionTimeout);
				}
				Optional<Duration> timeout = timeout(transactionTimeout);
				if (method.getName().equals("execute") && timeout.isPresent()) {
					ExecutableQuery bounded = target.withConfig(withTimeout(config, timeout.get()));
					return reflect(bounded, method, args);
				}
				return forward(method, args);
			}

		});
	}

	private static Session session(Session target, Duration transactionTimeout) {
		return proxy(Session.class, new Forwarding(target) {

			@Override
			Object call(Method method, Object[] args) throws Throwable {
				if (!startsTransaction(method)) {
					return forward(method, args);
				}
				Optional<Duration> timeout = timeout(transactionTimeout);
				if (timeout.isEmpty()) {
					return forward(method, args);
				}
				Class<?>[] types = method.getParameterTypes();
				int last = types.length - 1;
				if (last >= 0 && types[last] == TransactionConfig.class) {
					Object[] bounded = args.clone();
					bounded[last] = withTimeout((TransactionConfig) args[last], timeout.get());
					return forward(method, bounded);
				}
				TransactionConfig config = TransactionConfig.builder().withTimeout(timeout.get()).build();
				if (method.getName().equals("run")) {
					// An auto-commit statement: as a Query, whatever form its parameters
					// came in, with the config.
					Query query = (args[0] instanceof Query given) ? given
							: Query.class.getConstructor(types).newInstance(args);
					return target.run(query, config);
				}
				// The same method with a TransactionConfig added at the end.
				Class<?>[] withConfig = Arrays.copyOf(types, types.length + 1);
				withConfig[types.length] = TransactionConfig.class;
				Object[] bounded = Arrays.copyOf((args != null) ? args : new Object[0], types.length + 1);
				bounded[types.length] = config;
				return reflect(target, Session.class.getMethod(method.getName(), withConfig), bounded);
			}

		});
	}

	private static boolean startsTransaction(Method method) {
		return switch (method.getName()) {
			case "beginTransaction", "executeRead", "executeWrite", "executeReadWithoutResult",
					"executeWriteWithoutResult", "run" ->
				true;
			default -> false;
		};
	}

	/**
	 * The timeout for a transaction starting now, or empty outside a request.
	 * @throws RequestTimedOutException when the request has no time left
	 */
	private static Optional<Duration> timeout(Duration transactionTimeout) {
		Optional<Duration> remaining = RequestDeadline.remaining();
		if (remaining.isEmpty()) {
			return Optional.empty();
		}
		RequestDeadline.check();
		Duration left = remaining.get();
		// The database counts in milliseconds; a timeout of 0 would mean "none".
		Duration timeout = (left.compareTo(transactionTimeout) < 0) ? left : transactionTimeout;
		return Optional.of((timeout.toMillis() < 1) ? Duration.ofMillis(1) : timeout);
	}

	private static QueryConfig withTimeout(QueryConfig config, Duration timeout) {
		QueryConfig.Builder builder = QueryConfig.builder()
			.withRouting(config.routing())
			.withTimeout(config.timeout().filter((t) -> t.compareTo(timeout) < 0).orElse(timeout))
			.withMetadata(config.metadata());
		config.database().ifPresent(builder::withDatabase);
		config.impersonatedUser().ifPresent(builder::withImpersonatedUser);
		Optional<BookmarkManager> manager = config.bookmarkManager(DEFAULT_MANAGER);
		if (manager.isEmpty()) {
			builder.withBookmarkManager(null);
		}
		else if (manager.get() != DEFAULT_MANAGER) {
			builder.withBookmarkManager(manager.get());
		}
		return builder.build();
	}

	private static TransactionConfig withTimeout(TransactionConfig config, Duration timeout) {
		Duration given = (config != null) ? config.timeout() : null;
		TransactionConfig.Builder builder = TransactionConfig.builder()
			.withTimeout((given != null && !given.isZero() && given.compareTo(timeout) < 0) ? given : timeout);
		if (config != null && !config.metadata().isEmpty()) {
			builder.withMetadata(new HashMap<String, Object>(config.metadata()));
		}
		return builder.build();
	}

	private static <T> T proxy(Class<T> type, InvocationHandler handler) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

	private static Object reflect(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * Forwards every call to the wrapped object, apart from what {@link #call} changes;
	 * {@code equals}, {@code hashCode} and {@code toString} are the proxy's own.
	 */
	private abstract static class Forwarding implements InvocationHandler {

		private final Object target;

		Forwarding(Object target) {
			this.target = target;
		}

		@Override
		public final Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			return switch (method.getName()) {
				case "equals" -> (args != null && args.length == 1) ? proxy == args[0] : forward(method, args);
				case "hashCode" -> (args == null) ? System.identityHashCode(proxy) : forward(method, args);
				case "toString" -> (args == null) ? "RequestBound[" + this.target + "]" : forward(method, args);
				default -> call(method, args);
			};
		}

		abstract Object call(Method method, Object[] args) throws Throwable;

		final Object forward(Method method, Object[] args) throws Throwable {
			return reflect(this.target, method, args);
		}

	}

}
