package com.collectiq.card;

import com.collectiq.testsupport.AwsMode;

@AwsMode
class AwsCardsJourneyTest extends CardsJourneyContract {
}
