package org.assay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's own claim suite ({@code claims.csv}: claim, cited source, article date, expected verdict, words of the
 * article around it when they matter, reason),
 * over every check kind, hedge and edition switch, scored against the bundled pack. Prints each miss; with
 * {@code -Dassay.suite.verbose=true} every verdict and its explanation.
 */
class ClaimSuiteTest {

    /** The target from issue 3: at least 95% of the suite right. */
    private static final double TARGET = 0.95;

    private static final ReferenceVerifier VERIFIER = new ReferenceVerifier(ReferenceData.load(List.of()));

    record Case(String text, String cited, LocalDate asOf, VerdictStatus expected, String context, String reason) {
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = ClaimSuiteTest.class.getResourceAsStream("claims.csv")) {
            CsvTable t = CsvTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Case> out = new ArrayList<>();
            for (CsvTable.Line l : t.rows()) {
                List<String> c = l.cells();
                out.add(new Case(c.get(0), c.get(1).isEmpty() ? null : c.get(1), LocalDate.parse(c.get(2)),
                        VerdictStatus.valueOf(c.get(3)), c.get(4).isEmpty() ? null : c.get(4), c.get(5)));
            }
            return out;
        }
    }

    @Test
    void theSuiteCoversAtLeastFortyClaimsOfEveryKind() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases).extracting(Case::expected).contains(VerdictStatus.values());
    }

    @Test
    void atLeastNinetyFivePercentOfTheSuiteGetsTheExpectedVerdict() throws IOException {
        List<Case> cases = cases();
        int right = 0;
        StringBuilder misses = new StringBuilder();
        long started = System.nanoTime();
        for (Case c : cases) {
            Verdict v = c.context() == null ? VERIFIER.check(c.text(), c.cited(), c.asOf())
                    : VERIFIER.check(c.text(), c.cited(), c.asOf(), c.context());
            if (Boolean.getBoolean("assay.suite.verbose")) {
                System.out.printf("%s | %s | %s%n    %s%n    %s%n", c.asOf(), c.text(), v.status(), v.explanation(),
                        v.evidence());
            }
            if (v.status() == c.expected()) {
                right++;
            } else {
                misses.append(String.format("MISS %s (expected %s, got %s: %s) -- %s%n", c.text(), c.expected(),
                        v.status(), v.explanation(), c.reason()));
            }
        }
        double score = (double) right / cases.size();
        double msPerClaim = (System.nanoTime() - started) / 1e6 / cases.size();
        System.out.printf("claim suite: %d/%d right (%.1f%%), %.2f ms a claim%n%s", right, cases.size(), 100 * score,
                msPerClaim, misses);
        assertThat(score).as(misses.toString()).isGreaterThanOrEqualTo(TARGET);
    }
}
