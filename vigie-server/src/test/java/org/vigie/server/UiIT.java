package org.vigie.server;

import org.vigie.app.fixtures.HandmadePipeline;
import org.vigie.app.fixtures.Corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The web UI in real headless Chromium: stories page, a dossier with timeline and quotes, a hostile title. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  ServerFixture server;
  ChromeDriver browser;

  @BeforeAll
  void start(@TempDir Path dir) {
    boolean browserThere = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String missing = "needs chromium and chromedriver (apt-get install chromium chromium-driver)";
    if ("true".equals(System.getenv("CI"))) {
      assertThat(browserThere).as(missing + ": .ci/run installs them").isTrue();
    }
    assumeTrue(browserThere, missing);
    server = new ServerFixture(dir.resolve("data"), HandmadePipeline::create);
    assertThat(server.post("/api/articles", Corpus.ARTICLES).status()).isEqualTo(201);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,1400", "--user-data-dir=" + dir.resolve("chrome-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void storiesPage_listsStories_andShowsAScriptTitleAsText() throws IOException {
    browser.get(server.base.toString());
    assertNoAlert();
    List<WebElement> stories = browser.findElements(By.cssSelector("li.story-card"));
    assertThat(stories).hasSizeGreaterThanOrEqualTo(2);
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("<script>alert('pwned')</script> Les pêcheurs bloquent le port");
    assertThat(browser.findElements(By.tagName("script"))).isEmpty();
    screenshot("ui-stories.png");
  }

  @Test
  void storyPage_rendersTheTimelineAndTheQuotes() throws IOException {
    browser.get(server.base.toString());
    browser.findElement(By.partialLinkText("cheminots")).click();
    assertNoAlert();
    assertThat(browser.getCurrentUrl()).contains("/stories/");
    WebElement timeline = browser.findElement(By.cssSelector("#timeline svg.timeline"));
    assertThat(timeline.isDisplayed()).isTrue();
    assertThat(timeline.getSize().getHeight()).isGreaterThan(50);
    assertThat(timeline.findElements(By.cssSelector("rect.bar"))).hasSize(2);
    List<WebElement> quotes = browser.findElements(By.cssSelector("#quotes blockquote.quote"));
    assertThat(quotes).isNotEmpty();
    assertThat(browser.findElement(By.id("quotes")).getText())
        .contains("Claire Montval").contains("tiendrons").contains("Le Quotidien de la Plaine");
    assertThat(browser.findElement(By.id("sources")).getText()).contains("L'Éclaireur de Loire");
    screenshot("ui-story.png");
  }

  @Test
  void hostileStoryPage_isInert() throws IOException {
    browser.get(server.base.toString());
    browser.findElement(By.partialLinkText("pêcheurs")).click();
    assertNoAlert();
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("<script>alert('pwned')</script>");
    // The one script element is the page's JSON-LD, a data block the browser does not run.
    assertThat(browser.findElements(By.tagName("script"))).singleElement()
        .satisfies(s -> assertThat(s.getDomAttribute("type")).isEqualTo("application/ld+json"));
    screenshot("ui-hostile.png");
  }

  @Test
  void searchPage_highlightsMatches() {
    browser.get(server.base.resolve("/search?q=cheminots").toString());
    assertNoAlert();
    assertThat(browser.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
  }

  @Test
  void searchPage_drawsAttentionOverTime_withExportLinks() throws IOException {
    browser.get(server.base.resolve("/search?q=cheminots").toString());
    assertNoAlert();
    WebElement chart = browser.findElement(By.cssSelector("#attention svg.attention"));
    assertThat(chart.isDisplayed()).isTrue();
    assertThat(chart.getSize().getHeight()).isGreaterThan(40);
    assertThat(chart.findElements(By.cssSelector("rect.bar"))).hasSize(2); // 2026-03-03 and 2026-03-04
    assertThat(browser.findElements(By.cssSelector("p.exports a"))).hasSize(9);
    screenshot("ui-search-attention.png");
  }

  @Test
  void entityPage_drawsItsAttention() throws IOException {
    browser.get(server.base.resolve("/entities/person-claire-montval").toString());
    assertNoAlert();
    WebElement chart = browser.findElement(By.cssSelector("#attention svg.attention"));
    assertThat(chart.isDisplayed()).isTrue();
    assertThat(chart.findElements(By.cssSelector("rect.bar"))).hasSize(2);
    screenshot("ui-entity-attention.png");
  }

  @Test
  void sourcesPage_listsEveryOutlet() throws IOException {
    browser.get(server.base.toString());
    browser.findElement(By.linkText("Sources")).click();
    assertNoAlert();
    List<WebElement> rows = browser.findElements(By.cssSelector("table.ledger > tbody > tr"));
    assertThat(rows).hasSize(3);
    assertThat(browser.findElement(By.cssSelector("table.ledger")).getText())
        .contains("Le Quotidien de la Plaine").contains("Nord Matin").contains("L'Éclaireur de Loire");
    screenshot("ui-sources.png");
  }

  @Test
  void articlePage_ofAHostileArticle_isInert_andCarriesJsonLd() throws IOException {
    browser.get(server.base.resolve("/articles/peche-1").toString());
    assertNoAlert();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(Corpus.SCRIPT_TITLE);
    assertThat(browser.findElement(By.id("text")).getText()).contains("<script>alert('body')</script>");
    List<WebElement> scripts = browser.findElements(By.tagName("script"));
    assertThat(scripts).singleElement()
        .satisfies(s -> assertThat(s.getDomAttribute("type")).isEqualTo("application/ld+json"));
    // The browser holds the block as inert text: its content is the JSON, title included, unbroken.
    assertThat((String) browser.executeScript("return document.querySelector('script').textContent"))
        .contains("\"@type\":\"NewsArticle\"").contains("pwned");
    screenshot("ui-article.png");
  }

  private void assertNoAlert() {
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  private void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }
}
