package org.boomerang;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, started headless for the page
 * tests and the drawing benchmark. Each browser has a profile directory of its own,
 * deleted when it quits.
 */
public final class HeadlessChromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** What tests skip with when the browser is not installed. */
	public static final String NOT_INSTALLED = "Debian's chromium and chromium-driver are not installed";

	private HeadlessChromium() {
	}

	/**
	 * Whether both the browser and its driver are installed.
	 * @return whether a browser can start
	 */
	public static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/**
	 * Starts one.
	 * @param browserLog whether to keep the browser's console log (to read CSP messages)
	 * @param extra more command-line flags (blank ones are left out)
	 * @return the browser; {@code quit()} also deletes its profile
	 * @throws IOException when the profile directory cannot be made
	 */
	public static ChromeDriver start(boolean browserLog, List<String> extra) throws IOException {
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		Path profile = Files.createTempDirectory("boomerang-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile);
		extra.stream().filter((flag) -> !flag.isBlank()).forEach(options::addArguments);
		if (browserLog) {
			options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options) {

			@Override
			public void quit() {
				try {
					super.quit();
				}
				finally {
					delete(profile);
				}
			}

		};
	}

	private static void delete(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
