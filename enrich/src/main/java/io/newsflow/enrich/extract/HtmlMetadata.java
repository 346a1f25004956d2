package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Title, bylines, publication time, site and declared language (ISO 639-1, from {@code <html lang>})
 * of a saved page, from the sources mature extractors read, each field from the first source
 * that gives it, in this order:
 * <ul>
 *   <li>title: JSON-LD article {@code headline}; {@code og:title}, {@code twitter:title}, Dublin
 *       Core / {@code dcterms} title, parsely and sailthru titles; microdata {@code headline};
 *       the longest heading that {@code <title>} repeats; the longest part of {@code <title>} between
 *       its separators; the first {@code h1};</li>
 *   <li>bylines, the article's own authors before the site's: JSON-LD article authors that are
 *       people; {@code author} meta, {@code article:author} (when a name, not a profile URL),
 *       parsely, sailthru, Dublin Core / {@code dcterms} creator; microdata author; {@code rel=author};
 *       elements whose class says author or byline. A name that is the site's or publisher's is
 *       no person; last, when no person signs it, the organisations JSON-LD gives as its authors;</li>
 *   <li>published, the publication date before the modification date: JSON-LD
 *       {@code datePublished}/{@code dateCreated}; {@code article:published_time}, microdata
 *       {@code datePublished}, parsely and sailthru dates, Dublin Core / {@code dcterms} dates,
 *       {@code pubdate}/{@code date} metas; the {@code <time>} the page marks as its publication,
 *       else its first; a date in the path of the page's og:url or canonical URL (/2019/10/16/);
 *       elements whose class says publication date; a date printed alone under the headline;
 *       last, the modification dates. The time keeps the page's offset.</li>
 * </ul>
 */
