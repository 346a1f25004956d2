package io.newsflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** Where a stage serves its Prometheus metrics. */
final class MetricsOptions {
    @Option(names = "--metrics-port", paramLabel = "PORT", defaultValue = "${env:NEWSFLOW_METRICS_PORT:-9400}",
            description = "Port of the Prometheus page /metrics (default: ${DEFAULT-VALUE}, env NEWSFLOW_METRICS_PORT;"
                    + " 0 = any free port). When taken, a free one is used and printed.")
    int port;

    @Option(names = "--metrics-host", paramLabel = "ADDRESS", defaultValue = "${env:NEWSFLOW_METRICS_HOST:-127.0.0.1}",
            description = "Address the metrics page listens on (default: ${DEFAULT-VALUE}, this machine only;"
                    + " env NEWSFLOW_METRICS_HOST).")
    String host;

    MetricsEndpoint start(PrintWriter out) throws IOException {
        return MetricsEndpoint.start(host, port, out);
    }
}
