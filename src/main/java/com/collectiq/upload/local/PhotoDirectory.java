package com.collectiq.upload.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.collectiq.upload.InvalidPhotoKeyException;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore.PhotoHead;
import com.collectiq.upload.PhotoTooLargeException;
import com.collectiq.upload.PhotoType;

/**
 * Photos as files under {@code <data-dir>/photos/}, one file per key at the key's path. A file is
 * written whole to {@code .tmp/} (no key can name it: key segments never start with a dot), forced
 * to disk and renamed into place, so a reader sees the old photo, the new one or none, never part
 * of one. The content type is not stored beside the file: {@link PhotoKeys#requireTypeOf} binds it
 * to the key's extension, so the key is its single source. The ETag is the MD5 of the bytes, as S3
 * gives for a single PUT.
 */
@Component
@Profile("!aws")
class PhotoDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(PhotoDirectory.class);
    private static final String TEMP_DIR = ".tmp";
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path root;
    private final Path temp;

    PhotoDirectory(@Value("${collectiq.data-dir}") Path dataDir) throws IOException {
        Path photos = dataDir.resolve("photos");
        Files.createDirectories(photos.resolve(TEMP_DIR));
        // the data dir itself may be a link (a mounted volume); only links below it are refused
        this.root = photos.toRealPath();
        this.temp = root.resolve(TEMP_DIR);
    }

    /**
     * Stores exactly {@code length} bytes read from {@code body} at {@code key}; reads no byte past
     * {@code length}, so a body cannot grow the file beyond what was signed.
     */
    PhotoHead write(String key, InputStream body, long length) {
        PhotoType type = PhotoType.ofKey(PhotoKeys.requireValid(key))
                .orElseThrow(() -> new InvalidPhotoKeyException("photo key without a photo extension"));
        Path target = resolve(key, true);
        Path partial = null;
        try {
            partial = Files.createTempFile(temp, "upload-", ".part");
            MessageDigest md5 = md5();
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                copyExactly(body, Channels.newOutputStream(channel), length, md5);
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(target.getParent());
            return new PhotoHead(key, length, type.contentType(), HexFormat.of().formatHex(md5.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store photo " + key, e);
        } finally {
            deleteQuietly(partial);
        }
    }

    Optional<PhotoHead> head(String key) {
        Path file = resolve(PhotoKeys.requireValid(key), false);
        try (FileChannel channel = openForReading(file)) {
            MessageDigest md5 = md5();
            long size = copy(Channels.newInputStream(channel), OutputStream.nullOutputStream(), md5);
            String type = PhotoType.ofKey(key).map(PhotoType::contentType).orElse("application/octet-stream");
            return Optional.of(new PhotoHead(key, size, type, HexFormat.of().formatHex(md5.digest())));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read photo " + key, e);
        }
    }

    Optional<byte[]> read(String key, long maxBytes) {
        Path file = resolve(PhotoKeys.requireValid(key), false);
        try (FileChannel channel = openForReading(file)) {
            // the open channel is one file: a replacement renamed in meanwhile cannot change its size
            if (channel.size() > maxBytes) {
                throw new PhotoTooLargeException(key + " has " + channel.size() + " bytes, more than " + maxBytes);
            }
            return Optional.of(Channels.newInputStream(channel).readAllBytes());
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read photo " + key, e);
        }
    }

    /** The file of an existing photo, for serving it; empty when there is none. */
    Optional<Path> existingFile(String key) {
        Path file = resolve(PhotoKeys.requireValid(key), false);
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(file) : Optional.empty();
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(resolve(PhotoKeys.requireValid(key), false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete photo " + key, e);
        }
    }

    int deletePrefix(String prefix) {
        String folder = PhotoKeys.requireValidPrefix(prefix);
        Path dir = resolve(folder.substring(0, folder.length() - 1), false);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        // walk does not follow links: a link found inside is deleted itself, its target is untouched
        try (Stream<Path> tree = Files.walk(dir)) {
            List<Path> deepestFirst = tree.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
            int photos = 0;
            for (Path path : deepestFirst) {
                boolean photo = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
                if (Files.deleteIfExists(path) && photo) {
                    photos++;
                }
            }
            return photos;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete photos under " + prefix, e);
        }
    }

    /** See {@link com.collectiq.upload.UploadHousekeeping#frontsWrittenBefore}. */
    List<String> frontsWrittenBefore(Instant cutoff) {
        return filesWrittenBefore(root.resolve(PhotoKeys.UPLOADS), cutoff).stream().map(this::keyOf).toList();
    }

    /** See {@link com.collectiq.upload.UploadHousekeeping#deleteInterruptedOlderThan}. */
    int deleteInterruptedOlderThan(Instant cutoff) {
        int partials = 0;
        try {
            for (Path partial : filesWrittenBefore(temp, cutoff)) {
                if (Files.deleteIfExists(partial)) {
                    partials++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sweep " + temp, e);
        }
        LOG.info("Removed {} interrupted uploads older than {}", partials, cutoff);
        return partials;
    }

    private List<Path> filesWrittenBefore(Path dir, Instant cutoff) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            List<Path> found = new ArrayList<>();
            for (Path file : tree.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (writtenBefore(file, cutoff)) {
                    found.add(file);
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private String keyOf(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * The path of a validated key or prefix, walking it one segment at a time and refusing any
     * segment that is a symbolic link: a link could lead anywhere, and checking each segment before
     * descending (rather than the real path afterwards) means no directory is ever created outside.
     */
    private Path resolve(String validated, boolean createParents) {
        String[] segments = validated.split("/");
        Path path = root;
        for (int i = 0; i < segments.length; i++) {
            path = path.resolve(segments[i]);
            boolean directory = i < segments.length - 1;
            Optional<BasicFileAttributes> found = attributesOf(path);
            if (found.isEmpty() && directory && createParents) {
                found = createDirectory(path);
            }
            if (found.isPresent()) {
                requireSafe(found.get(), directory, validated);
            }
        }
        return path;
    }

    private static void requireSafe(BasicFileAttributes attributes, boolean directory, String key) {
        if (attributes.isSymbolicLink()) {
            throw new InvalidPhotoKeyException("photo key passes through a symbolic link: " + key);
        }
        if (directory && !attributes.isDirectory()) {
            throw new InvalidPhotoKeyException("photo key passes through a file: " + key);
        }
    }

    private static Optional<BasicFileAttributes> createDirectory(Path path) {
        try {
            Files.createDirectory(path);
        } catch (FileAlreadyExistsException raced) {
            // another upload made it first, or something else sits there: the caller checks which
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + path, e);
        }
        return attributesOf(path);
    }

    private static Optional<BasicFileAttributes> attributesOf(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot inspect " + path, e);
        }
    }

    private static FileChannel openForReading(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }

    private static void copyExactly(InputStream body, OutputStream out, long length, MessageDigest md5)
            throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long remaining = length;
        while (remaining > 0) {
            int read;
            try {
                read = body.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            } catch (IOException clientGone) {
                throw new IncompleteUploadException("the upload broke off after " + (length - remaining)
                        + " of " + length + " bytes", clientGone);
            }
            if (read < 0) {
                throw new IncompleteUploadException("the upload ended after " + (length - remaining)
                        + " of " + length + " bytes", null);
            }
            md5.update(buffer, 0, read);
            out.write(buffer, 0, read);
            remaining -= read;
        }
    }

    private static long copy(InputStream in, OutputStream out, MessageDigest md5) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            md5.update(buffer, 0, read);
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    /** Makes the rename itself durable; some platforms cannot open a directory, and need not. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupportedHere) {
            LOG.debug("cannot force directory {} to disk", dir, notSupportedHere);
        }
    }

    /** False for a file deleted since it was listed (its card was deleted meanwhile). */
    private static boolean writtenBefore(Path file, Instant cutoff) throws IOException {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff);
        } catch (NoSuchFileException goneMeanwhile) {
            return false;
        }
    }

    private static void deleteQuietly(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            LOG.warn("cannot remove the partial upload {}; the abandoned-upload sweep will", partial, e);
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has MD5", e);
        }
    }
}
