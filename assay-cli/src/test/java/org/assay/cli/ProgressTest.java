package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void aKnownTotalDrawsABarAndAnUnknownOneACount() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), "art", true, true);
        assertThat(p.line(15, 30, "1 failed")).startsWith("[" + "#".repeat(15) + " ".repeat(15) + "] 15/30 ")
                .endsWith(" art/s 1 failed");
        assertThat(p.line(7, -1, "")).matches("7 \\d+\\.\\d art/s");
    }

    @Test
    void withoutATerminalTheFinalStateIsOnePlainLine() {
        StringWriter sink = new StringWriter();
        Progress p = new Progress(new PrintWriter(sink), "art", true, false);
        p.update(1, 2, "");
        p.finish(2, 2, "");
        assertThat(sink.toString()).doesNotContain("\r").hasLineCount(1).contains("2/2");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlace() {
        StringWriter sink = new StringWriter();
        new Progress(new PrintWriter(sink), "art", true, true).finish(2, 2, "");
        assertThat(sink.toString()).startsWith("\r[").endsWith("\n");
    }

    @Test
    void aDisabledBarWritesNothing() {
        StringWriter sink = new StringWriter();
        Progress p = new Progress(new PrintWriter(sink), "art", false, true);
        p.update(1, 2, "");
        p.finish(2, 2, "");
        assertThat(sink.toString()).isEmpty();
    }
}
