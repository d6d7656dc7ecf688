package com.collectiq.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoKeysTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void frontsAndBacksLiveUnderTheirOwnersPrefixWithTheExtensionOfTheirType() {
        assertThat(PhotoKeys.newFront("alice", "image/jpeg")).matches("uploads/alice/" + UUID_PATTERN + "\\.jpg");
        assertThat(PhotoKeys.newBack("alice", "IMAGE/PNG")).matches("backs/alice/" + UUID_PATTERN + "\\.png");
        assertThat(PhotoKeys.newReference("base1-4", "image/png")).matches("references/base1-4/" + UUID_PATTERN + "\\.png");
        assertThat(PhotoKeys.newFront("alice", "image/png")).isNotEqualTo(PhotoKeys.newFront("alice", "image/png"));
    }

    @Test
    void whatIsDerivedFromAPhotoLivesInAFolderNamedAfterItUnderItsOwnersDerivedPrefix() {
        String front = PhotoKeys.newFront("alice", "image/heic");
        String stem = front.substring("uploads/alice/".length(), front.length() - ".heic".length());

        assertThat(PhotoKeys.derivedFolderOf(front)).isEqualTo("derived/alice/" + stem + "/")
                .startsWith(PhotoKeys.ownerPrefixes("alice").get(2));
        assertThat(PhotoKeys.isValid(PhotoKeys.derivedFolderOf(front) + "card.jpg")).isTrue();
        assertThat(PhotoKeys.derivedFolderOf("backs/alice/x.png")).isEqualTo("derived/alice/x/");
        assertThat(PhotoKeys.derivedFolderOf(PhotoKeys.newFront("bob", "image/png")))
                .isNotEqualTo(PhotoKeys.derivedFolderOf(PhotoKeys.newFront("bob", "image/png")));
        for (String notAPhoto : new String[] {"derived/alice/x/card.jpg", "references/base1-4/x.png", "uploads/alice", "../x"}) {
            assertThatThrownBy(() -> PhotoKeys.derivedFolderOf(notAPhoto)).isInstanceOf(InvalidPhotoKeyException.class);
        }
    }

    @Test
    void aCardCutOutOfAPhotoOfSeveralLivesInThePhotosFolderWithAFolderOfItsOwn() {
        String front = PhotoKeys.newFront("alice", "image/heic");
        String folder = PhotoKeys.derivedFolderOf(front);

        String crop = PhotoKeys.cropOf(front, 7);
        assertThat(crop).isEqualTo(folder + "card-7.jpg");
        assertThat(PhotoKeys.derivedFolderOf(crop)).isEqualTo(folder + "card-7/").startsWith(folder);
        assertThat(PhotoKeys.derivedFolderOf(PhotoKeys.cropOf(front, 1)))
                .as("a prefix delete of one card's folder never reaches another's (card-1/ vs card-17/)")
                .doesNotStartWith(folder + "card-17");
        assertThatThrownBy(() -> PhotoKeys.cropOf("backs/alice/x.png", 1)).isInstanceOf(InvalidPhotoKeyException.class);
        assertThatThrownBy(() -> PhotoKeys.cropOf(front, -1)).isInstanceOf(InvalidPhotoKeyException.class);
        assertThatThrownBy(() -> PhotoKeys.derivedFolderOf(folder + "rekognition-1.jpg"))
                .isInstanceOf(InvalidPhotoKeyException.class);
    }

    @Test
    void aCognitoSubIsAnOwner() {
        String sub = "8a1b2c3d-4e5f-4071-8293-a4b5c6d7e8f9";
        String key = PhotoKeys.newFront(sub, "image/png");

        assertThat(PhotoKeys.belongsTo(key, sub)).isTrue();
        assertThat(PhotoKeys.isFront(key)).isTrue();
    }

    @Test
    void typesTheStoreDoesNotHoldAreRefused() {
        assertThatThrownBy(() -> PhotoKeys.newFront("alice", "image/gif")).isInstanceOf(UnsupportedPhotoTypeException.class);
        assertThatThrownBy(() -> PhotoKeys.newFront("alice", "image/png; charset=x"))
                .isInstanceOf(UnsupportedPhotoTypeException.class);
        assertThatThrownBy(() -> PhotoKeys.newFront("alice", null)).isInstanceOf(UnsupportedPhotoTypeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "../x", ".", "-", "al/ice", "al..ice", "alice\u0000", "alice\n", "al%2Fice", "ali\\ce",
        "alïce", "ali\uFF0Fce", " alice", ".alice",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void unsafeOwnerIdsAreRefusedNotCleaned(String sub) {
        assertThatThrownBy(() -> PhotoKeys.newFront(sub, "image/png")).isInstanceOf(InvalidPhotoKeyException.class);
        assertThatThrownBy(() -> PhotoKeys.ownerPrefixes(sub)).isInstanceOf(InvalidPhotoKeyException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "uploads/alice/x.png",
        "backs/alice/x.jpg",
        "derived/alice/x.heic",
        "references/base1-4/x.png",
        "uploads/alice/nested/x.png"})
    void wellFormedKeysAreValid(String key) {
        assertThat(PhotoKeys.isValid(key)).isTrue();
        assertThat(PhotoKeys.requireValid(key)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "uploads",
        "uploads/",
        "/uploads/alice/x.png",
        "uploads//alice/x.png",
        "uploads/alice/x.png/",
        "uploads/alice/../bob/x.png",
        "uploads/../../etc/passwd",
        "uploads/./alice/x.png",
        "uploads/alice/.x.png",
        "uploads/alice/%2e%2e/x.png",
        "uploads/alice%2Fbob/x.png",
        "uploads\\alice\\x.png",
        "uploads/alice\\..\\bob/x.png",
        "uploads/alice\uFF0F..\uFF0Fbob/x.png",
        "uploads/alice/x\u2024png",
        "uploads/alice/x.png\u0000.jpg",
        "uploads/alice/x\n.png",
        "uploads/alice/x\u007F.png",
        "uploads/ali ce/x.png",
        "uploads/alice/x.png;jsessionid=1",
        "uploads/alice/x.png?y",
        "C:/uploads/x.png",
        "secrets/alice/x.png",
        ".tmp/upload-1.part",
        "keys/photo-url.key"})
    void keysThatCouldEscapeOrConfuseAreRefused(String key) {
        assertThat(PhotoKeys.isValid(key)).isFalse();
        assertThatThrownBy(() -> PhotoKeys.requireValid(key)).isInstanceOf(InvalidPhotoKeyException.class);
    }

    @Test
    void overlongKeysAreRefused() {
        String key = "uploads/" + "a/".repeat(508) + "x.png";
        assertThat(key.length()).isGreaterThan(1024);
        assertThat(PhotoKeys.isValid(key)).isFalse();
    }

    @Test
    void anOwnerOwnsOnlyTheirOwnFrontsAndBacks() {
        assertThat(PhotoKeys.belongsTo("uploads/alice/x.png", "alice")).isTrue();
        assertThat(PhotoKeys.belongsTo("backs/alice/x.jpg", "alice")).isTrue();

        assertThat(PhotoKeys.belongsTo("uploads/alice/x.png", "bob")).isFalse();
        assertThat(PhotoKeys.belongsTo("uploads/alice/x.png", "alic")).isFalse();
        assertThat(PhotoKeys.belongsTo("uploads/alicex/x.png", "alice")).isFalse();
        assertThat(PhotoKeys.belongsTo("uploads/alice/nested/x.png", "alice")).isFalse();
        assertThat(PhotoKeys.belongsTo("uploads/alice/../bob/x.png", "alice")).isFalse();
        assertThat(PhotoKeys.belongsTo("derived/alice/x.png", "alice")).isFalse();
        assertThat(PhotoKeys.belongsTo("references/alice/x.png", "alice")).isFalse();
        assertThat(PhotoKeys.belongsTo("uploads/alice/x.gif", "alice")).isFalse();
        assertThat(PhotoKeys.belongsTo("uploads/alice/x.png", "../alice")).isFalse();
        assertThat(PhotoKeys.belongsTo("uploads/alice/x.png", null)).isFalse();
    }

    @Test
    void onlyFrontsStartAValuation() {
        assertThat(PhotoKeys.isFront("uploads/alice/x.png")).isTrue();
        assertThat(PhotoKeys.isFront("backs/alice/x.png")).isFalse();
        assertThat(PhotoKeys.isFront("uploads/../x.png")).isFalse();
    }

    @Test
    void prefixesAreWholeSegments() {
        assertThat(PhotoKeys.ownerPrefixes("alice")).containsExactly("uploads/alice/", "backs/alice/", "derived/alice/");
        assertThat(PhotoKeys.requireValidPrefix("uploads/alice/")).isEqualTo("uploads/alice/");

        for (String prefix : new String[] {"uploads/al", "uploads/", "uploads", "", "uploads/../", "/uploads/alice/"}) {
            assertThatThrownBy(() -> PhotoKeys.requireValidPrefix(prefix)).as(prefix)
                    .isInstanceOf(InvalidPhotoKeyException.class);
        }
    }

    @Test
    void aKeyIsStoredOnlyWithTheTypeItsExtensionNames() {
        assertThat(PhotoKeys.requireTypeOf("uploads/alice/x.png", "image/png")).isEqualTo(PhotoType.PNG);
        assertThatThrownBy(() -> PhotoKeys.requireTypeOf("uploads/alice/x.png", "image/jpeg"))
                .isInstanceOf(UnsupportedPhotoTypeException.class);
        assertThatThrownBy(() -> PhotoKeys.requireTypeOf("uploads/alice/x", "image/png"))
                .isInstanceOf(UnsupportedPhotoTypeException.class);
        assertThatThrownBy(() -> PhotoKeys.requireTypeOf("uploads/../x.png", "image/png"))
                .isInstanceOf(InvalidPhotoKeyException.class);
    }

    @Test
    void catalogIdsAreOneSafeSegment() {
        assertThatThrownBy(() -> PhotoKeys.newReference("../x", "image/png")).isInstanceOf(InvalidPhotoKeyException.class);
        assertThatThrownBy(() -> PhotoKeys.newReference("a/b", "image/png")).isInstanceOf(InvalidPhotoKeyException.class);
    }
}
