package dev.marquee.awards;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DelimitedTest {

    private static List<Delimited.Row> csv(String text) throws IOException {
        return Delimited.readCsv(new BufferedReader(new StringReader(text)));
    }

    @Test
    void shouldReadQuotedCommasDoubledQuotesAndLineBreaks() throws IOException {
        List<Delimited.Row> rows = csv("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\r\nlast,row,\"\"");

        assertEquals(List.of("a", "b, c", "say \"hi\""), rows.get(0).fields());
        assertEquals(List.of("two\nlines", "", "x"), rows.get(1).fields());
        assertEquals(4, rows.get(2).line(), "the second record spans two physical lines");
        assertEquals(List.of("last", "row", ""), rows.get(2).fields());
        assertEquals(3, rows.size());
    }

    @Test
    void shouldKeepTrailingEmptyFields() throws IOException {
        assertEquals(List.of("1", "", ""), csv("1,,\n").get(0).fields());
    }

    @Test
    void shouldSplitTsvOnEveryTabAndUnescapeQuotes() {
        assertEquals(List.of("1", "", "Barney \"Chick\" McGill", ""), Delimited.splitTsvLine("1\t\tBarney \\\"Chick\\\" McGill\t"));
    }
}
