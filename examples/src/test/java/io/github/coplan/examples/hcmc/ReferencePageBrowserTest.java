package io.github.coplan.examples.hcmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.coplan.Coplan;
import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.outputs.page.PageOptions;
import io.github.coplan.outputs.page.PlanPage;
import io.github.coplan.storage.memory.InMemoryStorage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The acceptance check of the plan's page, in a real browser: headless Chromium, driven through
 * Selenium, loads the reference plan's page from a file and the test asserts what a person sees, at
 * 1280 and at 390 CSS pixels wide. It saves a screenshot at each width ({@code
 * target/page-1280.png}, {@code target/page-390.png}).
 *
 * <p>It needs Debian's {@code chromium} and {@code chromium-driver} packages ({@code
 * /usr/bin/chromium}, {@code /usr/bin/chromedriver}), which {@code .ci/run} installs. Without them
 * the test is skipped, unless the environment variable {@code CI} is set: then it fails. Selenium
 * is given both paths, so that it never looks for a browser or a driver on the network.
 *
 * <p>The "as of" day is 1 January 2019: the HCMC Innovation and Startup Week, planned for 2018-Q4
 * and only scheduled, is then overdue, the one overdue activity of the plan.
 */
class ReferencePageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final LocalDate AS_OF = LocalDate.of(2019, 1, 1);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2019-01-01T09:00:00Z"), ZoneOffset.UTC);
  private static final Path TARGET = Path.of("target");
  private static final String HIGHLIGHT = "rgba(255, 212, 0, 1)";
  private static final String WEEK = "HCMC Innovation and Startup Week";

  /** Every element whose box lies outside the window, and the document if it scrolls sideways. */
  private static final String OVERFLOWING =
      "const w = window.innerWidth; const found = [];"
          + "const d = document.documentElement.scrollWidth;"
          + "if (d > w) { found.push('document scrollWidth ' + d); }"
          + "for (const e of document.querySelectorAll('*')) {"
          + "  const r = e.getBoundingClientRect();"
          + "  if (r.right > w + 0.5 || r.left < -0.5) {"
          + "    found.push(e.tagName + '.' + e.getAttribute('class') + ' ' + r.left + '..' + r.right);"
          + "  }"
          + "}"
          + "return found;";

  @Test
  void theReferencePlansPageShowsEveryAreaAndTheOverdueWeekWithoutOverflowAt1280And390()
      throws IOException {
    requireBrowser();
    try (Coplan store = Coplan.builder().storage(InMemoryStorage.create()).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = ReferencePlan.record(coplan);
      ReferenceTour.record(coplan, plan);
      ReferenceResults.record(coplan, plan);
      ProgressReport report = coplan.reports().progress(plan.id(), AS_OF, "en");
      List<ContentArea> areas = coplan.plans().get(plan.id()).contentAreas();
      assertThat(report.progress().overdue()).isEqualTo(1);
      assertThat(report.overdueActivities())
          .extracting(ProgressReport.ActivityLine::title)
          .containsExactly(WEEK);
      assertThat(areas).hasSize(7);

      Path english = page(coplan, plan, "en", "reference-plan.html");
      Path hebrew = page(coplan, plan, "he", "reference-plan-he.html");
      ChromeDriver driver = start();
      try {
        for (int width : new int[] {1280, 390}) {
          load(driver, english, width);

          // every content area has a row on screen with its title as the use cases give it
          for (ContentArea area : areas) {
            WebElement row = driver.findElement(By.id("area-" + area.number()));
            assertThat(row.isDisplayed()).as("row of area %s", area.number()).isTrue();
            assertThat(row.findElement(By.className("area-title")).getText())
                .isEqualTo(area.title().best("en"));
          }

          // the overdue week is highlighted: as many marks as the report counts, in the colour
          List<WebElement> marks = driver.findElements(By.cssSelector("li.activity .overdue-mark"));
          assertThat(marks).hasSize((int) report.progress().overdue()).hasSize(1);
          for (WebElement mark : marks) {
            assertThat(mark.isDisplayed()).isTrue();
            assertThat(mark.getText()).isEqualTo("Overdue");
            assertThat(mark.getCssValue("background-color")).isEqualTo(HIGHLIGHT);
          }
          WebElement week = driver.findElement(By.cssSelector("li.activity.overdue"));
          assertThat(week.findElement(By.className("activity-title")).getText()).isEqualTo(WEEK);
          assertThat(week.getCssValue("background-color")).isEqualTo("rgba(255, 248, 214, 1)");
          assertThat(driver.findElements(By.cssSelector("li.activity")))
              .hasSize(8)
              .filteredOn(a -> !a.getAttribute("class").contains("overdue"))
              .allSatisfy(
                  a -> assertThat(a.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)"));

          // a date known to the day is a solid bar, a rougher one a dashed, lighter bar
          for (WebElement bar : driver.findElements(By.cssSelector("li.activity .bar"))) {
            boolean day = bar.getAttribute("class").contains("day");
            assertThat(bar.getCssValue("stroke-dasharray")).isEqualTo(day ? "none" : "5px, 3px");
            assertThat(bar.getCssValue("fill-opacity")).isEqualTo(day ? "1" : "0.22");
          }

          assertThat(overflowing(driver)).as("elements outside %s px", width).isEmpty();
          screenshot(driver, TARGET.resolve("page-" + width + ".png"));
        }

        // the Hebrew page, right to left, fits the narrow screen too
        load(driver, hebrew, 390);
        assertThat(driver.findElement(By.tagName("html")).getCssValue("direction"))
            .isEqualTo("rtl");
        assertThat(driver.findElements(By.cssSelector("li.activity .overdue-mark")))
            .extracting(WebElement::getText)
            .containsExactly("באיחור");
        assertThat(overflowing(driver)).as("elements outside 390 px, in Hebrew").isEmpty();
        screenshot(driver, TARGET.resolve("page-390-he.png"));
      } finally {
        driver.quit();
      }
    }
  }

  private static void requireBrowser() {
    boolean there = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!there && System.getenv("CI") != null) {
      fail(
          "the browser check needs "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": install Debian's chromium and chromium-driver packages (.ci/run does)");
    }
    Assumptions.assumeTrue(
        there,
        "no headless Chromium: install Debian's chromium and chromium-driver packages ("
            + CHROMIUM
            + ", "
            + CHROMEDRIVER
            + ") to run the browser check");
  }

  private static Path page(UseCases coplan, CooperationPlan plan, String language, String name)
      throws IOException {
    Path file = TARGET.resolve("page").resolve(name);
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      PlanPage.of(coplan, PageOptions.builder().language(language).clock(CLOCK).build())
          .write(plan.id(), out);
    }
    return file;
  }

  private static ChromeDriver start() {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,900");
    return new ChromeDriver(service, options);
  }

  /** Loads a page in a viewport of exactly that many CSS pixels wide, and checks that it is. */
  private static void load(ChromeDriver driver, Path page, int width) {
    metrics(driver, width, 900);
    driver.get(page.toAbsolutePath().toUri().toString());
    Object inner = driver.executeScript("return window.innerWidth;");
    assertThat(((Number) inner).intValue()).isEqualTo(width);
  }

  private static void metrics(ChromeDriver driver, int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  @SuppressWarnings("unchecked")
  private static List<String> overflowing(ChromeDriver driver) {
    return (List<String>) driver.executeScript(OVERFLOWING);
  }

  /** The whole page, as tall as it is, at the width it has. */
  private static void screenshot(ChromeDriver driver, Path file) throws IOException {
    int width = ((Number) driver.executeScript("return window.innerWidth;")).intValue();
    int height =
        ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).intValue();
    metrics(driver, width, Math.min(height, 6000));
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    metrics(driver, width, 900);
  }
}
