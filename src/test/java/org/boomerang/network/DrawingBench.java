package org.boomerang.network;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times the first complete draw of the coordinator page's graph and timeline in headless
 * Chromium, with the flags the page tests use. Each run starts a fresh browser, so script
 * loading and parsing count. Run with
 * {@code ./mvnw test -Dtest=DrawingBench -Dspring-javaformat.skip=true
 * -Dbench.drawDir=DIR -Dbench.pages=PAGE?QUERY,...} where DIR holds the pages and the
 * libraries they load; each page sets {@code window.drawResult} (times in ms from
 * navigation start) and the title {@code done} when drawn. Prints figures, asserts
 * nothing.
 */
class DrawingBench {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@Test
	void first_complete_draw() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Debian's chromium and chromium-driver are not installed");
		Path dir = Path.of(System.getProperty("bench.drawDir", "target/drawing-bench")).toAbsolutePath();
		int runs = Integer.getInteger("bench.runs", 3);
		List<String> extra = List.of(System.getProperty("bench.chromiumFlags", "").split(" "));
		for (String page : System.getProperty("bench.pages", "echarts.html").split(",")) {
			List<String> results = new ArrayList<>();
			for (int run = 0; run < runs; run++) {
				ChromeDriver browser = browser(extra);
				try {
					browser
						.get(dir.resolve(page.substring(0, page.indexOf('?') < 0 ? page.length() : page.indexOf('?')))
							.toUri() + (page.contains("?") ? page.substring(page.indexOf('?')) : ""));
					new WebDriverWait(browser, Duration.ofSeconds(300)).until((b) -> "done".equals(b.getTitle()));
					Map<?, ?> result = (Map<?, ?>) browser.executeScript("return window.drawResult");
					results.add(result.toString());
					if (run == 0) {
						Path shot = Path.of("target", "drawing-" + page.replaceAll("[^A-Za-z0-9]+", "-") + ".png");
						Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
					}
				}
				finally {
					browser.quit();
				}
			}
			System.out.printf("DRAW %s: %s%n", page, results);
		}
	}

	private static ChromeDriver browser(List<String> extra) throws Exception {
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--allow-file-access-from-files", "--window-size=1280,900",
				"--user-data-dir=" + Files.createTempDirectory("boomerang-chromium"));
		extra.stream().filter((flag) -> !flag.isBlank()).forEach(options::addArguments);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
