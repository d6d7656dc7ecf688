package com.collectiq.card;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.collectiq.card.CardStore.CardPage;
import com.collectiq.card.CardStore.Created;
import com.collectiq.card.ValuationRequests.Reason;
import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.platform.ids.Ids;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;

/**
 * The rules of a user's cards, scoped to their owner: anything of another user's is "not found",
 * never "forbidden". Valuation runs are queued through {@link ValuationRequests} after the card
 * records them, so a lost message is found again by the recovery sweep rather than forgotten.
 */
@Service
public class CardService {

    private static final Logger log = LoggerFactory.getLogger(CardService.class);
    private static final int UPDATE_ATTEMPTS = 5;

    /**
     * The outcome of creating the card of a photo: the card, whether this request made it, and every
     * card of the photo in slot order (the card alone for a photo of one card).
     */
    public record Creation(Card card, boolean created, List<Card> photoCards) {

        /** A binder page or a table spread: the photo made a card per card found. */
        public boolean severalCards() {
            return card.slot() != null;
        }
    }

    /** The most cards one photo makes: a page of twelve pockets, a spread of twelve cards. */
    private static final int MAX_CARDS_PER_PHOTO = 12;

    private final CardStore store;
    private final PhotoStore photos;
    private final ValuationRequests requests;
    private final CardProperties properties;
    private final HintRules hintRules;
    private final CatalogIds catalog;
    private final CardsInPhoto cardsInPhoto;
    private final List<CardDependents> dependents;
    private final Clock clock;

    public CardService(CardStore store, PhotoStore photos, ValuationRequests requests, CardProperties properties,
            HintRules hintRules, CatalogIds catalog, CardsInPhoto cardsInPhoto, List<CardDependents> dependents,
            Clock clock) {
        this.store = store;
        this.photos = photos;
        this.requests = requests;
        this.properties = properties;
        this.hintRules = hintRules;
        this.catalog = catalog;
        this.cardsInPhoto = cardsInPhoto;
        this.dependents = List.copyOf(dependents);
        this.clock = clock;
    }

    /**
     * Creates the card for an uploaded photo of the owner's (idempotent on the key) and queues its
     * valuation. A photo of several cards (a binder page, a table spread) is cut into its cards now,
     * one card per slot, so the answer has them all; a photo already cut answers with the cards it made
     * that are left. Hints sent with such a photo stay with its first card.
     */
    public Creation create(String owner, String key, String backKey, Hints hints) {
        requireUploaded(owner, key, PhotoKeys.UPLOADS);
        if (backKey != null) {
            requireUploaded(owner, backKey, PhotoKeys.BACKS);
        }
        hintRules.check(hints);
        Optional<Card> cut = store.findByKey(key).filter(card -> card.slot() != null);
        if (cut.isPresent()) {
            return creation(cut.get(), false);
        }
        Created created = store.create(owner, key, backKey, hints);
        Card card = created.card();
        if (card.slot() == null && card.identity() == null && card.failure() == null) {
            // not valued yet, so not looked at yet: a page's or spread's cards are made now
            List<PhotoSlot> slots = cardsInPhoto.cut(key);
            if (slots.size() > 1) {
                card = split(card, slots, etagOf(key));
            }
        }
        if (created.created()) {
            return creation(queueRun(card, Reason.CREATE), true);
        }
        // the photo's event may have made the card first: hints sent now still count
        Hints merged = merge(card.hints(), hints);
        hintRules.check(merged);
        if (merged.equals(card.hints())) {
            return creation(ensureQueued(card, Reason.CREATE), false);
        }
        return creation(correct(owner, card.id(), any -> true, current -> merge(current, hints)), false);
    }

    /** A photo of one card answers with it alone; a cut photo with every card of it that is left. */
    private Creation creation(Card card, boolean created) {
        return new Creation(card, created, card.slot() == null ? List.of(card) : cardsOfPhoto(card.owner(), card.key()));
    }

    /**
     * Makes the photo's cards after the first, one per slot (idempotent on the slot, each with its
     * own run), then turns the whole photo's card into the first slot's. That write comes last: until
     * it lands the photo counts as not cut, and whoever cuts it again (a retried run, a POST) makes
     * only what is missing.
     *
     * @return the first slot's card
     */
    public Card split(Card whole, List<PhotoSlot> slots, String photoEtag) {
        for (PhotoSlot slot : slots.subList(1, slots.size())) {
            Created created = store.createInSlot(whole.owner(), whole.key(), slot, photoEtag);
            if (created.created()) {
                queueRun(created.card(), Reason.CREATE);
            } else {
                ensureQueued(created.card(), Reason.CREATE);
            }
        }
        Card current = whole;
        for (int attempt = 1; ; attempt++) {
            if (current.slot() != null) {
                return current;
            }
            try {
                return store.update(current.withSlot(slots.get(0)).withPhotoEtag(photoEtag));
            } catch (StaleCardException raced) {
                if (attempt == UPDATE_ATTEMPTS) {
                    throw raced;
                }
                current = get(whole.owner(), whole.id());
            }
        }
    }

