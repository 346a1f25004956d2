package io.newsflow.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A file given on the command line, read as the ingest stage would: gunzipped when gzip, decoded
 * as UTF-8 when it is valid UTF-8 and as Windows-1252 otherwise (the usual charset of old pages),
 * and told HTML or plain text by its name or its first tag.
 *
 * @param name      file name without directories
 * @param mediaType "text/html" or "text/plain"
 * @param text      decoded content
 */
record SavedPage(String name, String mediaType, String text) {

    static SavedPage read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        String text = decode(bytes);
        String name = file.getFileName().toString();
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        boolean html = name.toLowerCase(Locale.ROOT).matches(".*\\.x?html?(\\.gz)?$")
                || head.startsWith("<!doctype html") || head.startsWith("<html");
        return new SavedPage(name, html ? "text/html" : "text/plain", text);
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
