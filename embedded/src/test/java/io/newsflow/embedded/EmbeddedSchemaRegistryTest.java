package io.newsflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedSchemaRegistryTest {
    private static final String SCHEMA = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Probe\\\","
            + "\\\"fields\\\":[{\\\"name\\\":\\\"x\\\",\\\"type\\\":\\\"int\\\"}]}\"}";

    @Test
    void servesTheConfluentApiWithFullCompatibilityAndKeepsSchemasAcrossRestarts() throws Exception {
        Path dir = TestServices.freshDir("registry-restart");
        String id;
        try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(dir, 0)) {
            assertThat(get(registry.url() + "/config")).contains("FULL");
            id = send(registry.url() + "/subjects/probe-value/versions", SCHEMA).replaceAll("\\D", "");
        }
        try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(dir, 0)) {
            assertThat(get(registry.url() + "/subjects")).contains("probe-value");
            assertThat(get(registry.url() + "/schemas/ids/" + id)).contains("Probe");
        }
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String send(String url, String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }
}
