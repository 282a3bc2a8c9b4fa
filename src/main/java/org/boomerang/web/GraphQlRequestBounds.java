package org.boomerang.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.boomerang.api.ErrorCode;
import org.boomerang.graph.RequestDeadline;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds each request to the GraphQL endpoint before Spring GraphQL sees it: a body over
 * {@code boomerang.graphql.max-body-size} is answered 413 without being read (at once
 * when its Content-Length says so, else as soon as the limit is passed), so unused
 * megabytes of variables never reach the JSON parser; and the request runs under a
 * {@link RequestDeadline} of {@code boomerang.graphql.request-timeout}, which its data
 * fetchers and database transactions keep to.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlRequestBounds {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> graphQlRequestBoundsFilter(GraphQlProperties properties,
			Environment environment, JsonMapper json) {
		String path = environment.getProperty("spring.graphql.http.path", "/graphql");
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(properties, json));
		registration.addUrlPatterns(path);
		// Early, so that nothing reads the body before it is measured.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	/**
	 * Around everything but the body limit, the security filters included: a request that
	 * finds the database away anywhere answers UNAVAILABLE.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableFilter(JsonMapper json, Environment environment) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(json, environment));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 110);
		return registration;
	}

	/**
	 * Tomcat answers a client's {@code Expect: 100-continue} only once the body is read,
	 * not at once: a body refused unread is then never sent at all.
	 */
	@Bean
	TomcatConnectorCustomizer continueWhenTheBodyIsRead() {
		return (connector) -> connector.setProperty("continueResponseTiming", "onRead");
	}

	static final class Filter extends OncePerRequestFilter {

		private final GraphQlProperties properties;

		private final JsonMapper json;

		Filter(GraphQlProperties properties, JsonMapper json) {
			this.properties = properties;
			this.json = json;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			long limit = this.properties.maxBodySize().toBytes();
			HttpServletRequest bounded = request;
			long length = request.getContentLengthLong();
			if (length > limit) {
				tooLarge(request, response, limit);
				return;
			}
			if (length < 0 && hasBody(request)) {
				// No Content-Length (chunked): read up to the limit, no further.
				byte[] body = request.getInputStream().readNBytes((int) limit + 1);
				if (body.length > limit) {
					tooLarge(request, response, limit);
					return;
				}
				bounded = new ReadBody(request, body);
			}
			try (RequestDeadline.Scope deadline = RequestDeadline.start(this.properties.requestTimeout())) {
				chain.doFilter(bounded, response);
			}
		}

		private static boolean hasBody(HttpServletRequest request) {
			return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
		}

		/**
		 * A GraphQL-shaped answer, so clients that read {@code errors} find the reason;
		 * Tomcat closes the connection rather than read the rest of a large body.
		 */
		private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put("code", ErrorCode.BAD_REQUEST.name());
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("message", "The request body is larger than the limit of " + limit
					+ " bytes (boomerang.graphql.max-body-size), so it was not read. A GraphQL request needs"
					+ " only its document and the variables it uses; send large data through POST /api/import.");
			error.put("extensions", extensions);
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			String accept = request.getHeader("Accept");
			response.setContentType((accept != null && accept.contains("application/graphql-response+json"))
					? "application/graphql-response+json" : MediaType.APPLICATION_JSON_VALUE);
			response.setHeader("Connection", "close");
			this.json.writeValue(response.getOutputStream(), Map.of("errors", List.of(error)));
		}

	}

	/**
	 * The request with its body already read (it was short enough).
	 */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					try {
						return in.available() == 0;
					}
					catch (IOException ex) {
						return true;
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body has been read already");
				}

			};
		}

	}

}
