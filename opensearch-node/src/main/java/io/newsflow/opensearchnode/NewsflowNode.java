package io.newsflow.opensearchnode;

import java.util.List;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/** An OpenSearch node whose plugins come from the classpath, since there is no plugins folder to scan. */
final class NewsflowNode extends Node {

    NewsflowNode(Environment environment) {
        // Netty4 serves HTTP, analysis-common has the english analyzer, mapper-extras the extra field types
        super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, MapperExtrasPlugin.class), true);
    }

    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
        // the stock listener feeds node and cluster ids to OpenSearch's own log4j setup, which this node does not use
    }
}
