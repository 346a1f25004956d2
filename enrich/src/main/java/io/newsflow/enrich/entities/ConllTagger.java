package io.newsflow.enrich.entities;

import io.newsflow.schemas.Entity;
import io.newsflow.schemas.EntityMention;
import io.newsflow.schemas.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Tags CoNLL-2003-format text with the recogniser, so standard scorers can score it.
 *
 * <p>Input: one token per line with whitespace-separated columns (the token first), a blank
 * line between sentences, {@code -DOCSTART-} lines between documents. Output: every line
 * unchanged with the predicted IOB2 tag (B-/I- PER, ORG, LOC, MISC, or O) appended as a last
 * column; blank and DOCSTART lines are kept as they are.
 *
 * <p>Each document is recognised as one text (sentences on their own lines, tokens joined by
 * spaces), so the in-article rules (type vote, acronyms, aliases) see the whole document, as
 * they would see an article.
 */
public final class ConllTagger {
    private static final String DOCSTART = "-DOCSTART-";

    private final EntityRecognizer recognizer;

    public ConllTagger(EntityRecognizer recognizer) {
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
    }

    /** @return the lines, each token line with its predicted tag appended after a space */
    public List<String> tag(List<String> lines) {
        List<String> tagged = new ArrayList<>(lines.size());
        int documentStart = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).startsWith(DOCSTART)) {
                tagged.addAll(tagDocument(lines.subList(documentStart, i)));
                if (i < lines.size()) {
                    tagged.add(lines.get(i));
                }
                documentStart = i + 1;
            }
        }
        return tagged;
    }

    private List<String> tagDocument(List<String> lines) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String token = token(lines.get(i));
            if (token == null) {
                starts[i] = -1;
                text.append('\n');
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(token);
        }
        String[] tags = tags(text.toString(), lines, starts);
        List<String> tagged = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            tagged.add(starts[i] < 0 ? lines.get(i) : lines.get(i).stripTrailing() + " " + tags[i]);
        }
        return tagged;
    }

    /** One tag per line: a token is inside a mention when it starts within the mention's span. */
    private String[] tags(String text, List<String> lines, int[] starts) {
        String[] tags = new String[lines.size()];
        Arrays.fill(tags, "O");
        if (text.isBlank()) {
            return tags;
        }
        for (Entity entity : recognizer.recognize(null, text).entities()) {
            String label = label(entity.getType());
            for (EntityMention m : entity.getMentions()) {
                boolean first = true;
                for (int i = 0; i < lines.size(); i++) {
                    if (starts[i] >= m.getStart() && starts[i] < m.getEnd()) {
                        tags[i] = (first ? "B-" : "I-") + label;
                        first = false;
                    }
                }
            }
        }
        return tags;
    }

    private static String token(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        int end = 0;
        while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
            end++;
        }
        return stripped.substring(0, end);
    }

    static String label(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case MISC -> "MISC";
        };
    }
}
