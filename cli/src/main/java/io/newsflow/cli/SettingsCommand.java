package io.newsflow.cli;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.schemas.topics.ServiceAccess;
import io.newsflow.sink.SinkConfig;
import java.util.concurrent.Callable;
import org.apache.kafka.common.config.ConfigDef;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code newsflow settings}: every stage setting with its default and meaning. */
@Command(name = "settings", mixinStandardHelpOptions = true, description = "List every setting (-s KEY=VALUE) with its default.")
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
        out.println("[" + stage + "]");
        for (ConfigDef.ConfigKey key : definition.configKeys().values()) {
            Object shown = key.type == ConfigDef.Type.PASSWORD ? "(hidden)"
                    : key.hasDefault() ? key.defaultValue : "(required)";
            out.printf("  %-24s %-16s %s%n", key.name, shown, key.documentation);
        }
    }
}
