package io.newsflow.cli;

import io.newsflow.enrich.extract.MixedEncoding;
import io.newsflow.ingest.DroppedFileReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A file given on the command line, read as the ingest stage would: gunzipped when gzip, decoded
 * in the charset ingest detects (BOM, valid UTF-8, the page's declared charset, else Windows-1252),
 * and told HTML or plain text by its name or its first tag.
 *
 * @param name      file name without directories
 * @param mediaType "text/html" or "text/plain"
 * @param text      decoded content
 */
public record SavedPage(String name, String mediaType, String text) {

    public static SavedPage read(Path file) throws IOException {
        return of(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** The page a file of this name and these bytes holds. */
    public static SavedPage of(String name, byte[] bytes) throws IOException {
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        String text = decode(bytes);
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        boolean html = name.toLowerCase(Locale.ROOT).matches(".*\\.x?html?(\\.gz)?$")
                || head.startsWith("<!doctype html") || head.startsWith("<html");
        return new SavedPage(name, html ? "text/html" : "text/plain", text);
    }

    private static String decode(byte[] bytes) {
        Charset charset = DroppedFileReader.detectCharset(bytes);
        // as enrich reads them: UTF-8 parts of a Windows-1252 file stay UTF-8
        String text = charset.equals(MixedEncoding.WINDOWS_1252) ? MixedEncoding.decode(bytes) : new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
