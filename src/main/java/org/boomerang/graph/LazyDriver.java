package org.boomerang.graph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;

/**
 * A {@link Driver} that is made on first use: beans can hold it while the embedded
 * database is still starting, and the first statement waits for the database instead of
 * failing to connect. Closing a driver that was never used does nothing.
 */
final class LazyDriver implements InvocationHandler {

	private final Supplier<Driver> factory;

	private volatile Driver target;

	private LazyDriver(Supplier<Driver> factory) {
		this.factory = factory;
	}

	static Driver of(Supplier<Driver> factory) {
		return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
				new LazyDriver(factory));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		switch (method.getName()) {
			case "equals":
				return proxy == args[0];
			case "hashCode":
				return System.identityHashCode(proxy);
			case "toString":
				return "LazyDriver[" + this.target + "]";
			case "close":
				if (this.target == null) {
					return null;
				}
				break;
			case "closeAsync":
				if (this.target == null) {
					return CompletableFuture.completedFuture(null);
				}
				break;
			default:
				break;
		}
		try {
			return method.invoke(target(), args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private Driver target() {
		Driver driver = this.target;
		if (driver == null) {
			synchronized (this) {
				driver = this.target;
				if (driver == null) {
					driver = this.factory.get();
					this.target = driver;
				}
			}
		}
		return driver;
	}

}
