package com.collectiq.card;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.collectiq.platform.web.ApiProblem;
import com.collectiq.platform.web.ProblemMapper;

/** How the card store's refusals read to a client. */
@Component
class CardProblems implements ProblemMapper {

    @Override
    public Optional<ApiProblem> map(Throwable failure) {
        if (failure instanceof CardNotFoundException) {
            return Optional.of(ApiProblem.notFound("No such card or photo for this user."));
        }
        if (failure instanceof HintRules.InvalidHintsException invalid) {
            return Optional.of(ApiProblem.badRequest(invalid.getMessage()));
        }
        if (failure instanceof InvalidCursorException) {
            return Optional.of(ApiProblem.badRequest("The cursor is not one this service issued for this list."));
        }
        if (failure instanceof UnknownCatalogIdException) {
            return Optional.of(new ApiProblem(422, "unknown-catalog-id", "Unknown catalog id",
                    "catalogId must name a card of the catalog or one of this card's candidates."));
        }
        if (failure instanceof CardPreconditionFailedException) {
            return Optional.of(new ApiProblem(412, "precondition-failed", "The card has changed",
                    "The card is no longer the version If-Match names: GET it for its current ETag and state, then retry."));
        }
        if (failure instanceof StaleCardException) {
            return Optional.of(new ApiProblem(409, "conflict", "Changed concurrently",
                    "The card changed while this request ran; try again."));
        }
        return Optional.empty();
    }
}
