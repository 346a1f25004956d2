package io.newsflow.sink.web;

import static io.newsflow.sink.TestArchive.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.embedded.TestServices;
import io.newsflow.schemas.EntityType;
import io.newsflow.sink.SearchStore;
import io.newsflow.sink.TestArchive;
import io.newsflow.sink.TestArchive.Named;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * The search page in Debian's headless chromium, against a real OpenSearch node: search, facet,
 * article view, and articles carrying script payloads that must show as text and run nothing.
 * Skipped without /usr/bin/chromium (apt-get install chromium chromium-driver), except on CI.
 */
class SearchPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SCRIPT = "<script>window.pwned=1</script>";
    private static final String IMG = "<img src=x onerror=\"window.pwned=1\">";

    // no DevTools bindings on the test classpath (none needed): keep Selenium from warning that it lacks them
    private static final Logger CDP_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    @TempDir
    static Path profile;

    private static SearchPage page;
    private static WebDriver browser;

    @BeforeAll
    static void startPageAndBrowser() throws Exception {
        CDP_FINDER.setLevel(Level.SEVERE);
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            fail("CI must have " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver");
        }
        assumeTrue(installed, "no " + CHROMIUM + " / " + CHROMEDRIVER + " (apt-get install -y chromium chromium-driver)");

        String index = "news-articles-webtest";
        OpenSearchClient client = SearchStore.connect(TestServices.openSearch().httpUrl(), null, null);
        TestArchive.index(client, index, List.of(
                article("w1", "Fighters left Raqqa in a convoy", "BBC News", "2017-11-13T08:00:00Z",
                        "Thousands of Islamic State fighters left Raqqa. Brett McGurk said the coalition watched.",
                        new Named(EntityType.LOCATION, "Raqqa"), new Named(EntityType.ORGANIZATION, "Islamic State"),
                        new Named(EntityType.PERSON, "Brett McGurk")),
                article("w2", "Kurdish-led forces enter Raqqa", "Le Monde", "2017-10-17T10:00:00Z",
                        "Syrian Democratic Forces entered Raqqa, the former capital of Islamic State.",
                        new Named(EntityType.LOCATION, "Raqqa"), new Named(EntityType.ORGANIZATION, "Syrian Democratic Forces")),
                article("w3", "Evil " + SCRIPT + " title", IMG, "2017-11-20T00:00:00Z",
                        "An evil page about Raqqa: " + IMG + " and " + SCRIPT + " end.",
                        new Named(EntityType.LOCATION, "Raqqa"), new Named(EntityType.MISC, SCRIPT))));
        page = SearchPage.start(client, index, "127.0.0.1", 0);

        // Debian's browser and driver, found by path: Selenium Manager is never asked to download one
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (page != null) {
            page.close();
        }
    }

    @Test
    void searchClickAFacetAndOpenAnArticleWithItsEntitiesMarked() {
        browser.get(page.url());
        assertThat(browser.findElement(By.cssSelector(".trending")).getText()).contains("Raqqa");
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("Raqqa fighters");
        box.submit();
        waitFor(() -> browser.getCurrentUrl().contains("q=Raqqa"));
        assertThat(titles()).containsExactly("Fighters left Raqqa in a convoy");
        assertThat(browser.findElement(By.cssSelector(".hit .snippet em")).getText()).isIn("Raqqa", "fighters");

        browser.findElement(By.name("q")).clear();
        browser.findElement(By.name("q")).sendKeys("Raqqa");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(() -> titles().size() == 3);
        assertThat(browser.findElement(By.cssSelector(".total")).getText()).isEqualTo("3 articles");
        WebElement place = browser.findElement(By.cssSelector(".facet[data-facet=places] li"));
        assertThat(place.getText()).isEqualTo("Raqqa 3");

        browser.findElement(By.linkText("Brett McGurk")).click();
        waitFor(() -> titles().size() == 1);
        assertThat(titles()).containsExactly("Fighters left Raqqa in a convoy");
        assertThat(browser.findElement(By.cssSelector(".filters")).getText()).contains("person: Brett McGurk");

        browser.findElement(By.cssSelector(".hit a.title")).click();
        waitFor(() -> browser.getCurrentUrl().contains("/article?id=w1"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fighters left Raqqa in a convoy");
        assertThat(browser.findElements(By.cssSelector(".body mark.entity")).stream().map(WebElement::getText).toList())
                .containsExactly("Islamic State", "Raqqa", "Brett McGurk");
        assertThat(browser.findElement(By.cssSelector(".body mark.person")).getText()).isEqualTo("Brett McGurk");

        browser.findElement(By.cssSelector(".body mark.location a")).click();
        waitFor(() -> browser.getCurrentUrl().contains("place=Raqqa"));
        assertThat(titles()).hasSize(3);
    }

    @Test
    void scriptsInArticlesShowAsTextAndRunNothing() {
        browser.get(page.url() + "?q=evil");
        assertThat(titles()).containsExactly("Evil " + SCRIPT + " title");
        assertThat(browser.findElement(By.cssSelector(".facet[data-facet=sources]")).getText()).contains(IMG);
        assertThat(browser.findElement(By.cssSelector(".facet[data-facet=sources] a")).getText()).isEqualTo(IMG);
        assertNothingRan();

        browser.findElement(By.cssSelector(".hit a.title")).click();
        waitFor(() -> browser.getCurrentUrl().contains("/article?id=w3"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Evil " + SCRIPT + " title");
        assertThat(browser.findElement(By.cssSelector(".body")).getText())
                .isEqualTo("An evil page about Raqqa: " + IMG + " and " + SCRIPT + " end.");
        assertThat(browser.findElement(By.cssSelector(".body mark.misc")).getText()).isEqualTo(SCRIPT);
        assertNothingRan();

        // the search box reflects what was typed, as text
        String typed = "\"><script>window.pwned=1</script>";
        browser.findElement(By.name("q")).sendKeys(typed);
        browser.findElement(By.name("q")).submit();
        waitFor(() -> browser.getCurrentUrl().contains("q="));
        assertThat(browser.findElement(By.name("q")).getDomProperty("value")).isEqualTo(typed);
        assertNothingRan();
    }

    private static void assertNothingRan() {
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("body script"))).isEmpty();
    }

    private static List<String> titles() {
        return browser.findElements(By.cssSelector(".hit a.title")).stream().map(WebElement::getText).toList();
    }

    /** Waits for the condition; an element read while the next page replaces it is read again. */
    private static void waitFor(BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> condition.getAsBoolean());
    }
}
