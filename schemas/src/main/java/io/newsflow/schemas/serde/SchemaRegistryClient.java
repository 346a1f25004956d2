package io.newsflow.schemas.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLException;
import org.apache.avro.Schema;

/**
 * Client for the Confluent Schema Registry REST API (also served by Apicurio Registry at
 * {@code /apis/ccompat/v7}). Confluent's own client is not on Maven Central, so newsflow
 * carries this one; it covers only what the serde and operators need.
 *
 * <p>Ids are cached in both directions: a schema is registered once per subject and a writer
 * schema is fetched once per id. Thread-safe.
 */
public final class SchemaRegistryClient {
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    /** The URL without user info, for messages. */
    private final String shownUrl;
    private final String authorization;
    private final HttpClient http;
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    /**
     * @param baseUrl  registry root, e.g. {@code http://127.0.0.1:8081} or {@code http://host/apis/ccompat/v7}
     * @param userInfo {@code user:password} for HTTP basic auth, or null for the URL's own user info, if any
     */
    public SchemaRegistryClient(String baseUrl, String userInfo) {
        Objects.requireNonNull(baseUrl, "schema registry url");
        URI uri = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        String inUrl = uri.getRawUserInfo();
        // the JDK's client ignores user info in a URL: it becomes basic auth, and stays out of messages
        this.baseUrl = inUrl == null ? uri.toString() : uri.toString().replace(inUrl + "@", "");
        this.shownUrl = this.baseUrl;
        String credentials = userInfo == null || userInfo.isBlank()
                ? (inUrl == null ? null : URLDecoder.decode(inUrl, StandardCharsets.UTF_8)) : userInfo;
        this.authorization = credentials == null
                ? null
                : "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The registry's URL, without any user info. */
    public String baseUrl() {
        return shownUrl;
    }

    /**
     * Asks the registry for its subjects, to learn at once whether it lets us in: fails when it refuses
     * our credentials or the TLS handshake fails (settings to fix before anything can work); a registry
     * that does not answer at all is let pass, as it may come up later.
     */
    public void checkAccess() {
        try {
            send("GET", "/subjects", null, "list subjects");
        } catch (SchemaRegistryException e) {
            if (e.refusedAccess()) {
                throw e;
            }
        }
    }

    /** Registers {@code schema} under {@code subject} (idempotent) and returns its global id. */
    public int register(String subject, Schema schema) {
        return idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(schema, sc -> {
                    JsonNode answer = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(sc),
                            "register schema " + sc.getFullName() + " under subject '" + subject + "'");
                    int id = answer.path("id").asInt(-1);
                    schemasById.putIfAbsent(id, sc);
                    return id;
                });
    }

    /** Returns the id {@code schema} already has under {@code subject}; fails with 40401/40403 if none. */
    public int lookup(String subject, Schema schema) {
        return idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(schema, sc -> {
                    JsonNode answer = send("POST", "/subjects/" + encode(subject), schemaBody(sc),
                            "look up schema " + sc.getFullName() + " under subject '" + subject + "'");
                    return answer.path("id").asInt(-1);
                });
    }

    /** The schema with global id {@code id}. */
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, i -> {
            JsonNode answer = send("GET", "/schemas/ids/" + i, null, "fetch schema id " + i);
            return new Schema.Parser().parse(answer.path("schema").asText());
        });
    }

    /** A subject's version as the registry numbers it, and the global id of its schema. */
    public record SubjectVersion(String subject, int version, int id) {
    }

    /** The latest version of {@code subject}; empty when the registry has no such subject. */
    public Optional<SubjectVersion> latest(String subject) {
        try {
            JsonNode answer = send("GET", "/subjects/" + encode(subject) + "/versions/latest", null,
                    "read the latest version of subject '" + subject + "'");
            return Optional.of(new SubjectVersion(subject, answer.path("version").asInt(), answer.path("id").asInt()));
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Whether {@code schema} may be registered as the next version of {@code subject}. */
    public boolean isCompatible(String subject, Schema schema) {
        try {
            JsonNode answer = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest",
                    schemaBody(schema), "check compatibility of " + schema.getFullName() + " with '" + subject + "'");
            return answer.path("is_compatible").asBoolean(false);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND) {
                return true; // nothing registered yet: anything is compatible
            }
            throw e;
        }
    }

    /** Sets the compatibility level (BACKWARD, FORWARD, FULL, NONE, ...) of one subject, or globally when null. */
    public void setCompatibility(String subject, String level) {
        ObjectNode body = JSON.createObjectNode().put("compatibility", level);
        String path = subject == null ? "/config" : "/config/" + encode(subject);
        send("PUT", path, body, "set compatibility " + level + (subject == null ? "" : " on '" + subject + "'"));
    }

    private static ObjectNode schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString());
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(String method, String path, JsonNode body, String what) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", CONTENT_TYPE + ", application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (SSLException e) {
            throw new SchemaRegistryException("Could not " + what + ": the TLS handshake with the schema registry at "
                    + shownUrl + " failed (" + e.getMessage() + "). Check schema.registry.url: https on a plain HTTP"
                    + " port fails so, as does a certificate the JVM does not trust (javax.net.ssl.trustStore).", -1, e);
        } catch (IOException e) {
            throw new SchemaRegistryException("Could not " + what + ": schema registry at " + shownUrl
                    + " did not answer (" + e + "). Is it running, and is schema.registry.url right?", -1, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("Interrupted while trying to " + what, -1, e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            int status = response.statusCode();
            int code = status == 401 || status == 403 ? status : answer.path("error_code").asInt(status);
            String reason = answer.path("message").asText(response.body());
            throw new SchemaRegistryException("Could not " + what + " at " + shownUrl + ": " + describe(code)
                    + " (HTTP " + response.statusCode() + ", error " + code + ": " + reason + ")", code, null);
        }
        return answer;
    }

    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode().put("message", text);
        }
    }

    private static String describe(int code) {
        switch (code) {
            case SchemaRegistryException.SUBJECT_NOT_FOUND: return "the subject is not registered";
            case SchemaRegistryException.SCHEMA_NOT_FOUND: return "no schema has that id";
            case SchemaRegistryException.INCOMPATIBLE: return "the schema is incompatible with the subject's earlier versions";
            case SchemaRegistryException.INVALID_SCHEMA: return "the registry rejected the schema as invalid";
            case 401: return "the registry refused our credentials: check basic.auth.user.info (user:password)";
            case 403: return "access denied to the user of basic.auth.user.info: grant it access, or use another user";
            default: return "the registry refused the request";
        }
    }
}
