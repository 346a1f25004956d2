package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Title, bylines, publication time, site and declared language (ISO 639-1, from {@code <html lang>})
 * of a saved page, from its metadata first and its visible markup second.
 */
record HtmlMetadata(String title, List<String> bylines, PublishedTime published, String site, String language) {

    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    /** The first JSON-LD author's name, unless JSON-LD says it is an organisation (bylines name people). */
    private static final Pattern JSON_LD_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*\\[?\\s*\\{(?![^}]*\"@type\"\\s*:\\s*\"Organization\")[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");
    /** JSON-LD's author: one object or a list of them (those with objects inside them are left to {@link #JSON_LD_AUTHOR}). */
    private static final Pattern JSON_LD_AUTHORS = Pattern.compile("\"author\"\\s*:\\s*(\\[[^\\]]*\\]|\\{[^}]*\\})");
    private static final Pattern JSON_LD_OBJECT = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern JSON_LD_PERSON = Pattern.compile("\"@type\"\\s*:\\s*\"Person\"");
    private static final Pattern JSON_LD_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");
    /** A date element's text longer than this is a paragraph that mentions a date. */
    private static final int MAX_DATE_CHARS = 80;
    /** How many elements with a date class are tried: the first ones are the article's. */
    private static final int DATE_CLASS_ELEMENTS = 5;
    /** "Headline | Site", "Headline - Site": the suffix is the site, not the headline. */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{1,40}$");

    static HtmlMetadata of(Document doc) {
        Declarations page = new Declarations(doc);
        String site = page.meta("property", "og:site_name");
        if (site == null) {
            site = page.meta("name", "application-name");
        }
        return new HtmlMetadata(title(doc, page), bylines(page), published(page), site, language(doc));
    }

    /** "en-US", "en_US" → "en"; null if the page declares none or something that is no language code. */
    private static String language(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").trim().toLowerCase(Locale.ROOT);
        String code = lang.split("[-_]", 2)[0];
        return LANGUAGE_CODE.matcher(code).matches() ? code : null;
    }

    private static String title(Document doc, Declarations page) {
        String og = page.meta("property", "og:title");
        if (og != null) {
            return stripSuffix(og);
        }
        if (page.headline != null && !page.headline.text().isBlank()) {
            return TextNormalizer.line(page.headline.text());
        }
        return doc.title().isBlank() ? null : stripSuffix(doc.title());
    }

    private static String stripSuffix(String title) {
        String t = TextNormalizer.line(title);
        String stripped = TITLE_SUFFIX.matcher(t).replaceFirst("");
        return stripped.isBlank() ? t : stripped;
    }

    private static List<String> bylines(Declarations page) {
        // in order of trust: authors JSON-LD says are people before the author meta, which many sites fill with their publisher
        List<Supplier<String>> candidates = List.of(
                page::jsonLdPeopleAuthors,
                () -> page.meta("name", "author"),
                () -> page.meta("property", "article:author"),
                () -> page.jsonLd(JSON_LD_AUTHOR),
                () -> text(page.authorName),
                () -> text(page.author),
                () -> text(page.relAuthor),
                () -> text(page.bylineClass));
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

    private static PublishedTime published(Declarations page) {
        List<Supplier<String>> candidates = List.of(
                () -> page.meta("property", "article:published_time"),
                () -> page.meta("property", "article:published"),
                () -> page.meta("itemprop", "datepublished"),
                () -> attr(page.datePublishedDatetime, "datetime"),
                () -> attr(page.datePublishedContent, "content"),
                () -> page.jsonLd(JSON_LD_DATE),
                () -> page.meta("name", "pubdate"),
                () -> page.meta("name", "date"),
                () -> page.meta("name", "dc.date.issued"),
                () -> attr(page.time, "datetime"));
        for (Supplier<String> candidate : candidates) {
            PublishedTime time = Dates.parseMachine(candidate.get());
            if (time != null) {
                return time;
            }
        }
        // a visible date, marked by its class: <span class="article-publish-date">November 19, 2019</span>
        for (Element e : page.dateClasses) {
            for (String value : List.of(e.attr("datetime"), e.attr("content"), e.attr("value"), e.text())) {
                PublishedTime time = value.length() <= MAX_DATE_CHARS ? Dates.parseMachine(value) : null;
                if (time != null) {
                    return time;
                }
            }
        }
        return null;
    }

    private static String attr(Element e, String attribute) {
        return e == null ? null : nonBlank(e.attr(attribute));
    }

    private static String text(Element e) {
        return e == null ? null : nonBlank(e.text());
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : TextNormalizer.line(value);
    }

    /**
     * The elements a page declares its metadata in, found in one walk over it: looking each up by
     * selector would walk the page once per lookup. Each field is the first such element in page
     * order, matched the way jsoup matches the selector in its comment (attribute values compared
     * trimmed and ignoring case), except that itemprop and meta names are lists of names, as
     * microdata and RDFa have them.
     */
    private static final class Declarations {
        /** meta[KEY=VALUE][content] for KEY property, name and itemprop, by "KEY=value" (value lower-cased). */
        private final Map<String, Element> metas = new HashMap<>();
        /** script[type=application/ld+json], all of them. */
        private final List<Element> jsonLd = new ArrayList<>();
        /** h1 */
        private Element headline;
        /** [itemprop=author] [itemprop=name] */
        private Element authorName;
        /** [itemprop=author] */
        private Element author;
        /** [rel=author] */
        private Element relAuthor;
        /** [class*=byline] */
        private Element bylineClass;
        /** [itemprop=datePublished][datetime] */
        private Element datePublishedDatetime;
        /** [itemprop=datePublished][content] */
        private Element datePublishedContent;
        /** time[datetime] */
        private Element time;
        /** The first elements whose class says publication date: [class*=publish], [class*=date], not [class*=update]. */
        private final List<Element> dateClasses = new ArrayList<>();

        Declarations(Document doc) {
            NodeTraversor.traverse((node, depth) -> {
                if (!(node instanceof Element e)) {
                    return;
                }
                if (e.attributesSize() > 0) {
                    visit(e);
                } else if (headline == null && e.normalName().equals("h1")) {
                    headline = e;
                }
            }, doc);
        }

        private void visit(Element e) {
            String tag = e.normalName();
            switch (tag) {
                case "meta" -> {
                    if (e.hasAttr("content")) {
                        index("property", e);
                        index("name", e);
                        index("itemprop", e);
                    }
                }
                case "h1" -> headline = headline == null ? e : headline;
                case "script" -> {
                    if (HtmlBodyFinder.hasValue(e, "type", "application/ld+json")) {
                        jsonLd.add(e);
                    }
                }
                case "time" -> time = time == null && e.hasAttr("datetime") ? e : time;
                default -> {
                }
            }
            if (e.hasAttr("itemprop")) {
                if (hasItemprop(e, "author")) {
                    author = author == null ? e : author;
                } else if (authorName == null && hasItemprop(e, "name") && insideAuthor(e)) {
                    authorName = e;
                } else if (hasItemprop(e, "datePublished")) {
                    datePublishedDatetime = datePublishedDatetime == null && e.hasAttr("datetime") ? e
                            : datePublishedDatetime;
                    datePublishedContent = datePublishedContent == null && e.hasAttr("content") ? e
                            : datePublishedContent;
                }
            }
            if (relAuthor == null && HtmlBodyFinder.hasValue(e, "rel", "author")) {
                relAuthor = e;
            }
            String className = e.hasAttr("class") ? e.attr("class").toLowerCase(Locale.ROOT) : "";
            if (bylineClass == null && className.contains("byline")) {
                bylineClass = e;
            }
            if (dateClasses.size() < DATE_CLASS_ELEMENTS && isPublicationDateClass(className)) {
                dateClasses.add(e);
            }
        }

        /**
         * A class name that says publication date: "article-publish-date", "post_date", "storyDate";
         * not "updated-date", "date-modified", nor "validate" or "candidate".
         */
        private static boolean isPublicationDateClass(String lowerCaseClasses) {
            // every element's classes come here: most say neither, and need no splitting
            if (!lowerCaseClasses.contains("date") && !lowerCaseClasses.contains("publish")) {
                return false;
            }
            for (String name : lowerCaseClasses.split("\\s+")) {
                if (name.contains("updat") || name.contains("modif")) {
                    continue;
                }
                for (String part : name.split("[-_]")) {
                    // "storyDate" reads "storydate" here: a word ending in date, but not "validate" or "candidate"
                    if (part.startsWith("publish") || part.endsWith("date") && !part.endsWith("idate")) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Indexes the meta under each name its attribute lists ("datePublished dateCreated"). */
        private void index(String key, Element meta) {
            if (meta.hasAttr(key)) {
                for (String name : meta.attr(key).trim().toLowerCase(Locale.ROOT).split("\\s+")) {
                    metas.putIfAbsent(key + "=" + name, meta);
                }
            }
        }

        /** Whether microdata names the property: itemprop holds a list ("datePublished dateCreated"). */
        private static boolean hasItemprop(Element e, String property) {
            for (String name : e.attr("itemprop").trim().split("\\s+")) {
                if (name.equalsIgnoreCase(property)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean insideAuthor(Element e) {
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (hasItemprop(p, "author")) {
                    return true;
                }
            }
            return false;
        }

        /** The content of the first meta[KEY=VALUE] with one, null if none or blank. */
        String meta(String key, String lowerCaseValue) {
            return attr(metas.get(key + "=" + lowerCaseValue), "content");
        }

        /** The names of the authors JSON-LD types as Person, all of them, comma-separated; null if none. */
        String jsonLdPeopleAuthors() {
            List<String> names = new ArrayList<>();
            for (Element script : jsonLd) {
                for (Matcher authors = JSON_LD_AUTHORS.matcher(script.data()); authors.find(); ) {
                    for (Matcher author = JSON_LD_OBJECT.matcher(authors.group(1)); author.find(); ) {
                        Matcher name = JSON_LD_NAME.matcher(author.group());
                        if (JSON_LD_PERSON.matcher(author.group()).find() && name.find() && !names.contains(name.group(1))) {
                            names.add(name.group(1));
                        }
                    }
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }

        /** The first match of {@code pattern} in the page's JSON-LD blocks, in page order. */
        String jsonLd(Pattern pattern) {
            for (Element script : jsonLd) {
                Matcher m = pattern.matcher(script.data());
                if (m.find()) {
                    return m.group(1);
                }
            }
            return null;
        }
    }
}
