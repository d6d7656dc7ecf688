package com.collectiq.recovery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The kill-anywhere harness's model of what the service acknowledged: every photo uploaded (and by
 * whom), the card each one has, the hints a PATCH set, the run a revalue or PATCH queued, the cards
 * deleted and the users who deleted themselves. {@link #check} compares what a user's cards are
 * after a restart with it and names every difference; a difference is reported once and then taken
 * as the new truth, so that the rounds after it still test something.
 */
final class AcknowledgedEffects {

    /** One uploaded photo and what was acknowledged about it, in order. */
    static final class Photo {
        final String owner;
        final String key;
        final List<String> acknowledged = new ArrayList<>();
        String cardId;
        String condition;
        String lastRunId;
        boolean deleted;
        /** A difference was reported: the photo is left out of later checks. */
        boolean reported;

        private Photo(String owner, String key) {
            this.owner = owner;
            this.key = key;
        }

        boolean live() {
            return !deleted && !reported;
        }

        String story() {
            return key + " (acknowledged: " + String.join(", ", acknowledged) + ")";
        }
    }

    private final Map<String, Photo> photos = new LinkedHashMap<>();
    private final Set<String> deletedOwners = new HashSet<>();
    private final Set<String> reportedOwners = new HashSet<>();

    Photo uploaded(String owner, String key, String label) {
        Photo photo = new Photo(owner, key);
        photo.acknowledged.add(label);
        photos.put(key, photo);
        return photo;
    }

    /** POST /cards answered with the card: its id, and the run it has queued (if it has one). */
    void created(Photo photo, JsonNode card, String label) {
        photo.cardId = card.get("id").asText();
        String runId = card.path("run").path("runId").asText(null);
        if (runId != null) {
            photo.lastRunId = runId;
        }
        photo.acknowledged.add(label);
    }

    void patched(Photo photo, String condition, String runId, String label) {
        photo.condition = condition;
        if (runId != null) {
            photo.lastRunId = runId;
        }
        photo.acknowledged.add(label);
    }

    void revalued(Photo photo, String runId, String label) {
        photo.lastRunId = runId;
        photo.acknowledged.add(label);
    }

    void deleted(Photo photo, String label) {
        photo.deleted = true;
        photo.acknowledged.add(label);
    }

    void ownerDeleted(String owner) {
        deletedOwners.add(owner);
        photos.values().stream().filter(photo -> photo.owner.equals(owner)).forEach(photo -> photo.deleted = true);
    }

    /** The live photos of the owner whose card id is known (a PATCH, revalue or DELETE can name it). */
    List<Photo> withCards(String owner) {
        return photos.values().stream().filter(photo -> photo.owner.equals(owner) && photo.live() && photo.cardId != null)
                .toList();
    }

    List<Photo> live(String owner) {
        return photos.values().stream().filter(photo -> photo.owner.equals(owner) && photo.live()).toList();
    }

    Set<String> owners() {
        Set<String> owners = new HashSet<>();
        photos.values().forEach(photo -> owners.add(photo.owner));
        return owners;
    }

    boolean isDeleted(String owner) {
        return deletedOwners.contains(owner);
    }

    /**
     * What differs between the owner's cards as the service lists them and what was acknowledged;
     * empty when nothing does.
     */
    List<String> differences(String owner, List<JsonNode> cards) {
        List<String> differences = new ArrayList<>();
        if (deletedOwners.contains(owner)) {
            if (!cards.isEmpty() && !reportedOwners.contains(owner)) {
                differences.add("DELETE /me of " + owner + " answered 202, yet " + cards.size() + " of its cards are there");
            }
            return differences;
        }
        Map<String, List<JsonNode>> byKey = byKey(cards);
        for (Photo photo : photos.values()) {
            if (photo.owner.equals(owner) && !photo.reported) {
                String problem = problem(photo, byKey.getOrDefault(photo.key, List.of()));
                if (problem != null) {
                    differences.add(problem);
                }
            }
        }
        byKey.keySet().stream().filter(key -> !photos.containsKey(key))
                .forEach(key -> differences.add("a card nobody uploaded a photo for: " + key));
        return differences;
    }

    /**
     * Takes the cards as they are as the truth from now on: the ids of upload-made cards are learnt,
     * photos that differed are left out of later checks (their difference is reported once).
     */
    void accept(String owner, List<JsonNode> cards) {
        if (deletedOwners.contains(owner)) {
            if (!cards.isEmpty()) {
                reportedOwners.add(owner);
            }
            return;
        }
        Map<String, List<JsonNode>> byKey = byKey(cards);
        for (Photo photo : photos.values()) {
            if (!photo.owner.equals(owner) || photo.reported) {
                continue;
            }
            List<JsonNode> found = byKey.getOrDefault(photo.key, List.of());
            if (problem(photo, found) != null) {
                photo.reported = true;
            } else if (!photo.deleted) {
                photo.cardId = found.get(0).get("id").asText();
            }
        }
    }

    /** What is wrong with the cards found for the photo's key, or null. */
    private static String problem(Photo photo, List<JsonNode> found) {
        if (photo.deleted) {
            return found.isEmpty() ? null : "a deleted card is back: " + photo.story();
        }
        if (found.isEmpty()) {
            return "no card: " + photo.story();
        }
        if (found.size() > 1) {
            return found.size() + " cards for one photo: " + photo.story();
        }
        JsonNode card = found.get(0);
        String id = card.get("id").asText();
        if (photo.cardId != null && !photo.cardId.equals(id)) {
            return "the card's id changed from " + photo.cardId + " to " + id + ": " + photo.story();
        }
        String condition = card.path("hints").path("condition").asText(null);
        if (photo.condition != null && !photo.condition.equals(condition)) {
            return "the PATCH's condition '" + photo.condition + "' is lost (the card says '" + condition + "'): "
                    + photo.story();
        }
        return null;
    }

    private static Map<String, List<JsonNode>> byKey(List<JsonNode> cards) {
        Map<String, List<JsonNode>> byKey = new LinkedHashMap<>();
        cards.forEach(card -> byKey.computeIfAbsent(card.get("key").asText(), key -> new ArrayList<>()).add(card));
        return byKey;
    }
}
