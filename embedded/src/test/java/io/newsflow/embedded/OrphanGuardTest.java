package io.newsflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A process that started the registry and the OpenSearch node and is then killed with kill -9
 * (no shutdown hook runs) leaves neither behind: each child ends when its parent does, freeing
 * its port and data folder for the next start.
 */
class OrphanGuardTest {

    /** Starts both services in {@code args[0]}, prints their pids, and waits to be killed. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(dir.resolve("registry"), 0);
        EmbeddedOpenSearch openSearch = EmbeddedOpenSearch.start(dir.resolve("opensearch"), 0, "256m");
        System.out.println("pid " + registry.pid());
        System.out.println("pid " + openSearch.pid());
        System.out.flush();
        Thread.currentThread().join();
    }

    @Test
    @Timeout(180)
    void servicesEndWhenTheProcessThatStartedThemIsKilled() throws Exception {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dnewsflow.home=" + System.getProperty("newsflow.home", ".."),
                "-cp", System.getProperty("java.class.path"), OrphanGuardTest.class.getName(),
                TestServices.freshDir("orphans").toString()).redirectErrorStream(true).start();
        List<ProcessHandle> children = new ArrayList<>();
        StringBuilder said = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            // the parent prints nothing after its pids: read no further than them
            String line;
            while (children.size() < 2 && (line = out.readLine()) != null) {
                said.append(line).append('\n');
                if (line.startsWith("pid ")) {
                    children.add(ProcessHandle.of(Long.parseLong(line.substring(4))).orElseThrow());
                }
            }
            assertThat(children).as("both services started; the parent said:%n%s", said).hasSize(2).allMatch(ProcessHandle::isAlive);

            parent.destroyForcibly().waitFor();

            await().atMost(Duration.ofSeconds(60)).until(() -> children.stream().noneMatch(ProcessHandle::isAlive));
        } finally {
            parent.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
