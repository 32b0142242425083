package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assay.analysis.Analysis;
import org.assay.analysis.AnalysisJson;
import org.assay.analysis.Analyzer;
import org.assay.article.Article;
import org.assay.article.PlainTextReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", description = "Entities, attributed quotes and claims of one article.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "an article (.txt, .html, .json), or - for standard input")
    Path path;

    @Option(names = "--format", defaultValue = "json", description = "text, json or jsonl")
    String format;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new UserError("no such file: " + path);
        }
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Article article = new PlainTextReader().read(path.getFileName().toString(), text);
        Analyzer analyzer = Engines.analyzer(data.folders());
        Analysis analysis = analyzer.analyze(article);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.println(AnalysisJson.toJson(analysis).toPrettyString());
        return 0;
    }
}
