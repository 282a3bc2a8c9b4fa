package org.boomerang.security;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which other web origins may call the API from a browser.
 *
 * @param corsOrigins the origins ({@code https://host[:port]}) whose pages may call
 * {@code /graphql} and {@code /api/**} with a bearer token; none (the default) closes the
 * API to every other origin
 */
@ConfigurationProperties("boomerang.security")
record CorsProperties(@DefaultValue List<String> corsOrigins) {

	CorsProperties {
		for (String origin : corsOrigins) {
			URI uri = parse(origin);
			if (uri == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
					|| uri.getHost() == null || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
					|| uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
				throw new IllegalArgumentException("boomerang.security.cors-origins: '" + origin
						+ "' is not an origin; give scheme, host and port only, e.g. https://portal.example.org");
			}
		}
	}

	private static URI parse(String origin) {
		try {
			return URI.create(origin);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
