package io.newsflow.sink.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesEverythingThatCouldOpenATagAnEntityOrLeaveAnAttribute() {
        assertThat(Html.escape("<img src=x onerror=\"a('b')\">&amp;")).isEqualTo(
                "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;amp;");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("Raqqa – Ḥalab")).isEqualTo("Raqqa – Ḥalab");
    }
}
