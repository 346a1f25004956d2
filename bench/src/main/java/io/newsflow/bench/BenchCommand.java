package io.newsflow.bench;

import io.newsflow.cli.Newsflow;
import picocli.CommandLine.Command;

/**
 * {@code newsflow bench ...}: benchmarks, measured in one run against a yardstick; never tests.
 * Its own module, so that the yardsticks (readability4j, Kafka's tools) stay off the product's classpath.
 */
@Command(name = "newsflow bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
        subcommands = {BenchPipelineCommand.class, BenchIngestCommand.class, BenchEnrichCommand.class, BenchEntitiesCommand.class,
                BenchExtractCommand.class, BenchSinkCommand.class})
public final class BenchCommand {
    /** Started by {@code ./newsflow bench ...} with this module's classpath. */
    public static void main(String[] args) {
        System.exit(Newsflow.commandLine(new BenchCommand()).execute(args));
    }
}
