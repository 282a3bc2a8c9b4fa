package org.boomerang.network;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import javax.xml.parsers.DocumentBuilderFactory;

import org.boomerang.GraphTests;
import org.boomerang.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coordinator's workspace ({@code /coordinator}) in headless Chromium under the
 * service's Content-Security-Policy, signed in through the development sign-in as a
 * coordinator: it draws the network of a window with ECharts, switches level and window,
 * opens a place by a click on its circle, sorts the brokers and gaps, exports GraphML and
 * neutralised CSV, and follows a recorded transfer without a reload. Skipped where
 * Debian's chromium and chromedriver are not installed.
 */
class CoordinatorPageTests extends GraphTests {

	/**
	 * Three communities of practice. All time: Digital health to Clinical teaching twice
	 * (both reverse), Clinical teaching to Digital health once, Rehabilitation to Digital
	 * health once (2025) and one transfer within Rehabilitation: 5 transfers, 3 flows
	 * between places. From 2026 on the 2025 flow drops out: 4 transfers, 2 flows. Ivy
	 * wants podcasting, which nobody in Clinical teaching teaches and Ana (Digital
	 * health) does. Cara (coordinator) and Ivy (staff) have e-mails to sign in with;
	 * Dan's name starts like a spreadsheet formula and he is a broker (Ana - Dan - Eve);
	 * Eve keeps her profile to herself.
	 */
	static final String NETWORK = """
			{ "format": "boomerang-import/1",
			  "institutions": [
			    { "id": "inst:harbour", "name": "Harbour City Hospital", "kind": "HOSPITAL" },
			    { "id": "inst:uni", "name": "Coastal University", "kind": "UNIVERSITY" } ],
			  "professions": [
			    { "id": "prof:medicine", "name": "Medicine" },
			    { "id": "prof:physio", "name": "Physiotherapy" },
			    { "id": "prof:nursing", "name": "Nursing" } ],
			  "skills": [
			    { "id": "skill:ehr", "name": "Electronic health records" },
			    { "id": "skill:podcasting", "name": "Podcast production" },
			    { "id": "skill:reasoning", "name": "Clinical reasoning" },
			    { "id": "skill:gait", "name": "Gait analysis" } ],
			  "communities": [
			    { "id": "cop:digital", "name": "Digital health" },
			    { "id": "cop:teaching", "name": "Clinical teaching" },
			    { "id": "cop:rehab", "name": "Rehabilitation" } ],
			  "people": [
			    { "id": "cara", "name": "Prof. Cara Reid", "email": "cara.reid@uni.example", "careerStage": "SENIOR",
			      "professions": ["prof:medicine"], "affiliations": [{ "institution": "inst:uni", "from": "2000-01-01" }],
			      "communities": [{ "community": "cop:teaching", "from": "2020-01-01" }],
			      "skills": [{ "skill": "skill:reasoning", "level": 5, "canTeach": true }] },
			    { "id": "ivy", "name": "Ivy Stone", "email": "ivy.stone@harbour.example", "careerStage": "SENIOR",
			      "professions": ["prof:medicine"], "affiliations": [{ "institution": "inst:harbour", "from": "2000-01-01" }],
			      "communities": [{ "community": "cop:teaching", "from": "2020-01-01" }],
			      "skills": [{ "skill": "skill:reasoning", "level": 4, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:podcasting", "priority": 1 }] },
			    { "id": "ana", "name": "Ana Okafor", "careerStage": "EARLY_CAREER",
			      "professions": ["prof:physio"], "affiliations": [{ "institution": "inst:harbour", "from": "2000-01-01" }],
			      "communities": [{ "community": "cop:digital", "from": "2020-01-01" }],
			      "skills": [{ "skill": "skill:podcasting", "level": 5, "canTeach": true }] },
			    { "id": "jo", "name": "Jo Park", "careerStage": "EARLY_CAREER",
			      "professions": ["prof:nursing"], "affiliations": [{ "institution": "inst:uni", "from": "2000-01-01" }],
			      "communities": [{ "community": "cop:digital", "from": "2020-01-01" }],
			      "skills": [{ "skill": "skill:ehr", "level": 4, "canTeach": true }] },
			    { "id": "dan", "name": "=Dan Smith", "careerStage": "SPECIALIST",
			      "professions": ["prof:physio"], "affiliations": [{ "institution": "inst:harbour", "from": "2000-01-01" }],
			      "communities": [{ "community": "cop:rehab", "from": "2020-01-01" }],
			      "skills": [{ "skill": "skill:gait", "level": 5, "canTeach": true }] },
			    { "id": "eve", "name": "Eve Novak", "careerStage": "SPECIALIST", "visibility": "PRIVATE",
			      "professions": ["prof:physio"], "affiliations": [{ "institution": "inst:uni", "from": "2000-01-01" }],
			      "communities": [{ "community": "cop:rehab", "from": "2020-01-01" }],
			      "skills": [{ "skill": "skill:gait", "level": 4, "canTeach": true }] } ],
			  "transfers": [
			    { "id": "t:1", "from": "jo", "to": "ivy", "skill": "skill:ehr", "on": "2026-03-01" },
			    { "id": "t:2", "from": "ana", "to": "cara", "skill": "skill:podcasting", "on": "2026-04-01" },
			    { "id": "t:3", "from": "ivy", "to": "jo", "skill": "skill:reasoning", "on": "2026-05-01" },
			    { "id": "t:4", "from": "dan", "to": "ana", "skill": "skill:gait", "on": "2025-06-01" },
			    { "id": "t:5", "from": "eve", "to": "dan", "skill": "skill:gait", "on": "2026-06-01" } ]
			}
			""";

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws Exception {
		Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium.NOT_INSTALLED);
		importJson(NETWORK);
		this.browser = HeadlessChromium.start(true, List.of("--window-size=1400,1000"));
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	private void signIn(String path, String name, String role) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
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

