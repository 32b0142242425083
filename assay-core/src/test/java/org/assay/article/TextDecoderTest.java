package org.assay.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf8IsDecodedWithoutNotes() {
        Decoded d = decoder.decode("Zoë said “no” — €5".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("Zoë said “no” — €5");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void latin1BytesAreReadAsWindows1252WithANote() {
        byte[] bytes = "The fee was £3m, said José.".getBytes(StandardCharsets.ISO_8859_1);
        Decoded d = decoder.decode(bytes);
        assertThat(d.text()).isEqualTo("The fee was £3m, said José.");
        assertThat(d.charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(d.notes()).singleElement().asString()
                .contains("not valid UTF-8").contains("0xA3").contains("offset 12").contains("Windows-1252");
    }

    @Test
    void windows1252CurlyQuotesAreDecoded() {
        byte[] bytes = {'"', (byte) 0x93, 'H', 'i', (byte) 0x94, ' ', 's', 'h', 'e', ' ', 's', 'a', 'i', 'd'};
        assertThat(decoder.decode(bytes).text()).isEqualTo("\"\u201CHi\u201D she said");
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        Decoded d = decoder.decode("Ferry fares rise".getBytes(StandardCharsets.UTF_16));
        assertThat(d.text()).isEqualTo("Ferry fares rise");
        assertThat(d.notes()).isNotEmpty();
    }

    @Test
    void emptyInputIsRefused() {
        assertThatThrownBy(() -> decoder.decode(new byte[0]))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("empty");
    }

    @Test
    void whiteSpaceOnlyInputIsRefusedAsEmpty() {
        assertThatThrownBy(() -> decoder.decode(" \n\t\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("empty");
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};
        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("binary").hasMessageContaining("offset 4");
    }

    @Test
    void randomBytesWithoutNulAreRefusedAsBinary() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = 1;
            }
        }
        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("binary");
    }
}
