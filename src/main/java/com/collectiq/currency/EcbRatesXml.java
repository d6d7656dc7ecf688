package com.collectiq.currency;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ECB's reference-rates XML ({@code eurofxref-daily.xml}): inside the envelope, one
 * {@code <Cube time="YYYY-MM-DD">} holding a {@code <Cube currency="USD" rate="1.0512"/>} per
 * currency. Only the first day is read (the 90-day file lists the newest first). Anything else
 * (no day, no rate, a code that is not ISO 4217, a rate that is not a positive number, a DTD) is
 * refused with {@link UnreadableRatesException}: a half-read file must never replace good rates.
 */
final class EcbRatesXml {

    private static final String CUBE = "Cube";

    private EcbRatesXml() {
    }

    static ExchangeRates read(InputStream xml, ExchangeRates.RateSource source) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // the file comes from outside: no DTD, no external entities
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            try {
                return read(reader, source);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new UnreadableRatesException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static ExchangeRates read(XMLStreamReader reader, ExchangeRates.RateSource source) throws XMLStreamException {
        LocalDate day = null;
        Map<String, BigDecimal> rates = new HashMap<>();
        int depthInDay = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new UnreadableRatesException("a DTD is not part of the rates file");
            }
            if (event == XMLStreamConstants.START_ELEMENT && CUBE.equals(reader.getLocalName())) {
                if (day == null) {
                    String time = reader.getAttributeValue(null, "time");
                    if (time != null) {
                        day = date(time);
                        depthInDay = 0;
                    }
                } else {
                    depthInDay++;
                    String currency = reader.getAttributeValue(null, "currency");
                    if (currency != null) {
                        add(rates, currency, reader.getAttributeValue(null, "rate"));
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && CUBE.equals(reader.getLocalName()) && day != null) {
                if (depthInDay == 0) {
                    break;
                }
                depthInDay--;
            }
        }
        if (day == null) {
            throw new UnreadableRatesException("no <Cube time=\"YYYY-MM-DD\"> day in the file");
        }
        if (rates.isEmpty()) {
            throw new UnreadableRatesException("the day " + day + " lists no rates");
        }
        return new ExchangeRates(day, rates, source);
    }

    private static LocalDate date(String time) {
        try {
            return LocalDate.parse(time);
        } catch (DateTimeParseException e) {
            throw new UnreadableRatesException("the day '" + time + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    private static void add(Map<String, BigDecimal> rates, String currency, String rate) {
        if (!isIso4217(currency)) {
            throw new UnreadableRatesException("'" + currency + "' is not an ISO 4217 currency code");
        }
        if (currency.equals(ExchangeRates.EURO)) {
            throw new UnreadableRatesException("the euro is the base, it has no rate of its own");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(rate == null ? "" : rate.strip());
        } catch (NumberFormatException e) {
            throw new UnreadableRatesException("the rate of " + currency + " ('" + rate + "') is not a number", e);
        }
        if (value.signum() <= 0) {
            throw new UnreadableRatesException("the rate of " + currency + " must be positive, not " + rate);
        }
        if (rates.put(currency, value) != null) {
            throw new UnreadableRatesException(currency + " is listed twice");
        }
    }

    private static boolean isIso4217(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