record HtmlMetadata(String title, List<String> bylines, PublishedTime published, String site, String language) {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");
    /** A date element's text longer than this is a paragraph that mentions a date. */
    private static final int MAX_DATE_CHARS = 80;
    private static final Set<String> NOT_DATE_ELEMENTS = Set.of("script", "style", "h1", "h2", "h3", "title");
    /** "8 May 2020" is the shortest date in words. */
    private static final int MIN_DATE_CHARS = 8;
    private static final Pattern HAS_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    /** "Li Na": the shortest name. */
    private static final int MIN_NAME_CHARS = 4;
    /** An author element's text longer than this is an author box with a biography, not a byline. */
    private static final int MAX_BYLINE_CHARS = 120;
    /** How many headings are compared with the document title. */
    private static final int MAX_HEADINGS = 30;
    /** How many elements with a date or author class are tried: the first ones are the article's. */
    private static final int CLASS_ELEMENTS = 5;
    /** The westernmost offset of the inhabited Americas, UTC-10. */
    private static final int WESTMOST_OFFSET_HOURS = 10;
    /** Two sources a minute apart or less give the same moment, one rounded. */
    private static final int SAME_MOMENT_SECONDS = 60;
    /** A heading shorter than this is a section's name ("World", "Opinion"), not the headline. */
    private static final int MIN_HEADING_CHARS = 15;
    /** Between a document title's headline and its site, section or agency names. */
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|–—»:-]+\\s+|\\s*[|»]\\s*|_|\\s+::\\s+");
    /** "/2019/10/16/", "/2019-10-16/", "/20191016/", "/slug-20191016" in a URL's path. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|-|_|\\.|$)"
                    // "/brought-under-control-20200113": the day closing a slug
                    + "|[-_]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[/.?#]|$)");

    static HtmlMetadata of(Document doc) {
        Declarations page = new Declarations(doc);
        JsonLdArticle jsonLd = JsonLdArticle.of(page.jsonLd);
        String site = first(() -> page.meta("property", "og:site_name"), () -> page.meta("name", "application-name"),
                jsonLd::publisher);
        return new HtmlMetadata(title(doc, page, jsonLd), bylines(page, jsonLd, site), published(page, jsonLd), site,
                language(doc));
    }

    /** "en-US", "en_US" → "en"; null if the page declares none or something that is no language code. */
    private static String language(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").trim().toLowerCase(Locale.ROOT);
        String code = lang.split("[-_]", 2)[0];
        return LANGUAGE_CODE.matcher(code).matches() ? code : null;
    }

    private static String title(Document doc, Declarations page, JsonLdArticle jsonLd) {
        String declared = first(jsonLd::headline, () -> page.meta("property", "og:title"),
                () -> page.meta("name", "twitter:title"), () -> page.meta("property", "twitter:title"),
                () -> page.meta("name", "dc.title"), () -> page.meta("name", "dcterms.title"),
                () -> page.meta("name", "parsely-title"), () -> page.meta("name", "sailthru.title"),
                () -> page.meta("itemprop", "headline"), () -> text(page.headlineProperty));
        // as declared: a site that puts its name in its og:title means it to be there, and cutting
        // after a dash cuts headlines too ("Friday Facts #282 - 0.17 in sight")
        if (declared != null) {
            return TextNormalizer.line(declared);
        }
        String documentTitle = TextNormalizer.line(doc.title());
        String heading = headingInTitle(page.headings, documentTitle);
        if (heading != null) {
            return heading;
        }
        if (!documentTitle.isBlank()) {
            return longestPart(documentTitle);
        }
        return page.headline == null || page.headline.text().isBlank() ? null : TextNormalizer.line(page.headline.text());
    }

    /**
     * The longest heading that the document title repeats: the title adds the site and section
     * ("Chelsea hoping to sign Anelka - Soccer - Sport"), and the h1 of many pages is the site's
     * logo or the section's name, which the title does not repeat as a whole.
     */
    private static String headingInTitle(List<Element> headings, String documentTitle) {
        String title = documentTitle.toLowerCase(Locale.ROOT);
        String best = null;
        for (Element h : headings) {
            String text = TextNormalizer.line(h.text());
            if (text.length() >= MIN_HEADING_CHARS && title.contains(text.toLowerCase(Locale.ROOT))
                    && (best == null || text.length() > best.length())) {
                best = text;
            }
        }
        return best;
    }

    /** Of a document title split at its separators ("Site » Headline", "Headline_English_Agency"), the longest part. */
    private static String longestPart(String documentTitle) {
        String best = documentTitle;
        String[] parts = TITLE_SEPARATORS.split(documentTitle);
        if (parts.length > 1) {
            best = "";
            for (String part : parts) {
                best = part.strip().length() > best.length() ? part.strip() : best;
            }
        }
        return best.isBlank() ? documentTitle : best;
    }

    private static List<String> bylines(Declarations page, JsonLdArticle jsonLd, String site) {
        List<Supplier<String>> candidates = new ArrayList<>();
        candidates.add(() -> jsonLd.authors().isEmpty() ? null : String.join(", ", jsonLd.authors()));
        Stream.of("name=author", "property=article:author", "name=article:author", "name=parsely-author",
                        "name=sailthru.author", "name=dc.creator", "name=dcterms.creator", "name=byl")
                .forEach(key -> candidates.add(() -> page.meta(key)));
        candidates.add(() -> text(page.authorName));
        candidates.add(() -> text(page.author));
        candidates.add(() -> text(page.relAuthor));
        // "byline" and "author-name" classes name the author; others ("author-follow", "author-box") hold more
        page.authorClasses.stream().sorted(Comparator.comparing(e -> !namesAuthor(e.className())))
                .forEach(e -> candidates.add(() -> text(e)));
        String publisher = jsonLd.publisher();
        for (Supplier<String> supplier : candidates) {
            String candidate = supplier.get();
            // profile URLs in article:author are not names
            if (candidate != null && !candidate.startsWith("http")) {
                List<String> names = Bylines.parse(candidate).stream()
                        .filter(n -> !sameName(n, site) && !sameName(n, publisher)).toList();
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        // no person signs it: the newsroom the article credits ("BBC News"), as the site's author
        return jsonLd.organisations();
    }

    private static boolean namesAuthor(String classes) {
        String c = classes.toLowerCase(Locale.ROOT);
        return c.contains("byline") || c.contains("authorname") || c.contains("author-name") || c.contains("author_name");
    }

    private static boolean sameName(String name, String other) {
        return other != null && name.equalsIgnoreCase(other.strip());
    }

    private static PublishedTime published(Declarations page, JsonLdArticle jsonLd) {
        List<Supplier<String>> candidates = new ArrayList<>();
        candidates.add(jsonLd::datePublished);
        Stream.of("property=article:published_time", "name=article:published_time", "property=article:published",
                        "itemprop=datepublished", "name=datepublished", "property=datepublished", "name=parsely-pub-date",
                        "name=sailthru.date", "name=dc.date.issued", "name=dcterms.issued", "name=dcterms.created", "name=dc.date", "name=dcterms.date",
                        "name=pubdate", "name=publishdate", "name=publish-date", "name=date", "property=og:pubdate")
                .forEach(key -> candidates.add(() -> page.meta(key)));
        candidates.add(() -> attr(page.datePublishedDatetime, "datetime"));
        candidates.add(() -> attr(page.datePublishedContent, "content"));
        candidates.add(() -> attr(page.pubdateTime, "datetime"));
        candidates.add(() -> attr(page.time, "datetime"));
        List<PublishedTime> declared = candidates.stream().map(c -> Dates.parseMachine(c.get()))
                .filter(Objects::nonNull).toList();
        PublishedTime inUrl = Stream.of(page.meta("property", "og:url"), attr(page.canonical, "href"))
                .map(HtmlMetadata::urlDate).filter(Objects::nonNull).findFirst().orElse(null);
        if (!declared.isEmpty()) {
            return onUrlDay(atPageOffset(declared.get(0), declared), inUrl);
        }
        // the day the page's address gives is its own; classes and visible dates may be a header's clock
        if (inUrl != null) {
            return inUrl;
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
        // a date printed on its own near the headline: <div class="meta">August 06, 2019</div>
        for (Element e : page.shortDated) {
            PublishedTime time = Dates.find(e.ownText());
            if (time != null) {
                return time;
            }
        }
        return Stream.of(jsonLd.dateModified(), page.meta("property", "article:modified_time"),
                        page.meta("itemprop", "datemodified"), page.meta("property", "og:updated_time"))
                .map(Dates::parseMachine).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The same moment at the page's own offset, when another source gives it so: JSON-LD often
     * writes in UTC what {@code article:published_time} writes at the newsroom's offset, and only
     * the latter gives the day the page printed.
     */
    private static PublishedTime atPageOffset(PublishedTime chosen, List<PublishedTime> declared) {
        if (chosen.hasLocalOffset()) {
            return chosen;
        }
        return declared.stream().filter(t -> t.hasLocalOffset()
                && Math.abs(t.instant().getEpochSecond() - chosen.instant().getEpochSecond()) < SAME_MOMENT_SECONDS)
                .findFirst().orElse(chosen);
    }

    /**
     * The URL's day, when the metadata gives the same moment in UTC or without offset and that
     * falls on the URL's day or the next: a story filed in the evening in America carries the next
     * day in UTC, and only its address keeps the day the page printed.
     */
    private static PublishedTime onUrlDay(PublishedTime declared, PublishedTime inUrl) {
        // ten hours into the UTC day is still the day before only as far west as Hawaii (UTC-10)
        boolean earlyInTheDay = declared.time() == null || declared.time().getHour() < WESTMOST_OFFSET_HOURS;
        if (inUrl == null || declared.hasLocalOffset() || !earlyInTheDay || !declared.day().equals(inUrl.day().plusDays(1))) {
            return declared;
        }
        return inUrl;
    }

    /** The day a URL's path gives ("/2019/10/16/"), null if none. */
    static PublishedTime urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        int first = m.group(1) != null ? 1 : 4;
        return Dates.parseMachine(m.group(first) + "-" + m.group(first + 1) + "-" + m.group(first + 2));
    }

    @SafeVarargs
    private static String first(Supplier<String>... sources) {
        for (Supplier<String> source : sources) {
            String value = source.get();
            if (value != null && !value.isBlank()) {
                return value;
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
        if (value == null || value.isBlank()) {
            return null;
        }
        // CMSs escape twice: content="Australian &amp;#039;megablaze&amp;#039;" reads "&#039;" once parsed
        return TextNormalizer.line(value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value);
    }

    /**
     * The elements a page declares its metadata in, found in one walk over it. Each field is the
     * first such element in page order, attribute values compared trimmed and ignoring case;
     * itemprop and meta names are lists of names, as microdata and RDFa have them.
     */
    private static final class Declarations {
        /** meta[KEY=VALUE][content] for KEY property, name and itemprop, by "KEY=value" (value lower-cased). */
        private final Map<String, Element> metas = new HashMap<>();
        /** The text of every script[type=application/ld+json]. */
        private final List<String> jsonLd = new ArrayList<>();
        /** h1 */
        private Element headline;
        /** The first h1, h2 and h3 elements and those whose class says headline or title. */
        private final List<Element> headings = new ArrayList<>();
        /** [itemprop=headline], not a meta */
        private Element headlineProperty;
        /** [itemprop=author] [itemprop=name] */
        private Element authorName;
        /** [itemprop=author] */
        private Element author;
        /** [rel=author] */
        private Element relAuthor;
        /** The first elements whose class says author or byline: [class*=author], [class*=byline]. */
        private final List<Element> authorClasses = new ArrayList<>();
        /** [itemprop=datePublished][datetime] */
        private Element datePublishedDatetime;
        /** [itemprop=datePublished][content] */
        private Element datePublishedContent;
        /** time[datetime][pubdate], time[datetime][class*=publish] */
        private Element pubdateTime;
        /** time[datetime] */
        private Element time;
        /** link[rel=canonical] */
        private Element canonical;
        /** The first elements whose class says publication date: [class*=publish], [class*=date], not [class*=update]. */
        private final List<Element> dateClasses = new ArrayList<>();
        /**
         * The first elements whose own text is short and has a year, under the first h1 if the page
         * has one (above it are menus and tickers), else from the top.
         */
        private final List<Element> shortDated = new ArrayList<>();

        Declarations(Document doc) {
            NodeTraversor.traverse((node, depth) -> {
                if (!(node instanceof Element e)) {
                    return;
                }
                if (e.attributesSize() > 0) {
                    visit(e);
                } else if (headline == null && e.normalName().equals("h1")) {
                    headline = e;
                    shortDated.clear();
                }
                if (headings.size() < MAX_HEADINGS && isHeading(e)) {
                    headings.add(e);
                }
                if (shortDated.size() < CLASS_ELEMENTS && hasShortDate(e)) {
                    shortDated.add(e);
                }
            }, doc);
        }

        /** Readers' comments and side columns have bylines of their own, which do not sign the article. */
        private static boolean inCommentsOrAside(Element e) {
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (p.normalName().equals("aside") || ClassEvidence.namesComments(p)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the element holds a name's worth of text: not empty, not an author box with a biography. */
        private static boolean isShortText(Element e) {
            int length = e.text().length();
            return length >= MIN_NAME_CHARS && length <= MAX_BYLINE_CHARS;
        }

        private static boolean isHeading(Element e) {
            String tag = e.normalName();
            if (tag.equals("h1") || tag.equals("h2") || tag.equals("h3")) {
                return true;
            }
            String className = e.className().toLowerCase(Locale.ROOT);
            return className.contains("headline") || className.contains("title");
        }

        /**
         * A short text with a year, in no script, style or heading, nor in a heading's link: a
         * headline may name a day it was not published on ("Winners of July 11-12").
         */
        private static boolean hasShortDate(Element e) {
            String own = e.ownText();
            return own.length() >= MIN_DATE_CHARS && own.length() <= MAX_DATE_CHARS && HAS_YEAR.matcher(own).find()
                    && !NOT_DATE_ELEMENTS.contains(e.normalName())
                    && (e.parent() == null || !NOT_DATE_ELEMENTS.contains(e.parent().normalName()));
        }

        private void visit(Element e) {
            switch (e.normalName()) {
                case "meta" -> {
                    if (e.hasAttr("content")) {
                        index("property", e);
                        index("name", e);
                        index("itemprop", e);
                    }
                    return;
                }
                case "h1" -> {
                    if (headline == null) {
                        headline = e;
                        shortDated.clear();
                    }
                }
                case "script" -> {
                    if (HtmlBodyFinder.hasValue(e, "type", "application/ld+json")) {
                        jsonLd.add(e.data());
                    }
                    return;
                }
                case "link" -> canonical = canonical == null && HtmlBodyFinder.hasValue(e, "rel", "canonical") ? e
                        : canonical;
                case "time" -> {
                    if (e.hasAttr("datetime")) {
                        time = time == null ? e : time;
                        boolean marked = e.hasAttr("pubdate") || e.attr("class").toLowerCase(Locale.ROOT).contains("publish");
                        pubdateTime = pubdateTime == null && marked ? e : pubdateTime;
                    }
                }
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
                } else if (headlineProperty == null && hasItemprop(e, "headline")) {
                    headlineProperty = e;
                }
            }
            if (relAuthor == null && HtmlBodyFinder.hasValue(e, "rel", "author")) {
                relAuthor = e;
            }
            String className = e.hasAttr("class") ? e.attr("class").toLowerCase(Locale.ROOT) : "";
            if (authorClasses.size() < CLASS_ELEMENTS && (className.contains("byline") || className.contains("author"))
                    && isShortText(e) && !inCommentsOrAside(e)) {
                authorClasses.add(e);
            }
            if (dateClasses.size() < CLASS_ELEMENTS && isPublicationDateClass(className)) {
                dateClasses.add(e);
            }
        }

        /**
         * A class name that says publication date: "article-publish-date", "post_date", "storyDate";
         * not "updated-date", "date-modified", nor "validate" or "candidate".
         */
        private static boolean isPublicationDateClass(String lowerCaseClasses) {
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
            return meta(key + "=" + lowerCaseValue);
        }

        /** The content of the first meta by its "KEY=value" (value lower-cased), null if none or blank. */
        String meta(String keyAndValue) {
            return attr(metas.get(keyAndValue), "content");
        }
    }
}
