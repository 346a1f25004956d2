package io.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsflow} command. {@code newsflow run} starts everything with embedded services
 * and watches ./inbox; {@code newsflow search QUERY} searches the articles.
 */
@Command(name = "newsflow", mixinStandardHelpOptions = true, versionProvider = Newsflow.Version.class,
        description = "Drop news files into a folder; get searchable, entity-tagged articles.",
        subcommands = {RunCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class,
                SearchCommand.class, ExtractCommand.class, EntitiesCommand.class, StatusCommand.class, TailCommand.class,
                TopicsCommand.class, DlqCommand.class, SettingsCommand.class},
        footer = {"", "Benchmarks: newsflow bench --help (the bench module; not part of the product's classpath)."})
public final class Newsflow {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return commandLine(new Newsflow());
    }

    /** A command line for {@code command} that shows errors the user can fix as one line, not a stack trace. */
    public static CommandLine commandLine(Object root) {
        CommandLine cmd = new CommandLine(root);
        cmd.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(command.getColorScheme().errorText("newsflow: " + e.getMessage()));
            return 2;
        });
        return cmd;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsflow " + io.newsflow.enrich.ArticleEnricher.VERSION};
        }
    }
}
