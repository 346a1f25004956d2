package io.newsflow.cli;

import picocli.CommandLine.Command;

/** {@code newsflow bench ...}: benchmarks, measured in one run against a yardstick; never tests. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
        subcommands = {BenchIngestCommand.class, BenchEnrichCommand.class, BenchEntitiesCommand.class, BenchExtractCommand.class, BenchSinkCommand.class})
final class BenchCommand {
}
