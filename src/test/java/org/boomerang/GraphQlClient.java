package org.boomerang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends GraphQL requests to the running test service over real HTTP, with documents from
 * {@code src/test/resources/graphql-test/}.
 */
public final class GraphQlClient {

	/** The media type of the GraphQL-over-HTTP specification. */
	public static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	public GraphQlClient(int port) {
		this.port = port;
	}

	/** The text of {@code graphql-test/<name>.graphql}. */
	public static String document(String name) {
		String path = "graphql-test/" + name + ".graphql";
		try (InputStream in = GraphQlClient.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("No test document " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs a named document with variables, accepting the GraphQL response media type.
	 */
	public Answer run(String name, Object... variables) {
		return query(document(name), vars(variables));
	}

	/** Runs a query text with variables. */
	public Answer query(String query, Map<String, Object> variables) {
		return send(query, variables, GRAPHQL_RESPONSE);
	}

	/** Runs a query text with variables, accepting the given media type. */
	public Answer send(String query, Map<String, Object> variables, String accept) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("variables", variables);
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", accept)
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
				.build();
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					JSON.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Variables from name, value pairs. */
	public static Map<String, Object> vars(Object... namesAndValues) {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return variables;
	}

	/**
	 * One HTTP answer to a GraphQL request.
	 *
	 * @param status HTTP status
	 * @param contentType the Content-Type header
	 * @param body the JSON body
	 */
	public record Answer(int status, String contentType, JsonNode body) {

		/** The {@code data} member. */
		public JsonNode data() {
			return this.body.path("data");
		}

		/** The {@code errors} member (missing node when there are none). */
		public JsonNode errors() {
			return this.body.path("errors");
		}

		/** The {@code extensions.code} of the first error. */
		public String code() {
			return errors().path(0).path("extensions").path("code").asString();
		}

		/** The message of the first error. */
		public String message() {
			return errors().path(0).path("message").asString();
		}

	}

}
