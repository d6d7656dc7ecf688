package com.collectiq.testsupport;

/**
 * The European Central Bank's daily reference-rates file ({@code eurofxref-daily.xml}) as it is
 * published: the gesmes envelope, namespaces, single quotes and tabs, one day of euro-based rates.
 */
public final class EcbRatesFile {

    private EcbRatesFile() {
    }

    /** The file for {@code day} (YYYY-MM-DD) with {@code currencyThenRate} pairs: "USD", "1.0512", … */
    public static String daily(String day, String... currencyThenRate) {
        StringBuilder rates = new StringBuilder();
        for (int i = 0; i + 1 < currencyThenRate.length; i += 2) {
            rates.append("\t\t\t<Cube currency='").append(currencyThenRate[i]).append("' rate='")
                    .append(currencyThenRate[i + 1]).append("'/>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
                \t<gesmes:subject>Reference rates</gesmes:subject>
                \t<gesmes:Sender>
                \t\t<gesmes:name>European Central Bank</gesmes:name>
                \t</gesmes:Sender>
                \t<Cube>
                \t\t<Cube time='%s'>
                %s\t\t</Cube>
                \t</Cube>
                </gesmes:Envelope>
                """.formatted(day, rates);
    }
}
