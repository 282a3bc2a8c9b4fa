package org.boomerang.graph;

import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds every wait on the database ({@link DatabaseProperties}), for the embedded
 * database's driver and a server's alike: the driver's connection, pool and retry
 * timeouts through a {@link ConfigBuilderCustomizer} (which both drivers apply), and the
 * transaction timeout of request work by wrapping the {@link Driver} bean
 * ({@link RequestBoundDriver}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseClientConfiguration {

	@Bean
	ConfigBuilderCustomizer databaseTimeouts(DatabaseProperties properties) {
		return (config) -> config
			.withConnectionTimeout(properties.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.withConnectionAcquisitionTimeout(properties.connectionAcquisitionTimeout().toMillis(),
					TimeUnit.MILLISECONDS)
			.withMaxTransactionRetryTime(properties.maxRetryTime().toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Static, so that it exists before the driver; it reads the settings only when the
	 * driver is made.
	 */
	@Bean
	static BeanPostProcessor requestBoundDriver(ObjectProvider<DatabaseProperties> properties) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof Driver driver) {
					return RequestBoundDriver.wrap(driver, properties.getObject().transactionTimeout());
				}
				return bean;
			}

		};
	}

}
