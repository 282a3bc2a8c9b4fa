package org.boomerang.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a request refused before it reaches a controller, in the shape its endpoint
 * answers everything else: GraphQL gets a GraphQL error with {@code extensions.code}
 * ({@code application/graphql-response+json}, or {@code application/json} when that is
 * all the client accepts), the other endpoints the JSON error of the import
 * ({@code error}, {@code message}, {@code problems}). The status and the standard
 * {@code WWW-Authenticate: Bearer} header come from Spring Security's bearer-token
 * handlers.
 */
final class AccessErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private final AuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final AccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();

	private final JsonMapper json;

	private final String graphQlPath;

	private final boolean devLogin;

	AccessErrors(JsonMapper json, String graphQlPath, boolean devLogin) {
		this.json = json;
		this.graphQlPath = graphQlPath;
		this.devLogin = devLogin;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		this.bearer.commence(request, response, ex);
		write(request, response, "UNAUTHORIZED", unauthorized(ex));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException, ServletException {
		this.denied.handle(request, response, ex);
		write(request, response, "FORBIDDEN", forbidden(path(request)));
	}

	private String unauthorized(AuthenticationException ex) {
		if (ex instanceof OAuth2AuthenticationException oauth) {
			String reason = (oauth.getError().getDescription() != null) ? oauth.getError().getDescription()
					: oauth.getError().getErrorCode();
			return "The bearer token was refused (" + reason + "): sign in again and send the new token.";
		}
		return "Sign in first: send the header Authorization: Bearer <token>, with a token of a trusted issuer"
				+ (this.devLogin ? " (here: from the sign-in of the search page, or POST /api/dev/login)." : ".");
	}

	private static String forbidden(String path) {
		if (path.equals("/api/import")) {
			return "Importing needs the ADMIN role or the scope boomerang:import, and this token has neither.";
		}
		if (path.startsWith("/api/export/")) {
			return "The exports need the ADMIN role or the scope boomerang:export, and this token has neither.";
		}
		return "This token does not allow " + path + ".";
	}

	private void write(HttpServletRequest request, HttpServletResponse response, String code, String message)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		MediaType type;
		if (path(request).equals(this.graphQlPath)) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("message", message);
			error.put("extensions", Map.of("code", code));
			body.put("errors", List.of(error));
			type = graphQlType(request.getHeader(HttpHeaders.ACCEPT));
		}
		else {
			body.put("error", code);
			body.put("message", message);
			body.put("problems", List.of());
			type = MediaType.APPLICATION_JSON;
		}
		response.setContentType(type.toString());
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), body);
	}

	/**
	 * What GraphQL over HTTP answers in for an {@code Accept} header: the GraphQL
	 * response type unless the client accepts {@code application/json} but not it.
	 */
	static MediaType graphQlType(String accept) {
		if (accept == null || accept.isBlank()) {
			return GRAPHQL_RESPONSE;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (IllegalArgumentException ex) {
			return GRAPHQL_RESPONSE;
		}
		double graphQl = quality(accepted, GRAPHQL_RESPONSE);
		double json = quality(accepted, MediaType.APPLICATION_JSON);
		return (json > graphQl) ? MediaType.APPLICATION_JSON : GRAPHQL_RESPONSE;
	}

	private static double quality(List<MediaType> accepted, MediaType type) {
		return accepted.stream()
			.filter((a) -> a.includes(type))
			.mapToDouble(MediaType::getQualityValue)
			.max()
			.orElse(0);
	}

	private static String path(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		return (context != null && uri.startsWith(context)) ? uri.substring(context.length()) : uri;
	}

}
