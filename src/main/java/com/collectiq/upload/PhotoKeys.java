package com.collectiq.upload;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one place photo keys are made and checked. Keys are plain ASCII paths:
 * <ul>
 * <li>{@code uploads/{sub}/{uuid}.{ext}}: a card's front, uploaded by its owner (only these start a
 * valuation);</li>
 * <li>{@code backs/{sub}/{uuid}.{ext}}: a card's back, uploaded by its owner;</li>
 * <li>{@code derived/{sub}/{uuid}/{name}.{ext}}: images the service made from the owner's photo
 * {@code {uuid}} (see {@link #derivedFolderOf});</li>
 * <li>{@code references/{catalogId}/{uuid}.{ext}}: reference images of catalog cards.</li>
 * </ul>
 * The extension always comes from the content type, never from a client's file name. Validation is
 * an allow-list (letters, digits, {@code . _ -} in non-empty segments that do not start with a dot),
 * so {@code ..}, absolute paths, backslashes, percent-encoding, NUL, control characters and look-alike
 * Unicode (a fullwidth solidus, say) are refused without having to be listed, and a key means the
 * same path on every file system and in S3.
 */
public final class PhotoKeys {

    public static final String UPLOADS = "uploads";
    public static final String BACKS = "backs";
    public static final String DERIVED = "derived";
    public static final String REFERENCES = "references";

    private static final List<String> AREAS = List.of(UPLOADS, BACKS, DERIVED, REFERENCES);

    private static final String CROP_PREFIX = "card-";

    /** S3 allows 1024 bytes; keys are ASCII, so characters are bytes. */
    private static final int MAX_KEY_LENGTH = 1024;

    /** No leading dot: rules out {@code .} and {@code ..}, and keeps hidden names free for the stores. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}");

    /** Cognito subs are UUIDs; local subs are chosen names such as {@code alice}. */
    private static final Pattern SUB = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

    private PhotoKeys() {
    }

    /** A fresh key for the front of a card, under the owner's uploads. */
    public static String newFront(String sub, String contentType) {
        return newKey(UPLOADS, requireValidSub(sub), contentType);
    }

    /** A fresh key for the back of a card; backs never start a valuation on their own. */
    public static String newBack(String sub, String contentType) {
        return newKey(BACKS, requireValidSub(sub), contentType);
    }

    /**
     * The folder of the images the service derives from one of an owner's photos:
     * {@code derived/{sub}/{uuid}/} for {@code uploads/{sub}/{uuid}.{ext}} or {@code backs/{sub}/{uuid}.{ext}}.
     * Named after the photo, so a retry finds what an earlier attempt made and a card's deletion takes
     * them with its photo; under the owner's {@code derived/{sub}/}, so deleting the owner takes them too.
     */
    public static String derivedFolderOf(String photoKey) {
        String[] segments = requireValid(photoKey).split("/");
        boolean photo = segments.length == 3 && (segments[0].equals(UPLOADS) || segments[0].equals(BACKS));
        // a card cut out of a photo of several ({@link #cropOf}) has its own folder, inside its photo's
        boolean crop = segments.length == 4 && segments[0].equals(DERIVED) && segments[3].startsWith(CROP_PREFIX);
        if (!photo && !crop) {
            throw new InvalidPhotoKeyException("not an owner's photo");
        }
        return (photo ? DERIVED + "/" + segments[1] : String.join("/", segments[0], segments[1], segments[2]))
                + "/" + withoutExtension(segments[segments.length - 1]) + "/";
    }

    /**
     * Where the card in slot {@code slot} of a front that shows several cards is kept once cut out:
     * {@code derived/{sub}/{uuid}/card-{slot}.jpg}, in the photo's derived folder, so it goes with the
     * photo; its own derived images go in {@code derived/{sub}/{uuid}/card-{slot}/}.
     */
    public static String cropOf(String photoKey, int slot) {
        if (!isFront(photoKey) || slot < 0) {
            throw new InvalidPhotoKeyException("not a front's slot");
        }
        return derivedFolderOf(photoKey) + CROP_PREFIX + slot + "." + PhotoType.JPEG.extension();
    }

    private static String withoutExtension(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** A fresh key for a reference image of a catalog card, e.g. {@code base1-4}. */
    public static String newReference(String catalogId, String contentType) {
        if (catalogId == null || !SEGMENT.matcher(catalogId).matches()) {
            throw new InvalidPhotoKeyException("malformed catalog id");
        }
        return newKey(REFERENCES, catalogId, contentType);
    }

    private static String newKey(String area, String folder, String contentType) {
        // random (version 4), not time-ordered: keys travel in URLs and must not be guessable
        return area + "/" + folder + "/" + UUID.randomUUID() + "." + PhotoType.requireContentType(contentType).extension();
    }

    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return false;
        }
        String[] segments = key.split("/", -1);
        return segments.length >= 2 && AREAS.contains(segments[0]) && allSegmentsSafe(segments);
    }

    /** The key itself when it is valid; {@link InvalidPhotoKeyException} otherwise. */
    public static String requireValid(String key) {
        if (!isValid(key)) {
            throw new InvalidPhotoKeyException("malformed photo key");
        }
        return key;
    }

    /**
     * A prefix for {@link PhotoStore#deletePrefix}: whole segments ending in {@code /}, so
     * {@code uploads/al/} can never match {@code uploads/alice/...} the way a bare string prefix would.
     */
    public static String requireValidPrefix(String prefix) {
        if (prefix == null || !prefix.endsWith("/") || !isValid(prefix.substring(0, prefix.length() - 1))) {
            throw new InvalidPhotoKeyException("malformed photo key prefix");
        }
        return prefix;
    }

    /** The owner id itself when it is safe as one path segment; it is refused, not cleaned, otherwise. */
    public static String requireValidSub(String sub) {
        if (sub == null || !SUB.matcher(sub).matches()) {
            throw new InvalidPhotoKeyException("malformed owner id");
        }
        return sub;
    }

    /** True when the key is a front or back this owner uploaded, in the shape {@link #newFront} makes. */
    public static boolean belongsTo(String key, String sub) {
        if (!isValid(key) || sub == null || !SUB.matcher(sub).matches()) {
            return false;
        }
        String[] segments = key.split("/");
        return segments.length == 3
                && (segments[0].equals(UPLOADS) || segments[0].equals(BACKS))
                && segments[1].equals(sub)
                && PhotoType.ofKey(key).isPresent();
    }

    /** The owner a key of an owner's area belongs to ({@code uploads/{sub}/...}); empty for any other key. */
    public static Optional<String> ownerOf(String key) {
        if (!isValid(key)) {
            return Optional.empty();
        }
        String[] segments = key.split("/");
        boolean ownersArea = segments[0].equals(UPLOADS) || segments[0].equals(BACKS) || segments[0].equals(DERIVED);
        return ownersArea && segments.length == 3 ? Optional.of(segments[1]) : Optional.empty();
    }

    /** True for a front: the only photos whose arrival starts a valuation. */
    public static boolean isFront(String key) {
        return isValid(key) && key.startsWith(UPLOADS + "/");
    }

    /** Every prefix holding one owner's photos, for deleting all of them. */
    public static List<String> ownerPrefixes(String sub) {
        requireValidSub(sub);
        return List.of(UPLOADS + "/" + sub + "/", BACKS + "/" + sub + "/", DERIVED + "/" + sub + "/");
    }

    /**
     * The type a key may be stored with: the one its extension names. Stores call this before signing
     * or writing, so an object's content type and its key can never disagree.
     */
    public static PhotoType requireTypeOf(String key, String contentType) {
        PhotoType type = PhotoType.requireContentType(contentType);
        if (PhotoType.ofKey(requireValid(key)).orElse(null) != type) {
            throw new UnsupportedPhotoTypeException(contentType + " for a key ending in another extension");
        }
        return type;
    }

    private static boolean allSegmentsSafe(String[] segments) {
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }
}
