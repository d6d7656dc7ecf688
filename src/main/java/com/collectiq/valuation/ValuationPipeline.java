package com.collectiq.valuation;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.collectiq.authenticity.AuthenticityRequest;
import com.collectiq.authenticity.CatalogFacts;
import com.collectiq.authenticity.model.ModelOpinions;
import com.collectiq.card.Card;
import com.collectiq.card.CardService;
import com.collectiq.card.CardStore;
import com.collectiq.card.Etags;
import com.collectiq.card.Grading;
import com.collectiq.card.Identity;
import com.collectiq.card.PhotoSlot;
import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.extraction.TextExtractor;
import com.collectiq.grading.GradingResolver;
import com.collectiq.grading.LabelReading;
import com.collectiq.grading.SlabLabelReader;
import com.collectiq.identification.CardIdentifier;
import com.collectiq.identification.Identification;
import com.collectiq.identification.VisualHints;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.identification.catalog.CatalogSet;
import com.collectiq.multicard.PhotoCutter;
import com.collectiq.pricing.PricingRequest;
import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.PhotoTooLargeException;
import com.collectiq.upload.PhotoType;
import com.collectiq.upload.UploadProperties;
import com.collectiq.vision.PhotoAnalysis;
import com.collectiq.vision.PhotoAnalyzer;
import com.collectiq.vision.PhotoRejectedException;
import com.collectiq.vision.RejectionReason;
import com.collectiq.vision.VisualFeatures;

/**
 * The stages of a valuation run, called in order by {@code routes/valuation.yaml}. Each takes the
 * run and returns it with its result added; the route holds the order, the retries and the
 * parallelism, this class what each stage does.
 */
@Component("valuationPipeline")
public class ValuationPipeline {

    private static final Logger log = LoggerFactory.getLogger(ValuationPipeline.class);

    private final CardStore cards;
    private final PhotoStore photos;
    private final PhotoAnalyzer analyzer;
    private final TextExtractor extractor;
    private final CardIdentifier identifier;
    private final Catalog catalog;
    private final UploadProperties uploads;
    private final PipelineProperties properties;
    private final ValuationCompletion completion;
    private final GradingResolver gradings;
    private final PhotoCutter cutter;
    private final CardService cardService;
    private final ObjectProvider<ModelOpinions> models;
    private final SlabLabelReader labelReader = new SlabLabelReader();
    private final Clock clock;
    private final String worker = ManagementFactory.getRuntimeMXBean().getName();

    public ValuationPipeline(CardStore cards, PhotoStore photos, PhotoAnalyzer analyzer, TextExtractor extractor,
            CardIdentifier identifier, Catalog catalog, UploadProperties uploads, PipelineProperties properties,
            ValuationCompletion completion, GradingResolver gradings, PhotoCutter cutter, CardService cardService,
            ObjectProvider<ModelOpinions> models, Clock clock) {
        this.cards = cards;
        this.photos = photos;
        this.analyzer = analyzer;
        this.extractor = extractor;
        this.identifier = identifier;
        this.catalog = catalog;
        this.uploads = uploads;
        this.properties = properties;
        this.completion = completion;
        this.gradings = gradings;
        this.cutter = cutter;
        this.cardService = cardService;
        this.models = models;
        this.clock = clock;
    }

    /**
     * Takes the card's run for this worker; null when the run is someone else's, superseded by a
     * newer one, or already done (a duplicate delivery), so the route drops the message. A run that
     * recorded its outcome before it stopped (a crash) is written out with that outcome here, not run
     * again, and null is returned too.
     */
    public PipelineRun claim(ValuationRequest request) {
        Optional<Card> claimed = cards.claim(request.owner(), request.cardId(), request.runId(), worker,
                clock.instant(), properties.lease());
        if (claimed.isEmpty()) {
            log.info("run {} of card {} is not ours to do (taken, superseded or done)", request.runId(),
                    request.cardId());
            return null;
        }
        if (claimed.get().run().outcome() != null) {
            log.info("run {} of card {} recorded its outcome before it stopped: written out, not run again",
                    request.runId(), request.cardId());
            completion.finish(claimed.get());
            return null;
        }
        return PipelineRun.claimed(request, claimed.get());
    }

    /** Loads the front (and the back, if any) and checks them; a bad front fails the card, a bad back does not. */
    public PipelineRun checkPhotos(PipelineRun run) {
        Card card = run.card();
        // the photo's etag even when the card reads its crop: the version a photo's event names
        String etag = photos.head(card.key()).map(PhotoStore.PhotoHead::etag).map(Etags::normalise).orElse(null);
        byte[] frontBytes = load(card.imageKey());
        // only a photo not yet cut may be a page: a card's crop (or back) holds one card; the model's copy
        // is made from the analysis' decode, where a model will look at the photo (aws mode)
        PhotoAnalyzer.AnalysedPhoto front = analyzer.analyseForValuation(frontBytes, declaredType(card.imageKey()),
                card.slot() == null, Optional.ofNullable(models.getIfAvailable()).map(ModelOpinions::photoCopy));
        PhotoAnalysis back = null;
        if (card.backKey() != null) {
            try {
                back = analyzer.analyseOneCard(load(card.backKey()), declaredType(card.backKey()));
            } catch (PhotoRejectedException badBack) {
                log.info("back of card {} not usable: {}", card.id(), badBack.getMessage());
            }
        }
        return run.withPhotos(front.analysis(), front.cuts(), frontBytes, back, etag);
    }

