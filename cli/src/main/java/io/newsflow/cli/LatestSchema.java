package io.newsflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The latest version of a registry subject, from {@code GET /subjects/{subject}/versions/latest}.
 * The project's SchemaRegistryClient fetches schemas by id only; this is the one other question
 * the topic commands ask.
 */
record LatestSchema(String subject, int version, int id) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The subject's latest version, or empty when the registry has no such subject. */
    static Optional<LatestSchema> of(String registryUrl, String userInfo, String subject) throws IOException {
        String base = registryUrl.endsWith("/") ? registryUrl.substring(0, registryUrl.length() - 1) : registryUrl;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/subjects/"
                        + URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20") + "/versions/latest"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/vnd.schemaregistry.v1+json, application/json");
        if (userInfo != null && !userInfo.isBlank()) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("Schema registry at " + registryUrl + " did not answer (" + e + "). Is it running,"
                    + " and is --schema-registry right?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while asking the schema registry for subject '" + subject + "'", e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("Schema registry at " + registryUrl + " refused to show subject '" + subject
                    + "' (HTTP " + response.statusCode() + ": " + response.body() + "); check --schema-registry"
                    + " and -s basic.auth.user.info.");
        }
        JsonNode answer = JSON.readTree(response.body());
        return Optional.of(new LatestSchema(subject, answer.path("version").asInt(), answer.path("id").asInt()));
    }
}
