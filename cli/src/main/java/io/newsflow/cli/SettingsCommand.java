package io.newsflow.cli;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.schemas.topics.ServiceAccess;
import io.newsflow.sink.SinkConfig;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.config.ConfigDef;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code newsflow settings}: every stage setting with its default, its environment variable, and meaning. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"List every setting with its default and meaning. Give one with -s KEY=VALUE or as the",
                "environment variable shown (NEWSFLOW_ and the key in capitals, dots and dashes as underscores);",
                "-s wins over the environment. A value the environment sets now is shown after the default."})
final class SettingsCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        print(out, "ingest", IngestConfig.definition());
        print(out, "enrich", EnrichConfig.definition());
        print(out, "sink", SinkConfig.definition());
        print(out, "access (every stage and command: Kafka's TLS and SASL client settings, the registry's basic auth)",
                ServiceAccess.definition());
        return 0;
    }

    private static void print(java.io.PrintWriter out, String stage, ConfigDef definition) {
        Map<String, String> environment = Settings.fromEnvironment(System.getenv(), definition);
        out.println("[" + stage + "]");
        for (ConfigDef.ConfigKey key : definition.configKeys().values()) {
            boolean hidden = key.type == ConfigDef.Type.PASSWORD;
            Object shown = hidden ? "(hidden)" : key.hasDefault() ? key.defaultValue : "(required)";
            String set = !environment.containsKey(key.name) ? ""
                    : " [env: " + (hidden ? "(hidden)" : environment.get(key.name)) + "]";
            out.printf("  %-24s %-16s %-34s %s%s%n", key.name, shown, Settings.environmentVariable(key.name),
                    key.documentation, set);
        }
    }
}
