package io.newsflow.sink.web;

import io.newsflow.schemas.EntityType;
import io.newsflow.sink.SearchQuery;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search page's URL parameters, in order: {@code q} (words), {@code entity} (any type),
 * {@code person}, {@code organization}, {@code place}, {@code misc}, {@code source}, {@code from},
 * {@code to} (yyyy-MM-dd). Filters repeat; links that add or drop one keep the others.
 */
final class PageParameters {
    /** Parameter name of each entity type's filter. */
    static final Map<EntityType, String> TYPED = Map.of(EntityType.PERSON, "person",
            EntityType.ORGANIZATION, "organization", EntityType.LOCATION, "place", EntityType.MISC, "misc");

    private record Parameter(String name, String value) {
    }

    private final List<Parameter> parameters;

    private PageParameters(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
    }

    /** Parses a raw (still percent-encoded) query string; null means none. */
    static PageParameters parse(String rawQuery) {
        List<Parameter> parameters = new ArrayList<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!name.isEmpty() && !value.isBlank()) {
                    parameters.add(new Parameter(name, value.strip()));
                }
            }
        }
        return new PageParameters(parameters);
    }

    Optional<String> first(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).map(Parameter::value).findFirst();
    }

    /** The search these parameters ask for; a date that does not parse is an IllegalArgumentException. */
    SearchQuery query(int size) {
        SearchQuery query = new SearchQuery(first("q").orElse(null), List.of(), first("source").orElse(null),
                date("from"), date("to"), size);
        for (Parameter p : parameters) {
            if (p.name().equals("entity")) {
                query = query.withEntity(p.value(), null);
            }
            for (Map.Entry<EntityType, String> typed : TYPED.entrySet()) {
                if (p.name().equals(typed.getValue())) {
                    query = query.withEntity(p.value(), typed.getKey());
                }
            }
        }
        return query;
    }

    /** The filters in effect (everything but the words), as name and value. */
    List<Map.Entry<String, String>> filters() {
        return parameters.stream().filter(p -> !p.name().equals("q"))
                .map(p -> Map.entry(p.name(), p.value())).toList();
    }

    /** A link to the search page with one more filter; {@code source}, dates and words replace their old value. */
    String linkWith(String name, String value) {
        List<Parameter> next = new ArrayList<>(parameters);
        if (!isRepeatable(name)) {
            next.removeIf(p -> p.name().equals(name));
        }
        Parameter added = new Parameter(name, value);
        if (!next.contains(added)) {
            next.add(added);
        }
        return link(next);
    }

    /** A link to the search page without the filter {@code name=value}. */
    String linkWithout(String name, String value) {
        List<Parameter> next = new ArrayList<>(parameters);
        next.remove(new Parameter(name, value));
        return link(next);
    }

    private static boolean isRepeatable(String name) {
        return name.equals("entity") || TYPED.containsValue(name);
    }

    private LocalDate date(String name) {
        Optional<String> value = first(name);
        try {
            return value.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be a date like 2017-11-27, not '" + value.get() + "'");
        }
    }

    private static String link(List<Parameter> parameters) {
        StringBuilder url = new StringBuilder("/");
        for (Parameter p : parameters) {
            url.append(url.length() == 1 ? '?' : '&').append(encode(p.name())).append('=').append(encode(p.value()));
        }
        return url.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