	/** Signs in on the search page as Cara, coordinator, and follows the nav link. */
	private void openAsCoordinator() {
		signIn("/", "Prof. Cara Reid", "Coordinator");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("coordinator-link"))).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workspace")));
		assertThat(this.browser.getCurrentUrl()).endsWith("/coordinator");
	}

	private String chart(String attribute) {
		return this.browser.findElement(By.id("network-chart")).getAttribute("data-" + attribute);
	}

	private void awaitDrawn(String level, int nodes, int edges) {
		this.wait.until((b) -> level.equals(chart("level")) && String.valueOf(nodes).equals(chart("nodes"))
				&& String.valueOf(edges).equals(chart("edges")));
	}

	private List<String> column(String table, int index) {
		List<String> cells = new ArrayList<>();
		for (WebElement row : this.browser.findElements(By.cssSelector("#" + table + " tbody tr"))) {
			cells.add(row.findElements(By.cssSelector("th, td")).get(index).getText());
		}
		return cells;
	}

	private void sortBy(String table, String header) {
		this.browser
			.findElement(By.xpath("//table[@id='" + table + "']//th/button[normalize-space()='" + header + "']"))
			.click();
	}

	private String ariaSort(String table, String header) {
		return this.browser
			.findElement(By.xpath("//table[@id='" + table + "']//th[button[normalize-space()='" + header + "']]"))
			.getAttribute("aria-sort");
	}

	/**
	 * Clicks where ECharts drew a place's circle (the graph series' layout, through its
	 * view), in viewport coordinates once the whole chart is in view: an element origin
	 * would be the centre of the element's visible part, not of the element.
	 */
	private void clickNode(String name) {
		@SuppressWarnings("unchecked")
		List<Number> at = (List<Number>) this.browser.executeScript("""
				const box = document.getElementById('network-chart');
				box.scrollIntoView({ block: 'center' });
				const chart = window.BoomerangCoordinator.chart();
				const data = chart.getModel().getSeriesByIndex(0).getData();
				const items = chart.getOption().series[0].data;
				for (let i = 0; i < data.count(); i++) {
				  if (items[i].display === arguments[0]) {
				    const point = chart.convertToPixel({ seriesIndex: 0 }, data.getItemLayout(i));
				    const rect = box.getBoundingClientRect();
				    return [rect.left + point[0], rect.top + point[1]];
				  }
				}
				return null;
				""", name);
		assertThat(at).as(name + " is drawn").isNotNull();
		new Actions(this.browser)
			.moveToLocation((int) Math.round(at.get(0).doubleValue()), (int) Math.round(at.get(1).doubleValue()))
			.click()
			.perform();
	}

	/** Keeps what the browser shows now under target/ (for docs/coordinator-page.md). */
	private void screenshot(String elementId, String name) throws IOException {
		this.browser.executeScript("document.getElementById(arguments[0]).scrollIntoView()", elementId);
		Files.write(Path.of("target", name + ".png"), this.browser.getScreenshotAs(OutputType.BYTES));
	}

	@SuppressWarnings("unchecked")
	private List<String> lines(String table) {
		return (List<String>) this.browser
			.executeScript("return window.BoomerangCoordinator.csv(arguments[0]).split('\\r\\n')", table);
	}

	private void assertNoConsoleErrors() {
		List<LogEntry> entries = this.browser.manage().logs().get(LogType.BROWSER).getAll();
		assertThat(entries).as("the browser's console")
			.noneMatch((e) -> e.getMessage().contains("Content Security Policy"))
			.noneMatch((e) -> e.getLevel().intValue() >= Level.SEVERE.intValue());
	}

	@Test
	void a_coordinator_sees_the_network_switches_level_and_window_and_opens_a_place_with_a_click() throws IOException {
		openAsCoordinator();
		awaitDrawn("COMMUNITY", 3, 3);
		assertThat(chart("transfers")).isEqualTo("5");
		assertThat(this.browser.findElements(By.cssSelector("#network-chart canvas"))).isNotEmpty();
		// The first complete draw is marked for the drawing benchmark, once.
		this.wait.until((b) -> Long.valueOf(1)
			.equals(this.browser
				.executeScript("return performance.getEntriesByName('boomerang:network-drawn').length")));
		assertThat(column("places", 0)).containsExactlyInAnyOrder("Digital health", "Clinical teaching",
				"Rehabilitation");
		// The legend explains size, width and colour.
		assertThat(this.browser.findElement(By.id("legend")).getText()).contains("people", "transfers", "reverse");

		new Select(this.browser.findElement(By.id("level"))).selectByValue("PROFESSION");
		awaitDrawn("PROFESSION", 3, 3);
		assertThat(column("places", 0)).containsExactlyInAnyOrder("Medicine", "Nursing", "Physiotherapy");
		new Select(this.browser.findElement(By.id("level"))).selectByValue("COMMUNITY");
		awaitDrawn("COMMUNITY", 3, 3);

		// From 2026 on, the 2025 flow from Rehabilitation drops out.
		WebElement since = this.browser.findElement(By.id("since"));
		this.browser.executeScript("arguments[0].value = '2026-01-01'", since);
		this.browser.findElement(By.id("show")).click();
		this.wait.until((b) -> "4".equals(chart("transfers")));
		assertThat(chart("edges")).isEqualTo("2");

		// A click that lands while the chart redraws (the window just changed) can miss
		// the
		// circle; a person would click again, and so does the test.
		this.wait.until((b) -> {
			clickNode("Clinical teaching");
			try {
				new WebDriverWait(b, Duration.ofSeconds(3))
					.until(ExpectedConditions.visibilityOfElementLocated(By.id("place")));
				return true;
			}
			catch (TimeoutException ex) {
				return false;
			}
		});
		assertThat(this.browser.findElement(By.id("place-heading")).getText()).isEqualTo("Clinical teaching");
		this.wait.until((b) -> !b.findElements(By.cssSelector("#place-people li")).isEmpty());
		assertThat(this.browser.findElements(By.cssSelector("#place-people li"))).extracting(WebElement::getText)
			.containsExactly("Ivy Stone (senior)", "Prof. Cara Reid (senior)");
		this.wait.until((b) -> !column("gaps", 0).isEmpty());
		assertThat(column("gaps", 0)).contains("Podcast production");
		int podcasting = column("gaps", 0).indexOf("Podcast production");
		assertThat(column("gaps", 2).get(podcasting)).isEqualTo("0");
		assertThat(column("gaps", 4).get(podcasting)).contains("Digital health");
		assertThat(this.browser.findElements(By.cssSelector("#place-brokers li"))).isNotEmpty();
		assertThat(this.browser.findElement(By.id("timeline-heading")).getText()).endsWith("Clinical teaching");
		this.wait.until((b) -> b.findElement(By.id("timeline-chart")).getAttribute("data-months") != null);
		screenshot("network", "coordinator-network");
		screenshot("place", "coordinator-place");
		assertNoConsoleErrors();
	}

	@Test
	void the_brokers_and_gaps_tables_sort_and_download_as_neutralised_csv() {
		openAsCoordinator();
		awaitDrawn("COMMUNITY", 3, 3);
		this.wait.until((b) -> column("brokers", 0).contains("=Dan Smith"));

		sortBy("brokers", "Betweenness");
		assertThat(ariaSort("brokers", "Betweenness")).isEqualTo("descending");
		List<Double> descending = column("brokers", 1).stream().map(Double::valueOf).toList();
		assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
		sortBy("brokers", "Betweenness");
		assertThat(ariaSort("brokers", "Betweenness")).isEqualTo("ascending");
		assertThat(column("brokers", 1).stream().map(Double::valueOf).toList()).isSorted();
		sortBy("brokers", "Person");
		assertThat(ariaSort("brokers", "Person")).isEqualTo("ascending");
		assertThat(ariaSort("brokers", "Betweenness")).isEqualTo("none");
		assertThat(column("brokers", 0)).isSortedAccordingTo(String::compareToIgnoreCase);

		// The lines as JavaScript splits them at CR LF, so the test sees the separators
		// too.
		List<String> csv = lines("brokers");
		assertThat(csv.get(0)).isEqualTo("Person,Betweenness,Transfers,Places bridged");
		assertThat(csv).anyMatch((line) -> line.startsWith("'=Dan Smith,")).noneMatch((line) -> line.startsWith("="));
		assertThat(csv.get(csv.size() - 1)).isEmpty();

		assertThat(
				this.browser.findElement(By.cssSelector("button[aria-label='Open Clinical teaching']")).isDisplayed())
			.isTrue();
		this.browser.findElement(By.cssSelector("button[aria-label='Open Clinical teaching']")).click();
		this.wait.until((b) -> !column("gaps", 0).isEmpty());
		sortBy("gaps", "Want it");
		assertThat(column("gaps", 1).stream().map(Integer::valueOf).toList())
			.isSortedAccordingTo(Comparator.reverseOrder());
		List<String> gaps = lines("gaps");
		assertThat(gaps.get(0)).isEqualTo("Skill,Want it,Teachers here,Teachers elsewhere,Where teachers are");
		assertThat(gaps).anyMatch((line) -> line.startsWith("Podcast production,1,0,"));
		assertNoConsoleErrors();
	}

	@Test
	void the_graphml_export_downloads_with_the_page_token_and_matches_the_drawing() throws Exception {
		openAsCoordinator();
		awaitDrawn("COMMUNITY", 3, 3);
		String graphml = (String) ((JavascriptExecutor) this.browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('api/export/network.graphml?level=COMMUNITY',
				  { headers: { Authorization: 'Bearer ' + sessionStorage.getItem('boomerang.token') } })
				  .then((r) => r.ok ? r.text() : 'HTTP ' + r.status).then(done, (e) => done(String(e)));
				""");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(graphml.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("graphml");
		assertThat(document.getElementsByTagName("node").getLength()).isEqualTo(Integer.parseInt(chart("nodes")));

		this.browser.findElement(By.id("export-graphml")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("export-status"), "Exported."));
		assertNoConsoleErrors();
	}

	@Test
	void the_network_follows_a_recorded_transfer_without_a_reload() {
		openAsCoordinator();
		awaitDrawn("COMMUNITY", 3, 3);
		assertThat(chart("transfers")).isEqualTo("5");
		this.browser.executeScript("document.body.dataset.sameDocument = 'yes'");
		// Wait until the page listens, live or by polling, so the transfer cannot slip
		// between.
		this.wait.until((b) -> b.findElement(By.id("workspace")).getAttribute("data-live") != null);
		String mode = this.browser.findElement(By.id("workspace")).getAttribute("data-live");

		json(graphQl("record-transfer", "input",
				Map.of("id", "t:live", "from", "eve", "to", "jo", "skill", "skill:gait", "on", "2026-07-01")),
				"recordTransfer");

		await().atMost(Duration.ofSeconds("sse".equals(mode) ? 30 : 90))
			.untilAsserted(() -> assertThat(chart("transfers")).isEqualTo("6"));
		// Rehabilitation to Digital health already flowed (2025): still 3 flows, one
		// wider.
		assertThat(chart("edges")).isEqualTo("3");
		assertThat(this.browser.findElement(By.tagName("body")).getAttribute("data-same-document")).isEqualTo("yes");
		assertThat(this.browser.findElement(By.id("network-status")).getText()).startsWith("Updated");
		assertNoConsoleErrors();
	}

	@Test
	void the_person_level_view_draws_the_people_of_a_place_and_their_ties() {
		openAsCoordinator();
		awaitDrawn("COMMUNITY", 3, 3);
		this.browser.findElement(By.cssSelector("button[aria-label='Open Digital health']")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("draw-people"))).click();
		this.wait.until((b) -> b.findElement(By.id("people-chart")).getAttribute("data-people") != null);
		WebElement people = this.browser.findElement(By.id("people-chart"));
		// Digital health's transfers: Jo-Ivy (twice), Ana-Cara, Dan-Ana.
		assertThat(people.getAttribute("data-people")).isEqualTo("5");
		assertThat(people.getAttribute("data-ties")).isEqualTo("3");
		assertThat(people.findElements(By.tagName("canvas"))).isNotEmpty();

		// Rehabilitation: Dan, Ana and Eve, whom Cara may not see: drawn, not named.
		this.browser.findElement(By.cssSelector("button[aria-label='Open Rehabilitation']")).click();
		this.wait.until((b) -> b.findElement(By.id("people-chart")).getAttribute("hidden") != null);
		this.browser.findElement(By.id("draw-people")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-status"), "3 people"));
		assertThat(this.browser.findElement(By.id("people-status")).getText()).contains("2 ties")
			.contains("1 you may not see");
		assertThat(people.getAttribute("data-people")).isEqualTo("3");
		@SuppressWarnings("unchecked")
		List<String> labels = (List<String>) this.browser.executeScript(
				"return echarts.getInstanceByDom(arguments[0]).getOption().series[0].data.map((d) => d.display)",
				people);
		assertThat(labels).containsExactly("=Dan Smith", "Ana Okafor", "someone you may not see");
		assertNoConsoleErrors();
	}

	@Test
	void of_many_flows_the_largest_five_hundred_are_drawn_and_the_summary_says_so() {
		// 40 more communities of one person each, every one teaching every other once
		// (1,560 flows), and one pair twice: the largest flow is among those drawn.
		StringBuilder communities = new StringBuilder();
		StringBuilder people = new StringBuilder();
		StringBuilder transfers = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			communities.append("{\"id\":\"cop:many-%d\",\"name\":\"Many %d\"},".formatted(i, i));
			people.append(("{\"id\":\"many-%d\",\"name\":\"Many %d\",\"careerStage\":\"SPECIALIST\","
					+ "\"communities\":[{\"community\":\"cop:many-%d\",\"from\":\"2020-01-01\"}]},")
				.formatted(i, i, i));
			for (int j = 0; j < 40; j++) {
				if (i != j) {
					transfers.append(("{\"id\":\"t:many-%d-%d\",\"from\":\"many-%d\",\"to\":\"many-%d\","
							+ "\"skill\":\"skill:ehr\",\"on\":\"2026-02-01\"},")
						.formatted(i, j, i, j));
				}
			}
		}
		transfers.append("{\"id\":\"t:many-again\",\"from\":\"many-7\",\"to\":\"many-8\","
				+ "\"skill\":\"skill:ehr\",\"on\":\"2026-02-02\"}");
		importJson("{\"format\":\"boomerang-import/1\",\"communities\":[%s],\"people\":[%s],\"transfers\":[%s]}"
			.formatted(communities.substring(0, communities.length() - 1), people.substring(0, people.length() - 1),
					transfers));
		openAsCoordinator();
		this.wait.until((b) -> "1563".equals(chart("flows")));
		assertThat(chart("edges")).isEqualTo("500");
		assertThat(chart("nodes")).isEqualTo("43");
		assertThat(this.browser.findElement(By.id("network-summary")).getText()).contains("1563 flows between them",
				"the 500 largest flows are drawn", "GraphML export holds all");
		assertNoConsoleErrors();
	}

	@Test
	void a_staff_member_gets_no_link_and_no_workspace() {
		signIn("/", "Ivy Stone", "Staff");
		assertThat(this.browser.findElement(By.id("coordinator-link")).isDisplayed()).isFalse();
		this.browser.get("http://127.0.0.1:" + this.port + "/coordinator");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-coordinator")));
		assertThat(this.browser.findElement(By.id("workspace")).isDisplayed()).isFalse();
		assertNoConsoleErrors();
	}

}
