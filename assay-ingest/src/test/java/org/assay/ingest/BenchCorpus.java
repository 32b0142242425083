package org.assay.ingest;

import java.util.List;
import org.assay.store.Fixtures;
import org.assay.store.Store;

/**
 * Fills a store from a real corpus's text with {@link Fixtures#syntheticSpeakerAnalyzer}, for timing search and the
 * API at corpus size while the real quote attribution is not there yet. Args: FOLDER DB [SPEAKERS].
 */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    public static void main(String[] args) throws Exception {
        int speakers = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        try (Store store = Store.open(args[1])) {
            IngestReport r = new Ingest(store, () -> Fixtures.syntheticSpeakerAnalyzer(speakers),
                    IngestOptions.defaults("bench-synthetic")).run(List.of(args[0]), p -> { });
            System.out.println(r.summary());
        }
    }
}
