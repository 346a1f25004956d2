package io.newsflow.bench;

import io.newsflow.cli.TopicOffsets;
import java.awt.BasicStroke;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The pipeline sampled once a second while the benchmark runs: articles indexed, consumer lag of
 * enrich (on the raw topic) and of the sink (on the articles topic), and each process's CPU use.
 * Lag is what {@code newsflow status} and {@code kafka-consumer-groups --describe} show ({@link TopicOffsets#lag}).
 */
final class PipelineTimeline implements AutoCloseable {
    /** One sample; {@code cpu} is each process's CPU use over the last second, in cores. */
    record Sample(double seconds, long indexed, long enrichLag, long sinkLag, Map<String, Double> cpu) {
    }

    private final Admin admin;
    private final List<GroupTopic> lagged;
    private final Supplier<Long> indexed;
    private final ProcessMeter meter;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread = new Thread(this::sample, "bench-timeline");
    private final long start = System.nanoTime();
    private volatile boolean running = true;

    private record GroupTopic(String group, String topic) {
    }

    PipelineTimeline(String bootstrap, String enrichGroup, String rawTopic, String sinkGroup, String articlesTopic,
                     Supplier<Long> indexed, ProcessMeter meter) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "bench-timeline"));
        this.lagged = List.of(new GroupTopic(enrichGroup, rawTopic), new GroupTopic(sinkGroup, articlesTopic));
        this.indexed = indexed;
        this.meter = meter;
        thread.setDaemon(true);
        thread.start();
    }

    List<Sample> samples() {
        synchronized (samples) {
            return new ArrayList<>(samples);
        }
    }

    private void sample() {
        Map<String, Long> cpuBefore = meter.processCpu();
        long before = System.nanoTime();
        while (running) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            Map<String, Long> cpuNow = meter.processCpu();
            double elapsed = now - before;
            Map<String, Double> cpu = cpuNow.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> (e.getValue() - cpuBefore.getOrDefault(e.getKey(), e.getValue())) / elapsed,
                    (a, b) -> a, java.util.LinkedHashMap::new));
            Sample sample = new Sample((now - start) / 1e9, indexed.get(), lag(lagged.get(0)), lag(lagged.get(1)), cpu);
            synchronized (samples) {
                samples.add(sample);
            }
            cpuBefore.putAll(cpuNow);
            before = now;
        }
    }

    /** The group's lag as `newsflow status` counts it; -1 when the broker does not answer. */
    private long lag(GroupTopic groupTopic) {
        try {
            return TopicOffsets.lag(admin, groupTopic.group(), groupTopic.topic());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            return -1;
        }
    }

    /** Throughput (articles indexed per second) and both lags over time, as a PNG. */
    void plot(File png, String title) throws IOException {
        XYSeries throughput = new XYSeries("articles indexed/s");
        XYSeries enrichLag = new XYSeries("enrich lag (raw records)");
        XYSeries sinkLag = new XYSeries("sink lag (article records)");
        Sample previous = null;
        for (Sample sample : samples()) {
            if (previous != null) {
                throughput.add(sample.seconds(), (sample.indexed() - previous.indexed())
                        / (sample.seconds() - previous.seconds()));
            }
            enrichLag.add(sample.seconds(), Math.max(0, sample.enrichLag()));
            sinkLag.add(sample.seconds(), Math.max(0, sample.sinkLag()));
            previous = sample;
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "seconds", "articles indexed/s",
                new XYSeriesCollection(throughput));
        XYPlot plot = chart.getXYPlot();
        XYSeriesCollection lags = new XYSeriesCollection();
        lags.addSeries(enrichLag);
        lags.addSeries(sinkLag);
        plot.setRangeAxis(1, new NumberAxis("consumer lag (records)"));
        plot.setDataset(1, lags);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer lagLines = new XYLineAndShapeRenderer(true, false);
        lagLines.setDefaultStroke(new BasicStroke(1.5f));
        plot.setRenderer(1, lagLines);
        ChartUtils.saveChartAsPNG(png, chart, 1000, 500);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
        admin.close();
    }
}
