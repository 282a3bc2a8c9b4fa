package org.boomerang.web;

import java.net.InetAddress;
import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells a person where to go once the service answers: one log line with the search page,
 * GraphiQL and the GraphQL endpoint, on the port the web server really listens on (not
 * necessarily {@code server.port}: 0 picks a free one). The graph is ready by then: it is
 * brought up before the web server opens.
 */
@Component
class ServiceAddresses {

	private static final Logger log = LoggerFactory.getLogger(ServiceAddresses.class);

	private final ObjectProvider<ServerProperties> server;

	private final Environment environment;

	ServiceAddresses(ObjectProvider<ServerProperties> server, Environment environment) {
		this.server = server;
		this.environment = environment;
	}

	@EventListener
	void announce(ApplicationReadyEvent event) {
		// The command-line tools run without a web server: nothing to announce.
		if (event.getApplicationContext() instanceof WebServerApplicationContext context
				&& context.getWebServer() != null) {
			Addresses addresses = of(context.getWebServer());
			log.info("Boomerang is ready: the search page at {}, GraphiQL at {}, GraphQL at {}", addresses.page(),
					addresses.graphiql(), addresses.graphql());
		}
	}

	/**
	 * The addresses of this service on a running web server.
	 * @param webServer the server
	 * @return its page, GraphiQL and GraphQL addresses
	 */
	Addresses of(WebServer webServer) {
		ServerProperties server = this.server.getIfAvailable(ServerProperties::new);
		InetAddress bound = server.getAddress();
		// The development sign-in listens on 127.0.0.1 (security/DevLoginAddress), which
		// localhost reaches as well.
		String host = (bound == null || bound.isAnyLocalAddress() || bound.isLoopbackAddress()) ? "localhost"
				: bound.getHostAddress();
		if (host.contains(":")) {
			host = "[" + host + "]";
		}
		String scheme = Ssl.isEnabled(server.getSsl()) ? "https" : "http";
		String contextPath = (server.getServlet().getContextPath() != null) ? server.getServlet().getContextPath() : "";
		String root = scheme + "://" + host + ":" + webServer.getPort() + contextPath;
		String graphQlPath = this.environment.getProperty("spring.graphql.http.path", "/graphql");
		return new Addresses(URI.create(root + "/"), URI.create(root + "/graphiql"), URI.create(root + graphQlPath));
	}

	/**
	 * Where a person finds the service.
	 *
	 * @param page the search page
	 * @param graphiql GraphiQL, to explore the schema and try queries
	 * @param graphql the GraphQL endpoint
	 */
	record Addresses(URI page, URI graphiql, URI graphql) {
	}

}
