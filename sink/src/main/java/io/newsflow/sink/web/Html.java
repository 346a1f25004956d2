package io.newsflow.sink.web;

/** The page's one escaping rule: every text from an article or a request goes through {@link #escape}. */
final class Html {
    private Html() {
    }

    /** {@code text} safe as HTML element content and as a double- or single-quoted attribute value; "" for null. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
