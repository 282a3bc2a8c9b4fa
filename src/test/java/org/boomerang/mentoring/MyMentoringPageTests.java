package org.boomerang.mentoring;

import java.util.List;
import java.util.Map;

import org.boomerang.HeadlessChromium;
import org.boomerang.SignedInBrowser;
import org.boomerang.skill.search.SearchTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people's mentoring pages in headless Chromium under the service's
 * Content-Security-Policy: asking a teacher found by search, answering on "my mentoring",
 * recording a session and the learner's confirmation, each checked in the graph (Debian's
 * chromium and chromedriver; skipped where they are not installed).
 */
class MyMentoringPageTests extends SearchTestSupport {

	/**
	 * Ana (early career physiotherapist) teaches podcasting and wants clinical reasoning;
	 * Ivy (senior doctor) teaches clinical reasoning and wants podcasting: a boomerang
	 * pair. Ana already mentors Ben in podcasting.
	 */
	static final String PEOPLE = """
			{ "format": "boomerang-import/1",
			  "institutions": [{ "id": "inst:harbour", "name": "Harbour City Hospital", "kind": "HOSPITAL" }],
			  "professions": [{ "id": "prof:medicine", "name": "Medicine" }, { "id": "prof:physio", "name": "Physiotherapy" }],
			  "people": [
			    { "id": "ana", "name": "Ana Okafor", "email": "ana@harbour.example", "careerStage": "EARLY_CAREER", "professions": ["prof:physio"],
			      "affiliations": [{ "institution": "inst:harbour" }], "mentoringCapacity": 3,
			      "skills": [{ "skill": "skill:podcasting", "level": 5, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:clinical-reasoning", "priority": 1 }] },
			    { "id": "ivy", "name": "Ivy Stone", "email": "ivy@harbour.example", "careerStage": "SENIOR", "professions": ["prof:medicine"],
			      "affiliations": [{ "institution": "inst:harbour" }],
			      "skills": [{ "skill": "skill:clinical-reasoning", "level": 4, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:podcasting", "priority": 1 }] },
			    { "id": "ben", "name": "Ben Lee", "email": "ben@harbour.example", "careerStage": "TRAINEE", "professions": ["prof:physio"],
			      "affiliations": [{ "institution": "inst:harbour" }] } ],
			  "mentorships": [
			    { "id": "m:ana-ben", "mentor": "ana", "mentee": "ben", "skills": ["skill:podcasting"], "startedOn": "2026-01-05" } ]
			}
			""";

	private SignedInBrowser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium.NOT_INSTALLED);
		importJson(SKILLS);
		importJson(PEOPLE);
		this.browser = SignedInBrowser.start(this.port);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	private WebElement mentorship(String id) {
		return this.browser.visible(By.cssSelector("article.mentorship[data-mentorship='" + id + "']"));
	}

	private void recordSession(WebElement card, String whoTaught, String minutes, String format) {
		WebElement form = card.findElement(By.cssSelector("form.record"));
		new Select(form.findElement(By.xpath(".//label[.='Who taught']/following-sibling::select")))
			.selectByVisibleText(whoTaught);
		WebElement length = form.findElement(By.xpath(".//label[.='Minutes']/following-sibling::input"));
		length.clear();
		length.sendKeys(minutes);
		new Select(form.findElement(By.xpath(".//label[.='Format']/following-sibling::select")))
			.selectByVisibleText(format);
		form.findElement(By.xpath(".//label[starts-with(., 'Notes')]/following-sibling::input"))
			.sendKeys("Microphones and editing");
		form.findElement(By.tagName("button")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mentoring-status"),
					"Recorded the session"));
	}

	@Test
	void a_mentor_records_a_session_and_the_learner_confirms_and_rates_it() {
		this.browser.signIn("/mentoring", this.tokens.staff("ana"), "Ana Okafor");
		WebElement card = mentorship("m:ana-ben");
		assertThat(card.findElement(By.tagName("h3")).getText()).isEqualTo("You mentor Ben Lee");
		recordSession(card, "Ana Okafor taught Ben Lee", "45", "Online");

		Record stored = read("""
				MATCH (t:Transfer)-[:IN]->(:Mentorship {id: 'm:ana-ben'})
				MATCH (t)-[:FROM]->(from:Person), (t)-[:TO]->(to:Person), (t)-[:ABOUT]->(s:Skill)
				RETURN count(t) AS n, collect(from.id)[0] AS from, collect(to.id)[0] AS to, collect(s.id)[0] AS skill,
				  collect(t.minutes)[0] AS minutes, collect(t.format)[0] AS format
				""", Map.of()).records().get(0);
		assertThat(stored.get("n").asLong()).isEqualTo(1);
		assertThat(List.of(stored.get("from").asString(), stored.get("to").asString(), stored.get("skill").asString(),
				stored.get("format").asString()))
			.containsExactly("ana", "ben", "skill:podcasting", "ONLINE");
		assertThat(stored.get("minutes").asInt()).isEqualTo(45);
		// The teacher sees it waiting for the learner.
		By sessions = By.cssSelector("article.mentorship[data-mentorship='m:ana-ben'] table.sessions tbody");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(sessions, "Awaiting the learner's confirmation"));
		WebElement row = this.browser.driver().findElement(sessions).findElement(By.tagName("tr"));
		assertThat(row.getText()).contains("Ana Okafor taught Ben Lee", "Podcast production", "45", "online",
				"Awaiting the learner's confirmation");

		this.browser.signIn("/mentoring", this.tokens.staff("ben"), "Ben Lee");
		card = mentorship("m:ana-ben");
		assertThat(card.findElement(By.tagName("h3")).getText()).isEqualTo("Ana Okafor mentors you");
		WebElement confirm = card.findElement(By.cssSelector("form.confirm"));
		new Select(confirm.findElement(By.tagName("select"))).selectByValue("4");
		confirm.findElement(By.tagName("input")).sendKeys("Clear and practical");
		confirm.findElement(By.tagName("button")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(
					By.cssSelector("article.mentorship[data-mentorship='m:ana-ben'] table.sessions tbody"),
					"Confirmed, rated 4 of 5"));

		Record confirmed = read("""
				MATCH (t:Transfer)-[:IN]->(:Mentorship {id: 'm:ana-ben'})
				RETURN t.learnerConfirmed AS confirmed, t.rating AS rating, t.notes AS notes
				""", Map.of()).records().get(0);
		assertThat(confirmed.get("confirmed").asBoolean()).isTrue();
		assertThat(confirmed.get("rating").asInt()).isEqualTo(4);
		this.browser.assertNoConsoleErrors();
	}

	@Test
	void the_page_shows_the_people_who_could_swap_knowledge() {
		this.browser.signIn("/mentoring", this.tokens.staff("ivy"), "Ivy Stone");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#swaps-table tbody"),
					"Ana Okafor"));
		WebElement row = this.browser.driver().findElement(By.cssSelector("#swaps-table tbody tr"));
		assertThat(row.findElement(By.tagName("th")).getText()).isEqualTo("Ana Okafor");
		assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText)
			.startsWith("Podcast production", "Clinical reasoning");
		assertThat(this.browser.driver().findElement(By.id("mentorships-empty")).isDisplayed()).isTrue();
		this.browser.assertNoConsoleErrors();
	}

}