    /** The owner's cards made from one photo, in slot order. */
    public CardPage cardsOfPhoto(String owner, String key, int limit, String cursor) {
        return store.listByPhoto(owner, key, limit, cursor);
    }

    private List<Card> cardsOfPhoto(String owner, String key) {
        return store.listByPhoto(owner, key, MAX_CARDS_PER_PHOTO, null).items();
    }

    private String etagOf(String key) {
        return photos.head(key).map(PhotoStore.PhotoHead::etag).map(Etags::normalise).orElse(null);
    }

    /**
     * A photo landed under {@code uploads/}: makes the card for its key if none exists and queues a
     * run, unless this object (same etag) was already valued or a run is already on its way. A new
     * object at the same key (another etag) is valued again.
     */
    public void acceptUpload(String key, String etag) {
        String owner = PhotoKeys.ownerOf(key).orElseThrow(() -> new IllegalArgumentException("not an owner's key"));
        if (photos.head(key).isEmpty()) {
            // a late or repeated event for a photo deleted since (with its card), or a forged one:
            // making a card now would bring back what the user deleted, and it could only fail
            log.info("photo event ignored: no photo at {}", key);
            return;
        }
        // any card left of the photo (a page's first card may have been deleted): making slot 0 again
        // would bring back a card the user deleted
        Card card = store.findByKey(key).orElseGet(() -> store.create(owner, key, null, Hints.NONE).card());
        String normalisedEtag = Etags.normalise(etag);
        boolean seen = normalisedEtag == null ? card.status() != CardStatus.PENDING || card.photoEtag() != null
                : normalisedEtag.equals(card.photoEtag());
        if (seen || hasLiveRun(card)) {
            resubmitQueued(card, Reason.CREATE);
            return;
        }
        queueRun(card.withPhotoEtag(normalisedEtag), Reason.CREATE);
    }

    /**
     * A run recorded as QUEUED may never have reached the queue: the card was written, then the send
     * failed, and the caller's retry (a redelivered event, a repeated POST) lands here. Its request is
     * sent again rather than left for the recovery sweep minutes later; a copy that did arrive is
     * harmless, as only one worker can claim the run.
     */
    private void resubmitQueued(Card card, Reason reason) {
        ValuationRun run = card.run();
        if (card.status() == CardStatus.PENDING && run != null && run.state() == ValuationRun.State.QUEUED) {
            requests.submit(new ValuationRequest(card.id(), card.owner(), card.key(), run.runId(), reason));
        }
    }

    /**
     * A card left PENDING without a run (whoever made it died before queueing one) gets its run now;
     * a QUEUED run is sent again ({@link #resubmitQueued}).
     */
    private Card ensureQueued(Card card, Reason reason) {
        if (card.status() == CardStatus.PENDING && card.run() == null) {
            return queueRun(card, reason);
        }
        resubmitQueued(card, reason);
        return card;
    }

    /** Hints the client sent now over what the card has; absent ones leave the card's as they are. */
    private static Hints merge(Hints current, Hints sent) {
        Hints base = current == null ? Hints.NONE : current;
        if (sent == null) {
            return base;
        }
        return new Hints(first(sent.name(), base.name()), first(sent.set(), base.set()),
                first(sent.number(), base.number()), first(sent.condition(), base.condition()),
                first(sent.grader(), base.grader()), first(sent.grade(), base.grade()),
                first(sent.certNumber(), base.certNumber()), first(sent.catalogId(), base.catalogId()));
    }

