package com.collectiq.valuation;

import com.collectiq.card.Authenticity;
import com.collectiq.card.Card;
import com.collectiq.card.Valuation;
import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.extraction.Extraction;
import com.collectiq.grading.LabelReading;
import com.collectiq.identification.Identification;
import com.collectiq.vision.PhotoCuts;
import com.collectiq.vision.PhotoAnalysis;

/**
 * One valuation run as it travels through {@code routes/valuation.yaml}: each stage returns the
 * run with its own result added. {@code frontCuts} holds what the front's analysis made of its
 * pixels for later stages (the reading crop, let go once the text is read; the centre, for the screen
 * check; the model's copy), so those stages do not decode the photo again. The analyses are kept
 * without their flattened card: its features are taken, and at 32 cards in flight its pixels (about
 * 1 MB a photo) would be held for nothing while the agents wait on their sources.
 */
public record PipelineRun(
        ValuationRequest request,
        Card card,
        PhotoAnalysis front,
        byte[] frontBytes,
        PhotoAnalysis back,
        Extraction extraction,
        LabelReading slabLabel,
        Identification identification,
        Valuation valuation,
        Authenticity authenticity,
        String photoEtag,
        PhotoCuts frontCuts) {

    static PipelineRun claimed(ValuationRequest request, Card card) {
        return new PipelineRun(request, card, null, null, null, null, null, null, null, null, null,
                PhotoCuts.none());
    }

    /** The run's card as written since the claim (its photo cut into several cards, say). */
    PipelineRun withCard(Card newCard) {
        return new PipelineRun(request, newCard, front, frontBytes, back, extraction, slabLabel,
                identification, valuation, authenticity, photoEtag, frontCuts);
    }

    PipelineRun withPhotos(PhotoAnalysis newFront, PhotoCuts cuts, byte[] newFrontBytes, PhotoAnalysis newBack,
            String etag) {
        return new PipelineRun(request, card, newFront.withoutNormalisedCard(), newFrontBytes,
                newBack == null ? null : newBack.withoutNormalisedCard(), extraction, slabLabel, identification,
                valuation, authenticity, etag, cuts);
    }

    /**
     * The photo is a graded card's slab: its label as read, and the card inside the case analysed. The
     * reading crop cut along the case's outline is dropped: the card is cut again along its own.
     */
    PipelineRun withSlab(LabelReading label, PhotoAnalysis slabbedFront) {
        return new PipelineRun(request, card, slabbedFront.withoutNormalisedCard(), frontBytes, back, extraction,
                label, identification, valuation, authenticity, photoEtag, frontCuts.withoutReadingCrop());
    }

    /** The text read; the reading crop is let go, so it is not held while the agents wait on their sources. */
    PipelineRun withExtraction(Extraction newExtraction) {
        return new PipelineRun(request, card, front, frontBytes, back, newExtraction, slabLabel,
                identification, valuation, authenticity, photoEtag, frontCuts.withoutReadingCrop());
    }

    PipelineRun withIdentification(Identification newIdentification) {
        return new PipelineRun(request, card, front, frontBytes, back, extraction, slabLabel, newIdentification, valuation,
                authenticity, photoEtag, frontCuts);
    }

    PipelineRun withValuation(Valuation newValuation) {
        return new PipelineRun(request, card, front, frontBytes, back, extraction, slabLabel, identification, newValuation,
                authenticity, photoEtag, frontCuts);
    }

    PipelineRun withAuthenticity(Authenticity newAuthenticity) {
        return new PipelineRun(request, card, front, frontBytes, back, extraction, slabLabel, identification, valuation,
                newAuthenticity, photoEtag, frontCuts);
    }
}
