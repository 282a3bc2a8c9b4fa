package org.boomerang.api;

/**
 * The codes an API error carries in {@code extensions.code}: those the GraphQL contract
 * lists, and {@code UNAVAILABLE} for a request the service cannot answer while its
 * database is away.
 */
public enum ErrorCode {

	/** The request is wrong: fix it before sending it again. */
	BAD_REQUEST,

	/** Something the request names does not exist. */
	NOT_FOUND,

	/** The caller may not do this. */
	FORBIDDEN,

	/** The caller is not known: authenticate first. */
	UNAUTHORIZED,

	/** The server failed; the request may be fine. */
	INTERNAL_ERROR,

	/**
	 * The database cannot be reached right now: nothing was read or written; send the
	 * same request again later.
	 */
	UNAVAILABLE

}
