package io.newsflow.ingest;

import io.newsflow.schemas.RawFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns one dropped file into a {@link RawFile}: decompresses gzip, sniffs HTML vs plain text
 * from the bytes, detects the character set, and refuses what can never become an article
 * (empty, binary, too large, undecodable) with a reason a user understands.
 */
public final class DroppedFileReader {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_START =
            Pattern.compile("^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title)[\\s>]",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final long maxBytes;

    DroppedFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Refuses a link (never followed: nothing outside the inbox is read) or anything but a regular file. */
    static void requireRegularFile(BasicFileAttributes attributes) throws RefusedFileException {
        if (attributes.isSymbolicLink()) {
            throw new RefusedFileException("The file is a symbolic link; newsflow never follows links, so that nothing"
                    + " outside the inbox is read. Copy the file itself into the inbox.");
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedFileException("The file is not a regular file (a device, pipe or socket); newsflow reads"
                    + " only regular files.");
        }
    }

    /** Reads a file named on the command line. */
    RawFile read(Path file, String relativeName) throws IOException, RefusedFileException {
        // attributes and bytes without following links: a file swapped for a link after the scan is not read
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        requireRegularFile(attributes);
        try (SeekableByteChannel channel = Files.newByteChannel(file, LinkOption.NOFOLLOW_LINKS)) {
            return read(attributes, channel, relativeName);
        }
    }

    /** Reads a file of the inbox {@code root}, reached without following a link anywhere below root. */
    RawFile readWithin(Path root, Path file, String relativeName) throws IOException, RefusedFileException {
        try (InboxFile opened = InboxFile.open(root, file)) {
            return read(opened.attributes, opened.channel, relativeName);
        }
    }

    private RawFile read(BasicFileAttributes attributes, SeekableByteChannel channel, String relativeName)
            throws IOException, RefusedFileException {
        long size = attributes.size();
        if (size == 0) {
            throw new RefusedFileException("The file is empty.");
        }
        if (size > maxBytes) {
            throw new RefusedFileException(String.format("The file has %,d bytes, more than the limit of %,d"
                    + " (max.file.bytes).", size, maxBytes));
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        byte[] dropped;
        dropped = Channels.newInputStream(channel).readAllBytes();
        boolean gzip = dropped.length > 2 && (dropped[0] & 0xff) == 0x1f && (dropped[1] & 0xff) == 0x8b;
        byte[] content = gzip ? gunzip(dropped) : dropped;
        if (content.length == 0) {
            throw new RefusedFileException("The file is empty after gzip decompression.");
        }
        String format = BinarySignatures.formatOf(content);
        if (format != null) {
            throw new RefusedFileException("The file is " + format + " (its first bytes say so), not text or HTML;"
                    + " newsflow reads .txt and .html pages, optionally gzipped.");
        }
        Charset charset = detectCharset(content);
        String text = decode(content, charset);
        if (looksBinary(text)) {
            throw new RefusedFileException("The file is binary, not text or HTML (control characters in its first"
                    + " 8 KB); newsflow reads .txt and .html pages, optionally gzipped.");
        }
        return RawFile.newBuilder()
                .setId(sha256(dropped))
                .setFileName(relativeName)
                .setSizeBytes(size)
                .setModifiedTime(modified)
                .setIngestTime(Instant.now())
                .setMediaType(HTML_START.matcher(text.substring(0, Math.min(text.length(), 4096))).find()
                        || relativeName.toLowerCase(Locale.ROOT).matches(".*\\.(x?html?)(\\.gz)?$")
                        ? "text/html" : "text/plain")
                .setCompression(gzip ? "gzip" : null)
                .setCharset(charset.name())
                .setContent(ByteBuffer.wrap(content))
                .build();
    }

    private byte[] gunzip(byte[] dropped) throws IOException, RefusedFileException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(dropped))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(dropped.length * 4);
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new RefusedFileException(String.format("The gzip file expands beyond %,d bytes"
                            + " (max.file.bytes): refused as a possible gzip bomb.", maxBytes));
                }
            }
            return out.toByteArray();
        } catch (ZipException | java.io.EOFException e) {
            throw new RefusedFileException("The file starts like gzip but is not valid gzip (" + e.getMessage() + ").");
        }
    }

    /** BOM first, then strict UTF-8, then what an HTML page declares, then Windows-1252 (which decodes any byte). */
    public static Charset detectCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher declared = META_CHARSET.matcher(head);
            if (declared.find()) {
                try {
                    return Charset.forName(declared.group(1));
                } catch (IllegalArgumentException unknown) {
                    // an unknown declared name: fall through to the web's usual legacy charset
                }
            }
            return WINDOWS_1252;
        }
    }

    /** Strict for every charset but the last-resort Windows-1252, so broken UTF-16 or a wrong declaration is refused. */
    private static String decode(byte[] bytes, Charset charset) throws RefusedFileException {
        String text;
        if (charset.equals(WINDOWS_1252)) {
            text = new String(bytes, charset);
        } else {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                // where it breaks, so that the user can find the damaged or pasted-in part
                int at = in.position();
                throw new RefusedFileException(String.format("The file declares or begins as %s but is not valid %s:"
                        + " at byte %,d (0x%s) it holds no %s character. Re-save it as UTF-8 and drop it again.",
                        charset.name(), charset.name(), at, HexFormat.of().formatHex(bytes, at, at + result.length()),
                        charset.name()));
            }
            text = out.flip().toString();
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean looksBinary(String text) {
        int limit = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > limit / 100 + 1;
    }

    /** The id of a dropped file: the lower-case hex SHA-256 of its bytes as dropped. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
