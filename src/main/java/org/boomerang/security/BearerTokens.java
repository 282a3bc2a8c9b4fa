package org.boomerang.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Finds the bearer token of a request as Spring Security's
 * {@link DefaultBearerTokenResolver} does, without its regular expression for the common
 * case: the resolver matches the whole {@code Authorization} header against a
 * case-insensitive pattern, which walks every character of a token of a kilobyte or more
 * through a character class on each request (a few per cent of a search in the profile).
 * Here a well-formed {@code Bearer} header on a request that cannot also carry an
 * {@code access_token} parameter (no query string naming it, not a form) is read by a
 * loop with the same rule ({@link #token(String)}); everything else (no header, another
 * scheme, a malformed token, a request with a token parameter) goes to the standard
 * resolver, so its answers and its errors are Spring Security's own.
 */
final class BearerTokens implements BearerTokenResolver {

	private static final String SCHEME = "Bearer ";

	private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

	@Override
	public String resolve(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && noTokenParameter(request)) {
			String token = token(header);
			if (token != null) {
				return token;
			}
		}
		return this.standard.resolve(request);
	}

	/**
	 * The token of an {@code Authorization} header, by the rule of RFC 6750 section 2.1
	 * as Spring Security applies it: {@code Bearer} in any case, one space, then one or
	 * more of the letters, digits and {@code -._~+/}, then any number of {@code =}.
	 * @param header the header's value
	 * @return the token, or null when the header is not a well-formed bearer header
	 */
	static String token(String header) {
		if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return null;
		}
		int length = header.length();
		int end = length;
		while (end > SCHEME.length() && header.charAt(end - 1) == '=') {
			end--;
		}
		if (end == SCHEME.length()) {
			return null;
		}
		for (int i = SCHEME.length(); i < end; i++) {
			if (!tokenCharacter(header.charAt(i))) {
				return null;
			}
		}
		return header.substring(SCHEME.length());
	}

	private static boolean tokenCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~' || c == '+' || c == '/';
	}

	/**
	 * True when the standard resolver would not look for an {@code access_token}
	 * parameter: it reads parameters of GET requests and of form posts only.
	 */
	private static boolean noTokenParameter(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null && query.contains("access_token")) {
			return false;
		}
		String contentType = request.getContentType();
		return !(HttpMethod.POST.matches(request.getMethod()) && contentType != null
				&& contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE));
	}

}
