package org.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assay.store.Fixtures;
import org.assay.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the article page in Debian's headless Chromium (driven by Selenium through /usr/bin/chromedriver) and checks
 * the quote highlights and a verdict badge's evidence. Without Chromium it is skipped on a developer's machine and
 * fails in CI ({@code CI=true}); {@code .ci/run} installs chromium and chromium-driver.
 */
class ArticlePageIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void theArticlePageHighlightsQuotesBySpeakerAndItsBadgesCarryTheEvidence() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but chromium or chromedriver is missing");
            }
            Assumptions.abort("chromium or chromedriver is not installed");
        }
        try (Store store = Store.open(dir.resolve("kb.db").toString())) {
            store.writer().saveAll(List.of(Fixtures.bus(), Fixtures.depot()), "v1", false);
            long id = store.queries().articles(10, 0).stream()
                    .filter(a -> a.name().equals("bus-fares")).findFirst().orElseThrow().id();
            try (AssayServer server = AssayServer.start(store, Fixtures::quoteMarkAnalyzer, "test",
                    new ServerConfig("127.0.0.1", 0, null, 4096))) {
                WebDriver browser = chromium();
                try {
                    browser.manage().window().setSize(new Dimension(390, 844));
                    browser.get(server.baseUrl() + "/articles/" + id);

                    List<WebElement> marks = browser.findElements(By.cssSelector("mark.quote"));
                    assertThat(marks).extracting(m -> m.getAttribute("data-speaker"))
                            .contains("Lena Ortiz", "Tomas Reyes");
                    WebElement ortiz = browser.findElement(By.cssSelector("mark.quote[data-quote='q2']"));
                    WebElement reyes = browser.findElement(By.cssSelector("mark.quote[data-quote='q3']"));
                    assertThat(ortiz.getText()).isEqualTo("We will make the buses cheaper for everyone,");
                    assertThat(ortiz.getCssValue("background-color"))
                            .isNotEqualTo(reyes.getCssValue("background-color"));

                    WebElement badge = browser.findElement(By.cssSelector(".badge.v-supported"));
                    assertThat(badge.getText()).isEqualTo("Supported");
                    assertThat(badge.getAttribute("title")).contains("transit-ridership (2025-01)")
                            .contains("ridership 2023: 1.20 million");
                    assertThat(badge.isDisplayed()).isTrue();
                    Long pageWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                            .executeScript("return document.documentElement.scrollWidth;");
                    assertThat(pageWidth).isLessThanOrEqualTo(390L);
                    Files.copy(((org.openqa.selenium.TakesScreenshot) browser)
                                    .getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                            Path.of("target", "article-page.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    browser.quit();
                }
            }
        }
    }

    private WebDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60)).build();
        return new ChromeDriver(service, options);
    }
}
