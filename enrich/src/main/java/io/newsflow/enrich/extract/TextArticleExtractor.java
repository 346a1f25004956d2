package io.newsflow.enrich.extract;

import io.newsflow.schemas.DateSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * Extracts articles from a plain-text dump of a web page, line by line. Most dumps are browser
 * "save as text" pages: masthead and menus, then the headline, a byline and the story. A file a
 * user writes by hand opens with its headline instead, the story right under it; that file's
 * shape alone makes its first line the title (see {@link #opensWithHeadline(List, List)}).
 */
final class TextArticleExtractor {

    static final String NAME = "text-lines";

    /** A headline has a few words (content words, not counting function words) and does not end like a sentence. */
    private static final int TITLE_MIN_WORDS = 3;
    /** A headline the file opens with may be shorter than one found among a page's menus: "Strike ends". */
    private static final int OPENING_HEADLINE_MIN_WORDS = 2;
    private static final int TITLE_MAX_WORDS = 30;
    /** How far above the body the headline may be: past a byline box, a date, a picture and its caption. */
    private static final int TITLE_SEARCH_LINES = 40;
    private static final int DATE_LINE_WORDS = 8;
    /** How much of the article's opening a headline is compared with, in distinct words. */
    private static final int TITLE_OPENING_WORDS = 150;
    /** A headline shares at least this share of its content words with the opening. */
    private static final double TITLE_MIN_SHARED = 0.3;
    private static final int TITLE_STEM_CHARS = 5;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final Pattern CLOSING_QUOTES = Pattern.compile("[\"'’”»]+$");
    /** A headline the body opens with is short: longer lines without a full stop are lost sentences. */
    private static final int HEADLINE_IN_BODY_WORDS = 20;
    /** How far above the body a byline may be: past a share row, a date and a picture. */
    private static final int BYLINE_SEARCH_LINES = 15;
    private static final int BYLINE_MAX_WORDS = 12;
    /** A By line may be longer, with its date and time: "Posted by Jane Doe on November 19, 2019, 6:21 AM EST". */
    private static final int BY_LINE_MAX_WORDS = 20;
    /** How many of the body's first lines may stand above its byline: a standfirst, a caption and its credit. */
    private static final int BYLINE_OPENING_LINES = 3;
    /** How far under the headline a name on its own is its byline: past a date or a reading time. */
    private static final int NAME_UNDER_HEADLINE = 3;
    /** How far above its By line a headline may stand: past a standfirst and a picture credit. */
    private static final int HEADLINE_OVER_BYLINE = 3;
    private static final int MIN_PROSE_ABOVE_COMMENTS = 50;
    /**
     * Lines near a headline that share its words but are none: captions ("Image: ...", "...
     * (NASA/JPL)", "... (onmeth.com)") and addresses.
     */
    private static final Pattern NOT_A_HEADLINE = Pattern.compile(
            "^(?i:image|photo|picture|caption|source)s?:|\\((?:[^()]*/[^()]*|[^()]*\\.(?:com|org|net)\\b[^()]*)\\)$|www\\.");
    /** "5 Min Read", "Lesezeit: 3 Minuten": how long the story takes to read. */
    private static final Pattern READING_TIME = Pattern.compile(
            "(?i:\\bmin(?:ute)?s? read\\b|tempo de leitura|temps de lecture|lesezeit|reading time)");
    /** A word of every {@link #READING_TIME}, in any case: most lines need no search. */
    private static final Literals READING_TIME_WORDS = new Literals(
            List.of(" read", "tempo de leitura", "temps de lecture", "lesezeit", "reading time"));
    /**
     * What stands under the name in a byline box: a reading time, when ("1 day ago", "Monday
     * 5:30PM", "Published"), the agency, the job.
     */
    private static final Pattern BYLINE_BOX_LINE = Pattern.compile(READING_TIME.pattern()
            + "|(?i:\\b\\d+\\s+(?:minutes?|hours?|days?|weeks?)\\s+ago\\b|\\b\\d{1,2}:\\d{2}\\s?[ap]\\.?m\\b|^(?:published|posted|updated)\\b)"
            + "|^(?:The )?(?:Associated Press|Reuters|AFP|AP)$"
            + "|^(?i:(?:staff |senior |contributing )?(?:writer|reporter|correspondent|editor|columnist|contributor))$");
    /** A section's name, one capitalised word, glued to the headline by a bar: the breadcrumb and the headline run together. */
    private static final Pattern GLUED_SECTION = Pattern.compile("^\\p{Lu}\\p{Ll}+\\|(?=\\S)");
    /** "By" on a line of its own, the name on the next. */
    private static final Pattern LONE_BY = Pattern.compile("(?i:by|von|par|por|di|door)\\s*:?");
    private static final String LONE_BY_INITIALS = "bBvVpPdD";

    List<ExtractedArticle> extract(String text) {
        List<String> raw = WrappedLines.of(text);
        LineClassifier classifier = new LineClassifier(raw);
        List<Line> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            lines.add(toLine(i, raw.get(i), classifier));
        }
        // read only for a page whose date lines leave out the year
        IntSupplier copyrightYear = () -> raw.stream().mapToInt(Dates::copyrightYear).max().orElse(0);

        List<ExtractedArticle> articles = new ArrayList<>();
        List<Post> posts = PostSplitter.split(lines);
        for (Post post : posts) {
            ExtractedArticle article = extract(post, post == posts.get(0), classifier.language(), copyrightYear);
            if (article != null) {
                articles.add(article);
            }
        }
        return articles;
    }

    private static Line toLine(int index, String s, LineClassifier classifier) {
        PostFooter footer = PostFooter.parse(s);
        String withoutTeaser = ReadMoreTeaser.strip(s);
        String text = withoutTeaser == null ? s : withoutTeaser;
        Tokens words = withoutTeaser == null ? classifier.words(index) : Words.of(text);
        LineKind kind = footer != null ? LineKind.BOILERPLATE : classifier.classify(index, text, words);
        return new Line(text, words, kind, footer, withoutTeaser != null);
    }

    private static ExtractedArticle extract(Post post, boolean opensFile, String fileLanguage,
            IntSupplier copyrightYear) {
        List<Line> lines = beforeComments(post.lines());
        List<BodyRun> blocks = bylineOpened(lines, BodyRun.blocks(lines));
        boolean headlineFirst = opensFile && opensWithHeadline(lines, blocks);
        if (headlineFirst && blocks.get(0).from() == 0) {
            // a headline that asks or exclaims reads as a short sentence and may open the body run
            blocks = new ArrayList<>(blocks);
            blocks.set(0, new BodyRun(1, blocks.get(0).to()));
        }
        List<String> paragraphs = new ArrayList<>();
        List<Tokens> paragraphWords = new ArrayList<>();
        Line first = null;
        int bodyStart = blocks.isEmpty() ? lines.size() : blocks.get(0).from();
        // a file with no prose at all still has its non-furniture lines as body
        List<BodyRun> body = blocks.isEmpty() ? List.of(new BodyRun(0, lines.size())) : blocks;
        for (BodyRun block : body) {
            List<Line> run = lines.subList(block.from(), block.to());
            for (int i = 0; i < run.size(); i++) {
                Line line = run.get(i);
                if (line.kind() == LineKind.OTHER_STORIES_START) {
                    i = articleResumes(run, i) - 1;
                } else if (line.kind() != LineKind.BOILERPLATE) {
                    first = first == null ? line : first;
                    paragraphs.add(line.text());
                    paragraphWords.add(line.words());
                }
            }
        }
        if (paragraphs.isEmpty()) {
            return null;
        }
        String bodyLanguage = LanguageGuesser.guess(paragraphWords);
        String language = bodyLanguage != null ? bodyLanguage : fileLanguage;
        List<Line> above = lines.subList(0, bodyStart);
        int headline = headlineFirst ? 0 : headline(above, paragraphWords);
        String title = headline < 0 ? null : withoutSection(above.get(headline).text());
        if (headline < 0 && bodyOpensWithHeadline(first, paragraphWords)) {
            title = paragraphs.remove(0);
            paragraphWords.remove(0);
        } else if (headline < 0) {
            headline = headlineOverByline(above);
            title = headline < 0 ? null : withoutSection(above.get(headline).text());
        }
        paragraphs.set(0, GluedPrefix.repair(paragraphs.get(0), language));

        PublishedTime published;
        DateSource source;
        if (post.footer() != null) {
            published = post.footer().published();
            source = DateSource.FOOTER;
        } else {
            published = Dateline.find(above, lines.subList(bodyStart, lines.size()), paragraphs.get(0), copyrightYear);
            source = published == null ? DateSource.NONE : DateSource.DATELINE;
        }
        List<String> bylines = post.footer() != null ? post.footer().bylines() : bylines(above, headline);
        return new ExtractedArticle(title, bylines, published, source, null, language, paragraphs, NAME, lines.size(),
                paragraphs.size());
    }

    /**
     * The body's blocks, the first starting under a byline among its opening lines if there is
     * one: what stands above a byline is the standfirst or a caption, and the byline and its date
     * are the article's, read with the lines above the body. The byline may stand in the gap
     * after a first block of standfirst and caption, the story going on in the next.
     */
    private static List<BodyRun> bylineOpened(List<Line> lines, List<BodyRun> blocks) {
        if (blocks.isEmpty()) {
            return blocks;
        }
        BodyRun first = blocks.get(0);
        int last = blocks.size() > 1 ? blocks.get(1).from() : first.to();
        int seen = 0;
        for (int i = first.from(); i < last - 1 && seen < BYLINE_OPENING_LINES; i++) {
            Line line = lines.get(i);
            // a byline line, or a "By" of its own over the names; with its date a byline reads as
            // furniture, so it is looked for among furniture lines too
            int end = mayBeByline(line) && !Bylines.ofBylineLine(line.text()).isEmpty() ? i + 1
                    : isLoneBy(line) && !Bylines.parse(lines.get(i + 1).text()).isEmpty() ? i + 2 : -1;
            if (end > 0 && end < first.to()) {
                List<BodyRun> opened = new ArrayList<>(blocks);
                opened.set(0, new BodyRun(end, first.to()));
                return opened;
            }
            if (end > 0 && blocks.size() > 1) {
                return new ArrayList<>(blocks.subList(1, blocks.size()));
            }
            // the name alone over its By line (the author's photo, named in its alt text) is part of the byline
            seen += line.kind() == LineKind.BOILERPLATE || Bylines.looksLikeName(line.text()) ? 0 : 1;
        }
        return blocks;
    }

    /**
     * Where the article goes on after a list of other stories that starts at {@code heading}: at
     * the next two prose lines in a row. Teasers alternate a headline and at most one line of
     * summary, so a list at the end of the article runs to the end of the block.
     */
    private static int articleResumes(List<Line> run, int heading) {
        for (int i = heading + 1; i + 1 < run.size(); i++) {
            if (run.get(i).kind() == LineKind.PROSE && run.get(i + 1).kind() == LineKind.PROSE) {
                return i;
            }
        }
        return run.size();
    }

    /**
     * The lines above the readers' comments. A comments heading counts only below some prose:
     * near the top it is the "12 comments" link beside the byline, and the article is still to come.
     */
    private static List<Line> beforeComments(List<Line> lines) {
        int proseWords = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() == LineKind.COMMENTS_START && proseWords >= MIN_PROSE_ABOVE_COMMENTS) {
                return lines.subList(0, i);
            }
            if (line.kind() == LineKind.PROSE) {
                proseWords += line.wordCount();
            }
        }
        return lines;
    }

    /**
     * The headline: of the lines just above the body that are set like one (a few words, no full
     * stop, not a byline, a date or known furniture), the one that shares the most words with the
     * article's opening. The top of a page is menus and banners, and between the headline and the
     * body there may be a byline, a date, a share row or a picture with its caption; those share
     * few words with the story, while a headline announces it. A headline may repeat (breadcrumb,
     * share title), so a repeat does not rule it out.
     *
     * @return the headline's line in {@code above}, -1 if none
     */
    private static int headline(List<Line> above, List<Tokens> paragraphWords) {
        StemSet opening = opening(paragraphWords);
        int best = -1;
        double bestShare = 0;
        for (int i = Math.max(0, above.size() - TITLE_SEARCH_LINES); i < above.size(); i++) {
            Line line = above.get(i);
            if (line.wordCount() < TITLE_MIN_WORDS || line.wordCount() > TITLE_MAX_WORDS) {
                continue;
            }
            // the shape test asks the furniture phrases: only for a line that would win
            double share = sharedWords(line.words(), opening);
            if (share > bestShare && looksLikeHeadline(line)) {
                best = i;
                bestShare = share;
            }
        }
        return bestShare >= TITLE_MIN_SHARED ? best : -1;
    }

    /**
     * Whether the body's first line is its headline, when none stands above it: a headline long
     * enough to pass for prose (it ends in a closing quote) that the story shares words with,
     * over a longer line of prose. A sentence ends in a stop, inside its closing quote or not.
     */
    private static boolean bodyOpensWithHeadline(Line first, List<Tokens> paragraphWords) {
        String unquoted = CLOSING_QUOTES.matcher(first.text()).replaceFirst("");
        if (paragraphWords.size() < 2 || first.wordCount() > HEADLINE_IN_BODY_WORDS
                || unquoted.endsWith(".") || unquoted.endsWith("!") || unquoted.endsWith("?") || unquoted.contains(". ")
                || paragraphWords.get(1).size() <= first.wordCount() || !looksLikeHeadline(first)) {
            return false;
        }
        return sharedWords(first.words(), opening(paragraphWords.subList(1, paragraphWords.size()))) >= TITLE_MIN_SHARED;
    }

    /**
     * Whether the file's first line is its headline: set like one, with the story right under it,
     * past at most a byline, a date and a standfirst. A page dump opens with its masthead and menus
     * far above its story; a file a user writes opens with the headline. Its place says enough, so
     * the headline need share no words with the story, except in two cases. A line that could be a
     * name must share one: a headline in title case or capitals names what the story is about, an
     * author's name is not in the story. Over a standfirst it must announce the story: a site's name
     * over a headline is set the same way.
     */
    private static boolean opensWithHeadline(List<Line> lines, List<BodyRun> blocks) {
        if (blocks.isEmpty()) {
            return false;
        }
        Line first = lines.get(0);
        // a lead that ends in a quotation ends inside its closing quote
        if (first.wordCount() < OPENING_HEADLINE_MIN_WORDS || !isSetLikeHeadline(first)
                || CLOSING_QUOTES.matcher(first.text()).replaceFirst("").endsWith(".")) {
            return false;
        }
        BodyRun story = blocks.get(0);
        int bodyStart = Math.max(1, story.from());
        LineKind lead = bodyStart < story.to() ? lines.get(bodyStart).kind() : LineKind.SHORT;
        if (bodyStart > 1 + NAME_UNDER_HEADLINE || lead != LineKind.PROSE && lead != LineKind.SHORT_SENTENCE) {
            return false;
        }
        StemSet opening = opening(lines.subList(bodyStart, story.to()).stream().map(Line::words).toList());
        boolean overStandfirst = false;
        for (int i = 1; i < bodyStart; i++) {
            Line line = lines.get(i);
            if (!isBylineOrDate(line)) {
                if (overStandfirst || !isStandfirstUnder(first, line)) {
                    return false;
                }
                overStandfirst = true;
            }
        }
        if (overStandfirst && sharedWords(first.words(), opening) < TITLE_MIN_SHARED) {
            return false;
        }
        return !Bylines.looksLikeName(first.text()) || sharesAWord(first.words(), opening);
    }

    /** A standfirst says more than its headline, and is no furniture. */
    private static boolean isStandfirstUnder(Line headline, Line line) {
        return line.kind() != LineKind.BOILERPLATE && line.wordCount() > headline.wordCount();
    }

    /** A line under a headline that is no story yet: "By Jane Doe", "Jane Doe", "March 3, 2024", a lone "By". */
    private static boolean isBylineOrDate(Line line) {
        String text = line.text();
        return isLoneBy(line) || isByLine(line) || Bylines.looksLikeName(text)
                || mayBeByline(line) && !Bylines.ofBylineLine(text).isEmpty()
                || line.wordCount() <= DATE_LINE_WORDS && Dates.find(text) != null;
    }

    /**
     * The headline when none shares enough words with the opening (it plays on words, or the story
     * comes to its subject late): the line set like one right above a By line near the body, past
     * a standfirst. Bylines stand under headlines.
     *
     * @return the headline's line in {@code above}, -1 if none
     */
    private static int headlineOverByline(List<Line> above) {
        for (int by = above.size() - 1; by > 0 && by >= above.size() - BYLINE_SEARCH_LINES; by--) {
            Line line = above.get(by);
            if (isLoneBy(line) || isByLine(line)) {
                for (int i = by - 1; i >= Math.max(0, by - HEADLINE_OVER_BYLINE); i--) {
                    if (looksLikeHeadline(above.get(i))) {
                        return i;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** The headline without the section label a dump glued to it: "Business|Trump’s Trade War Keeps World Guessing". */
    private static String withoutSection(String headline) {
        return GLUED_SECTION.matcher(headline).replaceFirst("");
    }

    /** Short enough for a byline line: names with their outlet or job, or a By line with its date. */
    private static boolean mayBeByline(Line line) {
        return line.wordCount() <= BYLINE_MAX_WORDS || isByLine(line);
    }

    /** A line that starts "By X", "Posted by X", up to the length of one with its date and time. */
    private static boolean isByLine(Line line) {
        return line.wordCount() <= BY_LINE_MAX_WORDS && Bylines.isByLine(line.text());
    }

    /**
     * A "By" on a line of its own; asked of every line above the body, so the regex only for lines
     * of one word that start as one of its words.
     */
    private static boolean isLoneBy(Line line) {
        return line.wordCount() == 1 && LONE_BY_INITIALS.indexOf(line.text().charAt(0)) >= 0
                && LONE_BY.matcher(line.text()).matches();
    }

    /** A line set in capitals: a label ("JUST WATCHED"), or a wire byline, which says "By" or its agency. */
    private static boolean isCapitals(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT));
    }

    private static boolean looksLikeHeadline(Line line) {
        return line.wordCount() >= TITLE_MIN_WORDS && isSetLikeHeadline(line) && !Bylines.looksLikeName(line.text());
    }

    /** Set like a headline, however short: no full stop, not a date, a credit, a caption or known furniture. */
    private static boolean isSetLikeHeadline(Line line) {
        String text = line.text();
        return line.wordCount() <= TITLE_MAX_WORDS
                && !text.endsWith(".") && !text.endsWith(":") && !text.contains("@") && !text.contains("://")
                && !text.contains(" > ") && !text.contains(" › ")
                && line.kind() != LineKind.COMMENTS_START && line.kind() != LineKind.OTHER_STORIES_START
                && !BoilerplatePhrases.isBoilerplate(text, line.words(), null)
                && (line.wordCount() > DATE_LINE_WORDS || Dates.find(text) == null)
                && !Bylines.isCredit(text) && !isCaptionOrAddress(text) && isMostlyWords(text)
                && !(READING_TIME_WORDS.in(text) != 0 && READING_TIME.matcher(text).find());
    }

    /**
     * Whether letters make most of the line and it holds no markup, code or copyright sign: a
     * headline is words, not "{\\displaystyle v^{H}Av}", "18.2/km2 (47.1/sq mi)" or "© 1996-2015".
     */
    private static boolean isMostlyWords(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '{' || c == '}' || c == '\\' || c == '©' || c == '=') {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters * 2 > text.length();
    }

    /** {@link #NOT_A_HEADLINE}, whose every form has a colon, a closing parenthesis or "www.": most lines need no search. */
    private static boolean isCaptionOrAddress(String text) {
        return (text.indexOf(':') >= 0 || text.endsWith(")") || text.contains("www."))
                && NOT_A_HEADLINE.matcher(text).find();
    }

    /** The stems of the article's opening words. */
    private static StemSet opening(List<Tokens> paragraphWords) {
        StemSet opening = new StemSet();
        for (Tokens words : paragraphWords) {
            for (int k = 0; k < words.size(); k++) {
                opening.add(stem(words, k));
            }
            if (opening.size() >= TITLE_OPENING_WORDS) {
                break;
            }
        }
        return opening;
    }

    /**
     * Word {@code k}'s first letters in lower case, enough to match "recruits" in a headline with
     * "recruiting" in the story, as a 64-bit FNV-1a hash: the opening's words are looked up for
     * every line that might be the headline. Two stems of a page share a hash with odds of about
     * one in 10^14.
     */
    private static long stem(Tokens words, int k) {
        String text = words.text();
        int end = Math.min(words.end(k), words.start(k) + TITLE_STEM_CHARS);
        long hash = FNV_OFFSET;
        for (int i = words.start(k); i < end; i++) {
            hash = (hash ^ Words.lowerCase(text.charAt(i))) * FNV_PRIME;
        }
        return hash;
    }

    /** The share of a line's content words (not function words, not numbers) that the opening uses too. */
    private static double sharedWords(Tokens words, StemSet opening) {
        int content = 0;
        int shared = 0;
        for (int k = 0; k < words.size(); k++) {
            if (isContentWord(words, k)) {
                content++;
                if (opening.contains(stem(words, k))) {
                    shared++;
                }
            }
        }
        return content < TITLE_MIN_WORDS ? 0 : (double) shared / content;
    }

    private static boolean isContentWord(Tokens words, int k) {
        int start = words.start(k);
        return words.end(k) - start > 1 && words.functionWordLanguages(k) == 0
                && !Character.isDigit(words.text().charAt(start));
    }

    /** Whether one of the line's content words (not a function word, not a number) comes up in the story. */
    private static boolean sharesAWord(Tokens words, StemSet story) {
        for (int k = 0; k < words.size(); k++) {
            if (isContentWord(words, k) && story.contains(stem(words, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The byline nearest above the body: a byline line ("By Jane Doe", "Posted by X on DATE",
     * "Jane Doe | Reuters", "Jane Doe, Staff Writer", "Jane Doe - Nov 19, 2019"), a name under a
     * "By" of its own, a name twice in a row (a byline box: the author's photo, named in its alt
     * text, then the name), a name over or glued to its own social-media handle, or else a name
     * right under the headline. Only the lines just above the body count, and byline lines
     * between the headline and the body: names higher up are menus ("Privacy Notice", "TV
     * Listings"), and menus repeat far apart, not line after line.
     *
     * @param headline the headline's line in {@code above}, -1 if none
     */
    private static List<String> bylines(List<Line> above, int headline) {
        int near = above.size() - BYLINE_SEARCH_LINES;
        // byline lines anywhere between the headline and the body, else only near the body
        int stop = Math.max(0, headline < 0 ? near : Math.min(near, headline + 1));
        for (int i = above.size() - 1; i >= stop; i--) {
            Line line = above.get(i);
            String s = line.text();
            boolean afterLoneBy = i > 0 && isLoneBy(above.get(i - 1));
            if (mayBeByline(line)) {
                // under a lone "By" the line reads as the rest of a By line: "Jane Doe | Outlet", "Jane Doe Nov 19, 2019"
                List<String> names = afterLoneBy && !BoilerplatePhrases.isBoilerplate(s, line.words(), null)
                        ? Bylines.parse(s) : Bylines.ofBylineLine(s);
                if (!names.isEmpty()) {
                    return names;
                }
            }
            if (i < near) {
                continue;
            }
            String next = i + 1 < above.size() ? above.get(i + 1).text() : "";
            boolean credited = i > 0 && above.get(i - 1).text().equals(s) || Bylines.isHandleOf(next, s) || afterLoneBy;
            if (credited && Bylines.looksLikeName(s) && !BoilerplatePhrases.isBoilerplate(s, line.words(), null)) {
                return Bylines.parse(s);
            }
            int handle = s.indexOf('@');
            if (handle > 0 && Bylines.isHandleOf(s.substring(handle), s.substring(0, handle))
                    && Bylines.looksLikeName(s.substring(0, handle))) {
                return Bylines.parse(s.substring(0, handle));
            }
        }
        for (int i = headline + 1; headline >= 0 && i < Math.min(above.size(), headline + 1 + NAME_UNDER_HEADLINE); i++) {
            Line line = above.get(i);
            String names = line.text();
            // a byline box: the names, maybe the outlet, then when, how long to read, the agency or the
            // names again; not a menu item or a section. Names in capitals only over their date (wire style).
            boolean dated = false;
            boolean boxed = false;
            for (int k = i + 1; k <= i + 2 && k < above.size() && !boxed; k++) {
                String next = above.get(k).text();
                // box lines are short: a standfirst that mentions "two days ago" is none
                boolean isShort = above.get(k).wordCount() <= BYLINE_MAX_WORDS;
                dated = isShort && Dates.find(next) != null;
                boxed = dated || next.equals(names) || isShort && BYLINE_BOX_LINE.matcher(next).find();
            }
            if (!boxed || !dated && isCapitals(names)) {
                continue;
            }
            // over its date, the names may end in their outlet
            List<String> people = dated ? Bylines.peopleThenOutlet(names) : Bylines.people(names);
            if (!people.isEmpty() && !BoilerplatePhrases.isBoilerplate(names, line.words(), null)) {
                return people;
            }
        }
        return List.of();
    }
}
