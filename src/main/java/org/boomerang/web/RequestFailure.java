package org.boomerang.web;

import graphql.ErrorClassification;

/**
 * The two ways a GraphQL request fails as a whole rather than field by field: the
 * database is away, or the request ran out of time. Either makes the answer a request
 * error (no {@code data}), see {@link GraphQlErrorCodes}.
 */
enum RequestFailure implements ErrorClassification {

	/** The database could not be reached: {@code UNAVAILABLE}, HTTP 503. */
	UNAVAILABLE,

	/** The request ran longer than {@code boomerang.graphql.request-timeout}. */
	TIMED_OUT

}
