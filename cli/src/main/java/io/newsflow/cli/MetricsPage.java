package io.newsflow.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** A process's Prometheus metrics page, read as Prometheus reads it: each sample by name (labels included). */
public final class MetricsPage {
    private MetricsPage() {
    }

    /** The samples of the page at {@code url}, sorted by name, each value as the page writes it. */
    public static Map<String, String> read(URI url) throws IOException, InterruptedException {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> samples = new TreeMap<>();
        page.lines().filter(line -> !line.startsWith("#") && line.indexOf(' ') > 0).forEach(line -> samples.put(
                line.substring(0, line.lastIndexOf(' ')), line.substring(line.lastIndexOf(' ') + 1)));
        return samples;
    }
}
