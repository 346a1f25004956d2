package io.newsflow.schemas;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Realistic records for serde tests. */
public final class Samples {
    public static final Instant INGESTED = Instant.parse("2017-12-08T12:00:00Z");

    private Samples() {
    }

    public static RawFile rawFile(String id) {
        return RawFile.newBuilder()
                .setId(id)
                .setFileName("003_42d5ccc6b8b7353e.txt")
                .setSizeBytes(19535)
                .setModifiedTime(INGESTED)
                .setIngestTime(INGESTED)
                .setMediaType("text/plain")
                .setCharset("UTF-8")
                .setContent(ByteBuffer.wrap("Defector claims US agreed ...\nRaqqa".getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    public static Article article(String id) {
        String body = "The Syrian Democratic Forces (SDF) captured Raqqa.\n\nTalal Silo defected to Turkey.";
        return Article.newBuilder()
                .setId(id + "-0")
                .setRawId(id)
                .setPartIndex(0)
                .setPartCount(1)
                .setFileName("003_42d5ccc6b8b7353e.txt")
                .setTitle("Defector claims US agreed to let Islamic State fighters leave Raqqa")
                .setBylines(List.of("Joseph Fitsanakis"))
                .setPublished(Instant.parse("2017-11-27T00:00:00Z"))
                .setPublishedSource(DateSource.FOOTER)
                .setLanguage("en")
                .setBody(body)
                .setEntities(List.of(Entity.newBuilder()
                        .setType(EntityType.LOCATION)
                        .setCanonicalName("Raqqa")
                        .setSurfaceForms(List.of("Raqqa"))
                        .setMentions(List.of(new EntityMention(44, 49, "Raqqa")))
                        .setCount(1)
                        .setSalience(0.8)
                        .build()))
                .setStats(ExtractionStats.newBuilder()
                        .setExtractor("text-lines").setInputChars(19535).setBodyChars(body.length())
                        .setBlocksTotal(12).setBlocksKept(2).setTokens(16).build())
                .setIngestTime(INGESTED)
                .setEnrichTime(INGESTED.plusSeconds(2))
                .setPipelineVersion("test")
                .build();
    }
}
