package org.boomerang.network;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.boomerang.GraphTests;
import org.boomerang.HeadlessChromium;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drawing library of the coordinator page (Apache ECharts, vendored under
 * frontend-stub/vendor) is served by the service itself with its licences, and draws in
 * headless Chromium started as the page tests start it.
 */
class DrawingLibraryTests extends GraphTests {

	/**
	 * A graph of three places and a stacked series; answers how many pixels were painted.
	 */
	private static final String DRAW = """
			const done = arguments[arguments.length - 1];
			const script = document.createElement('script');
			script.src = '/vendor/echarts/echarts.min.js';
			script.onerror = () => done('not loaded');
			script.onload = () => {
			  const box = document.createElement('div');
			  box.style.width = '400px';
			  box.style.height = '300px';
			  document.body.prepend(box);
			  const chart = echarts.init(box);
			  chart.on('finished', () => {
			    const canvas = box.querySelector('canvas');
			    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
			    let painted = 0;
			    for (let i = 3; i < pixels.length; i += 4) {
			      if (pixels[i] > 0) painted++;
			    }
			    done(painted);
			  });
			  chart.setOption({ animation: false, series: [{ type: 'graph', layout: 'circular',
			    data: [{ name: 'Ward', symbolSize: 30 }, { name: 'Lab', symbolSize: 20 }, { name: 'Clinic', symbolSize: 10 }],
			    links: [{ source: 'Ward', target: 'Lab' }, { source: 'Lab', target: 'Clinic' }] }] });
			};
			document.head.appendChild(script);
			""";

	@Test
	void the_vendored_library_and_its_licences_are_served_from_the_jar() {
		HttpResponse<String> library = get("/vendor/echarts/echarts.min.js");
		assertThat(library.statusCode()).isEqualTo(200);
		assertThat(library.headers().firstValue("Content-Type").orElse("")).contains("javascript");
		assertThat(library.body()).contains("Licensed to the Apache Software Foundation");
		for (String licence : List.of("LICENSE", "NOTICE", "LICENSE-d3")) {
			HttpResponse<String> response = get("/vendor/echarts/" + licence);
			assertThat(response.statusCode()).as(licence).isEqualTo(200);
			assertThat(response.body()).as(licence).isNotBlank();
		}
	}

	@Test
	void the_library_draws_a_graph_in_headless_chromium() throws Exception {
		Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium.NOT_INSTALLED);
		ChromeDriver browser = HeadlessChromium.start(false, List.of());
		try {
			browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
			browser.get("http://127.0.0.1:" + this.port + "/");
			Object painted = browser.executeAsyncScript(DRAW);
			assertThat(painted).isInstanceOf(Long.class);
			assertThat((Long) painted).isGreaterThan(500L);
		}
		finally {
			browser.quit();
		}
	}

}
