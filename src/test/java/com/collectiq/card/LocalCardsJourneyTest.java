package com.collectiq.card;

import com.collectiq.testsupport.LocalMode;

@LocalMode
class LocalCardsJourneyTest extends CardsJourneyContract {
}
