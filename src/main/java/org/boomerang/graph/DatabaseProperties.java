package org.boomerang.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the service waits for its database ({@code boomerang.neo4j.*}), for the
 * embedded database and a server alike: when the database is away, a request fails in
 * seconds with {@code UNAVAILABLE} instead of hanging for a minute. These override Spring
 * Boot's {@code spring.neo4j.connection-timeout},
 * {@code spring.neo4j.pool.connection-acquisition-timeout} and
 * {@code spring.neo4j.max-transaction-retry-time}.
 *
 * @param connectionTimeout the longest a new connection to the database may take to open
 * @param connectionAcquisitionTimeout the longest a statement waits for a connection of
 * the pool (opening a new one included)
 * @param maxRetryTime how long the driver keeps retrying a transaction that failed for a
 * transient reason (a lost connection, a leader switch, a deadlock) before giving up
 * @param transactionTimeout the longest one transaction run to answer a GraphQL request
 * may take; the database ends it then (never later than the request's own time limit,
 * {@code boomerang.graphql.request-timeout}). Background work and imports are not bound
 * by it
 * @param startupTimeout how long a start waits for the database to answer its first
 * statements (the schema migrations) before it gives up
 */
@ConfigurationProperties("boomerang.neo4j")
public record DatabaseProperties(@DefaultValue("5s") Duration connectionTimeout,
		@DefaultValue("5s") Duration connectionAcquisitionTimeout, @DefaultValue("3s") Duration maxRetryTime,
		@DefaultValue("5s") Duration transactionTimeout, @DefaultValue("2m") Duration startupTimeout) {

	public DatabaseProperties {
		positive("connection-timeout", connectionTimeout);
		positive("connection-acquisition-timeout", connectionAcquisitionTimeout);
		if (maxRetryTime.isNegative()) {
			throw new IllegalArgumentException(
					"boomerang.neo4j.max-retry-time must be 0 (no retries) or more, not " + maxRetryTime);
		}
		positive("transaction-timeout", transactionTimeout);
		positive("startup-timeout", startupTimeout);
	}

	private static void positive(String name, Duration value) {
		if (value.isZero() || value.isNegative()) {
			throw new IllegalArgumentException("boomerang.neo4j." + name + " must be more than 0, not " + value);
		}
	}

}
