package org.boomerang.network;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.boomerang.HeadlessChromium;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

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

	@Test
	void first_complete_draw() throws Exception {
		Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium.NOT_INSTALLED);
		Path dir = assemble();
		int runs = Integer.getInteger("bench.runs", 3);
		List<String> extra = List.of(System.getProperty("bench.chromiumFlags", "").split(" "));
		for (String page : System.getProperty("bench.pages", "echarts.html").split(",")) {
			List<String> results = new ArrayList<>();
			for (int run = 0; run < runs; run++) {
				ChromeDriver browser = browser(extra);
				try {
					Duration before = browserCpu();
					browser.get(url(dir, page));
					new WebDriverWait(browser, Duration.ofSeconds(300)).until((b) -> "done".equals(b.getTitle()));
					Duration cpu = browserCpu().minus(before);
					Map<?, ?> result = (Map<?, ?>) browser.executeScript("return window.drawResult");
					results.add(result + " cpu=" + cpu.toMillis());
					if (run == 0) {
						Path shot = Path.of("target", "drawing-" + page.replaceAll("[^A-Za-z0-9]+", "-") + ".png");
						Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
					}
				}
				finally {
					browser.quit();
				}
			}
			System.out.printf("DRAW %s (load average %.1f): %s%n", page,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), results);
		}
	}

	/**
	 * CPU time of every Chromium process so far (browser, renderer, GPU): on a shared
	 * machine it measures the page's work better than the wall clock does.
	 */
	private static Duration browserCpu() {
		return ProcessHandle.current()
			.descendants()
			.filter((process) -> process.info().command().orElse("").contains("chromium"))
			.map((process) -> process.info().totalCpuDuration().orElse(Duration.ZERO))
			.reduce(Duration.ZERO, Duration::plus);
	}

	/** The page's file URL with its query ({@code echarts.html?kind=people}). */
	private static String url(Path dir, String page) {
		int query = page.indexOf('?');
		return (query < 0) ? dir.resolve(page).toUri().toString()
				: dir.resolve(page.substring(0, query)).toUri() + page.substring(query);
	}

	private static Path assemble() throws Exception {
		Path dir = Path.of("target", "drawing-bench").toAbsolutePath();
		FileSystemUtils.deleteRecursively(dir);
		FileSystemUtils.copyRecursively(Path.of("src", "test", "resources", "drawing-bench"), dir);
		FileSystemUtils.copyRecursively(Path.of("frontend-stub", "vendor"), dir.resolve("vendor"));
		String sigma = System.getProperty("bench.sigmaDir");
		if (sigma != null) {
			FileSystemUtils.copyRecursively(Path.of(sigma), dir.resolve("vendor").resolve("sigma"));
		}
		return dir;
	}

	private static ChromeDriver browser(List<String> extra) throws Exception {
		List<String> flags = new ArrayList<>(List.of("--allow-file-access-from-files", "--window-size=1280,900"));
		flags.addAll(extra);
		return HeadlessChromium.start(false, flags);
	}

}
