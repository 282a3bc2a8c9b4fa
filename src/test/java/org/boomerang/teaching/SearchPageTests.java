package org.boomerang.teaching;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.boomerang.skill.search.SearchTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page end to end in headless Chromium (Debian's chromium and chromedriver;
 * skipped where they are not installed). Only the installed driver is used: Selenium
 * Manager is never asked to download one.
 */
class SearchPageTests extends SearchTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private WebDriver browser;

	@BeforeEach
	void openBrowser() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Debian's chromium and chromium-driver are not installed");
		importJson(SKILLS);
		importJson(TeachingFixture.PEOPLE);
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + Files.createTempDirectory("boomerang-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void a_search_with_type_ahead_asker_and_filter_shows_explained_teachers() {
		this.browser.get("http://127.0.0.1:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		WebElement topic = this.browser.findElement(By.id("topic"));
		assertThat(this.browser.findElement(By.cssSelector("label[for=topic]")).getText())
			.isEqualTo("What do you want to learn?");

		topic.sendKeys("electronic he");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#topic-suggestions [role=option]")));
		assertThat(topic.getAttribute("aria-expanded")).isEqualTo("true");
		topic.sendKeys(Keys.ARROW_DOWN);
		topic.sendKeys(Keys.ENTER);
		assertThat(topic.getAttribute("value")).isEqualTo("Electronic health records");

		this.browser.findElement(By.id("asker")).sendKeys("ivy");
		this.browser.findElement(By.id("reverseOnly")).click();
		this.browser.findElement(By.id("go")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "found"));
		List<WebElement> matches = this.browser.findElements(By.cssSelector("#results .match"));
		List<String> names = matches.stream().map((m) -> m.findElement(By.tagName("h3")).getText()).toList();
		assertThat(names).first().isEqualTo("Jo Park");
		assertThat(names).doesNotContain("Prof. Cara Reid", "Hal Grant");
		WebElement jo = matches.get(0);
		assertThat(jo.findElement(By.className("profession")).getText()).isEqualTo("Nursing");
		assertThat(jo.findElement(By.className("institution")).getText()).isEqualTo("Coastal University");
		assertThat(jo.findElement(By.className("stage")).getText()).contains("early career");
		assertThat(jo.findElement(By.className("direction")).getText()).contains("reverse");
		assertThat(jo.findElement(By.className("available")).getText()).contains("2 of 2 places free");
		assertThat(jo.findElement(By.className("reasons")).getText())
			.contains("Teaches Electronic health records at level 4, the skill you asked about.")
			.contains("Taught it 3 times");
	}

	@Test
	void an_over_long_topic_shows_the_services_message() {
		this.browser.get("http://127.0.0.1:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		// The field itself stops at 200 characters; the service's own message shows for
		// what it refuses.
		this.browser.findElement(By.id("topic")).sendKeys("EMR");
		this.browser.findElement(By.id("minLevel")).sendKeys("5");
		this.browser.findElement(By.id("reverseOnly")).click();
		this.browser.findElement(By.id("go")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("status"), "class", "error"));
		assertThat(this.browser.findElement(By.id("status")).getText()).contains("reverseOnly needs an asker");
	}

}
