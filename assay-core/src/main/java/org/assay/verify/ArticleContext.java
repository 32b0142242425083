package org.assay.verify;

import java.util.Objects;
import java.util.Set;

/**
 * What a claim's article says that the claim itself may leave out.
 *
 * @param subjects the dataset families whose subject the article names ("rare earths" in an article about them)
 * @param place    the one country the article's headline names ("Italy to get economic action plan"), or
 *                 {@code null}: a claim that names no country ("Growth was 1.1% in 2004") is about it
 */
record ArticleContext(Set<String> subjects, String place) {

    static final ArticleContext NONE = new ArticleContext(Set.of(), null);

    ArticleContext {
        subjects = Set.copyOf(Objects.requireNonNull(subjects, "subjects"));
    }
}
