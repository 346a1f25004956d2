package io.newsflow.enrich.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * What a page's JSON-LD (schema.org) says of its article: headline, authors, dates, publisher.
 * The blocks are parsed as JSON, so nested objects, {@code @graph}, arrays of blocks and escaped
 * quotes read as they are meant. Of all the objects on the page, the first whose type is an
 * article ({@code NewsArticle}, {@code BlogPosting}, {@code ReportageNewsArticle} ...) speaks for
 * it; a page that types none speaks through its first object with a headline, a publication date
 * or an author.
 *
 * @param headline      the article's headline (or name), null if none
 * @param authors       the names of its authors that are people: given as text, or objects not typed
 *                      as an organisation
 * @param datePublished datePublished, else dateCreated; null if neither
 * @param dateModified  dateModified, null if none
 * @param publisher     the publisher's name, null if none
 * @param organisations the names of its authors typed as organisations ("BBC News")
 */
record JsonLdArticle(String headline, List<String> authors, String datePublished, String dateModified, String publisher,
                     List<String> organisations) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, List.of(), null, null, null, List.of());

    /** Pages write JSON-LD by hand: comments, trailing commas, control characters in strings. */
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    /** Saved pages wrap scripts in CDATA sections or HTML comments, which are no JSON. */
    private static final Pattern WRAPPER = Pattern.compile("^\\s*(?:<!\\[CDATA\\[|<!--)|(?:]]>|-->)\\s*$");
    /** How deep objects are looked for: articles nest in {@code @graph} or {@code mainEntity}, no deeper. */
    private static final int MAX_DEPTH = 4;

    /** The article the page's JSON-LD blocks describe; {@link #NONE} if they describe none or do not parse. */
    static JsonLdArticle of(List<String> blocks) {
        List<JsonNode> objects = new ArrayList<>();
        for (String block : blocks) {
            try {
                collect(LENIENT.readTree(WRAPPER.matcher(block).replaceAll("")), objects, 0);
            } catch (JsonProcessingException e) {
                // a broken block says nothing; the page's other metadata still does
            }
        }
        JsonNode article = objects.stream().filter(JsonLdArticle::isArticle).findFirst()
                .or(() -> objects.stream().filter(o -> o.has("headline") || o.has("datePublished") || o.has("author"))
                        .findFirst()).orElse(null);
        if (article == null) {
            return NONE;
        }
        String headline = text(article.get("headline"));
        return new JsonLdArticle(headline != null ? headline : isArticle(article) ? text(article.get("name")) : null,
                authors(article.get("author"), false),
                first(text(article.get("datePublished")), text(article.get("dateCreated"))),
                text(article.get("dateModified")), name(article.get("publisher")), authors(article.get("author"), true));
    }

    /** Every object in the tree, {@code @graph} members and {@code mainEntity} included, in document order. */
    private static void collect(JsonNode node, List<JsonNode> objects, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, objects, depth + 1));
        } else if (node.isObject()) {
            objects.add(node);
            collect(node.get("@graph"), objects, depth + 1);
            collect(node.get("mainEntity"), objects, depth + 1);
            collect(node.get("mainEntityOfPage"), objects, depth + 1);
        }
    }

    /** NewsArticle, Article, BlogPosting, LiveBlogPosting, ReportageNewsArticle, OpinionNewsArticle ... */
    private static boolean isArticle(JsonNode object) {
        for (String type : types(object)) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.endsWith("article") || t.endsWith("posting") || t.equals("report")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> types(JsonNode object) {
        List<String> types = new ArrayList<>();
        JsonNode type = object.get("@type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        return types;
    }

    /** Authors given as text, as an object, or as an array of either: the people, or else the organisations. */
    private static List<String> authors(JsonNode author, boolean organisations) {
        List<String> names = new ArrayList<>();
        if (author == null) {
            return names;
        }
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            boolean organisation = types(a).stream().anyMatch(t -> t.equalsIgnoreCase("Organization")
                    || t.equalsIgnoreCase("NewsMediaOrganization") || t.equalsIgnoreCase("Corporation"));
            String name = a.isObject() ? name(a) : text(a);
            if (organisation == organisations && name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** An object's name (a list of names gives its first), or the text itself when it is no object. */
    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }

    /** A value's text, the first of a list; null when blank or not text. */
    private static String text(JsonNode value) {
        if (value != null && value.isArray()) {
            return value.isEmpty() ? null : text(value.get(0));
        }
        if (value == null || !value.isValueNode()) {
            return null;
        }
        // WordPress and others escape HTML inside the JSON strings: "Trump&#8217;s"
        String text = Parser.unescapeEntities(value.asText(), false).strip();
        return text.isEmpty() ? null : TextNormalizer.line(text);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
