package org.boomerang.teaching;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.boomerang.skill.search.SearchTestSupport;
import org.boomerang.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My profile", the institution and profession pickers and GraphiQL in headless Chromium
 * under the service's Content-Security-Policy, signed in through the development sign-in
 * (Debian's chromium and chromedriver; skipped where they are not installed). The
 * browser's console is read after each test: no policy violation, no error.
 */
class ProfilePageTests extends SearchTestSupport {

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws Exception {
		Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium.NOT_INSTALLED);
		importJson(SKILLS);
		importJson(TeachingFixture.PEOPLE);
		this.browser = HeadlessChromium.start(true, List.of());
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	private void signIn(String name, String role) {
		this.browser.get("http://127.0.0.1:" + this.port + "/");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
		new Select(this.browser.findElement(By.id("sign-in-person"))).getOptions()
			.stream()
			.filter((o) -> o.getText().startsWith(name + " ("))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not offered"))
			.click();
		new Select(this.browser.findElement(By.id("sign-in-role"))).selectByVisibleText(role);
		this.browser.findElement(By.id("sign-in-button")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in")));
	}

	/** Types into a type-ahead and picks its first suggestion with the keyboard. */
	private void pick(String field, String typed, String expected) {
		WebElement input = this.browser.findElement(By.id(field));
		input.sendKeys(typed);
		this.wait.until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#" + field + "-suggestions [role=option]"), expected));
		assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
		input.sendKeys(Keys.ARROW_DOWN);
		assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(field + "-suggestions-0");
		input.sendKeys(Keys.ENTER);
	}

	private WebElement row(String table, String skill) {
		return this.browser.findElement(By.xpath("//table[@id='" + table + "']//tr[th='" + skill + "']"));
	}

	private List<String> rowNames(String table) {
		return this.browser.findElements(By.cssSelector("#" + table + " tbody th"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private void assertNoConsoleErrors() {
		List<LogEntry> entries = this.browser.manage().logs().get(LogType.BROWSER).getAll();
		assertThat(entries).as("the browser's console")
			.noneMatch((e) -> e.getMessage().contains("Content Security Policy"))
			.noneMatch((e) -> e.getLevel().intValue() >= Level.SEVERE.intValue());
	}

	@Test
	void a_person_edits_their_profile_with_the_type_ahead_saves_and_finds_it_stored_after_a_reload() {
		signIn("Ivy Stone", "Staff");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile")));
		this.wait.until((b) -> rowNames("my-skills").contains("Clinical reasoning"));
		assertThat(rowNames("my-wants")).containsExactly("Electronic health records", "Podcast production");
		assertThat(this.browser.findElement(By.cssSelector("label[for=add-skill]")).getText()).isEqualTo("Add a skill");

		pick("add-skill", "telemed", "Telehealth consultations");
		this.wait.until((b) -> rowNames("my-skills").contains("Telehealth consultations"));
		// The new row's level has the focus, for the keyboard.
		assertThat(this.browser.switchTo().activeElement().getAttribute("aria-label"))
			.isEqualTo("Level of Telehealth consultations");
		row("my-skills", "Telehealth consultations").findElement(By.cssSelector("input[type=checkbox]")).click();
		new Select(row("my-skills", "Clinical reasoning").findElement(By.tagName("select"))).selectByValue("5");
		row("my-skills", "Clinical reasoning").findElement(By.cssSelector("input[type=checkbox]")).click();

		pick("add-want", "statis", "Statistical analysis");
		this.wait.until((b) -> rowNames("my-wants").contains("Statistical analysis"));
		new Select(row("my-wants", "Statistical analysis").findElement(By.tagName("select"))).selectByValue("3");
		row("my-wants", "Podcast production").findElement(By.tagName("button")).click();

		new Select(this.browser.findElement(By.id("my-visibility"))).selectByValue("INSTITUTION");
		WebElement capacity = this.browser.findElement(By.id("my-capacity"));
		capacity.clear();
		capacity.sendKeys("3");
		this.browser.findElement(By.id("profile-save")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("profile-status"), "Saved."));

		Record stored = read("""
				MATCH (p:Person {id: 'ivy'})
				RETURN p.visibility AS visibility, p.mentoringCapacity AS capacity,
				  COLLECT { MATCH (p)-[h:HAS_SKILL]->(s) RETURN s.id + ':' + h.level + ':' + h.canTeach } AS skills,
				  COLLECT { MATCH (p)-[w:WANTS_TO_LEARN]->(s) RETURN s.id + ':' + w.priority } AS wants
				""", Map.of()).records().get(0);
		assertThat(stored.get("visibility").asString()).isEqualTo("INSTITUTION");
		assertThat(stored.get("capacity").asInt()).isEqualTo(3);
		assertThat(stored.get("skills").asList()).containsExactlyInAnyOrder("skill:clinical-reasoning:5:false",
				"skill:telehealth:3:true");
		assertThat(stored.get("wants").asList()).containsExactlyInAnyOrder("skill:ehr:1", "skill:statistics:3");

		this.browser.navigate().refresh();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile")));
		this.wait.until((b) -> rowNames("my-skills").size() == 2);
		assertThat(rowNames("my-skills")).containsExactlyInAnyOrder("Clinical reasoning", "Telehealth consultations");
		assertThat(new Select(row("my-skills", "Clinical reasoning").findElement(By.tagName("select")))
			.getFirstSelectedOption()
			.getText()).isEqualTo("5");
		assertThat(
				row("my-skills", "Clinical reasoning").findElement(By.cssSelector("input[type=checkbox]")).isSelected())
			.isFalse();
		assertThat(row("my-skills", "Telehealth consultations").findElement(By.cssSelector("input[type=checkbox]"))
			.isSelected()).isTrue();
		assertThat(rowNames("my-wants")).containsExactlyInAnyOrder("Electronic health records", "Statistical analysis");
		assertThat(new Select(this.browser.findElement(By.id("my-visibility"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("INSTITUTION");
		assertThat(this.browser.findElement(By.id("my-capacity")).getAttribute("value")).isEqualTo("3");
		assertNoConsoleErrors();
	}

	@Test
	void the_institution_and_profession_pickers_offer_names_and_filter_the_search() {
		signIn("Ivy Stone", "Staff");
		Select institution = new Select(this.browser.findElement(By.id("institution")));
		Select profession = new Select(this.browser.findElement(By.id("profession")));
		this.wait.until((b) -> institution.getOptions().size() == 3 && profession.getOptions().size() == 4);
		assertThat(institution.getOptions()).extracting(WebElement::getText)
			.containsExactly("any institution", "Coastal University", "Harbour City Hospital");
		assertThat(profession.getOptions()).extracting(WebElement::getText)
			.containsExactly("any profession", "Medicine", "Nursing", "Physiotherapy");

		institution.selectByVisibleText("Coastal University");
		profession.selectByVisibleText("Nursing");
		this.browser.findElement(By.id("topic")).sendKeys("EMR");
		this.browser.findElement(By.id("go")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "found"));
		List<WebElement> matches = this.browser.findElements(By.cssSelector("#results .match"));
		assertThat(matches).extracting((m) -> m.findElement(By.tagName("h3")).getText()).containsExactly("Jo Park");
		assertThat(matches.get(0).findElement(By.className("institution")).getText()).isEqualTo("Coastal University");
		assertThat(matches.get(0).findElement(By.className("profession")).getText()).isEqualTo("Nursing");

		// Any institution again: Harbour's nurses and others come back.
		institution.selectByVisibleText("any institution");
		this.browser.findElement(By.id("go")).click();
		this.wait.until((b) -> b.findElements(By.cssSelector("#results .match")).size() > 1);
		assertNoConsoleErrors();
	}

	@Test
	void graphiql_runs_a_query_with_the_token_under_the_content_security_policy() {
		signIn("Ivy Stone", "Staff");
		this.browser.findElement(By.linkText("GraphiQL")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.className("graphiql-execute-button"))).click();
		this.wait
			.until(ExpectedConditions.textToBePresentInElementLocated(By.className("graphiql-response"), "\"me\""));
		assertThat(this.browser.findElement(By.className("graphiql-response")).getText()).contains("Ivy Stone")
			.doesNotContain("UNAUTHORIZED");
		assertNoConsoleErrors();
	}

}
