package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingsTest {

    @Test
    void quotesInTheTitleLineAndInCapitalisedSubheadingsAreLeftOut() {
        String text = "Mayor calls bridge 'long overdue'\n\nNEW PLAN ‘READY SOON’\n\nThe mayor said it was “long overdue.”";
        List<Quotation> kept = Headings.outside(text, new QuoteMarks().find(text), "Mayor calls bridge 'long overdue'");
        assertThat(kept).extracting(q -> text.substring(q.textStart(), q.textEnd())).containsExactly("long overdue.");
    }

    @Test
    void anOrdinarySentenceIsNotAHeading() {
        String text = "The mayor said the plan was “long overdue.”";
        assertThat(Headings.outside(text, new QuoteMarks().find(text), null)).hasSize(1);
    }

    @Test
    void aShortQuotationSignedWithADashIsASayingNotAHeading() {
        String text = "Readers on the ferry\n\n“Our turn.” ― Sofía Hernández-Ruiz\n\nTHE “LAST BOAT” HOME\n";
        assertThat(Headings.outside(text, new QuoteMarks().find(text), "Readers on the ferry"))
                .extracting(q -> text.substring(q.textStart(), q.textEnd())).containsExactly("Our turn.");
    }
}
