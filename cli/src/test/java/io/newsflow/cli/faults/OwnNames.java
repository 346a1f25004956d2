package io.newsflow.cli.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Topic, application, group and index names of one fault test's pipeline, so that it shares the
 * test JVM's broker, registry and OpenSearch node without reading another test's records.
 */
record OwnNames(String suffix) {
    String index() {
        return "news-articles-" + suffix;
    }

    /** Every stage's name settings; each stage takes the ones it knows. */
    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("topic.raw", "news.raw." + suffix);
        settings.put("topic.articles", "news.articles." + suffix);
        settings.put("topic.dlq", "news.dlq." + suffix);
        settings.put("topic.entity-counts", "news.entity-counts." + suffix);
        settings.put("topic.entity-aliases", "news.entity-aliases." + suffix);
        settings.put("application.id", "newsflow-enrich-" + suffix);
        settings.put("group.id", "newsflow-sink-" + suffix);
        settings.put("index", index());
        return settings;
    }

    /** The names {@code newsflow enrich} takes, as its {@code -s KEY=VALUE} options. */
    List<String> enrichOptions() {
        return options("topic.raw", "topic.articles", "topic.dlq", "topic.entity-counts", "topic.entity-aliases",
                "application.id");
    }

    /** The names {@code newsflow sink} takes, as its {@code -s KEY=VALUE} options. */
    List<String> sinkOptions() {
        return options("topic.articles", "topic.dlq", "group.id", "index");
    }

    private List<String> options(String... keys) {
        List<String> options = new ArrayList<>();
        for (String key : keys) {
            options.add("-s");
            options.add(key + "=" + settings().get(key));
        }
        return options;
    }
}
