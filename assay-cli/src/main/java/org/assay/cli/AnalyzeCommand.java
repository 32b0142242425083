package org.assay.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.assay.analysis.Analyzer;
import org.assay.article.Article;
import org.assay.article.ArticleReader;
import org.assay.article.Read;
import org.assay.article.UnreadableArticleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay analyze}: one article to standard output, or many (several paths, a folder, or {@code --out}) in batch.
 * Input errors are found before the models load, so a bad path fails fast.
 */
@Command(name = "analyze", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Entities, attributed quotes and claims of news articles (.txt, .html, .json; - for stdin).",
            "Several paths or a folder (read recursively) run as a batch: one result per input, in input order."},
        footer = {"", "Exit status: 0 when every input was analysed; 1 on an internal error; 2 on unusable input",
            "(missing, empty, binary or too large file, bad option). In a batch a bad input is listed at the end",
            "and the others are still analysed."})
final class AnalyzeCommand implements Callable<Integer> {

    /** Raw input may be this many bytes per allowed character: room for HTML markup around the text. */
    private static final int BYTES_PER_CHAR = 8;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders, or - for standard input")
    List<String> paths;

    @Option(names = "--format", defaultValue = "json", paramLabel = "text|json|jsonl",
            description = "text for people, json (pretty) or jsonl (one line each); default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "the publication date, overriding the input's")
    String published;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write one file per input into DIR (same relative name, .json or .txt) instead of stdout")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads for a batch; default: the number of CPUs")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ArticleReader.DEFAULT_MAX_CHARS,
            description = "refuse articles whose text is longer (input files over 8 bytes a character are refused "
                    + "unread); default: ${DEFAULT-VALUE}")
    int maxChars;

    @Option(names = "--no-progress", description = "no progress bar or summary on stderr in a batch")
    boolean noProgress;

    @Mixin
    DataOptions data;

    @Mixin
    NlpOptions nlp;

    @Override
    public Integer call() {
        LocalDate date = parseDate(published);
        List<Path> dataFolders = data.folders();
        if (threads < 1) {
            throw new UserError("--threads must be at least 1, not " + threads);
        }
        if (maxChars < 1) {
            throw new UserError("--max-chars must be at least 1, not " + maxChars);
        }
        ArticleReader reader = new ArticleReader(maxChars);
        List<Input> inputs = Inputs.expand(paths);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        boolean batch = out != null || paths.size() > 1 || paths.stream().anyMatch(p -> Files.isDirectory(Path.of(p)));
        if (!batch) {
            Article article = readOne(inputs.get(0), reader, date, System.in, stderr);
            stdout.println(format.render(Engines.analyzer(dataFolders, nlp.taggers()).analyze(article)));
            stdout.flush();
            return 0;
        }
        if (inputs.isEmpty()) {
            throw new UserError(String.join(", ", paths) + ": no articles (.txt, .html, .json) found");
        }
        if (out != null) {
            Batch.outputs(inputs, out, format);
        }
        Analyzer analyzer = Engines.analyzer(dataFolders, nlp.taggers());
        return new Batch(analyzer, reader, date, format, out, System.in)
                .run(inputs, threads, stdout, stderr, !noProgress && inputs.size() > 1);
    }

    /** The most bytes read for one input. */
    static long maxBytes(ArticleReader reader) {
        return (long) reader.maxChars() * BYTES_PER_CHAR;
    }

    private static Article readOne(Input input, ArticleReader reader, LocalDate date, InputStream stdin,
                                   PrintWriter err) {
        byte[] bytes = Inputs.read(input, maxBytes(reader), stdin);
        Read read;
        try {
            read = reader.read(input.id(), input.isStdin() ? null : input.path().getFileName().toString(),
                    input.isStdin() ? null : input.label(), bytes);
        } catch (UnreadableArticleException e) {
            throw new UserError(input.label() + ": " + e.getMessage());
        }
        read.notes().forEach(n -> err.println("assay: note: " + input.label() + ": " + n));
        err.flush();
        return date == null ? read.article() : read.article().withPublished(date);
    }

    static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserError("--published: '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }
}
