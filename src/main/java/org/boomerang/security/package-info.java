/**
 * Who is asking: the OAuth2 resource server (JWTs from trusted issuers, and from the
 * development sign-in of the embedded quick start), the caller model other features use
 * ({@link org.boomerang.security.Caller}, {@link org.boomerang.security.Role},
 * {@link org.boomerang.security.Reader}, {@link org.boomerang.security.CurrentCaller}),
 * and the HTTP rules of who may reach which endpoint. Depends on no feature package, so
 * every feature may use it.
 */
package org.boomerang.security;