    private static String first(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    public Card get(String owner, String id) {
        return store.get(owner, id).orElseThrow(() -> new CardNotFoundException(id));
    }

    public CardPage list(String owner, CardStatus status, int limit, String cursor) {
        return store.list(owner, status, limit, cursor);
    }

    /**
     * Applies corrected hints; any change queues a revaluation, since every hint can change the result.
     * The hints and the QUEUED run are one write: a process killed after it leaves the run to the
     * recovery sweep, and a client's retry that finds the hints already there sends the run again,
     * rather than hints changed with no revaluation coming. A newly picked catalog id must be one the
     * catalog knows or one of the card's own candidates (the online catalog may have offered it).
     * {@code expected} is a condition on the card (a client's If-Match), checked on each version the
     * change is applied to, so a write that raced in between fails it rather than being overwritten.
     */
    public Card correct(String owner, String id, Predicate<Card> expected, UnaryOperator<Hints> change) {
        Card current = get(owner, id);
        while (true) {
            if (!expected.test(current)) {
                throw new CardPreconditionFailedException(id);
            }
            Hints corrected = change.apply(current.hints());
            hintRules.check(corrected);
            requireKnownPick(current, corrected.catalogId());
            if (corrected.equals(current.hints())) {
                resubmitQueued(current, Reason.REVALUE);
                return current;
            }
            try {
                return writeRun(current.withHints(corrected), Reason.REVALUE);
            } catch (StaleCardException raced) {
                current = get(owner, id);
            }
        }
    }

    private void requireKnownPick(Card card, String catalogId) {
        if (catalogId == null || card.hints() != null && catalogId.equals(card.hints().catalogId())
                || catalog.knows(catalogId)) {
            return;
        }
        Identity identity = card.identity();
        boolean offered = identity != null && identity.candidates() != null
                && identity.candidates().stream().anyMatch(candidate -> catalogId.equals(candidate.catalogId()));
        if (!offered) {
            throw new UnknownCatalogIdException(catalogId);
        }
    }

    /** Queues a revaluation unless a run is already queued or running; returns the card with its run. */
    public Card revalue(String owner, String id) {
        return requeue(owner, id, Reason.REVALUE);
    }

    /** An operator's re-drive of a failed card: a new run, exactly as a fresh one, unless one is live. */
    public Card redrive(String owner, String id) {
        return requeue(owner, id, Reason.REDRIVE);
    }

    private Card requeue(String owner, String id, Reason reason) {
        Card card = get(owner, id);
        if (hasLiveRun(card)) {
            return card;
        }
        return queueRun(card, reason);
    }

    /**
     * Deletes the card, its history and its photos; false when there was no such card. The photos
     * go first: a process killed in between leaves a card without its photo, which the client's
     * retry deletes, never a photo without its card, which the upload reconciler (or a late
     * "Object Created" event) would bring back as a card the user deleted. A card of a photo of
     * several takes its own crop; the photo goes with the photo's last card.
     */
    public boolean delete(String owner, String id) {
        Optional<Card> found = store.get(owner, id);
        if (found.isEmpty()) {
            return false;
        }
        Card card = found.get();
        boolean lastOfPhoto = card.slot() == null || cardsOfPhoto(owner, card.key()).size() <= 1;
        if (lastOfPhoto) {
            deletePhoto(card.key());
        } else {
            deletePhoto(card.imageKey());
        }
        if (card.backKey() != null) {
            photos.delete(card.backKey());
        }
        dependents.forEach(dependent -> dependent.deleteCard(owner, id));
        boolean deleted = store.delete(owner, id);
        if (!lastOfPhoto && cardsOfPhoto(owner, card.key()).isEmpty()) {
            // the photo's other cards were deleted meanwhile, each seeing this one still there
            deletePhoto(card.key());
        }
        return deleted;
    }

    /** A photo (or a crop) and what the pipeline derived from it (the image Rekognition reads, crops). */
    private void deletePhoto(String key) {
        photos.delete(key);
        photos.deletePrefix(PhotoKeys.derivedFolderOf(key));
    }

    /**
     * A signed URL of the card's photo (its own crop, in a photo of several) and when it stops working
     * (pages refresh it before then).
     */
    public record SignedImage(URI url, Instant expiresAt) {
    }

    /** {@code origin}: where the client reached this service, for a photo store the service serves itself. */
    public SignedImage image(String owner, String id, URI origin) {
        // taken before signing: the URL lives at least until this instant, never less
        Instant expiresAt = clock.instant().plus(properties.imageUrlTtl());
        return new SignedImage(photos.signRead(get(owner, id).imageKey(), properties.imageUrlTtl(), origin), expiresAt);
    }

    public List<PriceHistoryEntry> history(String owner, String id) {
        get(owner, id);
        return store.history(owner, id);
    }

    /** Removes every card, history entry and photo of the owner; safe to repeat. Photos first, as in {@link #delete}. */
    public int deleteEverythingOf(String owner) {
        PhotoKeys.ownerPrefixes(owner).forEach(photos::deletePrefix);
        dependents.forEach(dependent -> dependent.deleteOwner(owner));
        return store.deleteOwner(owner);
    }

    /** Another user's photo, a key outside the area, or a photo never uploaded: all "not found". */
    private void requireUploaded(String owner, String key, String area) {
        if (!key.startsWith(area + "/") || !PhotoKeys.belongsTo(key, owner) || photos.head(key).isEmpty()) {
            throw new CardNotFoundException("no uploaded photo " + key);
        }
    }

    private boolean hasLiveRun(Card card) {
        ValuationRun run = card.run();
        return run != null && run.leaseUntil().isAfter(clock.instant());
    }

    /** Writes the card with a new QUEUED run (one conditional write), then sends the run's request. */
    private Card writeRun(Card card, Reason reason) {
        Instant now = clock.instant();
        ValuationRun run = new ValuationRun(Ids.newId(clock), ValuationRun.State.QUEUED, 0, null, now,
                now.plus(properties.queuedRunTimeout()));
        Card queued = store.update(card.withRun(run).withStatus(CardStatus.PENDING).withFailure(null));
        requests.submit(new ValuationRequest(queued.id(), queued.owner(), queued.key(), run.runId(), reason));
        return queued;
    }

    private Card queueRun(Card card, Reason reason) {
        Card current = card;
        for (int attempt = 1; ; attempt++) {
            try {
                return writeRun(current, reason);
            } catch (StaleCardException raced) {
                if (attempt == UPDATE_ATTEMPTS) {
                    throw raced;
                }
                current = get(card.owner(), card.id());
                if (hasLiveRun(current)) {
                    // maybe the run our write made: a write that went through but whose answer was
                    // lost is retried by the SDK and then looks stale; its request was never sent
                    resubmitQueued(current, reason);
                    return current;
                }
            }
        }
    }
}
