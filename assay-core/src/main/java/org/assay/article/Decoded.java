package org.assay.article;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * Text decoded from bytes.
 *
 * @param charset the character set the bytes were read as (UTF-8 unless they were not valid UTF-8)
 * @param notes   one-line remarks a person should see, e.g. that the input was not UTF-8; empty when none
 */
public record Decoded(String text, Charset charset, List<String> notes) {

    public Decoded {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        notes = List.copyOf(notes);
    }
}