    /**
     * A photo of several cards (a binder page, a table spread) is cut into one card per card found:
     * the others get cards and runs of their own, and this run goes on with the first card, read from
     * its crop. A photo of one card, or a card already cut from a photo, passes unchanged.
     */
    public PipelineRun findCards(PipelineRun run) {
        Card card = run.card();
        if (card.slot() != null) {
            return run;
        }
        List<PhotoSlot> slots = cutter.cut(card.key(), run.frontBytes(), run.front());
        if (slots.size() < 2) {
            return run;
        }
        Card first = cardService.split(card, slots, run.photoEtag());
        log.info("card {}: its photo shows {} cards, each valued on its own; this run values the first",
                card.id(), slots.size());
        return checkPhotos(run.withCard(first));
    }

    /**
     * Reads the label of the slab the photo may show: a label read as a grader's makes the card a
     * graded one, and the card inside the case, not the case, is then what the later stages see.
     * A raw card, or a look-alike whose label reads as nothing a grader prints, passes unchanged.
     */
    public PipelineRun readSlabLabel(PipelineRun run) {
        Optional<BufferedImage> label = analyzer.labelForReading(run.frontBytes(), run.front());
        if (label.isEmpty()) {
            return run;
        }
        Optional<LabelReading> read = labelReader.read(extractor.readLabel(run.card().imageKey(), label.get()))
                .filter(LabelReading::graded);
        if (read.isEmpty()) {
            log.info("card {}: looked like a slab, but no grader's label was read: valued as a raw card",
                    run.card().id());
            return run;
        }
        log.info("card {}: a {} slab, grade {}", run.card().id(), read.get().grader(), read.get().grade());
        return run.withSlab(read.get(), analyzer.asSlab(run.frontBytes(), run.front()));
    }

    /**
     * Reads the card's text from the full-resolution photo (the analysis' card is too coarse for the small
     * print): from the crop the analysis cut, or, when it cut none (a slab's card, a photo too large to
     * decode whole), cut now.
     */
    public PipelineRun extract(PipelineRun run) {
        BufferedImage card = run.frontCuts().readingCrop()
                .or(() -> analyzer.cardForReading(run.frontBytes(), run.front())).orElse(null);
        return run.withExtraction(extractor.extract(run.card().imageKey(), card));
    }

    public PipelineRun identify(PipelineRun run) {
        VisualFeatures features = run.front().features();
        VisualHints visual = new VisualHints(features.foil().score(),
                features.borderColour().map(colour -> colour.name().toLowerCase()).orElse(null));
        Identification identified = identifier.identify(run.extraction(), run.card().hints(), visual);
        Grading grading = gradings.resolve(run.card().hints(), Optional.ofNullable(run.slabLabel()));
        return run.withIdentification(grading == null ? identified : new Identification(
                identified.identity().withGrading(grading), identified.prices(), identified.online(),
                identified.onlineDetail()));
    }

    /** What the pricing agent needs, with the price blocks identification already fetched. */
    public PricingRequest pricingRequest(PipelineRun run) {
        return PricingRequests.of(run.identification(), run.card().hints(), run.front().features().condition(),
                cards.history(run.card().owner(), run.card().id()));
    }

    /** What the authenticity agent needs, with what the catalog knows of the identified card. */
    public AuthenticityRequest authenticityRequest(PipelineRun run) {
        Identity identity = run.identification().identity();
        Optional<CatalogFacts> facts = Optional.ofNullable(identity.catalogId()).flatMap(catalog::card)
                .map(card -> new CatalogFacts(card.hp(), card.artist(),
                        catalog.set(card.setId()).map(CatalogSet::releaseDate).orElse(null), true));
        return new AuthenticityRequest(run.front().features(),
                Optional.ofNullable(run.back()).map(PhotoAnalysis::features), run.extraction(), identity, facts,
                run.frontBytes(), run.frontCuts().centre(), run.frontCuts().uprightCopy(),
                Optional.ofNullable(run.slabLabel()));
    }

    private byte[] load(String key) {
        try {
            return photos.read(key, uploads.maxBytes().toBytes())
                    .orElseThrow(() -> new PhotoRejectedException(RejectionReason.MISSING, "The photo is no longer"
                            + " stored (deleted or replaced before it was read): upload it again"));
        } catch (PhotoTooLargeException tooLarge) {
            throw new PhotoRejectedException(RejectionReason.TOO_MANY_BYTES, "The photo is larger than "
                    + uploads.maxBytes().toMegabytes() + " MB: send one under " + uploads.maxBytes().toMegabytes()
                    + " MB (a JPEG of the card at quality 90 is usually 1-4 MB)", tooLarge);
        }
    }

    private static String declaredType(String key) {
        return PhotoType.ofKey(key).map(PhotoType::contentType).orElse(null);
    }
}
