package dev.benchpilot.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchpilot.examples.shop.ShopApi;
import dev.benchpilot.examples.shop.ShopConfig;
import dev.benchpilot.orchestrator.api.ApiServer;
import dev.benchpilot.orchestrator.request.BenchmarkRequests;
import dev.benchpilot.orchestrator.workflow.TargetPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run): connect
 * with the token, start a run, answer the checkpoint, watch the numbers move, read the finished report.
 */
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path workspace;

    private ApiServer server;
    private WebDriver browser;
    private String base;

    @BeforeEach
    void start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            System.out.println("skipped DashboardBrowserTest: " + CHROMIUM + " or " + DRIVER
                    + " missing (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed");
        server = new ApiServer(
                new ApiServer.Settings(
                        "127.0.0.1", 0, ServeApiTest.TOKEN, new TargetPolicy(List.of()), 2, workspace, List.of()),
                new BenchmarkRequests(workspace));
        base = "http://127.0.0.1:" + server.start();
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1400,1000");
        browser = new ChromeDriver(options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds), Duration.ofMillis(200));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void a_run_is_started_confirmed_watched_live_and_its_report_read_in_a_real_browser() throws Exception {
        try (ShopApi shop = ShopApi.start(ShopConfig.defaults())) {
            browser.get(base + "/");
            browser.findElement(By.id("token")).sendKeys(ServeApiTest.TOKEN);
            browser.findElement(By.id("connect")).click();
            waiting(20).until(b -> b.findElement(By.id("app")).isDisplayed());
            assertThat(text("connection")).isEqualTo("connected");
            assertThat(((JavascriptExecutor) browser).executeScript("return typeof Chart"))
                    .as("Chart.js served from its webjar")
                    .isEqualTo("function");

            fill("target", shop.baseUrl().toString());
            fill("source", ServeApiTest.SHOP_SOURCES);
            browser.findElement(By.name("rps")).clear();
            fill("rps", "20");
            browser.findElement(By.name("duration")).clear();
            fill("duration", "12s");
            fill("credentials", "shopper{1..50}:" + ShopConfig.DEMO_PASSWORD);
            browser.findElement(By.id("start")).click();

            waiting(120).until(b -> b.findElement(By.id("checkpoint")).isDisplayed());
            assertThat(text("live-status")).isEqualTo("awaiting_confirmation");
            assertThat(text("plan-text")).contains("baseline", "20 rps");
            browser.findElement(By.id("review")).click();
            waiting(20).until(b -> b.findElement(By.id("scenarios")).getText().contains("browse products"));
            browser.findElement(By.id("execute")).click();

            waiting(60).until(b -> number(b.findElement(By.id("n-second")).getText()) >= 2);
            int first = number(text("n-second"));
            waiting(30).until(b -> number(b.findElement(By.id("n-second")).getText()) > first + 2);
            assertThat(number(text("n-achieved"))).as("live achieved rate").isPositive();
            Long points = (Long) ((JavascriptExecutor) browser)
                    .executeScript("return Chart.getChart('chart-rate').data.labels.length");
            assertThat(points).as("one chart point a second").isGreaterThanOrEqualTo(3);
            Files.write(
                    Path.of("target/dashboard-live.png"),
                    ((org.openqa.selenium.TakesScreenshot) browser)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            Long marks = (Long) ((JavascriptExecutor) browser).executeScript("return stageMarks.length");
            assertThat(marks)
                    .as("the plan's stages (ramp, constant) marked on the charts")
                    .isGreaterThanOrEqualTo(2);

            waiting(120)
                    .until(b -> b.findElement(By.id("live-status")).getText().equals("completed"));
            waiting(30).until(b -> b.findElement(By.id("report")).isDisplayed());
            String id = text("live-id");
            browser.switchTo().frame("report-frame");
            waiting(20).until(b -> b.findElement(By.tagName("body")).getText().contains("Benchmark"));
            browser.switchTo().defaultContent();
            waiting(20).until(b -> b.findElement(By.id("runs")).getText().contains(id));
            assertThat(browser.findElement(By.id("markers")).getText()).contains("execute", "completed");
            Files.write(
                    Path.of("target/dashboard-done.png"),
                    ((org.openqa.selenium.TakesScreenshot) browser)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
    }

    private void fill(String name, String value) {
        browser.findElement(By.name(name)).sendKeys(value);
    }

    private static int number(String text) {
        try {
            return (int) Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
