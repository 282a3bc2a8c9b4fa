package org.boomerang.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.boomerang.BoomerangApplication;
import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ServiceAddressesTests extends GraphTests {

	@Autowired
	ServiceAddresses serviceAddresses;

	@Autowired
	ConfigurableApplicationContext context;

	private ServiceAddresses.Addresses addresses() {
		return this.serviceAddresses.of(((WebServerApplicationContext) this.context).getWebServer());
	}

	@Test
	void the_addresses_name_the_port_the_service_listens_on_and_each_answers() throws Exception {
		ServiceAddresses.Addresses addresses = addresses();
		String root = "http://localhost:" + this.port;
		assertThat(addresses.page()).isEqualTo(URI.create(root + "/"));
		assertThat(addresses.graphiql()).isEqualTo(URI.create(root + "/graphiql"));
		assertThat(addresses.graphql()).isEqualTo(URI.create(root + "/graphql"));

		HttpResponse<String> page = send(HttpRequest.newBuilder(addresses.page()).GET());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html");
		HttpResponse<String> graphiql = send(HttpRequest.newBuilder(addresses.graphiql()).GET());
		assertThat(graphiql.statusCode()).isEqualTo(200);
		assertThat(graphiql.body()).containsIgnoringCase("graphiql");
		HttpResponse<String> graphql = send(HttpRequest.newBuilder(addresses.graphql())
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + this.tokens.admin())
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ people(first: 1) { totalCount } }\"}")));
		assertThat(graphql.statusCode()).isEqualTo(200);
		assertThat(graphql.body()).contains("\"totalCount\":0");
	}

	@Test
	void once_the_service_is_ready_the_log_names_the_page_graphiql_and_graphql(CapturedOutput output) {
		this.serviceAddresses.announce(new ApplicationReadyEvent(new SpringApplication(BoomerangApplication.class),
				new String[0], this.context, Duration.ZERO));
		ServiceAddresses.Addresses addresses = addresses();
		assertThat(output.getOut()).contains("Boomerang is ready: the search page at " + addresses.page()
				+ ", GraphiQL at " + addresses.graphiql() + ", GraphQL at " + addresses.graphql());
	}

}
