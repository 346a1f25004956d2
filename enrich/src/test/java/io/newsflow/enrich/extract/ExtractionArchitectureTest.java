package io.newsflow.enrich.extract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Extraction is plain domain code: it runs in {@code newsflow extract} and the benchmarks without
 * a broker, and the topology wires it. Nothing in it may reach for Kafka, Streams, OpenSearch,
 * the registry's serde or the entity recogniser.
 */
class ExtractionArchitectureTest {

    @Test
    void extractionDependsOnNoKafkaOpenSearchSerdeOrNerClass() {
        JavaClasses extraction = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.newsflow.enrich.extract");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.opensearch..",
                        "io.newsflow.schemas.serde..", "io.newsflow.schemas.topics..", "io.newsflow.enrich.entities..",
                        "edu.stanford.nlp..")
                .because("extraction must run without a broker, a search store or the entity recogniser")
                .check(extraction);
    }
}
