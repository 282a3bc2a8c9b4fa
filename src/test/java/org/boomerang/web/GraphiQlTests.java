package org.boomerang.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boomerang.GraphTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphiQlTests extends GraphTests {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	@Test
	void graphiql_is_a_page_whose_scripts_and_styles_all_come_from_this_service() {
		HttpResponse<String> page = get("/graphiql", this.tokens.anonymous());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).doesNotContain("://").doesNotContain("<script>");
		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(page.body());
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		assertThat(page.body()).doesNotContain("<style");
		assertThat(assets).containsExactlyInAnyOrder("/webjars/graphiql/2.4.7/graphiql.min.css",
				"/graphiql/graphiql-page.css", "/webjars/react/18.3.1/umd/react.production.min.js",
				"/webjars/react-dom/18.3.1/umd/react-dom.production.min.js", "/webjars/graphiql/2.4.7/graphiql.min.js",
				"/graphiql/graphiql.js");
		for (String asset : assets) {
			assertThat(asset).startsWith("/").doesNotStartWith("//");
			// The page and its assets need no token: the page sends the sign-in's token.
			HttpResponse<String> response = get(asset, this.tokens.anonymous());
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.body()).as(asset).isNotEmpty();
		}
	}

}
