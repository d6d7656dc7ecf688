package com.collectiq.intake;

import org.springframework.stereotype.Component;

import com.collectiq.card.CardService;

/** What {@code routes/intake.yaml} does with a photo that landed: the card rules decide in {@link CardService}. */
@Component("intakeHandler")
class IntakeHandler {

    private final CardService cards;

    IntakeHandler(CardService cards) {
        this.cards = cards;
    }

    public void accept(Intake.ObjectCreated created) {
        cards.acceptUpload(created.key(), created.etag());
    }
}
