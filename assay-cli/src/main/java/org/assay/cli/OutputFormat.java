package org.assay.cli;

import org.assay.analysis.Analysis;
import org.assay.analysis.AnalysisJson;

/** How {@code assay analyze} writes an analysis: {@code text} for people, {@code json} pretty, {@code jsonl} one line. */
enum OutputFormat {
    TEXT(".txt"), JSON(".json"), JSONL(".json");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** The extension of files written under {@code --out}. */
    String extension() {
        return extension;
    }

    /** The analysis in this format, without a final line break. */
    String render(Analysis analysis) {
        return switch (this) {
            case TEXT -> TextReport.of(analysis).stripTrailing();
            case JSON -> AnalysisJson.toJson(analysis).toPrettyString();
            case JSONL -> AnalysisJson.toJson(analysis).toString();
        };
    }
}
