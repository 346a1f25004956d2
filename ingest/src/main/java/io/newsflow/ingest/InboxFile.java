package io.newsflow.ingest;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * A dropped file opened from the inbox folder down, one folder at a time, following no link at any
 * step (openat with O_NOFOLLOW, through {@link SecureDirectoryStream}). A file or a subfolder swapped
 * for a link after the scan found the file ready thus cannot make ingest read outside the inbox:
 * checking the real path first and then opening by name would leave that moment open.
 */
final class InboxFile implements AutoCloseable {
    final BasicFileAttributes attributes;
    final SeekableByteChannel channel;

    private InboxFile(BasicFileAttributes attributes, SeekableByteChannel channel) {
        this.attributes = attributes;
        this.channel = channel;
    }

    /** Opens {@code file}, which must lie under {@code root}; a link anywhere below root is refused. */
    static InboxFile open(Path root, Path file) throws IOException, RefusedFileException {
        Path relative = root.relativize(file.toAbsolutePath().normalize());
        if (relative.getNameCount() == 0 || relative.startsWith("..")) {
            throw new RefusedFileException("The file is not inside the inbox " + root + ".");
        }
        DirectoryStream<Path> top = Files.newDirectoryStream(root);
        if (!(top instanceof SecureDirectoryStream<Path> folder)) {
            // no openat on this platform: the scan's and the reader's own link checks remain
            top.close();
            return new InboxFile(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS),
                    Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
        }
        try {
            for (int i = 0; i < relative.getNameCount() - 1; i++) {
                SecureDirectoryStream<Path> next = within(folder, relative.getName(i));
                folder.close();
                folder = next;
            }
            Path name = relative.getFileName();
            BasicFileAttributes attributes = folder.getFileAttributeView(name, BasicFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes();
            DroppedFileReader.requireRegularFile(attributes);
            return new InboxFile(attributes, folder.newByteChannel(name,
                    Set.<OpenOption>of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)));
        } finally {
            folder.close();
        }
    }

    /**
     * The subfolder {@code name}; if it is now a link, the file is as good as gone from the inbox (and is
     * not refused: moving it to failed/ would move through the link whatever lies at its end).
     */
    private static SecureDirectoryStream<Path> within(SecureDirectoryStream<Path> folder, Path name) throws IOException {
        try {
            // O_NOFOLLOW: a link here, even one swapped in just now, fails the open instead of being followed
            return folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException link) {
            NoSuchFileException gone = new NoSuchFileException(name.toString(), null,
                    "no longer a folder of the inbox (a link, or moved away); newsflow never follows links");
            gone.initCause(link);
            throw gone;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
