package org.boomerang.teaching;

import java.time.Duration;
import java.util.List;

import org.boomerang.skill.search.SearchTestSupport;
import org.boomerang.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page end to end in headless Chromium, signed in through the development
 * sign-in (Debian's chromium and chromedriver; skipped where they are not installed).
 * Only the installed driver is used: Selenium Manager is never asked to download one.
 */
class SearchPageTests extends SearchTestSupport {

	private WebDriver browser;

	@BeforeEach
	void openBrowser() throws Exception {
		Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium.NOT_INSTALLED);
		importJson(SKILLS);
		importJson(TeachingFixture.PEOPLE);
		this.browser = HeadlessChromium.start(false, List.of());
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	/**
	 * Opens the page and signs in through the development sign-in as a person it offers.
	 * @param name the person's name as the sign-in list shows it
	 * @param role the role to sign in with, as the role list shows it
	 * @return a wait for what follows
	 */
	private WebDriverWait signIn(String name, String role) {
		this.browser.get("http://127.0.0.1:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
		assertThat(this.browser.findElement(By.id("search")).isDisplayed()).isFalse();
		Select people = new Select(this.browser.findElement(By.id("sign-in-person")));
		people.getOptions()
			.stream()
			.filter((o) -> o.getText().startsWith(name + " ("))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not offered"))
			.click();
		new Select(this.browser.findElement(By.id("sign-in-role"))).selectByVisibleText(role);
		this.browser.findElement(By.id("sign-in-button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in")));
		assertThat(this.browser.findElement(By.id("signed-in-name")).getText()).isEqualTo(name);
		assertThat(this.browser.findElement(By.id("search")).isDisplayed()).isTrue();
		return wait;
	}

	@Test
	void a_signed_in_search_with_type_ahead_and_filter_shows_explained_teachers() {
		WebDriverWait wait = signIn("Ivy Stone", "Staff");
		assertThat(this.browser.findElement(By.id("sign-in-try")).getText()).isEmpty();
		assertThat(this.browser.findElements(By.id("asker"))).isEmpty();
		WebElement topic = this.browser.findElement(By.id("topic"));
		assertThat(this.browser.findElement(By.cssSelector("label[for=topic]")).getText())
			.isEqualTo("What do you want to learn?");

		topic.sendKeys("electronic he");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#topic-suggestions [role=option]")));
		assertThat(topic.getAttribute("aria-expanded")).isEqualTo("true");
		topic.sendKeys(Keys.ARROW_DOWN);
		topic.sendKeys(Keys.ENTER);
		assertThat(topic.getAttribute("value")).isEqualTo("Electronic health records");

		// Reverse mentoring is relative to the signed-in person, Ivy (senior).
		this.browser.findElement(By.id("reverseOnly")).click();
		this.browser.findElement(By.id("go")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "found"));
		List<WebElement> matches = this.browser.findElements(By.cssSelector("#results .match"));
		List<String> names = matches.stream().map((m) -> m.findElement(By.tagName("h3")).getText()).toList();
		assertThat(names).first().isEqualTo("Jo Park");
		assertThat(names).doesNotContain("Prof. Cara Reid", "Hal Grant", "Ivy Stone");
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
	void graphiql_in_the_same_tab_sends_the_sign_in_s_token() {
		WebDriverWait wait = signIn("Ivy Stone", "Staff");
		this.browser.findElement(By.linkText("GraphiQL")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.className("graphiql-execute-button"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("graphiql-response"), "\"me\""));
		assertThat(this.browser.findElement(By.className("graphiql-response")).getText()).contains("Ivy Stone")
			.doesNotContain("UNAUTHORIZED");
	}

	@Test
	void the_sign_in_list_says_what_to_try_and_preselects_the_suggested_role() {
		this.browser.get("http://127.0.0.1:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
		Select people = new Select(this.browser.findElement(By.id("sign-in-person")));
		assertThat(people.getOptions()).extracting(WebElement::getText)
			.containsExactly("Ivy Stone (senior, Harbour City Hospital)",
					"Prof. Cara Reid (senior, Coastal University, Harbour City Hospital)");
		people.selectByIndex(1);
		assertThat(this.browser.findElement(By.id("sign-in-try")).getText()).isEqualTo("Ask on behalf of Ivy.");
		assertThat(new Select(this.browser.findElement(By.id("sign-in-role"))).getFirstSelectedOption().getText())
			.isEqualTo("Coordinator");
	}

	@Test
	void signing_out_clears_the_answers_and_a_refused_token_returns_to_the_sign_in() {
		WebDriverWait wait = signIn("Prof. Cara Reid", "Coordinator");
		assertThat(this.browser.findElement(By.id("signed-in-roles")).getText()).isEqualTo("(staff, coordinator)");
		this.browser.findElement(By.id("topic")).sendKeys("EMR", Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "found"));

		this.browser.findElement(By.id("sign-out")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
		assertThat(this.browser.findElements(By.cssSelector("#results .match"))).isEmpty();
		assertThat(this.browser.findElement(By.id("search")).isDisplayed()).isFalse();

		// A token the service no longer accepts (as after a restart) sends the page back
		// to the sign-in with the reason.
		signIn("Ivy Stone", "Staff");
		((JavascriptExecutor) this.browser).executeScript("sessionStorage.setItem('boomerang.token', 'not-a-token')");
		// The type-ahead's request is the first to carry it.
		this.browser.findElement(By.id("topic")).sendKeys("EMR");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
		assertThat(this.browser.findElement(By.id("account-status")).getText())
			.isEqualTo("Your sign-in is no longer accepted: sign in again.");
	}

	@Test
	void a_topic_the_service_refuses_shows_the_services_message() {
		WebDriverWait wait = signIn("Ivy Stone", "Staff");
		// The field itself stops at 200 characters; the service's own message shows for
		// what it refuses.
		((JavascriptExecutor) this.browser)
			.executeScript("document.getElementById('topic').removeAttribute('maxlength')");
		this.browser.findElement(By.id("topic")).sendKeys("EMR ".repeat(60));
		this.browser.findElement(By.id("go")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("status"), "class", "error"));
		assertThat(this.browser.findElement(By.id("status")).getText()).contains("characters long; use at most 200");
	}

}
