package org.assay.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SignificantDigitsTest {

    private static String of(String upstream) {
        return SignificantDigits.of(new BigDecimal(upstream));
    }

    @Test
    void unroundedFiguresKeepSixSignificantDigitsHalfUp() {
        assertThat(of("16.0784313755902")).isEqualTo("16.0784");
        assertThat(of("405586592.178771")).isEqualTo("405587000");
        assertThat(of("-9.17360424903996E-07")).isEqualTo("-0.00000091736");
        assertThat(of("6.38E-05")).isEqualTo("0.0000638");
        assertThat(of("2.3260249999")).isEqualTo("2.32602");
        assertThat(of("2.3260250001")).isEqualTo("2.32603");
    }

    @Test
    void wholeNumbersAreWrittenAsPublished() {
        assertThat(of("1408975000")).isEqualTo("1408975000");
        assertThat(of("29298013000000")).isEqualTo("29298013000000");
        assertThat(of("67081234.0")).isEqualTo("67081234");
        assertThat(of("4.0")).isEqualTo("4");
        assertThat(of("-0.0")).isEqualTo("0");
    }
}
