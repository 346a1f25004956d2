package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedOpenSearch;
import io.newsflow.embedded.EmbeddedSchemaRegistry;
import io.newsflow.embedded.TestServices;
import io.newsflow.sink.SearchStore;
import io.newsflow.sink.web.SearchPage;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import picocli.CommandLine;

/**
 * Every server `newsflow run` starts with its defaults listens on 127.0.0.1 only, as the kernel
 * sees its sockets: the embedded broker and its controller (in this JVM), the registry and
 * OpenSearch (HTTP and transport, child JVMs), and the search page.
 */
@EnabledOnOs(OS.LINUX)
class LoopbackOnlyTest {
    @Test
    void theEmbeddedBrokerAndItsControllerListenOnLoopbackOnly() {
        EmbeddedKafka kafka = TestServices.kafka();

        List<ListeningSockets.Listener> listeners = ListeningSockets.of(ProcessHandle.current().pid());

        assertThat(listeners).extracting(ListeningSockets.Listener::port).contains(kafka.port());
        assertThat(listeners).as("broker, controller and any other server of this JVM").hasSizeGreaterThanOrEqualTo(2)
                .allMatch(ListeningSockets.Listener::loopbackOnly);
    }

    @Test
    void theEmbeddedRegistryListensOnLoopbackOnly() {
        EmbeddedSchemaRegistry registry = TestServices.registry();

        List<ListeningSockets.Listener> listeners = ListeningSockets.of(registry.pid());

        assertThat(listeners).extracting(ListeningSockets.Listener::port).contains(registry.port());
        assertThat(listeners).allMatch(ListeningSockets.Listener::loopbackOnly);
    }

    @Test
    void theEmbeddedOpenSearchListensOnLoopbackOnlyForHttpAndTransport() {
        EmbeddedOpenSearch openSearch = TestServices.openSearch();

        List<ListeningSockets.Listener> listeners = ListeningSockets.of(openSearch.pid());

        assertThat(listeners).extracting(ListeningSockets.Listener::port).contains(openSearch.port());
        assertThat(listeners).as("HTTP and transport").hasSizeGreaterThanOrEqualTo(2)
                .allMatch(ListeningSockets.Listener::loopbackOnly);
    }

    @Test
    void theSearchPageOfRunListensOnLoopbackUnlessToldOtherwise() throws Exception {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs();
        try (SearchPage page = SearchPage.start(SearchStore.connect("http://127.0.0.1:9", null, null), "news-articles",
                run.httpHost, 0)) {
            int port = URI.create(page.url()).getPort();

            assertThat(ListeningSockets.of(ProcessHandle.current().pid()))
                    .filteredOn(listener -> listener.port() == port).isNotEmpty()
                    .allMatch(listener -> listener.address().getHostAddress().equals("127.0.0.1"));
        }
        new CommandLine(run).parseArgs("--http-host", "0.0.0.0");
        assertThat(run.httpHost).as("--http-host still chooses another address").isEqualTo("0.0.0.0");
    }
}
