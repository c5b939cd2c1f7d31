package org.civicatlas.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.civicatlas.system.PublicCache;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

/**
 * Counts the SQL statements the application prepares, whoever runs them (JPA,
 * JdbcClient), so a test can assert that a page runs a small fixed number of them
 * whatever the data size. The server handles requests on its own threads, so the count is
 * global: tests that read it must not run requests in parallel. {@link #reset()} also
 * empties the public pages' cache, so that a count is that of a page built from the
 * database (the data-version read of every public request included), not of one served
 * from the cache.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor, ApplicationContextAware {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final AtomicLong count = new AtomicLong();

	private ApplicationContext context;

	@Override
	public void setApplicationContext(ApplicationContext context) {
		this.context = context;
	}

	public void reset() {
		context.getBean(PublicCache.class).clear();
		count.set(0);
	}

	/**
	 * Starts counting without emptying the cache: for asserting what a cached page costs.
	 */
	public void resetKeepingCache() {
		count.set(0);
	}

	public long count() {
		return count.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return proxy(DataSource.class, dataSource,
					(method, args, result) -> method.getName().equals("getConnection")
							? proxy(Connection.class, (Connection) result, this::onConnectionCall) : result);
		}
		return bean;
	}

	private Object onConnectionCall(Method method, Object[] args, Object result) {
		if (STATEMENTS.contains(method.getName()) && !isSessionStore(args)) {
			count.incrementAndGet();
		}
		return result;
	}

	/**
	 * Spring Session reads and touches a signed-in browser's session in PostgreSQL around
	 * every request (docs/deployment.md): the same few statements on every admin page,
	 * not the page's own work.
	 */
	private static boolean isSessionStore(Object[] args) {
		return args != null && args.length > 0 && args[0] instanceof String sql
				&& sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION");
	}

	private interface AfterCall {

		Object apply(Method method, Object[] args, Object result);

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, AfterCall after) {
		InvocationHandler handler = (proxy, method, args) -> {
			try {
				return after.apply(method, args, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

}
