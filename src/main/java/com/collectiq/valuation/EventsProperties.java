package com.collectiq.valuation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code collectiq.events.*}: how far a fair value must move (a share, 0.10 = 10 %) to raise CardValueChanged. */
@ConfigurationProperties("collectiq.events")
public record EventsProperties(@DefaultValue("0.10") double valueChangeThreshold) {
}
