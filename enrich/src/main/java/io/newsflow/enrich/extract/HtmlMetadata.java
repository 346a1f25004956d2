package io.newsflow.enrich.extract;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, bylines, publication time and site of a saved page, from its metadata first and its visible markup second. */
record HtmlMetadata(String title, List<String> bylines, Instant published, String site) {

    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_LD_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*\\[?\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");
    /** "Headline | Site", "Headline - Site": the suffix is the site, not the headline. */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{1,40}$");

    static HtmlMetadata of(Document doc) {
        String site = meta(doc, "meta[property=og:site_name]");
        if (site == null) {
            site = meta(doc, "meta[name=application-name]");
        }
        return new HtmlMetadata(title(doc), bylines(doc), published(doc), site);
    }

    private static String title(Document doc) {
        String og = meta(doc, "meta[property=og:title]");
        if (og != null) {
            return stripSuffix(og);
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return TextNormalizer.line(h1.text());
        }
        return doc.title().isBlank() ? null : stripSuffix(doc.title());
    }

    private static String stripSuffix(String title) {
        String t = TextNormalizer.line(title);
        String stripped = TITLE_SUFFIX.matcher(t).replaceFirst("");
        return stripped.isBlank() ? t : stripped;
    }

    private static List<String> bylines(Document doc) {
        // in order of trust, each looked up only if the ones before gave nothing: every lookup walks the page
        List<Supplier<String>> candidates = List.of(
                () -> meta(doc, "meta[name=author]"),
                () -> meta(doc, "meta[property=article:author]"),
                () -> jsonLd(doc, JSON_LD_AUTHOR),
                () -> text(doc, "[itemprop=author] [itemprop=name]"),
                () -> text(doc, "[itemprop=author]"),
                () -> text(doc, "[rel=author]"),
                () -> text(doc, "[class*=byline]"));
        for (Supplier<String> supplier : candidates) {
            String candidate = supplier.get();
            // profile URLs in article:author are not names
            if (candidate != null && !candidate.startsWith("http")) {
                List<String> names = Bylines.parse(candidate);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    private static Instant published(Document doc) {
        List<Supplier<String>> candidates = List.of(
                () -> meta(doc, "meta[property=article:published_time]"),
                () -> meta(doc, "meta[itemprop=datePublished]"),
                () -> attr(doc, "[itemprop=datePublished]", "datetime"),
                () -> attr(doc, "[itemprop=datePublished]", "content"),
                () -> jsonLd(doc, JSON_LD_DATE),
                () -> meta(doc, "meta[name=pubdate]"),
                () -> meta(doc, "meta[name=date]"),
                () -> meta(doc, "meta[name=dc.date.issued]"),
                () -> attr(doc, "time[datetime]", "datetime"));
        for (Supplier<String> candidate : candidates) {
            Instant instant = Dates.parseMachine(candidate.get());
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    private static String jsonLd(Document doc, Pattern pattern) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = pattern.matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String meta(Document doc, String selector) {
        return attr(doc, selector, "content");
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector + "[" + attribute + "]");
        return e == null ? null : nonBlank(e.attr(attribute));
    }

    private static String text(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : nonBlank(e.text());
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : TextNormalizer.line(value);
    }
}
