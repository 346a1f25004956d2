package io.newsflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's docker-compose.yml as the tests read it: each service's image, environment,
 * command, volumes and start conditions, exactly as written there.
 */
final class ComposeFile {
    static final Path PATH = Paths.get(System.getProperty("newsflow.home", "..")).resolve("docker-compose.yml");

    private final JsonNode services;

    private ComposeFile(JsonNode services) {
        this.services = services;
    }

    static ComposeFile load() {
        try {
            return new ComposeFile(new ObjectMapper(new YAMLFactory()).readTree(PATH.toFile()).path("services"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> serviceNames() {
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        return names;
    }

    String image(String service) {
        return service(service).path("image").asText();
    }

    /** The environment, written as a map or as a list of KEY=VALUE. */
    Map<String, String> environment(String service) {
        JsonNode environment = service(service).path("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment.isArray()) {
            environment.forEach(entry -> {
                String[] pair = entry.asText().split("=", 2);
                variables.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            environment.fields().forEachRemaining(entry -> variables.put(entry.getKey(), entry.getValue().asText()));
        }
        return variables;
    }

    /**
     * The command's arguments: a list as written, or a string split at spaces (quotes would need a
     * shell's rules, which this file's commands avoid).
     */
    List<String> command(String service) {
        JsonNode command = service(service).path("command");
        if (command.isArray()) {
            List<String> arguments = new ArrayList<>();
            command.forEach(argument -> arguments.add(argument.asText()));
            return arguments;
        }
        String line = command.asText().strip();
        if (line.contains("\"") || line.contains("'")) {
            throw new IllegalStateException("The command of " + service + " in " + PATH + " uses quotes: write it as a"
                    + " list of arguments instead");
        }
        return Arrays.asList(line.split("\\s+"));
    }

    /** The mounts in short syntax, source → target (a named volume or a host path as the source). */
    Map<String, String> volumes(String service) {
        Map<String, String> mounts = new LinkedHashMap<>();
        service(service).path("volumes").forEach(volume -> {
            String[] parts = volume.asText().split(":");
            mounts.put(parts[0], parts[1]);
        });
        return mounts;
    }

    /** The services this one waits for, with the condition (service_started when none is given). */
    Map<String, String> dependsOn(String service) {
        JsonNode dependsOn = service(service).path("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn.isArray()) {
            dependsOn.forEach(name -> conditions.put(name.asText(), "service_started"));
        } else {
            dependsOn.fields().forEachRemaining(entry -> conditions.put(entry.getKey(),
                    entry.getValue().path("condition").asText("service_started")));
        }
        return conditions;
    }

    boolean hasHealthcheck(String service) {
        return service(service).path("healthcheck").has("test");
    }

    private JsonNode service(String name) {
        JsonNode service = services.path(name);
        if (service.isMissingNode()) {
            throw new IllegalStateException("No service '" + name + "' in " + PATH);
        }
        return service;
    }
}
